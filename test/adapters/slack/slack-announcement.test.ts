import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../adapters/slack/action-ids.ts';
import { toIncidentView } from '../../../adapters/web/incident-view.ts';
import { outboxSettled } from '../../helpers/outbox-settled.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import type { StoredMessage } from '../../helpers/fake-slack-api.ts';
import { HELPDESK, blockText, cardButton, clickPayload, headerOf, startDeskHarness, statusReading, waitFor, type DeskHarness } from './slack-desk-kit.ts';

/**
 * The outage announcement through the real bolt app (signed requests), the real desk and outbox on
 * a real redis-server, and the fake Slack Web API: posted once when the desk acknowledges the
 * incident on its card, edited in place on a change and on the resolve; "I'm affected too" counts a
 * person once (clicked twice, and at once on two replicas) and tells them when it is fixed;
 * "It's something else" opens a triage in the person's DM.
 */
const backends = useStoreBackends();
const ANNOUNCE = 'C0ANNOUNCE1';
const DESK_USER = 'U0DESKMAN1';
const env = { SLACK_ANNOUNCE_CHANNEL: ANNOUNCE, INCIDENT_CARD_MIN_INTERVAL_SECONDS: '0' };

const postsTo = (h: DeskHarness, channel: string) => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel && c.status === 200 && c.answer?.ok === true);

function buttonOf(message: StoredMessage, actionId: string) {
  return cardButton(message, actionId);
}

describe('the outage announcement on Slack (redis store, two replicas)', () => {
  let h: DeskHarness;
  let h2: DeskHarness;
  let incidentId = '';

  const card = () => h.fake.message(HELPDESK, String(postsTo(h, HELPDESK)[0]!.answer!.ts))!;
  const announcement = () => h.fake.message(ANNOUNCE, String(postsTo(h, ANNOUNCE)[0]!.answer!.ts))!;

  beforeAll(async () => {
    const store = await backends.make('redis');
    h = await startDeskHarness(store, { env, keepStore: true });
    h2 = await startDeskHarness(store, { env, keepStore: true, fake: h.fake });
    // A ChatGPT incident opens on the status page: an upstream incident with its card.
    await h.assembled.desk.reconcileStatus(statusReading('chatgpt_incident'));
    await waitFor('the helpdesk card', () => postsTo(h, HELPDESK).length === 1);
    incidentId = (await h.assembled.desk.incidents.list({ openOnly: true }))[0]!.id;
  }, 30_000);
  afterAll(async () => {
    await h2.close();
    await h.close();
  });

  it('is not posted before the desk acknowledges (ANNOUNCE_ON_STATUS is off)', async () => {
    await new Promise((r) => setTimeout(r, 300));
    expect(postsTo(h, ANNOUNCE)).toHaveLength(0);
  });

  it('is posted once when the desk acknowledges on the card: what is down, the desk knows, what to do, no need to report', async () => {
    const ack = clickPayload({ user: DESK_USER, message: card(), button: cardButton(card(), ACTION_IDS.incidentAck) });
    expect((await h.send(ack)).status).toBe(200);
    await waitFor('the announcement', () => postsTo(h, ANNOUNCE).length === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(postsTo(h, ANNOUNCE)).toHaveLength(1);
    const text = blockText(announcement().blocks);
    expect(headerOf(announcement())).toBe('🔴 ChatGPT is down for many people');
    expect(text).toContain('It is not your computer or your network');
    expect(text).toContain('OpenAI status page: Elevated error rates on ChatGPT');
    expect(text).toContain('The helpdesk knows');
    expect(text).toContain('Meanwhile');
    expect(text).toContain('No need to report it');
    expect(text).toContain(ACTION_IDS.announceAffected);
    expect(text).toContain(ACTION_IDS.announceElse);
    expect(buttonOf(announcement(), ACTION_IDS.announceAffected).value).toBe(incidentId);
  });

  it('is edited in place when the incident changes (a desk update)', async () => {
    const before = announcement().edits;
    const outcome = await h.assembled.desk.incidents.postUpdate(incidentId, 'OpenAI is rolling out a fix', 'board:desk');
    expect(outcome.ok).toBe(true);
    await waitFor('the edit', () => announcement().edits > before);
    const updates = h.fake.callsTo('chat.update').filter((c) => c.body.channel === ANNOUNCE);
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.every((u) => u.body.ts === announcement().ts)).toBe(true);
    expect(postsTo(h, ANNOUNCE)).toHaveLength(1);
  });

  it('"I\'m affected too" counts a person once: clicked twice, and at the same moment on two replicas', async () => {
    const click = (user: string, ts: string) => clickPayload({ user, message: announcement(), button: buttonOf(announcement(), ACTION_IDS.announceAffected), actionTs: ts });
    // Two clicks of U0AFFECTA1, one on each replica at the same moment, then a third later; one of U0AFFECTB1.
    const answers = await Promise.all([h.send(click('U0AFFECTA1', '1800000001.000001')), h2.send(click('U0AFFECTA1', '1800000001.000002')), h.send(click('U0AFFECTB1', '1800000001.000003'))]);
    for (const res of answers) expect(res.status).toBe(200);
    expect((await h2.send(click('U0AFFECTA1', '1800000001.000004'))).status).toBe(200);
    await waitFor('the notes to the clickers', () => h.fake.callsTo('chat.postEphemeral').filter((c) => c.body.channel === ANNOUNCE).length >= 4);
    const notes = h.fake.callsTo('chat.postEphemeral').filter((c) => c.body.channel === ANNOUNCE);
    const toA = notes.filter((c) => c.body.user === 'U0AFFECTA1').map((c) => String(c.body.text));
    expect(toA.filter((t) => t.includes("you're counted"))).toHaveLength(1);
    expect(toA.filter((t) => t.includes('already counted'))).toHaveLength(2);
    expect(notes.filter((c) => c.body.user === 'U0AFFECTB1').map((c) => String(c.body.text))).toEqual([expect.stringContaining("you're counted")]);
    const incident = await h.assembled.desk.incidents.get(incidentId);
    expect(incident!.reached).toBe(2);
    // The board's JSON (GET /api/incidents) carries it; no report was recorded for them.
    expect(toIncidentView(incident!, Date.now()).reached).toBe(2);
    expect(incident!.reporters).toBe(0);
  });

  it('"It\'s something else" opens a normal triage in the person\'s DM', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    const body = clickPayload({ user: 'U0ELSEONE1', message: announcement(), button: buttonOf(announcement(), ACTION_IDS.announceElse) });
    expect((await h.send(body)).status).toBe(200);
    // Delivered twice (Slack's retry): one conversation.
    expect((await h.send(body, { headers: { 'x-slack-retry-num': '1' } })).status).toBe(200);
    const root = await waitFor('the first question in the DM', () =>
      h.fake
        .callsTo('chat.postMessage')
        .slice(before)
        .find((c) => c.status === 200 && String(c.answer?.channel).startsWith('D') && blockText(c.body.blocks).includes('U0ELSEONE1')),
    );
    expect(blockText(root.body.blocks)).toContain(ACTION_IDS.answer);
    await new Promise((r) => setTimeout(r, 300));
    const dmPosts = h.fake.callsTo('chat.postMessage').slice(before).filter((c) => c.status === 200 && String(c.answer?.channel).startsWith('D'));
    expect(dmPosts).toHaveLength(1);
    expect(postsTo(h, ANNOUNCE)).toHaveLength(1);
    const note = h.fake.callsTo('chat.postEphemeral').find((c) => c.body.user === 'U0ELSEONE1');
    expect(String(note?.body.text)).toContain("I've sent you a direct message");
  });

  it('on resolve the announcement says it is fixed (edited, not reposted), and each affected person is told once in their DM', async () => {
    const dmNotices = () =>
      h.fake.callsTo('chat.postMessage').filter((c) => c.status === 200 && String(c.body.text).includes('the outage you said affected you is resolved'));
    const resolve = clickPayload({ user: DESK_USER, message: card(), button: cardButton(card(), ACTION_IDS.incidentResolve) });
    expect((await h.send(resolve)).status).toBe(200);
    await waitFor('the resolved announcement', () => headerOf(announcement()).startsWith('✅'));
    expect(headerOf(announcement())).toBe('✅ Fixed: ChatGPT works again');
    expect(blockText(announcement().blocks)).not.toContain(ACTION_IDS.announceAffected);
    expect(blockText(announcement().blocks)).toContain(ACTION_IDS.announceElse);
    expect(postsTo(h, ANNOUNCE)).toHaveLength(1);
    await waitFor('the notices of the two affected people', () => dmNotices().length >= 2);
    await new Promise((r) => setTimeout(r, 300));
    const notices = dmNotices();
    expect(notices).toHaveLength(2);
    expect(new Set(notices.map((c) => String(c.answer!.channel))).size).toBe(2);
    // Pressed after the resolve: not counted any more.
    expect((await h.assembled.desk.incidents.follow(incidentId, { personId: 'slack:T:U0LATECOME', person: { platform: 'slack', user: 'U0LATECOME' } })).outcome).toBe('over');
    expect((await h.assembled.desk.incidents.get(incidentId))!.reached).toBe(2);
  });
});

describe('the outage announcement survives a Slack 500 (redis store)', () => {
  let h: DeskHarness;
  afterAll(async () => {
    await h.close();
  });

  it('Slack answers 500, then 500 after taking the post, then OK: the announcement is in the channel once', async () => {
    h = await startDeskHarness(await backends.make('redis'), { env: { ...env, ANNOUNCE_ON_STATUS: 'true' } });
    // The first post fails outright; the second reaches Slack but its answer is a 500.
    h.fake.fail({ method: 'chat.postMessage', channel: ANNOUNCE, status: 500, times: 1 });
    h.fake.fail({ method: 'chat.postMessage', channel: ANNOUNCE, status: 500, reached: true, times: 1 });
    // ANNOUNCE_ON_STATUS: the status page's ChatGPT incident is announced without an acknowledgement.
    await h.assembled.desk.reconcileStatus(statusReading('chatgpt_incident'));
    await waitFor('two failed posts', () => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === ANNOUNCE && c.status === 500).length === 2, 15_000);
    await outboxSettled(h.store, 15_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.messagesIn(ANNOUNCE)).toHaveLength(1);
    expect(headerOf(h.fake.messagesIn(ANNOUNCE)[0])).toBe('🔴 ChatGPT is down for many people');
    // The retry after the uncertain answer looked for it (message metadata) instead of posting again.
    expect(h.fake.callsTo('conversations.history').some((c) => c.body.channel === ANNOUNCE)).toBe(true);
    expect((await h.store.outbox.stats()).dead).toBe(0);
    // And it is remembered: a later change edits that message.
    const [incident] = await h.assembled.desk.incidents.list({ openOnly: true });
    await h.assembled.desk.incidents.acknowledge(incident!.id, 'board:desk');
    await waitFor('the edit', () => (h.fake.messagesIn(ANNOUNCE)[0]?.edits ?? 0) > 0);
    expect(h.fake.messagesIn(ANNOUNCE)).toHaveLength(1);
  }, 30_000);
});
