import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createStore } from '../../src/store/create-store.ts';
import type { Store } from '../../src/store/store.port.ts';
import { freePort, startRedisServer, uniquePrefix, type TestRedis } from '../helpers/redis-server.ts';
import { startRedisSentinel, type TestRedisSentinel } from '../helpers/redis-sentinel.ts';

function capturedLogger() {
  const lines: { level: number; msg: string; store?: string }[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger('info', destination), lines };
}

/** The same few steps on any store: a CAS save, a claim, a report that counts. */
async function exercise(store: Store) {
  expect(await store.conversations.save('c1', { step: 1 }, 0)).toBe('ok');
  expect(await store.conversations.save('c1', { step: 2 }, 0)).toBe('conflict');
  expect(await store.events.claim('ev1', 60)).toBe(true);
  const outcome = await store.incidents.record({ conversationId: 'c1', reporterId: 'u1', platform: 'web', firstAt: Date.now(), network: 'home', surface: 'web', symptom: 'http_500' });
  expect(outcome).toMatchObject({ created: true, report: { place: 'network:home', class: 'candidate' } });
}

describe('createStore', () => {
  let redis: TestRedis;
  let sentinel: TestRedisSentinel;

  beforeAll(async () => {
    [redis, sentinel] = await Promise.all([startRedisServer(), startRedisSentinel()]);
  });

  afterAll(async () => {
    await Promise.all([redis?.stop(), sentinel?.stop()]);
  });

  it('uses the memory store without Redis and says so in the log', async () => {
    const { logger, lines } = capturedLogger();
    const store = await createStore(loadConfig({}), { logger });
    expect(store.kind).toBe('memory');
    await exercise(store);
    await store.close();
    expect(lines).toEqual([expect.objectContaining({ level: 40, store: 'memory', msg: expect.stringMatching(/^store: in-memory .*one process only/) })]);
  });

  it('connects to REDIS_URL and logs where (without credentials)', async () => {
    const { logger, lines } = capturedLogger();
    const url = new URL(redis.url);
    const store = await createStore(loadConfig({ REDIS_URL: `redis://:secret@${url.host}`, REDIS_KEY_PREFIX: uniquePrefix() }), { logger });
    expect(store.kind).toBe('redis');
    await exercise(store);
    await store.close();
    expect(lines.map((l) => l.msg)).toEqual([`store: Redis ${url.hostname}:${url.port}`]);
    expect(JSON.stringify(lines)).not.toContain('secret');
  });

  it('runs the same code through Sentinel', async () => {
    const { logger } = capturedLogger();
    const store = await createStore(loadConfig({ REDIS_SENTINELS: sentinel.sentinels.join(','), REDIS_SENTINEL_NAME: sentinel.name, REDIS_KEY_PREFIX: uniquePrefix() }), { logger });
    expect(store.kind).toBe('sentinel');
    await exercise(store);
    await store.close();
  });

  it('fails with store.unavailable when Redis cannot be reached in time', async () => {
    const { logger } = capturedLogger();
    const port = await freePort();
    await expect(createStore(loadConfig({ REDIS_URL: `redis://127.0.0.1:${port}` }), { logger, connectTimeoutMs: 1500 })).rejects.toMatchObject({
      code: 'store.unavailable',
      message: expect.stringContaining(`cannot reach Redis 127.0.0.1:${port}`),
    });
  });
});
