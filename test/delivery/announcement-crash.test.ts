import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { connectRedis, createRedis, type RedisClient } from '../../src/store/create-redis.ts';
import { storeOptionsFromConfig } from '../../src/store/create-store.ts';
import { createRedisStore } from '../../src/store/create-redis-store.ts';
import { spawnBot } from '../adapters/app/helpers/spawn-bot.ts';
import { waitFor } from '../adapters/slack/slack-desk-kit.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { startFakeStatusServer, type FakeStatusServer } from '../helpers/fake-status-server.ts';
import { outboxSettled } from '../helpers/outbox-settled.ts';
import { startRedisServer, uniquePrefix, type TestRedis } from '../helpers/redis-server.ts';
import { seedSubscribedIncident } from '../helpers/seed-fanout.ts';
import { incidentioQuiet } from '../status/status-payloads.ts';

const TOKEN = 'xoxb-announce-crash-token';
const ANNOUNCE = 'C0ANNOUNCE9';

/**
 * The replica posting the outage announcement is killed (SIGKILL) while Slack's answer is on its
 * way: Slack has the message, the replica never learned its ts. Another `chatgpt-500 start` takes
 * the entry over after DELIVERY_CLAIM_SECONDS, finds the message by its metadata instead of
 * posting again, and later edits that same message on resolve.
 */
describe('a replica killed while posting the announcement', () => {
  let redis: TestRedis;
  let statusServer: FakeStatusServer;
  let fake: FakeSlackApi;
  let client: RedisClient;

  beforeAll(async () => {
    [redis, statusServer] = await Promise.all([startRedisServer(), startFakeStatusServer({ kind: 'json', body: incidentioQuiet() })]);
    client = createRedis(loadConfig({ REDIS_URL: redis.url }));
    await connectRedis(client, 10_000);
    // Slack keeps each message at once and answers 1.5 s later.
    fake = await startFakeSlackApi({ token: TOKEN, latencyMs: 1500 });
  });
  afterAll(async () => {
    await fake?.close();
    client?.disconnect();
    await statusServer?.close();
    await redis?.stop();
  });

  it('the announcement is in the channel once, and the survivor edits it', async () => {
    const env = {
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: uniquePrefix('announce'),
      STATUS_URL: statusServer.url,
      SLACK_SIGNING_SECRET: 'announce-crash-signing-secret',
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_API_URL: fake.url,
      SLACK_ANNOUNCE_CHANNEL: ANNOUNCE,
      INCIDENT_CARD_MIN_INTERVAL_SECONDS: '0',
      DELIVERY_CLAIM_SECONDS: '1',
      DELIVERY_RETRY_MIN_SECONDS: '0.05',
      LOG_LEVEL: 'error',
    };
    const store = createRedisStore(client, storeOptionsFromConfig(loadConfig(env)));
    const { incidentId } = await seedSubscribedIncident(store, 4);
    const doomed = await spawnBot(env);
    await outboxSettled(store, 20_000);
    expect(fake.messagesIn(ANNOUNCE)).toHaveLength(0);

    expect((await store.incidents.acknowledge(incidentId, 'board:Kim')).ok).toBe(true);
    await waitFor('the announcement in Slack', () => fake.messagesIn(ANNOUNCE).length > 0, 20_000);
    // Slack has it; its answer is still on the way.
    await doomed.stop('SIGKILL');

    const survivor = await spawnBot(env);
    await outboxSettled(store, 30_000);
    expect(fake.messagesIn(ANNOUNCE)).toHaveLength(1);
    expect(fake.callsTo('conversations.history').some((c) => c.body.channel === ANNOUNCE)).toBe(true);

    expect((await store.incidents.resolve(incidentId, 'board:Kim')).ok).toBe(true);
    await waitFor('the resolved announcement', () => JSON.stringify(fake.messagesIn(ANNOUNCE)[0]?.blocks ?? []).includes('Fixed: ChatGPT works again'), 20_000);
    await outboxSettled(store, 20_000);
    expect(fake.messagesIn(ANNOUNCE)).toHaveLength(1);
    expect(fake.messagesIn(ANNOUNCE)[0]!.edits).toBeGreaterThan(0);
    expect(await store.outbox.stats()).toMatchObject({ dead: 0 });
    expect(await survivor.stop()).toBe(0);
  }, 120_000);
});
