import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { connectRedis, createRedis, type RedisClient } from '../../src/store/create-redis.ts';
import { createRedisStore } from '../../src/store/create-redis-store.ts';
import type { Store } from '../../src/store/store.port.ts';
import { HELPDESK, TEAM, blockText, headerOf, startDeskHarness, waitFor, type DeskHarness } from '../adapters/slack/slack-desk-kit.ts';
import { BOT_TOKEN, slashCommandBody } from '../adapters/slack/slack-test-kit.ts';
import { startFakeSlackApi, type FakeSlackApi, type StoredMessage } from '../helpers/fake-slack-api.ts';
import { outboxSettled } from '../helpers/outbox-settled.ts';
import { startRedisServer, uniquePrefix, type TestRedis } from '../helpers/redis-server.ts';
import { DEFAULT_RULES } from '../helpers/store-backends.ts';
import { parseConversationState } from '../../src/desk/conversation-state.ts';

/**
 * Two replicas (each its own bolt app, desk, outbox worker and Redis connection) on one Redis and
 * one fake Slack Web API that fails in turn with 500, 429 + Retry-After and unreadable 200s — the
 * last ones after Slack took the message — while people report, subscribe, and the desk posts an
 * update and resolves. Once Slack answers again, everybody has everything exactly once and the
 * card shows the end. The 20-second outage is scaled to 4.5 s (longer on a slow machine:
 * it ends once the desk has acted), with retry delays set through configuration
 * (DELIVERY_RETRY_MIN_SECONDS).
 */
const PEOPLE = 20;
const ENV = {
  INCIDENT_MIN_REPORTERS: '3',
  INCIDENT_CARD_MIN_INTERVAL_SECONDS: '1',
  DELIVERY_RETRY_MIN_SECONDS: '0.05',
  DELIVERY_RETRY_MAX_SECONDS: '2',
  DELIVERY_CLAIM_SECONDS: '5',
};
const NETWORKS = ['on the office wifi', 'at home', 'through the vpn', 'on mobile data'];
const user = (i: number) => `U0FAULT${String(i).padStart(3, '0')}`;

describe('delivery through a Slack outage, two replicas on one Redis', () => {
  let redis: TestRedis;
  let fake: FakeSlackApi;
  const clients: RedisClient[] = [];
  const replicas: DeskHarness[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterEach(async () => {
    for (const r of replicas.splice(0)) await r.close();
    for (const c of clients.splice(0)) c.disconnect();
    await fake?.close();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  async function storeOn(prefix: string): Promise<Store> {
    const client = createRedis(loadConfig({ REDIS_URL: redis.url }));
    await connectRedis(client, 10_000);
    clients.push(client);
    return createRedisStore(client, { prefix, conversationTtlMs: 3_600_000, now: Date.now, rules: DEFAULT_RULES });
  }

  async function twoReplicas(): Promise<[DeskHarness, DeskHarness]> {
    fake = await startFakeSlackApi({ token: BOT_TOKEN, channels: [{ id: HELPDESK, name: 'helpdesk' }] });
    const prefix = uniquePrefix('faults');
    for (const name of ['a', 'b']) {
      replicas.push(await startDeskHarness(await storeOn(prefix), { env: ENV, fake, consumer: `replica-${name}`, keepStore: true }));
    }
    return [replicas[0]!, replicas[1]!];
  }

  /** What each person's DM holds: the root messages, and the conversation (the root, which is the first turn, then its thread). */
  function dmOf(id: string): { root: StoredMessage[]; thread: StoredMessage[] } {
    const roots = [...fake.messages.values()].filter((m) => m.channel.startsWith('D') && !m.threadTs && blockText(m.blocks).includes(`<@${id}>`));
    const thread = roots.length === 1 ? fake.messagesIn(roots[0]!.channel).filter((m) => m.ts === roots[0]!.ts || m.threadTs === roots[0]!.ts) : [];
    return { root: roots, thread };
  }
  const count = (messages: StoredMessage[], text: string) => messages.filter((m) => String(m.text).includes(text) || blockText(m.blocks).includes(text)).length;

  it('everybody gets their first question, the update and the resolve notice exactly once; the card ends resolved', async () => {
    const [a, b] = await twoReplicas();
    const t0 = Date.now();
    fake.fail({ status: 500, until: t0 + 1500 });
    fake.fail({ status: 429, retryAfter: 1, until: t0 + 3000 });
    // A gateway that answers garbage after Slack took the message: a retry must look before posting.
    // This last phase lasts until the desk has acted (below), however slow the machine is today.
    fake.fail({ status: 'invalid_json', reached: true, until: t0 + 60_000 });

    // 20 people report during the outage, alternating replicas: every ack is at once and promises the DM.
    const conversations: string[] = [];
    for (let i = 0; i < PEOPLE; i++) {
      const replica = i % 2 === 0 ? a : b;
      const started = Date.now();
      const res = await replica.send(slashCommandBody({ user_id: user(i), user_name: `person${i}`, team_id: TEAM, text: `chatgpt.com shows HTTP ERROR 500 ${NETWORKS[i % 4]}` }));
      expect(res.status).toBe(200);
      // Within Slack's 3 s, although every Web API call fails.
      expect(Date.now() - started).toBeLessThan(3000);
      expect(((await res.json()) as { text: string }).text).toContain('I have sent you a direct message');
    }
    for (let i = 0; i < PEOPLE; i++) conversations.push(await conversationOf(a, user(i)));

    // Still during the outage: everyone asks to be told, the desk posts an update and resolves.
    for (const id of conversations) await b.assembled.desk.subscribe(id, { deliver: true });
    const [incident] = await a.assembled.desk.incidents.list({ openOnly: true });
    expect(incident).toMatchObject({ kind: 'upstream', reporters: PEOPLE });
    expect(await a.assembled.desk.incidents.postUpdate(incident!.id, 'OpenAI is rolling out a fix', 'slack:U0DESK0001')).toMatchObject({ ok: true, queued: PEOPLE });
    expect((await b.assembled.desk.incidents.resolve(incident!.id, 'slack:U0DESK0001')).ok).toBe(true);
    // Slack is still failing (the last phase has no end of its own): the desk acted during the
    // outage. It ends now, at least 4.5 s after it began.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, t0 + 4500 - Date.now())));
    fake.clearFailures();

    await waitFor('every resolve notice', () => Array.from({ length: PEOPLE }, (_, i) => dmOf(user(i))).every((dm) => count(dm.thread, '✅ Resolved') >= 1), 40_000);
    await outboxSettled(a.store, 20_000);
    for (let i = 0; i < PEOPLE; i++) {
      const dm = dmOf(user(i));
      expect(dm.root, `root of ${user(i)}`).toHaveLength(1);
      // The first turn: a question, or (once the outage was clear to the desk) the outage verdict.
      expect(dm.thread.filter((m) => !String(m.text).startsWith('📣') && !String(m.text).startsWith('✅') && !String(m.text).startsWith('🔔')), `first turn of ${user(i)}`).toHaveLength(1);
      expect(count(dm.thread, "I'll tell you in this thread"), `confirmation of ${user(i)}`).toBe(1);
      expect(count(dm.thread, 'Update from the desk: OpenAI is rolling out a fix'), `update to ${user(i)}`).toBe(1);
      expect(count(dm.thread, '✅ Resolved'), `resolve notice to ${user(i)}`).toBe(1);
    }
    // One card, drawn once and edited since; it shows the end.
    const cards = fake.messagesIn(HELPDESK).filter((m) => !m.threadTs);
    expect(cards).toHaveLength(1);
    await waitFor('the final card', () => blockText(fake.messagesIn(HELPDESK)[0]!.blocks).includes(`Resolve notice: sent to all ${PEOPLE}`), 15_000);
    expect(headerOf(fake.messagesIn(HELPDESK)[0])).toMatch(/^✅/);
    expect((await a.assembled.desk.incidents.get(incident!.id))!.notify).toEqual({ kind: 'resolved', total: PEOPLE, sent: PEOPLE, failed: 0, skipped: 0 });
    expect(await a.store.outbox.stats()).toMatchObject({ ready: 0, inFlight: 0, delayed: 0, dead: 0 });
    // Each failure kind was met, and the retries after the unreadable answers looked before posting.
    const statuses = new Set(fake.calls.map((c) => c.status));
    expect([...statuses]).toEqual(expect.arrayContaining([500, 429, 200]));
    expect(fake.callsTo('conversations.replies').length + fake.callsTo('conversations.history').length).toBeGreaterThan(0);
  }, 60_000);
});

/** The conversation a person's slash command started: every reporter here is counted in the incident. */
async function conversationOf(h: DeskHarness, userId: string): Promise<string> {
  const list = await h.store.incidents.list();
  for (const incident of list) {
    for (const id of await h.store.incidents.conversations(incident.id)) {
      const stored = await h.store.conversations.get(id);
      if (stored && parseConversationState(stored.state).reporter.id === `${TEAM}:${userId}`) return id;
    }
  }
  throw new Error(`no conversation of ${userId}`);
}
