/**
 * Outbox backlog benchmark: `npm run bench:backlog` (phases of 5,000 and 20,000 entries waiting) or
 * `npm run bench:backlog -- --entries=200,5000 --seconds=5`. For each phase: a fresh key prefix on
 * one redis-server (started on a free port on 127.0.0.1, unless REDIS_URL is set), the outbox
 * filled with N entries, then one delivery worker in a child process (`bench/backlog-worker.ts`,
 * DELIVERY_CONCURRENCY 32) against a platform sender that takes --slow-ms (default 100) per message,
 * for --seconds (default 10). The child's RSS is sampled every 250 ms (VmRSS), and it reports the largest
 * V8 heap in use it saw. A worker whose memory does not grow with the backlog shows the same RSS whatever N is.
 * Stops everything by itself (SIGTERM, SIGKILL after 10 s).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../src/config.ts';
import type { NewOutboxEntry } from '../src/outbox/outbox-entry.ts';
import { connectRedis, createRedis } from '../src/store/create-redis.ts';
import { storeOptionsFromConfig } from '../src/store/create-store.ts';
import { createRedisStore } from '../src/store/create-redis-store.ts';
import { startRedisServer, uniquePrefix } from '../test/helpers/redis-server.ts';
import { ROOT } from './app-process.ts';
import { procStats } from './proc-stats.ts';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const PHASES = (option('entries') ?? '5000,20000').split(',').map(Number);
const SECONDS = Number(option('seconds') ?? 10);
const SLOW_MS = Number(option('slow-ms') ?? 100);
const CONCURRENCY = Number(option('concurrency') ?? 32);
if (PHASES.some((n) => !Number.isInteger(n) || n < 1) || !(SECONDS > 0) || !(SLOW_MS >= 0) || !Number.isInteger(CONCURRENCY)) {
  throw new Error('usage: --entries=N[,N…] --seconds=S --slow-ms=MS --concurrency=N');
}

const mb = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(1));
const count = (n: number) => n.toLocaleString('en-US');

interface Row {
  entries: number;
  idleMb?: number;
  peakMb?: number;
  endMb?: number;
  delivered: number;
  maxHeld: number;
  maxHeapMb: number;
  left: number;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}

const redisServer = await startRedisServer();
const children = new Set<ChildProcess>();
process.once('SIGINT', () => {
  for (const c of children) c.kill('SIGKILL');
  void redisServer.stop().finally(() => process.exit(130));
});

const rows: Row[] = [];
try {
  for (const entries of PHASES) {
    const prefix = uniquePrefix('backlog');
    const env = { REDIS_URL: redisServer.url, REDIS_KEY_PREFIX: prefix, DELIVERY_CONCURRENCY: String(CONCURRENCY), LOG_LEVEL: 'warn' };
    const config = loadConfig(env);
    const redis = createRedis(config);
    await connectRedis(redis, 10_000);
    const store = createRedisStore(redis, storeOptionsFromConfig(config));
    for (let i = 0; i < entries; i += 500) {
      const batch: NewOutboxEntry[] = [];
      for (let j = i; j < Math.min(entries, i + 500); j++) batch.push({ id: `bench:${j}`, lane: `bench:${j}`, body: { kind: 'direct', platform: 'bench', payload: { n: j, text: 'x'.repeat(200) } } });
      await store.outbox.enqueue(batch);
    }

    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/backlog-worker.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, SLOW_MS: String(SLOW_MS) },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    children.add(child);
    let last = { delivered: 0, held: 0, maxHeld: 0, maxHeapMb: 0 };
    const lines = createInterface({ input: child.stdout! });
    const ready = new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the worker exited (${code}) before it was ready`)));
      lines.on('line', (line) => {
        if (line === 'ready') return resolve();
        try {
          last = JSON.parse(line) as typeof last;
        } catch {
          // not ours
        }
      });
    });
    await ready;
    await sleep(500);
    const row: Row = { entries, delivered: 0, maxHeld: 0, maxHeapMb: 0, left: 0 };
    row.idleMb = procStats(child.pid)?.rssMb;
    child.stdin!.write('go\n');
    const started = Date.now();
    let peak = row.idleMb ?? 0;
    while (Date.now() - started < SECONDS * 1000) {
      await sleep(250);
      peak = Math.max(peak, procStats(child.pid)?.rssMb ?? 0);
    }
    const end = procStats(child.pid);
    row.endMb = end?.rssMb;
    row.peakMb = Math.max(peak, end?.rssMb ?? 0);
    await stopChild(child);
    children.delete(child);
    row.delivered = last.delivered;
    row.maxHeld = last.maxHeld;
    row.maxHeapMb = last.maxHeapMb;
    const stats = await store.outbox.stats();
    row.left = stats.ready + stats.inFlight + stats.delayed;
    rows.push(row);
    console.log(`phase ${count(entries)} entries: ${count(row.delivered)} delivered in ${SECONDS} s, RSS idle ${mb(row.idleMb)} MB, peak ${mb(row.peakMb)} MB`);
    await store.close();
  }
} finally {
  for (const c of children) await stopChild(c);
  await redisServer.stop();
}

console.log(`\nOne delivery worker (DELIVERY_CONCURRENCY ${CONCURRENCY}) against a sender taking ${SLOW_MS} ms per message, ${SECONDS} s per phase:\n`);
console.log('| entries waiting at start | delivered | left in the outbox | most entries held | RSS before reading (MB) | RSS peak (MB) | RSS at the end (MB) | V8 heap in use, largest (MB) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${count(r.entries)} | ${count(r.delivered)} | ${count(r.left)} | ${r.maxHeld} | ${mb(r.idleMb)} | ${mb(r.peakMb)} | ${mb(r.endMb)} | ${mb(r.maxHeapMb)} |`);
