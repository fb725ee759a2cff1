import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { connectRedis, createRedis, type RedisClient } from '../../../src/store/create-redis.ts';
import { createRedisStore } from '../../../src/store/create-redis-store.ts';
import { startFakeBotConnector, type FakeBotConnector } from '../../helpers/fake-bot-connector.ts';
import { startRedisServer, uniquePrefix, type TestRedis } from '../../helpers/redis-server.ts';
import { DEFAULT_RULES, useStoreBackends } from '../../helpers/store-backends.ts';
import { ALICE, BOB, CAROL, personalConversationId, personalMessage, TEST_TENANT_ID } from '../../helpers/teams-activities.ts';
import { APP_ID, APP_PASSWORD, cardOf, startTeamsHarness, TeamsConversation, textOf, waitUntil, type TeamsHarness } from './teams-kit.ts';

/**
 * Sending to Teams: Retry-After is honoured on a 429, 412/502/504 are retried with backoff, a
 * user who blocked the bot is marked undeliverable and not tried again, and two replicas on one
 * Redis reach each other's reporters through the conversation references kept in the store.
 */
const backends = useStoreBackends();

describe('Teams delivery', () => {
  let h: TeamsHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('waits Retry-After on a 429, then sends once', async () => {
    h = await startTeamsHarness(await backends.make('memory'));
    const conversation = personalConversationId(APP_ID, ALICE.id);
    h.fake.fail({ kind: 'send', conversationId: conversation, status: 429, retryAfter: 1, times: 1 });
    const c = new TeamsConversation(h, ALICE, { personal: true });
    const first = await c.say('chatgpt.com shows HTTP ERROR 500');
    const sends = h.fake.callsTo('send').filter((s) => s.conversationId === conversation);
    expect(sends.map((s) => s.status)).toEqual([429, 201]);
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(950);
    expect(textOf(cardOf(first))).toMatch(/private \(incognito\) window/);
    expect(c.messages()).toHaveLength(1);
  });

  it.each([412, 502, 504] as const)('retries a %i with backoff', async (status) => {
    h = await startTeamsHarness(await backends.make('memory'));
    const conversation = personalConversationId(APP_ID, BOB.id);
    h.fake.fail({ kind: 'send', conversationId: conversation, status, times: 2 });
    const c = new TeamsConversation(h, BOB, { personal: true });
    await c.say('chatgpt.com shows HTTP ERROR 500');
    expect(h.fake.callsTo('send').filter((s) => s.conversationId === conversation).map((s) => s.status)).toEqual([status, status, 201]);
  });

  it('a user who blocked the bot (403 MessageWritesBlocked) is marked undeliverable and not tried again', async () => {
    h = await startTeamsHarness(await backends.make('memory'));
    const conversation = personalConversationId(APP_ID, CAROL.id);
    h.fake.fail({ kind: 'send', conversationId: conversation, status: 403, times: Infinity });
    const c = new TeamsConversation(h, CAROL, { personal: true });
    const res = await h.post(personalMessage({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: CAROL, text: 'chatgpt.com shows HTTP ERROR 500', conversationId: conversation }));
    expect(res.status).toBe(200);
    await waitUntil('the dead letter', async () => (await h!.store.outbox.stats()).dead === 1);
    expect((await h.store.outbox.deadLetters(5))[0]).toMatchObject({ reason: 'teams:MessageWritesBlocked', entry: { attempt: 0 } });
    expect(h.fake.callsTo('send').filter((s) => s.conversationId === conversation)).toHaveLength(1);
    // A later message to them is refused without a call.
    const conversationId = await h.assembled.desk.findByThread({ platform: 'teams', ref: { conversation, user: CAROL.id } });
    await h.assembled.desk.subscribe(conversationId!, { deliver: true });
    await waitUntil('the second dead letter', async () => (await h!.store.outbox.stats()).dead === 2);
    expect(h.fake.callsTo('send').filter((s) => s.conversationId === conversation)).toHaveLength(1);
    expect(c.messages()).toHaveLength(0);
  });
});

describe('two replicas on one Redis', () => {
  let redis: TestRedis;
  const clients: RedisClient[] = [];
  let fake: FakeBotConnector;
  const harnesses: TeamsHarness[] = [];
  beforeAll(async () => {
    redis = await startRedisServer();
    fake = await startFakeBotConnector({ appId: APP_ID, appPassword: APP_PASSWORD, tenantId: TEST_TENANT_ID });
  });
  afterAll(async () => {
    for (const h of harnesses) await h.close();
    for (const c of clients) c.disconnect();
    await fake?.close();
    await redis?.stop();
  });

  it('share conversation references: a conversation started on one replica is answered from the other', async () => {
    const prefix = uniquePrefix('teams2');
    for (const name of ['a', 'b']) {
      const client = createRedis(loadConfig({ REDIS_URL: redis.url }));
      await connectRedis(client, 10_000);
      clients.push(client);
      harnesses.push(await startTeamsHarness(createRedisStore(client, { prefix, conversationTtlMs: 3_600_000, now: Date.now, rules: DEFAULT_RULES }), { fake, consumer: `teams-${name}`, keepStore: true }));
    }
    const [a, b] = harnesses as [TeamsHarness, TeamsHarness];
    const onA = new TeamsConversation(a, ALICE, { personal: true });
    const onB = new TeamsConversation(b, ALICE, { personal: true });
    await onA.say('hi, chatgpt is broken');
    const second = await onB.press('web');
    expect(textOf(cardOf(second.next))).toContain('What exactly do you see?');
    const third = await onA.say('http 500');
    expect(textOf(cardOf(third))).toMatch(/private|incognito/i);
    expect(onA.messages()).toHaveLength(3);
    // The reference was written once, by the replica that saw the first message; both used it.
    const conversationId = await b.assembled.desk.findByThread({ platform: 'teams', ref: { conversation: onA.conversationId, user: ALICE.id } });
    const snapshot = await a.assembled.desk.get(conversationId!);
    expect(snapshot!.thread).toMatchObject({ platform: 'teams', delivery: { serviceUrl: fake.serviceUrl, tenant: TEST_TENANT_ID } });
  });
});
