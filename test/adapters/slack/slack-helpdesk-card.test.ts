import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../adapters/slack/action-ids.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { HELPDESK, TEAM, Conversation, blockText, cardButton, clickPayload, headerOf, startDeskHarness, waitFor, type DeskHarness } from './slack-desk-kit.ts';
import { slashCommandBody } from './slack-test-kit.ts';

/**
 * An outage storm through the real bolt app and the real desk: 50 reports from 20 reporters on
 * four networks make ONE helpdesk card, edited in place to the final counts; the desk acknowledges,
 * posts an update and resolves from the card's buttons; subscribers are told in their own threads.
 */
const backends = useStoreBackends();
const NETWORK_TEXT = ['on the office wifi', 'through the vpn', 'at home', 'on mobile data'];
const DESK_USER = 'U0DESKMAN1';

describe.each(['memory', 'redis'] as const)('helpdesk card (%s store)', (backend) => {
  let h: DeskHarness;
  const conversations: Conversation[] = [];

  beforeAll(async () => {
    h = await startDeskHarness(await backends.make(backend), { status: 'operational', env: { INCIDENT_CARD_MIN_INTERVAL_SECONDS: '1' } });
    for (let i = 0; i < 50; i++) {
      const user = `U0R${String(i % 20).padStart(7, '0')}`;
      const c = new Conversation(h, user);
      await c.start(`chatgpt.com shows HTTP ERROR 500 ${NETWORK_TEXT[i % 4]}`);
      conversations.push(c);
    }
  }, 60_000);
  afterAll(async () => {
    await h.close();
  });

  const cardPosts = () => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === HELPDESK);
  const card = () => {
    const post = cardPosts()[0]!;
    return h.fake.message(HELPDESK, String(post.answer!.ts))!;
  };
  const fieldValue = (name: string) => new RegExp(`\\*${name}\\*\\\\n(\\d+)`).exec(blockText(card().blocks))?.[1];

  it('one card in the helpdesk channel, edited (not reposted) to 50 reports from 20 reporters', async () => {
    await waitFor('the final card edit', () => cardPosts().length === 1 && fieldValue('Reports') === '50');
    expect(cardPosts()).toHaveLength(1);
    expect(fieldValue('Reporters')).toBe('20');
    expect(fieldValue('Networks')).toBe('4');
    expect(fieldValue('Sites')).toBe('0');
    expect(headerOf(card())).toBe('🔴 ChatGPT outage');
    expect(card().edits).toBeGreaterThan(0);
    const updates = h.fake.callsTo('chat.update').filter((c) => c.body.channel === HELPDESK);
    expect(updates.length).toBe(card().edits);
    expect(updates.every((u) => u.body.ts === card().ts)).toBe(true);
    const text = blockText(card().blocks);
    expect(text).toMatch(/Reports per minute/);
    expect(text).toMatch(/[▁▂▃▄▅▆▇█]/);
    expect(text).toContain('office network');
    expect(text).toContain('HTTP 500');
    for (const id of [ACTION_IDS.incidentAck, ACTION_IDS.incidentResolve, ACTION_IDS.incidentSnooze, ACTION_IDS.incidentUpdate]) expect(text).toContain(id);
  });

  it('reporters who came after the surge got the outage verdict and can subscribe (confirmed in their thread, once)', async () => {
    const late = conversations.slice(-3);
    for (const c of late) expect(headerOf(c.last())).toContain('outage');
    await late[0]!.notifyMe({ twice: true });
    for (const c of late.slice(1)) await c.notifyMe();
    await new Promise((r) => setTimeout(r, 100));
    for (const c of late) expect(c.posts().filter((p) => String(p.body.text).includes("I'll tell you in this thread")).length).toBe(1);
  });

  it('`incidents` and the Home tab list the open incident', async () => {
    const res = await h.send(slashCommandBody({ text: 'incidents', team_id: TEAM }));
    const body = (await res.json()) as { response_type: string; blocks: unknown[] };
    expect(body.response_type).toBe('ephemeral');
    expect(blockText(body.blocks)).toContain('ChatGPT outage: 20 people on 4 networks');
    const home = JSON.stringify({ type: 'event_callback', team_id: TEAM, event_id: 'EvHOME01', event_time: 1, event: { type: 'app_home_opened', user: DESK_USER, channel: 'D0HOME', tab: 'home' } });
    expect((await h.send(home)).status).toBe(200);
    const [publish] = await h.fake.waitForCalls('views.publish', 1);
    const view = blockText((publish!.body.view as { blocks: unknown }).blocks);
    expect(view).toContain('Open incidents');
    expect(view).toContain('ChatGPT outage: 20 people');
  });

  it('Acknowledge (delivered twice) is applied once and the card shows who acknowledged', async () => {
    const body = clickPayload({ user: DESK_USER, message: card(), button: cardButton(card(), ACTION_IDS.incidentAck) });
    expect((await h.send(body)).status).toBe(200);
    expect((await h.send(body, { headers: { 'x-slack-retry-num': '1' } })).status).toBe(200);
    await waitFor('the acknowledged card', () => headerOf(card()).startsWith('🟠'));
    expect(blockText(card().blocks)).toContain(`Acknowledged* by <@${DESK_USER}>`);
    expect(blockText(card().blocks)).not.toContain(ACTION_IDS.incidentAck);
    const [incident] = await h.assembled.desk.incidents.list({ openOnly: true });
    expect(incident!.timeline.filter((e) => e.type === 'acknowledged')).toHaveLength(1);
    expect(cardPosts()).toHaveLength(1);
  });

  it('Post update to reporters: a modal, then the update once in every reporter thread of the incident', async () => {
    expect((await h.send(clickPayload({ user: DESK_USER, message: card(), button: cardButton(card(), ACTION_IDS.incidentUpdate), triggerId: 'trig-1' }))).status).toBe(200);
    const [open] = await h.fake.waitForCalls('views.open', 1);
    expect(open!.body.trigger_id).toBe('trig-1');
    const view = open!.body.view as { callback_id: string; private_metadata: string };
    const submit = (text: string) =>
      `payload=${encodeURIComponent(
        JSON.stringify({
          type: 'view_submission',
          team: { id: TEAM },
          user: { id: DESK_USER, team_id: TEAM },
          view: { id: 'V0MODAL01', hash: 'h1', type: 'modal', callback_id: view.callback_id, private_metadata: view.private_metadata, state: { values: { 'c500.update': { text: { type: 'plain_text_input', value: text } } } } },
        }),
      )}`;
    const empty = await h.send(submit('   '));
    expect(await empty.json()).toMatchObject({ response_action: 'errors' });
    const ok = await h.send(submit('OpenAI is rolling out a fix <!channel>'));
    expect(ok.status).toBe(200);
    await h.send(submit('OpenAI is rolling out a fix <!channel>'));
    await waitFor('the update in every reporter thread', () => conversations.every((c) => c.posts().some((p) => String(p.body.text).includes('Update from the desk'))), 20_000);
    await new Promise((r) => setTimeout(r, 100));
    for (const c of conversations) {
      const updates = c.posts().filter((p) => String(p.body.text).includes('Update from the desk'));
      expect(updates).toHaveLength(1);
      expect(String(updates[0]!.body.text)).toContain('&lt;!channel&gt;');
    }
    await h.fake.waitForCalls('chat.postEphemeral', 1);
    expect(String(h.fake.callsTo('chat.postEphemeral').at(-1)!.body.text)).toContain(`on its way to ${conversations.length} reporters`);
  });

  it('Resolve (delivered twice): the card shows it resolved without buttons, each subscriber is told once in their own thread', async () => {
    const body = clickPayload({ user: DESK_USER, message: card(), button: cardButton(card(), ACTION_IDS.incidentResolve) });
    expect((await h.send(body)).status).toBe(200);
    expect((await h.send(body, { headers: { 'x-slack-retry-num': '2' } })).status).toBe(200);
    await waitFor('the resolved card', () => headerOf(card()).startsWith('✅'));
    expect(blockText(card().blocks)).toContain(`Resolved* by <@${DESK_USER}>`);
    expect(blockText(card().blocks)).not.toContain('c500.incident.');
    const subscribers = conversations.slice(-3);
    await waitFor('resolve notices', () => subscribers.every((c) => c.posts().some((p) => String(p.body.text).includes('Resolved'))));
    await new Promise((r) => setTimeout(r, 100));
    for (const c of subscribers) {
      const notices = h.fake.callsTo('chat.postMessage').filter((p) => String(p.body.text).includes('✅ Resolved'));
      expect(notices.filter((p) => p.body.channel === c.channel && p.body.thread_ts === c.rootTs)).toHaveLength(1);
    }
    expect(h.fake.callsTo('chat.postMessage').filter((p) => String(p.body.text).includes('✅ Resolved'))).toHaveLength(3);
    expect(cardPosts()).toHaveLength(1);
  });
});
