/**
 * In-process benchmarks of the core (the desk over the memory store and over Redis, the engine, the
 * parser, the aggregation script), one call after another unless a row says "in flight". Part of
 * `npm run bench` (bench/run.ts runs it as a child process); alone:
 * `node --import tsx bench/in-process.ts [--quick]`. Starts its own redis-server on a free port on
 * 127.0.0.1 (or uses REDIS_URL), sends traffic only there, and stops by itself. The Slack rows that
 * were here (bolt in this process) are now the side-by-side rows of bench/run.ts (separate processes).
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.ts';
import { assembleDesk } from '../src/desk/assemble-desk.ts';
import { createRedis, connectRedis } from '../src/store/create-redis.ts';
import { createMemoryStore, type StoreOptions } from '../src/store/create-store.ts';
import { createRedisStore } from '../src/store/create-redis-store.ts';
import type { Store } from '../src/store/store.port.ts';
import { decideNext } from '../src/triage/decide-next.ts';
import { parseReply } from '../src/triage/parse-reply.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../src/incidents/incident-rules.ts';
import { startRedisServer, uniquePrefix } from '../test/helpers/redis-server.ts';
import { statusReading } from '../test/helpers/status-readings.ts';
import { measure, table, type Measurement } from './measure.ts';

const quick = process.argv.includes('--quick');
const n = (full: number) => (quick ? Math.max(50, Math.floor(full / 20)) : full);

const options = (): StoreOptions => ({
  prefix: uniquePrefix('bench'),
  conversationTtlMs: 24 * HOUR_MS,
  now: Date.now,
  rules: { minReporters: 3, windowMs: 10 * MINUTE_MS, quietMs: 30 * MINUTE_MS, retentionMs: 7 * DAY_MS, recentMs: DAY_MS },
});

async function deskBenchmarks(label: string, store: Store): Promise<Measurement[]> {
  const config = loadConfig({ INCIDENT_CARD_MIN_INTERVAL_SECONDS: '5' });
  const status = { current: () => statusReading('operational') };
  const { desk, close } = assembleDesk({ store, status, config });
  const networks = ['office', 'home', 'vpn', 'mobile_data'] as const;
  const rows: Measurement[] = [];
  // A report storm: every start is a new reporter's first message (one report, one aggregation step).
  rows.push(
    await measure(`desk.start (new reporter, ${label})`, n(5000), (i) =>
      desk.start({ reporter: { id: `U${i}`, platform: 'slack' }, thread: { platform: 'slack', ref: { channel: `D${i}`, threadTs: `${i}.1` } }, text: `chatgpt web 500 on ${networks[i % 4]}` }),
    ),
  );
  const ids: string[] = [];
  for (let i = 0; i < n(2000); i++) ids.push((await desk.start({ reporter: { id: `A${i}`, platform: 'web' }, thread: { platform: 'web', ref: {} } })).conversationId);
  rows.push(await measure(`desk.answer (${label})`, ids.length, (i) => desk.answer(ids[i]!, 'surface', 'web'), 0));
  rows.push(await measure(`desk.reply free text (${label})`, ids.length, (i) => desk.reply(ids[i]!, 'HTTP 500, and it works in incognito'), 0));
  await close();
  return rows;
}

/**
 * An outage storm: `reporters` people report `each` times within minutes, `concurrency` turns in
 * flight at once (replicas × in-flight requests). Checks that it ends as exactly one incident.
 */
async function storm(label: string, store: Store, reporters: number, each: number, concurrency: number): Promise<Measurement> {
  const config = loadConfig({ INCIDENT_CARD_MIN_INTERVAL_SECONDS: '5' });
  const { desk, close } = assembleDesk({ store, status: { current: () => statusReading('operational') }, config });
  const networks = ['office', 'home', 'vpn', 'mobile_data'] as const;
  const total = reporters * each;
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < total; i = next++) {
      const who = i % reporters;
      const t = performance.now();
      await desk.start({ reporter: { id: `S${who}`, platform: 'slack' }, thread: { platform: 'slack', ref: { channel: `D${who}`, threadTs: `${i}.2` } }, text: `chatgpt.com error 500 on ${networks[who % 4]}` });
      samples.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - started;
  await close();
  const open = await desk.incidents.list({ openOnly: true });
  if (open.length !== 1 || open[0]!.reporters !== reporters || open[0]!.reports !== total) {
    throw new Error(`storm ended with ${open.length} incidents (${open.map((x) => `${x.reporters} reporters, ${x.reports} reports`).join('; ')})`);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { name: `storm: ${reporters} people × ${each} reports, ${concurrency} in flight (${label}) → 1 incident`, runs: total, opsPerSecond: (total / elapsed) * 1000, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: samples.at(-1)! };
}

async function main() {
  const rows: Measurement[] = [];
  const facts = { surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office' } as const;
  rows.push(await measure('decideNext (question)', n(50_000), () => decideNext({ facts })));
  rows.push(await measure('decideNext (verdict, network + IT note)', n(50_000), () => decideNext({ facts: { ...facts, other_network: 'works' } })));
  const replies = ['works in incognito', 'nope still broken', 'on my hotspot it loads', "it's the mac app", 'web, 500, and incognito works too', 'our API returns 429'];
  rows.push(await measure('parseReply', n(50_000), (i) => parseReply(replies[i % replies.length]!, { expecting: 'clean_browser', facts: { surface: 'web' } })));

  rows.push(...(await deskBenchmarks('memory store', createMemoryStore(options()))));
  rows.push(await storm('memory store', createMemoryStore(options()), n(2000), 3, 64));

  const redis = await startRedisServer();
  const client = createRedis(loadConfig({ REDIS_URL: redis.url }), { connectTimeoutMs: 5000 });
  await connectRedis(client, 10_000);
  try {
    rows.push(...(await deskBenchmarks('Redis', createRedisStore(client, options()))));
    rows.push(await storm('Redis', createRedisStore(client, options()), n(2000), 3, 64));
    const agg = createRedisStore(client, options()).incidents;
    rows.push(
      await measure('aggregator.record, one Lua call (Redis)', n(20_000), (i) =>
        agg.record({ conversationId: `c${i}`, reporterId: `r${i % 500}`, platform: 'slack', firstAt: Date.now(), surface: 'web', symptom: 'http_500', network: (['office', 'home', 'vpn'] as const)[i % 3] }),
      ),
    );
  } finally {
    client.disconnect();
    await redis.stop();
  }
  console.log(`chatgpt-500 in-process benchmarks — node ${process.version}, ${new Date().toISOString()}${quick ? ' (quick)' : ''}\n`);
  console.log(table(rows));
}

await main();
