import { afterEach, describe, expect, it } from 'vitest';
import { DELIVERY_EVENT_TYPE } from '../../../adapters/slack/slack-outbound.ts';
import { outboxSettled } from '../../helpers/outbox-settled.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { HELPDESK, blockText, waitFor } from './slack-desk-kit.ts';
import { SocketConversation, startSocketDeskHarness, type SocketDeskHarness } from './slack-socket-kit.ts';

/**
 * The desk flow in Socket Mode, end to end: the real adapter connects to a fake Socket Mode
 * service through apps.connections.open, takes a slash command, a button click and a reply in the
 * thread as envelopes, answers inside the acks, and leaves everything it writes afterwards to the
 * outbox, on the memory store and on a real redis-server. Slack's redeliveries are applied once,
 * and a Web API outage neither delays the ack nor doubles a message.
 */
const backends = useStoreBackends();

describe.each(['memory', 'redis'] as const)('Slack in Socket Mode over the real desk (%s store)', (backend) => {
  let h: SocketDeskHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function harness(): Promise<SocketDeskHarness> {
    h = await startSocketDeskHarness(await backends.make(backend));
    return h;
  }

  it('connects with the app token and resolves the helpdesk channel by name, skipping an archived namesake', async () => {
    const hh = await harness();
    expect(hh.socket.connections()).toBe(1);
    const open = hh.fake.callsTo('apps.connections.open');
    expect(open.map((c) => [c.status, c.headers.authorization])).toEqual([[200, 'Bearer xapp-1-A0-test']]);
    expect(hh.fake.callsTo('conversations.list')[0]?.body).toMatchObject({ types: 'public_channel,private_channel', exclude_archived: 'true', limit: '1000' });
    expect(hh.adapter.helpdesk.id()).toBe(HELPDESK);
  });

  it('command, click and reply over the socket; redeliveries and a replayed command are applied once', async () => {
    const hh = await harness();
    const c = new SocketConversation(hh, 'U0SOCKET01');
    const command = c.command();

    const ack = await hh.socket.send('slash_commands', command);
    expect(ack).toMatchObject({ response_type: 'ephemeral' });
    expect(String(ack?.text)).toContain('sent you a direct message');
    const first = await c.opened();
    expect(blockText(first.blocks)).toContain('Where does ChatGPT fail for you?');
    expect(c.roots()).toHaveLength(1);
    expect(c.roots()[0]?.metadata).toMatchObject({ event_type: DELIVERY_EVENT_TYPE, event_payload: { key: expect.not.stringMatching(/#root$/) } });

    // A click acks with nothing; the outbox collapses the question and posts the next one.
    expect(await hh.socket.send('interactive', c.click(first, 'web'))).toBeUndefined();
    const second = await c.waitForPosts(2);
    expect(blockText(second.blocks)).toContain('What exactly do you see?');
    const collapsed = hh.fake.message(c.channel, first.ts)!;
    expect(collapsed.edits).toBe(1);
    expect(blockText(collapsed.blocks)).not.toContain('c500.answer');
    // The answered first question is the root message: its report header stays.
    expect(blockText(collapsed.blocks)).toContain('ChatGPT problem report* from <@U0SOCKET01>');

    // A reply in the DM thread (message.im) is the next answer.
    const reply = c.reply('HTTP ERROR 500');
    expect(await hh.socket.send('events_api', reply)).toBeUndefined();
    const third = await c.waitForPosts(3);
    expect(blockText(third.blocks)).toContain('private (incognito) window');

    // Slack redelivers the event (its first ack "was late") and the user's command is replayed.
    expect(await hh.socket.send('events_api', reply, { retryAttempt: 1, retryReason: 'timeout' })).toBeUndefined();
    const replayed = await hh.socket.send('slash_commands', command);
    expect(String(replayed?.text)).toContain('already on it');
    await waitFor('the redelivered reply to be seen as such', () => hh.log.lines.some((l) => l.msg === 'message delivered twice; applied once'));

    // One more real turn, then nothing may be left to deliver: the replays added no post.
    expect(await hh.socket.send('events_api', c.reply('no, it fails in incognito too'))).toBeUndefined();
    expect(blockText((await c.waitForPosts(4)).blocks)).toContain('Which network');
    await outboxSettled(hh.store);
    expect(c.roots()).toHaveLength(1);
    expect(c.posts()).toHaveLength(4);
    // The first turn is the root message itself: four turns, four posts.
    expect(hh.fake.callsTo('chat.postMessage').filter((call) => call.answer?.ok === true)).toHaveLength(4);
  });

  it('a 2 s Web API outage: the ack is immediate, the first question comes once after it', async () => {
    const hh = await harness();
    const c = new SocketConversation(hh, 'U0OUTAGE01');
    const until = Date.now() + 2000;
    hh.fake.fail({ status: 500, until });

    const sent = Date.now();
    const ack = await hh.socket.send('slash_commands', c.command({ text: 'chatgpt.com shows HTTP ERROR 500' }), { timeoutMs: 2500 });
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(String(ack?.text)).toContain('sent you a direct message');

    const first = await c.opened(9000);
    expect(blockText(first.blocks)).toContain('private (incognito) window');
    const failed = hh.fake.calls.filter((call) => call.status === 500);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((call) => call.at < until)).toBe(true);
    expect(hh.fake.callsTo('chat.postMessage').filter((call) => call.status === 200).every((call) => call.at >= until)).toBe(true);
    await outboxSettled(hh.store);
    expect(c.roots()).toHaveLength(1);
    expect(c.posts()).toHaveLength(1);
  });

  it('posts whose answers were lost after reaching Slack are found by their metadata, not posted twice', async () => {
    const hh = await harness();
    const c = new SocketConversation(hh, 'U0LOSTANS1');
    // The root (the first question), then the next question in its thread: each reaches Slack and its answer is lost once.
    hh.fake.fail({ method: 'chat.postMessage', status: 502, reached: true, times: 1 });
    await hh.socket.send('slash_commands', c.command());
    const first = await c.opened();
    await outboxSettled(hh.store);
    hh.fake.fail({ method: 'chat.postMessage', status: 502, reached: true, times: 1 });
    await hh.socket.send('interactive', c.click(first, 'web'));
    await c.waitForPosts(2);
    await outboxSettled(hh.store);
    expect(c.roots()).toHaveLength(1);
    expect(c.posts()).toHaveLength(2);
    expect(hh.fake.callsTo('chat.postMessage').map((call) => call.status)).toEqual([502, 502]);
    expect(hh.fake.callsTo('conversations.history')[0]?.body).toMatchObject({ channel: c.channel, include_all_metadata: 'true' });
    expect(hh.fake.callsTo('conversations.replies')[0]?.body).toMatchObject({ channel: c.channel, ts: c.rootTs, include_all_metadata: 'true' });
  });
});
