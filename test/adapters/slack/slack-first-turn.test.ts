import { afterEach, describe, expect, it } from 'vitest';
import { outboxSettled } from '../../helpers/outbox-settled.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { Conversation, TEAM, blockText, startDeskHarness, threadBound, waitFor, type DeskHarness } from './slack-desk-kit.ts';
import { slashCommandBody } from './slack-test-kit.ts';

const backends = useStoreBackends();

/**
 * What a slash-command report costs at Slack's Web API, counted at the fake: the first turn (the
 * question, or the verdict) is the conversation's root message, under the report header, so with
 * the person's DM channel and language known it is one chat.postMessage; later turns go in its
 * thread. A person's first report asks Slack for their language once (users.info).
 */
describe.each(['memory', 'redis'] as const)('the first turn of a report (%s store)', (backend) => {
  let h: DeskHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('costs one Web API call once the DM is known; the next turn goes in its thread and the answered root keeps the header', async () => {
    h = await startDeskHarness(await backends.make(backend));
    await new Conversation(h, 'U0ONECALL1').start('first time');
    await outboxSettled(h.store);
    const before = h.fake.calls.length;

    const c = new Conversation(h, 'U0ONECALL1');
    const first = await c.start('chatgpt.com shows HTTP ERROR 500');
    await outboxSettled(h.store);
    const calls = h.fake.calls.slice(before);
    expect(calls.map((call) => call.method)).toEqual(['chat.postMessage']);
    expect(calls[0]!.body.thread_ts).toBeUndefined();
    // The header (who, what they typed) and the question with its buttons, in one message.
    expect(blockText(first.blocks)).toContain('ChatGPT problem report* from <@U0ONECALL1>');
    expect(blockText(first.blocks)).toContain('>chatgpt.com shows HTTP ERROR 500');
    expect(blockText(first.blocks)).toContain('private (incognito) window');
    expect(blockText(first.blocks)).toContain('c500.answer');
    expect(first.ts).toBe(c.rootTs);

    const next = await c.click('fails');
    const reply = c.posts().at(-1)!;
    expect(reply.body.thread_ts).toBe(c.rootTs);
    expect(next.threadTs).toBe(c.rootTs);
    const root = h.fake.message(c.channel, c.rootTs)!;
    expect(root.edits).toBe(1);
    expect(blockText(root.blocks)).toContain('ChatGPT problem report* from <@U0ONECALL1>');
    expect(blockText(root.blocks)).toContain('>chatgpt.com shows HTTP ERROR 500');
    expect(blockText(root.blocks)).not.toContain('c500.answer');
    // A reply in words lands in the same thread.
    await c.say('on the office wifi');
    expect(c.posts().slice(1).every((p) => p.body.thread_ts === c.rootTs)).toBe(true);
  });

  it('a first turn whose answer was lost after Slack took it is found by its metadata, not posted twice', async () => {
    h = await startDeskHarness(await backends.make(backend));
    await new Conversation(h, 'U0LOSTROOT').start();
    await outboxSettled(h.store);
    const dm = h.fake.calls.find((call) => call.method === 'chat.postMessage')!.answer!.channel as string;
    const before = h.fake.calls.length;
    h.fake.fail({ method: 'chat.postMessage', status: 502, reached: true, times: 1 });

    const hh = h;
    expect((await hh.send(slashCommandBody({ user_id: 'U0LOSTROOT', user_name: 'lost', team_id: TEAM, text: 'chatgpt.com shows HTTP ERROR 500' }))).status).toBe(200);
    // The answer of the post was lost: the root is read from what Slack stored.
    const roots = await waitFor('the second root', () => {
      const found = hh.fake.messagesIn(dm).filter((m) => m.threadTs === undefined);
      return found.length === 2 && found;
    });
    const c = new Conversation(hh, 'U0LOSTROOT');
    c.channel = dm;
    c.rootTs = roots[1]!.ts;
    await threadBound(hh.assembled.desk, { channel: dm, threadTs: c.rootTs, user: c.user });
    await outboxSettled(hh.store);
    const calls = h.fake.calls.slice(before);
    expect(calls.map((call) => [call.method, call.status])).toEqual([
      ['chat.postMessage', 502],
      ['conversations.history', 200],
    ]);
    expect(h.fake.messagesIn(dm).filter((m) => m.threadTs === undefined)).toHaveLength(2);
    // The conversation is bound to the message Slack had: the next turn goes in its thread.
    const next = await c.say('yes, it works in incognito');
    expect(next.threadTs).toBe(c.rootTs);
  });

  it('with SLACK_TRIAGE_IN_CHANNEL the first turn is one post in the channel (after the person\'s locale, asked once), and the thread continues there', async () => {
    h = await startDeskHarness(await backends.make(backend), { env: { SLACK_TRIAGE_IN_CHANNEL: 'true' } });
    const hh = h;
    const res = await hh.send(slashCommandBody({ user_id: 'U0INCHAN01', user_name: 'inchan', channel_id: 'C0CHAN0001', team_id: TEAM, text: 'chatgpt.com shows HTTP ERROR 500' }));
    expect(res.status).toBe(200);
    const root = await waitFor('the root in the channel', () => hh.fake.callsTo('chat.postMessage').find((call) => call.status === 200 && call.answer?.ok === true));
    await threadBound(hh.assembled.desk, { channel: 'C0CHAN0001', threadTs: String(root.answer!.ts), user: 'U0INCHAN01' });
    await outboxSettled(hh.store);
    expect(hh.fake.calls.map((call) => call.method)).toEqual(['users.info', 'chat.postMessage']);
    expect(root.body.channel).toBe('C0CHAN0001');
    expect(root.body.thread_ts).toBeUndefined();
    expect(blockText(root.body.blocks)).toContain('ChatGPT problem report* from <@U0INCHAN01>');
    expect(blockText(root.body.blocks)).toContain('private (incognito) window');
  });
});
