import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { ReportInput } from '../../src/incidents/incident-types.ts';
import { connectRedis, createRedis, type RedisClient } from '../../src/store/create-redis.ts';
import { createRedisStore } from '../../src/store/create-redis-store.ts';
import { startRedisServer, uniquePrefix, type TestRedis } from '../helpers/redis-server.ts';
import { DEFAULT_RULES } from '../helpers/store-backends.ts';
import type { Delivery } from './fixtures/record-worker.ts';

const WORKER = fileURLToPath(new URL('./fixtures/record-worker.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NETWORKS = ['office', 'home', 'vpn', 'mobile_data'] as const;
const REPORTERS = 500;
const DELIVERIES = 3000;

/** A small deterministic PRNG (mulberry32), so the plan is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 500 reporters, some with 2 or 3 conversations; each conversation is delivered as its first
 * message (no facts) and one update (facts). The rest up to 3,000 are Slack-style duplicates (same
 * event id) and record retries (same report again, no claim), all shuffled.
 */
function plan(now: number) {
  const rand = random(500);
  const originals: Delivery[] = [];
  let conversations = 0;
  for (let r = 0; r < REPORTERS; r += 1) {
    const count = 1 + (r % 3 === 0 ? 1 : 0) + (r % 7 === 0 ? 1 : 0);
    for (let c = 0; c < count; c += 1) {
      conversations += 1;
      const base: ReportInput = { conversationId: `conv-${r}-${c}`, reporterId: `slack:T1:U${r}`, platform: 'slack', firstAt: now + conversations };
      originals.push({ eventId: `ev-${r}-${c}-first`, retry: false, report: base });
      originals.push({
        eventId: `ev-${r}-${c}-update`,
        retry: false,
        report: { ...base, surface: 'web', symptom: 'http_500', network: NETWORKS[r % 4], branch: r % 5 === 0 ? 'outage' : undefined },
      });
    }
  }
  const deliveries = [...originals];
  while (deliveries.length < DELIVERIES) {
    const original = originals[Math.floor(rand() * originals.length)]!;
    deliveries.push({ ...original, retry: rand() < 0.4 });
  }
  for (let i = deliveries.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
  }
  return { deliveries, conversations, events: originals.length };
}

function runWorker(env: Record<string, string>): Promise<{ claimed: number; skipped: number; created: number; recorded: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`worker exited ${code}: ${err}`))));
  });
}

describe('three processes recording one storm', () => {
  let redis: TestRedis;
  let client: RedisClient;
  let dir: string;

  beforeAll(async () => {
    redis = await startRedisServer();
    client = createRedis(loadConfig({ REDIS_URL: redis.url }));
    await connectRedis(client, 10_000);
    dir = await mkdtemp(join(tmpdir(), 'c500-storm-'));
  });

  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('ends with exact counts and exactly one incident', { timeout: 120_000 }, async () => {
    const prefix = uniquePrefix('storm');
    const { deliveries, conversations, events } = plan(Date.now());
    expect(deliveries).toHaveLength(DELIVERIES);
    const file = join(dir, 'plan.json');
    await writeFile(file, JSON.stringify(deliveries));
    const common = { REDIS_URL: redis.url, C500_PREFIX: prefix, C500_PLAN: file, C500_WORKERS: '3', C500_START_AT: String(Date.now() + 3000) };
    const results = await Promise.all([0, 1, 2].map((w) => runWorker({ ...common, C500_WORKER: String(w) })));

    const total = (key: keyof (typeof results)[number]) => results.reduce((sum, r) => sum + r[key], 0);
    expect(results.every((r) => r.recorded > 0)).toBe(true);
    expect(total('claimed')).toBe(events);
    expect(total('claimed') + total('skipped') + deliveries.filter((d) => d.retry).length).toBe(DELIVERIES);
    expect(total('created')).toBe(conversations);

    const store = createRedisStore(client, { prefix, conversationTtlMs: 3_600_000, rules: DEFAULT_RULES, now: Date.now });
    const incidents = await store.incidents.list();
    expect(incidents).toHaveLength(1);
    const [incident] = incidents;
    expect(incident).toMatchObject({ kind: 'upstream', state: 'open', reporters: REPORTERS, reports: conversations, places: 4 });
    expect(incident!.perMinute.reduce((sum, m) => sum + m.reports, 0)).toBe(conversations);
    expect(Object.values(incident!.breakdown.networks).reduce((a, b) => a + b, 0)).toBe(REPORTERS);
    expect(incident!.breakdown.networks).toEqual({ office: 125, home: 125, vpn: 125, mobile_data: 125 });
    expect(incident!.breakdown.surfaces).toEqual({ web: REPORTERS });
    expect(await store.incidents.getReport('conv-0-2')).toMatchObject({ reporterId: 'slack:T1:U0', network: 'office', branch: 'outage', incidentId: incident!.id });
  });
});
