import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { connectRedis, createRedis, type RedisClient } from '../../src/store/create-redis.ts';
import { createRedisStore } from '../../src/store/create-redis-store.ts';
import { startDeskHarness, statusReading, waitFor, type DeskHarness } from '../adapters/slack/slack-desk-kit.ts';
import { BOT_TOKEN } from '../adapters/slack/slack-test-kit.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { outboxSettled } from '../helpers/outbox-settled.ts';
import { rawCommand, REDIS_SERVER, spawnRedisServer, stopChild, waitFor as waitUntil } from '../helpers/redis-server.ts';
import { DEFAULT_RULES } from '../helpers/store-backends.ts';

const ANNOUNCE = 'C0ANNOUNCE7';

/**
 * Redis (with its append-only file) restarts while Slack's answer to the announcement's post is on
 * its way: the delivery could not be recorded, the entry stays pending; once Redis is back it is
 * taken over, the message is found by its metadata (not posted again) and later edited in place.
 */
describe('Redis restarts while the announcement is being posted', () => {
  let child: ChildProcess | undefined;
  let client: RedisClient | undefined;
  let fake: FakeSlackApi | undefined;
  let h: DeskHarness | undefined;
  let dir = '';

  afterEach(async () => {
    await h?.close();
    client?.disconnect();
    await fake?.close();
    if (child) await stopChild(child);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the announcement is posted once and edited later', async () => {
    dir = await mkdtemp(join(tmpdir(), 'c500-announce-aof-'));
    const persistent = ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir];
    const spawned = await spawnRedisServer(() => persistent);
    child = spawned.child;
    client = createRedis(loadConfig({ REDIS_URL: `redis://127.0.0.1:${spawned.port}` }));
    await connectRedis(client, 10_000);
    const store = createRedisStore(client, { prefix: 'announce-restart:', conversationTtlMs: 3_600_000, now: Date.now, rules: DEFAULT_RULES });
    // Slack keeps the message at once and answers 800 ms later.
    fake = await startFakeSlackApi({ token: BOT_TOKEN, latencyMs: 800 });
    h = await startDeskHarness(store, {
      env: { SLACK_ANNOUNCE_CHANNEL: ANNOUNCE, DELIVERY_CLAIM_SECONDS: '1', DELIVERY_RETRY_MIN_SECONDS: '0.05', DELIVERY_RETRY_MAX_SECONDS: '1' },
      fake,
      keepStore: true,
    });
    await h.assembled.desk.reconcileStatus(statusReading('chatgpt_incident'));
    const [incident] = await h.assembled.desk.incidents.list({ openOnly: true });
    await outboxSettled(store, 15_000);
    expect((await h.assembled.desk.incidents.acknowledge(incident!.id, 'board:Kim')).ok).toBe(true);

    await waitFor('the announcement in Slack', () => fake!.messagesIn(ANNOUNCE).length > 0, 15_000);
    // Redis goes away before Slack's answer arrives, and comes back with its data.
    await stopChild(child);
    await new Promise((r) => setTimeout(r, 1000));
    child = spawn(REDIS_SERVER, ['--port', String(spawned.port), '--bind', '127.0.0.1', '--save', '', ...persistent], { stdio: 'ignore' });
    await waitUntil('the restarted redis-server', async () => (await rawCommand(spawned.port, 'PING')).startsWith('+PONG'));
    await waitUntil('the store to answer again', async () => (await client!.ping()) === 'PONG');

    await outboxSettled(store, 30_000);
    expect(fake.messagesIn(ANNOUNCE)).toHaveLength(1);
    expect(fake.callsTo('conversations.history').some((c) => c.body.channel === ANNOUNCE)).toBe(true);

    expect((await h.assembled.desk.incidents.postUpdate(incident!.id, 'OpenAI is rolling out a fix', 'board:Kim')).ok).toBe(true);
    await waitFor('the edit', () => (fake!.messagesIn(ANNOUNCE)[0]?.edits ?? 0) > 0, 15_000);
    expect(fake.messagesIn(ANNOUNCE)).toHaveLength(1);
    expect((await store.outbox.stats()).dead).toBe(0);
  }, 90_000);
});
