/**
 * `npm run bench` (`-- --quick` for a short smoke run): everything in one run, on 127.0.0.1 only.
 * Starts a redis-server on a free port (or uses REDIS_URL), a fake status page, the fake Slack Web
 * API in a child process, then as separate processes:
 * 1. side by side: a bare @slack/bolt app (bench/bare-bolt.ts) and the real bot
 *    (`node bin/chatgpt-500.js start`, Slack HTTP mode), each alone while measured: ack p50/p99 at
 *    100/300/500 signed slash commands per second (open loop), the most they take with 32 in flight
 *    (ours: until every first question is at the fake, and the backlog 1 s after the load), CPU per
 *    command and RSS per process; the ratios ours / bare;
 * 2. Redis commands per turn on the same bot (MONITOR), and aggregation-script calls per turn;
 * 3. the storm: people × 2 reports through 3 replicas at 500/s, with exact counts and peak RSS;
 * 4. bench/parse-reply.ts when present; 5. the in-process rows (bench/in-process.ts);
 * 6. idle memory: the RSS of an idle replica over its first 30 s, in two set-ups (bench/idle-memory.ts).
 * Options: --quick; --parts=side,rtt,storm,parse,inprocess,idle (default all); --logs=DIR;
 * --node-args="…" (node options of every bot process, space-separated, e.g. V8 heap flags);
 * --bot-env=KEY=VALUE,… (more environment of every bot process, e.g. DELIVERY_THREAD=off).
 * Every child process is stopped at the end, also on failure or Ctrl-C.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { startFakeStatusServer } from '../test/helpers/fake-status-server.ts';
import { spawnRedisServer, stopChild, uniquePrefix } from '../test/helpers/redis-server.ts';
import { incidentioQuiet } from '../test/status/status-payloads.ts';
import { ROOT, killAllChildren, type AppProcess } from './app-process.ts';
import { closeOutboxReaders, startOurs, type BenchContext } from './bench-context.ts';
import { startFakeSlackChild } from './fake-slack-child.ts';
import { roundTrips, type RoundTrips } from './round-trips.ts';
import { runScript } from './run-script.ts';
import { IDLE_SAMPLES_S, idleMemory } from './idle-memory.ts';
import { sideBySide, type SideBySide } from './side-by-side.ts';
import { storm, type StormResult } from './storm.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const nodeArgs = (option('node-args') ?? '').split(' ').filter((a) => a !== '');
const botEnv = Object.fromEntries(
  (option('bot-env') ?? '')
    .split(',')
    .filter((pair) => pair.includes('='))
    .map((pair) => [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1).trim()]),
);
const parts = new Set((option('parts') ?? 'side,rtt,storm,parse,inprocess,idle').split(','));

const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(2) : n.toFixed(1));
const int = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en-US'));
const mb = (n: number | undefined) => (n === undefined ? '–' : `${n.toFixed(0)} MB`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !b ? '–' : `${(a / b).toFixed(2)}×`);
const tableOf = (head: string[], rows: string[][]) => [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function printSide(side: SideBySide): void {
  console.log('\n### Side by side: one replica of chatgpt-500 vs a bare bolt app (same signed load, same run)\n');
  console.log(
    tableOf(
      ['app, load', 'commands', 'failed', 'ack p50 ms', 'ack p99 ms', 'ack max ms', 'acks/s', 'work done/s', 'backlog 1 s after (undelivered / outbox)', 'CPU ms per command', 'CPU ms per command: load generator / fake Slack'],
      side.phases.map((p) => [
        `${p.app === 'ours' ? 'chatgpt-500' : 'bare bolt'}, ${p.phase}`,
        int(p.sent),
        int(p.failed),
        ms(p.p50),
        ms(p.p99),
        ms(p.max),
        int(p.ackRate),
        p.app === 'ours' ? int(p.doneRate) : '–',
        p.app === 'ours' ? `${int(p.undelivered1s)} / ${int(p.outbox1s)}` : '–',
        ms(p.cpuMsPerCommand),
        `${ms(p.generatorCpuMsPerCommand)} / ${ms(p.fakeCpuMsPerCommand)}`,
      ]),
    ),
  );
  const failures = side.phases.filter((p) => p.firstFailure);
  for (const p of failures) console.log(`\n${p.app} ${p.phase}: first failed ack: ${p.firstFailure}`);
  console.log('\nRatios, chatgpt-500 / bare bolt (same phase):\n');
  const phasesOf = (app: 'ours' | 'bare') => side.phases.filter((p) => p.app === app);
  const ours = phasesOf('ours');
  const bare = phasesOf('bare');
  console.log(
    tableOf(
      ['load', 'ack p50', 'ack p99', 'CPU per command', 'max throughput: ours acks / bare acks', 'max throughput: ours with the work done / bare acks'],
      ours.map((o, i) => {
        const b = bare[i];
        // Open-loop phases offer a fixed rate: only the closed loop says what each app can take.
        const closed = o.phase.includes('in flight');
        return [o.phase, ratio(o.p50, b?.p50), ratio(o.p99, b?.p99), ratio(o.cpuMsPerCommand, b?.cpuMsPerCommand), closed ? ratio(o.ackRate, b?.ackRate) : '–', closed ? ratio(o.doneRate, b?.ackRate) : '–'];
      }),
    ),
  );
  const load = (m: SideBySide['machine']['ours']) => (m ? `${m.machineBusyS.toFixed(1)} core-s busy of ${(m.wallS * availableParallelism()).toFixed(1)}, ${m.othersS.toFixed(1)} by other processes` : '–');
  console.log(`\nMachine CPU while measuring: bare bolt ${load(side.machine.bare)}; chatgpt-500 ${load(side.machine.ours)}.`);
  console.log(`RSS: chatgpt-500 idle ${mb(side.idleRssMb.ours)}, peak ${mb(side.peakRssMb.ours)}; bare bolt idle ${mb(side.idleRssMb.bare)}, peak ${mb(side.peakRssMb.bare)}`);
}

function printRoundTrips(rt: RoundTrips): void {
  console.log('\n### Redis commands per turn (MONITOR; one turn at a time; a MULTI…EXEC block and a script call count once)\n');
  console.log(
    tableOf(
      ['turn', 'turns', 'before the ack (median / mean)', 'whole turn incl. delivery (median / mean)', 'aggregation calls before the ack / whole turn', 'seen before the ack (mean)', 'script calls per turn', 'most frequent commands per turn'],
      rt.counts.map((c) => [
        c.kind,
        String(c.turns),
        `${c.beforeAck.median} / ${c.beforeAck.mean.toFixed(1)}`,
        `${c.wholeTurn.median} / ${c.wholeTurn.mean.toFixed(1)}`,
        `${c.aggregation.beforeAck.toFixed(2)} / ${c.aggregation.wholeTurn.toFixed(2)}`,
        c.beforeCommands.map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ') || '–',
        Object.entries(c.scripts).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ') || '–',
        c.topCommands.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '),
      ]),
    ),
  );
  console.log(`\nBackground while idle: ${rt.idlePerSecond.toFixed(1)} commands/s (outbox polling, claims, status), included in the counts above when they fall in a turn's window.`);
}

function printStorm(s: StormResult): void {
  console.log(`\n### Storm: ${int(s.reports)} reports from ${int(s.people)} people through ${s.replicas} replicas at ${s.rate}/s\n`);
  console.log(
    tableOf(
      ['figure', 'value'],
      [
        ['ack p50 / p99 / max', `${ms(s.p50)} / ${ms(s.p99)} / ${ms(s.max)} ms`],
        ['failed acks', `${int(s.failed)}${s.firstFailure ? ` (first: ${s.firstFailure})` : ''}`],
        ['reports counted without their first question (OUTBOX_MAX_BACKLOG reached)', int(s.shed)],
        ['every first question owed delivered', s.doneMs === undefined ? `no: ${int(s.deliveredTurns)} of ${int(s.reports - s.failed - s.shed)}` : `after ${(s.doneMs / 1000).toFixed(1)} s`],
        ['backlog 1 s after the load (undelivered / outbox)', `${int(s.undelivered1s)} / ${int(s.outbox1s)}`],
        ['open upstream incidents (reporters / reports)', s.incidents.map((x) => `${int(x.reporters)} / ${int(x.reports)}`).join('; ') || 'none'],
        ['exact counts', s.exact ? `yes: 1 incident, ${int(s.people)} reporters, ${int(s.reports)} reports` : 'NO'],
        ['peak RSS per replica', s.peakRssMb.map(mb).join(' / ')],
        ['CPU per replica (load and delivery)', s.cpuSeconds.map((c) => (c === undefined ? '–' : `${c.toFixed(1)} s`)).join(' / ')],
        [
          'machine CPU over the storm',
          s.machine ? `${s.machine.machineBusyS.toFixed(1)} core-s busy of ${(s.machine.wallS * availableParallelism()).toFixed(1)}; benchmark processes ${s.machine.oursS.toFixed(1)}, other load ${s.machine.othersS.toFixed(1)}` : '–',
        ],
      ],
    ),
  );
}

async function main(): Promise<number> {
  const logDir = option('logs') ?? mkdtempSync(join(tmpdir(), 'chatgpt-500-bench-'));
  const problems: string[] = [];
  const notes: string[] = [];
  const cleanups: (() => Promise<unknown>)[] = [];
  let ours: AppProcess | undefined;
  let redisChild: ChildProcess | undefined;
  const onSignal = () => {
    killAllChildren();
    redisChild?.kill('SIGKILL');
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  console.log(`chatgpt-500 benchmarks — node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, ${new Date().toISOString()}${quick ? ' (quick)' : ''}; logs in ${logDir}`);
  if (nodeArgs.length > 0 || Object.keys(botEnv).length > 0) console.log(`bots run with node ${nodeArgs.join(' ') || '(no options)'}; environment ${Object.entries(botEnv).map(([k, v]) => `${k}=${v}`).join(' ') || '(as set by the bench)'}`);
  try {
    // A redis-server of this run on a free port (or the one REDIS_URL names, left running).
    const spawned = process.env.REDIS_URL ? undefined : await spawnRedisServer();
    if (spawned) {
      redisChild = spawned.child;
      cleanups.unshift(() => stopChild(spawned.child));
    }
    const redis = { url: process.env.REDIS_URL ?? `redis://127.0.0.1:${spawned!.port}`, pid: spawned?.child.pid };
    const status = await startFakeStatusServer({ kind: 'json', body: incidentioQuiet() });
    cleanups.unshift(() => status.close());
    const fake = await startFakeSlackChild('xoxb-bench');
    cleanups.unshift(() => fake.close());
    const ctx: BenchContext = { quick, logDir, redisUrl: redis.url, redisPid: redis.pid, statusUrl: status.url, fake, secret: 'bench-signing-secret', token: 'xoxb-bench', helpdeskToken: 'bench-helpdesk-token', nodeArgs, botEnv };
    const flush = async () => {
      // Only a Redis this run started is emptied between parts (each part has its own key prefix anyway).
      if (process.env.REDIS_URL) return;
      const client = new Redis(redis.url);
      await client.flushall();
      client.disconnect();
    };

    if (parts.has('side')) {
      const side = await sideBySide(ctx, uniquePrefix('bench'));
      ours = side.ours;
      printSide(side);
      notes.push(...side.warnings);
      await ours.stop();
      ours = undefined;
      await fake.reset();
      await flush();
    }
    if (parts.has('rtt')) {
      // A fresh bot on fresh keys: no open incident yet, so a start gets a question that can be answered.
      ours = await startOurs(ctx, 'ours-round-trips', uniquePrefix('rtt'));
      const rt = await roundTrips(ctx, ours, quick ? 10 : 30);
      printRoundTrips(rt);
      if (rt.withoutQuestion > 0) notes.push(`round trips: ${rt.withoutQuestion} starts had no question with answer buttons at the fake`);
      await ours.stop();
      ours = undefined;
      await fake.reset();
      await flush();
    }
    if (parts.has('storm')) {
      const s = await storm(ctx, uniquePrefix('storm'), quick ? 500 : 5000, 500);
      printStorm(s);
      notes.push(...s.warnings);
      if (!s.exact) problems.push('the storm did not end as one incident with the exact counts');
      await fake.reset();
      await flush();
    }
    if (parts.has('parse')) {
      console.log('\n### parseReply over the reply corpus (bench/parse-reply.ts)\n');
      const script = join(ROOT, 'bench/parse-reply.ts');
      if (!existsSync(script)) console.log('parse-reply bench not present');
      else {
        const r = await runScript('bench/parse-reply.ts', quick ? ['--passes=10', '--warmup=2'] : [], 120_000);
        console.log(r.stdout.trim());
        if (r.code !== 0) problems.push(`bench/parse-reply.ts exited with ${r.code}: ${r.stderr.trim().slice(-500)}`);
      }
    }
    if (parts.has('inprocess')) {
      console.log('\n### In-process rows (bench/in-process.ts: the core called directly, one call at a time unless "in flight")\n');
      const r = await runScript('bench/in-process.ts', quick ? ['--quick'] : [], 180_000);
      console.log(r.stdout.trim());
      if (r.code !== 0) problems.push(`bench/in-process.ts exited with ${r.code}: ${r.stderr.trim().slice(-500)}`);
    }
    if (parts.has('idle')) {
      console.log('\n### Idle memory: RSS of one replica, no request sent (bench/idle-memory.ts)\n');
      const rows = await idleMemory(ctx, uniquePrefix('idle'));
      console.log(tableOf(['set-up', ...IDLE_SAMPLES_S.map((s) => `${s} s`)], rows.map((r) => [r.setup, ...r.rssMb.map(mb)])));
      await flush();
    }
  } catch (error) {
    problems.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  } finally {
    await ours?.stop();
    for (const c of cleanups) await c().catch((error: unknown) => problems.push(`cleanup: ${String(error)}`));
    closeOutboxReaders();
    killAllChildren();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (notes.length > 0) console.log(`\nNotes:\n${notes.map((p) => `- ${p}`).join('\n')}`);
  if (problems.length > 0) {
    console.log(`\nProblems:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
