/**
 * Fan-out benchmark: `npm run bench:fanout` (5,000 recipients) or `npm run bench:fanout -- --quick`
 * (500). Resolving an incident with N subscribed Slack reporters enqueues N resolve notices through
 * the outbox; 3 replicas of the real bot (`node bin/chatgpt-500.js start`, 3 OS processes) deliver
 * them together to a fake Slack Web API on 127.0.0.1 that honours ~1 message per second per
 * channel. Measures the time until every reporter's thread has its notice, checks that nobody got
 * two, that the incident counts every notice as sent and that the helpdesk card says so.
 *
 * Starts everything itself (redis-server on a free port unless REDIS_URL is set, a fake status page,
 * the fake Slack API, the replicas) and stops it all at the end. Traffic goes to 127.0.0.1 only.
 *
 * Options: --quick (500 recipients), --recipients=N, --info (LOG_LEVEL=info on replica 1),
 * --progress=SECONDS (how often progress is printed during the fan-out, default 5), --cpu-prof
 * (replica 1 runs with node --cpu-prof and writes its profile into the log directory when it stops),
 * --logs=DIR (where the replicas' output is written; default a fresh directory under the OS tmpdir).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, type WriteStream } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.ts';
import { connectRedis, createRedis } from '../src/store/create-redis.ts';
import { storeOptionsFromConfig } from '../src/store/create-store.ts';
import { createRedisStore } from '../src/store/create-redis-store.ts';
import type { Store } from '../src/store/store.port.ts';
import { startFakeSlackApi, type FakeSlackApi, type RecordedCall } from '../test/helpers/fake-slack-api.ts';
import { startFakeStatusServer } from '../test/helpers/fake-status-server.ts';
import { seedSubscribedIncident } from '../test/helpers/seed-fanout.ts';
import { startRedisServer, uniquePrefix } from '../test/helpers/redis-server.ts';
import { incidentioQuiet } from '../test/status/status-payloads.ts';
import { ERROR_LINE, WARNING_LINE } from './app-process.ts';
import { table } from './measure.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const N = Number(option('recipients') ?? (quick ? 500 : 5000));
if (!Number.isInteger(N) || N < 3) throw new Error(`--recipients must be a whole number of at least 3 (got ${option('recipients')})`);
const REPLICAS = 3;
const TOKEN = 'xoxb-bench-fanout';
const HELPDESK = 'C0HELPDESK';
const CARD_INTERVAL_SECONDS = 2;
const DEADLINE_MS = quick ? 3 * 60_000 : 10 * 60_000;
const RESOLVED_PREFIX = '✅ Resolved';
const PROGRESS_MS = Number(option('progress') ?? 5) * 1000;

const count = (n: number) => n.toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

interface Replica {
  index: number;
  child: ChildProcess;
  url: string;
  log: WriteStream;
  logPath: string;
  exited: Promise<number | null>;
  warnings: number;
  errors: number;
}

/** `node bin/chatgpt-500.js start` with only `env` (plus PATH and HOME); resolves once it prints its banner. */
async function startReplica(index: number, env: Record<string, string>, logDir: string, nodeArgs: string[], spawned: (r: Replica) => void): Promise<Replica> {
  const child = spawn(process.execPath, [...nodeArgs, 'bin/chatgpt-500.js', 'start'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', LOG_FORMAT: 'pretty', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logPath = join(logDir, `replica-${index}.log`);
  const log = createWriteStream(logPath);
  const replica: Replica = { index, child, url: '', log, logPath, exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null)))), warnings: 0, errors: 0 };
  spawned(replica);
  let output = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    log.write(text);
    replica.warnings += text.match(WARNING_LINE)?.length ?? 0;
    replica.errors += text.match(ERROR_LINE)?.length ?? 0;
    if (!replica.url) output += text;
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const banner = /\s(http:\/\/127\.0\.0\.1:\d+)\/healthz/;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const m = banner.exec(output);
    if (m) {
      replica.url = m[1]!;
      output = '';
      return replica;
    }
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`replica ${index} exited with ${child.exitCode ?? child.signalCode} before listening:\n${output}`);
    if (Date.now() > deadline) throw new Error(`replica ${index} printed no banner within 30 s:\n${output}`);
    await sleep(50);
  }
}

/** SIGTERM, then SIGKILL after 15 s; resolves with the exit code (-1: killed by a signal). */
async function stopReplica(r: Replica): Promise<number | null> {
  if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGTERM');
  const timer = setTimeout(() => {
    console.error(`replica ${r.index} did not stop within 15 s of SIGTERM: SIGKILL`);
    r.child.kill('SIGKILL');
  }, 15_000);
  const code = await r.exited;
  clearTimeout(timer);
  await new Promise<void>((resolve) => r.log.end(() => resolve()));
  return code;
}

/** Peak resident set of a process (Linux /proc VmHWM), in MB; undefined elsewhere. */
function peakRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The replica's outbox and Slack counters from /metrics (`name{labels} value` lines). */
async function scrape(r: Replica): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  try {
    const text = await (await fetch(`${r.url}/metrics`)).text();
    for (const line of text.split('\n')) {
      const m = /^(chatgpt500_(?:outbox_deliveries_total|chat_api_calls_total|outbox_dead_letters_total))\{([^}]*)\} (\S+)$/.exec(line);
      if (m) out.set(`${m[1]!.replace('chatgpt500_', '')}{${m[2]}}`, Number(m[3]));
    }
  } catch {
    // not answering: no counters
  }
  return out;
}

/** CPU seconds (user + system) a process has used so far (Linux /proc/<pid>/stat); undefined elsewhere. */
function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after "pid (comm) ", in clock ticks (100 Hz on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Busy and total CPU seconds of the whole machine so far (Linux /proc/stat), to see other load. */
function machineCpu(): { busy: number; total: number } | undefined {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = f[3]! + f[4]!;
    return { busy: (total - idle) / 100, total: total / 100 };
  } catch {
    return undefined;
  }
}

/** Redis's own CPU seconds (INFO cpu: used_cpu_user + used_cpu_sys). */
async function redisCpuSeconds(client: ReturnType<typeof createRedis>): Promise<number | undefined> {
  try {
    const info = String(await client.call('INFO', 'cpu'));
    const read = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1]);
    const total = read('used_cpu_user') + read('used_cpu_sys');
    return Number.isFinite(total) ? total : undefined;
  } catch {
    return undefined;
  }
}

/** Every CPU meter at once: the replicas, this process (the fake Slack API and the polling), Redis. */
async function cpuMeters(replicas: Replica[], client: ReturnType<typeof createRedis>): Promise<(number | undefined)[]> {
  const self = process.cpuUsage();
  return [...replicas.map((r) => cpuSeconds(r.child.pid)), (self.user + self.system) / 1e6, await redisCpuSeconds(client)];
}

/** "92 % busy; 1.3 core-s used by processes other than this benchmark's" */
function machineLine(
  before: ReturnType<typeof machineCpu>,
  after: ReturnType<typeof machineCpu>,
  oursBefore: (number | undefined)[],
  oursAfter: (number | undefined)[],
): string {
  if (!before || !after || after.total <= before.total) return '–';
  const busy = after.busy - before.busy;
  const ours = oursAfter.reduce<number>((sum, a, i) => sum + (a ?? 0) - (oursBefore[i] ?? 0), 0);
  return `${((busy / (after.total - before.total)) * 100).toFixed(0)} %; ${Math.max(0, busy - ours).toFixed(1)} core-s by processes other than the benchmark's`;
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Reads the fake's recorded calls from `from` on and tallies the resolve notices per seeded thread. */
class NoticeTally {
  readonly first = new Map<string, number>();
  readonly copies = new Map<string, number>();
  /** Resolve notices posted anywhere but in a seeded thread. */
  stray = 0;
  scanned: number;
  readonly #byThread: Map<string, string>;
  readonly #calls: RecordedCall[];

  constructor(fake: FakeSlackApi, threads: Map<string, { channel: string; threadTs: string }>, from: number) {
    this.#calls = fake.calls;
    this.scanned = from;
    this.#byThread = new Map([...threads].map(([conv, t]) => [`${t.channel}/${t.threadTs}`, conv]));
  }

  scan(): void {
    for (; this.scanned < this.#calls.length; this.scanned++) {
      const c = this.#calls[this.scanned]!;
      if (c.method !== 'chat.postMessage' || c.status !== 200 || c.answer?.ok !== true) continue;
      const text = typeof c.body.text === 'string' ? c.body.text : '';
      if (!text.startsWith(RESOLVED_PREFIX)) continue;
      const conv = this.#byThread.get(`${String(c.body.channel)}/${String(c.body.thread_ts)}`);
      if (!conv) {
        this.stray++;
        continue;
      }
      if (!this.first.has(conv)) this.first.set(conv, c.at);
      this.copies.set(conv, (this.copies.get(conv) ?? 0) + 1);
    }
  }

  duplicates(): number {
    return [...this.copies.values()].filter((n) => n > 1).length;
  }
}

async function waitUntil(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(everyMs);
  }
  console.error(`  … gave up waiting for ${what} after ${seconds(timeoutMs)}`);
  return false;
}

async function outboxLine(store: Store): Promise<string> {
  const s = await store.outbox.stats();
  return `outbox ready ${s.ready}, in flight ${s.inFlight}, delayed ${s.delayed}, dead ${s.dead}`;
}

async function main(): Promise<number> {
  const logDir = option('logs') ?? mkdtempSync(join(tmpdir(), 'chatgpt-500-fanout-'));
  const cleanups: { name: string; run: () => Promise<unknown> }[] = [];
  const replicas: Replica[] = [];
  let failed: string[] = [];
  const onSignal = () => {
    for (const r of replicas) r.child.kill('SIGKILL');
    process.exit(130);
  };
  process.once('SIGINT', onSignal);

  try {
    // 1. Redis, the status page, the fake Slack Web API.
    const redis = await startRedisServer();
    cleanups.unshift({ name: 'redis', run: () => redis.stop() });
    const status = await startFakeStatusServer({ kind: 'json', body: incidentioQuiet() });
    cleanups.unshift({ name: 'fake status page', run: () => status.close() });
    const fake = await startFakeSlackApi({ token: TOKEN, perChannelPerSecond: 1, channels: [{ id: HELPDESK, name: 'helpdesk' }] });
    cleanups.unshift({ name: 'fake Slack API', run: () => fake.close() });

    // 2. The seeded incident: N reporters in their DM threads, all subscribed. Same rules as the bot.
    const env: Record<string, string> = {
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: uniquePrefix('fanout'),
      STATUS_URL: status.url,
      SLACK_SIGNING_SECRET: 'bench-secret',
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_API_URL: fake.url,
      SLACK_HELPDESK_CHANNEL: HELPDESK,
      INCIDENT_CARD_MIN_INTERVAL_SECONDS: String(CARD_INTERVAL_SECONDS),
      // The page and the board are on by default since issue 15; this bench measures Slack only, as before.
      WEB_ENABLED: 'false',
    };
    const config = loadConfig(env);
    const client = createRedis(config, { connectTimeoutMs: 5000 });
    await connectRedis(client, 10_000);
    cleanups.unshift({
      name: 'bench Redis client',
      run: async () => {
        // A Redis the benchmark did not start (REDIS_URL) keeps running: remove this run's keys from it.
        if (process.env.REDIS_URL) {
          let cursor = '0';
          do {
            const [next, keys] = await client.scan(cursor, 'MATCH', `${env.REDIS_KEY_PREFIX}*`, 'COUNT', 1000);
            if (keys.length > 0) await client.unlink(...keys);
            cursor = next;
          } while (cursor !== '0');
        }
        client.disconnect();
      },
    });
    const store = createRedisStore(client, storeOptionsFromConfig(config));
    let t = Date.now();
    const seeded = await seedSubscribedIncident(store, N);
    console.log(`seeded ${count(N)} subscribed reporters in ${seconds(Date.now() - t)} (incident ${seeded.incidentId}, key prefix ${env.REDIS_KEY_PREFIX})`);

    // 3. Three replicas of the bot; they draw the first card, then everything settles.
    t = Date.now();
    const info = args.includes('--info');
    const cpuProf = args.includes('--cpu-prof');
    // Each replica is kept as soon as it is spawned, so a failed start still stops the others.
    const started = await Promise.allSettled(
      Array.from({ length: REPLICAS }, (_, i) =>
        startReplica(i + 1, { ...env, ...(info && i === 0 ? { LOG_LEVEL: 'info' } : {}) }, logDir, cpuProf && i === 0 ? [`--cpu-prof`, `--cpu-prof-dir=${logDir}`] : [], (r) => replicas.push(r)),
      ),
    );
    const notStarted = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    cleanups.unshift({
      name: 'replicas',
      run: async () => {
        const stopping = Date.now();
        const codes = await Promise.all(replicas.map(stopReplica));
        console.log(`replicas stopped in ${seconds(Date.now() - stopping)} (exit codes ${codes.join(', ')})`);
        codes.forEach((code, i) => {
          if (code !== 0 && !notStarted) failed.push(`replica ${replicas[i]!.index} exited with ${code} after SIGTERM`);
        });
      },
    });
    if (notStarted) throw notStarted.reason;
    console.log(`${REPLICAS} replicas up in ${seconds(Date.now() - t)} (pids ${replicas.map((r) => r.child.pid).join(', ')}; logs in ${logDir})`);
    const cardPosted = () => fake.calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === HELPDESK && c.answer?.ok === true);
    if (!(await waitUntil('the first helpdesk card', cardPosted, 30_000))) throw new Error('the replicas drew no helpdesk card');
    await waitUntil(
      'the outbox to settle before the resolve',
      async () => {
        const s = await store.outbox.stats();
        return s.ready + s.inFlight + s.delayed === 0;
      },
      30_000,
    );
    await sleep(CARD_INTERVAL_SECONDS * 1000 + 500);

    // 4. Resolve; wait until every seeded thread has its resolve notice.
    const callsBefore = fake.calls.length;
    const tally = new NoticeTally(fake, seeded.threads, callsBefore);
    const cpuBefore = await cpuMeters(replicas, client);
    const machineBefore = machineCpu();
    const t0 = Date.now();
    const outcome = await store.incidents.resolve(seeded.incidentId, 'bench');
    const resolveMs = Date.now() - t0;
    console.log(`resolved in ${resolveMs} ms (${JSON.stringify(outcome).slice(0, 120)}); waiting for ${count(N)} notices (deadline ${seconds(DEADLINE_MS)})`);
    let lastProgressAt = Date.now();
    let lastCount = 0;
    let lastReport = Date.now();
    while (tally.first.size < N && Date.now() - t0 < DEADLINE_MS) {
      await sleep(100);
      tally.scan();
      if (tally.first.size > lastCount) {
        lastCount = tally.first.size;
        lastProgressAt = Date.now();
      }
      if (Date.now() - lastReport >= PROGRESS_MS) {
        lastReport = Date.now();
        const limited = fake.calls.slice(callsBefore).filter((c) => c.status === 429).length;
        const stalled = Date.now() - lastProgressAt > 10_000 ? ` — no new notice for ${seconds(Date.now() - lastProgressAt)}` : '';
        console.log(`  ${seconds(Date.now() - t0)}: ${count(tally.first.size)} of ${count(N)} notified, ${count(fake.calls.length - callsBefore)} Web API calls, ${limited} × 429; ${await outboxLine(store)}${stalled}`);
      }
    }
    const allNotified = tally.first.size === N;
    const lastNoticeAt = [...tally.first.values()].reduce((a, b) => Math.max(a, b), t0);
    const cpuAtLast = await cpuMeters(replicas, client);
    const machineAtLast = machineCpu();
    const callsAtLast = fake.calls.slice(callsBefore).filter((c) => c.at <= lastNoticeAt);
    if (!allNotified) failed.push(`only ${count(tally.first.size)} of ${count(N)} threads got their resolve notice within ${seconds(DEADLINE_MS)}`);

    // 5. Let the progress count and the card catch up, then read the end state.
    const idle = async () => {
      const s = await store.outbox.stats();
      return s.ready + s.inFlight + s.delayed === 0;
    };
    let incident = await store.incidents.get(seeded.incidentId);
    await waitUntil(
      'notify.sent to reach N',
      async () => {
        incident = await store.incidents.get(seeded.incidentId);
        return (incident?.notify?.sent ?? 0) + (incident?.notify?.failed ?? 0) + (incident?.notify?.skipped ?? 0) >= N;
      },
      30_000,
    );
    const wanted = `Resolve notice: sent to all ${count(N)}`;
    const cards = () => fake.messagesIn(HELPDESK).filter((m) => m.threadTs === undefined);
    const cardShows = () => cards().some((m) => JSON.stringify(m.blocks ?? []).includes(wanted));
    const cardDone = await waitUntil(`the card to show "${wanted}"`, cardShows, 30_000);
    const cardDoneMs = Date.now() - t0;
    await waitUntil('the outbox to be empty', idle, 30_000);
    await sleep(2000); // late duplicates, if any, would arrive here
    tally.scan();
    incident = await store.incidents.get(seeded.incidentId);
    const stats = await store.outbox.stats();
    const notify = incident?.notify;
    const duplicates = tally.duplicates();
    const fanoutCalls = fake.calls.slice(callsBefore);
    const cardUpdates = fanoutCalls.filter((c) => c.method === 'chat.update' && c.body.channel === HELPDESK);
    const methods = new Map<string, number>();
    for (const c of fanoutCalls) methods.set(`${c.method} ${c.status}`, (methods.get(`${c.method} ${c.status}`) ?? 0) + 1);

    const rss = replicas.map((r) => peakRssMb(r.child.pid));
    const counters = await Promise.all(replicas.map(scrape));

    if (duplicates > 0) failed.push(`${duplicates} threads got more than one resolve notice`);
    if (tally.stray > 0) failed.push(`${tally.stray} resolve notices were posted outside the seeded threads`);
    if (notify?.sent !== N) failed.push(`the incident counts ${notify?.sent ?? 'no'} notices as sent, not ${N} (${JSON.stringify(notify)})`);
    if (!cardDone) failed.push(`the helpdesk card does not show "${wanted}"`);
    if (stats.dead > 0) failed.push(`${stats.dead} outbox entries went to the dead letters`);

    // 6. The figures.
    const latencies = [...tally.first.values()].map((at) => at - t0).sort((a, b) => a - b);
    const totalMs = lastNoticeAt - t0;
    const limited = fanoutCalls.filter((c) => c.status === 429).length;
    console.log(`\nchatgpt-500 fan-out benchmark — node ${process.version}, ${new Date().toISOString()}${quick ? ' (quick)' : ''}, ${REPLICAS} replicas, ${count(N)} recipients\n`);
    console.log(
      table([
        {
          name: `resolve → notice in the reporter's thread (${count(N)} recipients, ${REPLICAS} replicas)`,
          runs: tally.first.size,
          opsPerSecond: totalMs > 0 ? (tally.first.size / totalMs) * 1000 : NaN,
          p50Ms: latencies.length ? percentile(latencies, 0.5) : NaN,
          p99Ms: latencies.length ? percentile(latencies, 0.99) : NaN,
          maxMs: latencies.length ? latencies.at(-1)! : NaN,
        },
      ]),
    );
    const rows: [string, string][] = [
      ['recipients notified', `${count(tally.first.size)} of ${count(N)}`],
      ['time to the last notice', seconds(totalMs)],
      ['notices per second', (totalMs > 0 ? (tally.first.size / totalMs) * 1000 : NaN).toFixed(0)],
      ['p50 / p99 / max since the resolve', latencies.length ? `${seconds(percentile(latencies, 0.5))} / ${seconds(percentile(latencies, 0.99))} / ${seconds(latencies.at(-1)!)}` : '–'],
      ['Web API calls per notice (t0 → last notice)', (callsAtLast.length / N).toFixed(2)],
      ['429s answered by the fake (t0 → end)', count(limited)],
      ['duplicates (threads with > 1 notice) / notices outside a seeded thread', `${duplicates} / ${tally.stray}`],
      ['incident notify at the end', notify ? `sent ${count(notify.sent)}, failed ${notify.failed}, skipped ${notify.skipped} of ${count(notify.total)}` : 'none'],
      ['helpdesk card', `${cardDone ? `shows "${wanted}" ${seconds(cardDoneMs)} after the resolve` : 'does NOT show it'} (${cards().length} card message, ${cardUpdates.length} chat.update during the fan-out)`],
      ['outbox at the end', `ready ${stats.ready}, in flight ${stats.inFlight}, delayed ${stats.delayed}, dead ${stats.dead}`],
      ['peak RSS per replica (VmHWM)', rss.map((mb) => (mb === undefined ? '–' : `${mb.toFixed(0)} MB`)).join(' / ')],
      ['resolve call (one Lua step)', `${resolveMs} ms`],
      [
        'CPU during the fan-out (t0 → last notice)',
        `${cpuAtLast
          .map((after, i) => {
            const before = cpuBefore[i];
            const label = i < REPLICAS ? `replica ${i + 1}` : i === REPLICAS ? 'bench + fake Slack' : 'redis-server';
            return `${label} ${after === undefined || before === undefined ? '–' : `${(after - before).toFixed(1)} s`}`;
          })
          .join(', ')} (of ${(totalMs / 1000).toFixed(1)} s wall × ${availableParallelism()} cores)`,
      ],
      ['machine CPU busy during the fan-out (all processes)', machineLine(machineBefore, machineAtLast, cpuBefore, cpuAtLast)],
    ];
    console.log(['\n| figure | value |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n'));
    console.log(`\nWeb API calls from t0 to the end, by method and HTTP status: ${[...methods].map(([k, v]) => `${k} × ${v}`).join(', ')}`);
    counters.forEach((c, i) => {
      const pick = (prefix: string) =>
        [...c]
          .filter(([k]) => k.startsWith(prefix))
          .map(([k, v]) => `${k.slice(prefix.length).replace(/"/g, '')} ${v}`)
          .join(', ');
      console.log(`replica ${i + 1}: outbox deliveries ${pick('outbox_deliveries_total')}; log lines warn ${replicas[i]!.warnings}, error ${replicas[i]!.errors}`);
    });
  } catch (error) {
    failed.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  } finally {
    for (const c of cleanups) {
      try {
        await c.run();
      } catch (error) {
        console.error(`stopping ${c.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    process.off('SIGINT', onSignal);
  }
  failed = [...new Set(failed)];
  if (failed.length > 0) {
    console.error(`\nFAILED:\n${failed.map((f) => `  - ${f}`).join('\n')}\n(replica logs: ${logDir})`);
    return 1;
  }
  console.log('\nOK');
  return 0;
}

process.exitCode = await main();
