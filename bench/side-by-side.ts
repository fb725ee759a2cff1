import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { startAppProcess, type AppProcess } from './app-process.ts';
import { REPORT_TEXTS, outboxBacklog, startOurs, userId, waitForTurns, type BenchContext } from './bench-context.ts';
import { cpuMeter, procStats } from './proc-stats.ts';
import { closedLoop, commandBody, openLoop, percentile, slackLoad, type LoadResult } from './slack-load.ts';

export const RATES = [100, 300, 500] as const;
export const IN_FLIGHT = 32;

/** One load phase against one app. */
export interface PhaseResult {
  app: 'ours' | 'bare';
  phase: string;
  sent: number;
  failed: number;
  firstFailure?: string;
  p50: number;
  p99: number;
  max: number;
  /** Acks per second (sent / time until the last ack). */
  ackRate: number;
  /** Ours: commands per second until the fake had every first question; ms from the start until then. */
  doneRate?: number;
  doneMs?: number;
  /** Ours, 1 s after the last ack: first questions not yet at the fake, and the outbox's pending + retrying. */
  undelivered1s?: number;
  outbox1s?: number;
  /** CPU of the app's process tree over the phase (ours: until the work was done), per command, ms. */
  cpuMsPerCommand?: number;
  /** The same for the benchmark process (the load generator) and the fake Slack API's process: are they keeping up? */
  generatorCpuMsPerCommand: number;
  fakeCpuMsPerCommand?: number;
}

export interface SideBySide {
  phases: PhaseResult[];
  idleRssMb: { ours?: number; bare?: number };
  peakRssMb: { ours?: number; bare?: number };
  /** CPU over each app's measurement: the machine, the benchmark's processes, other load. */
  machine: { bare?: ReturnType<ReturnType<typeof cpuMeter>['stop']>; ours?: ReturnType<ReturnType<typeof cpuMeter>['stop']> };
  /** The bot process, still running; the caller stops it. */
  ours: AppProcess;
  warnings: string[];
}

const ACK_OK = (app: 'ours' | 'bare') => (r: { status: number; text: string }) => r.status === 200 && (app === 'bare' || !r.text.includes('Sorry'));

async function runPhase(ctx: BenchContext, keyPrefix: string, app: AppProcess, kind: 'ours' | 'bare', phase: string, users: { next: number; tag: string }, load: (send: (i: number) => Promise<{ status: number; text: string }>) => Promise<LoadResult>): Promise<PhaseResult> {
  const events = slackLoad(`${app.url}/slack/events`, ctx.secret);
  const base = users.next;
  const cpu0 = procStats(app.pid)?.cpuSeconds;
  const fake0 = procStats(ctx.fake.pid)?.cpuSeconds;
  const gen0 = process.cpuUsage();
  const turns0 = (await ctx.fake.counts()).turns;
  const r = await load((i) => events.send(commandBody({ user: userId(users.tag, base + i), text: REPORT_TEXTS[(base + i) % REPORT_TEXTS.length]!, responseUrl: ctx.fake.responseUrl, trigger: `${users.tag}${base + i}.${Date.now()}` })));
  users.next += r.sent;
  await events.close();
  const out: PhaseResult = {
    app: kind,
    phase,
    sent: r.sent,
    failed: r.failed,
    ...(r.firstFailure ? { firstFailure: r.firstFailure } : {}),
    p50: percentile(r.latencies, 0.5),
    p99: percentile(r.latencies, 0.99),
    max: r.latencies.at(-1) ?? NaN,
    ackRate: (r.sent / r.elapsedMs) * 1000,
    generatorCpuMsPerCommand: 0,
  };
  if (kind === 'ours') {
    const expected = turns0 + r.sent - r.failed;
    const wait = r.endedAt + 1000 - performance.now();
    if (wait > 0) await sleep(wait);
    const [counts, backlog] = await Promise.all([ctx.fake.counts(), outboxBacklog(ctx, app.url, keyPrefix)]);
    out.undelivered1s = Math.max(0, expected - counts.turns);
    if (backlog !== undefined) out.outbox1s = backlog;
    const done = await waitForTurns(ctx, expected, ctx.quick ? 60_000 : 120_000);
    if (done.at !== undefined) {
      out.doneMs = done.at - r.startedAt;
      out.doneRate = (r.sent / out.doneMs) * 1000;
    }
  }
  const cpu1 = procStats(app.pid)?.cpuSeconds;
  if (cpu0 !== undefined && cpu1 !== undefined) out.cpuMsPerCommand = ((cpu1 - cpu0) * 1000) / r.sent;
  const gen = process.cpuUsage(gen0);
  out.generatorCpuMsPerCommand = (gen.user + gen.system) / 1000 / r.sent;
  const fake1 = procStats(ctx.fake.pid)?.cpuSeconds;
  if (fake0 !== undefined && fake1 !== undefined) out.fakeCpuMsPerCommand = ((fake1 - fake0) * 1000) / r.sent;
  return out;
}

async function measureApp(ctx: BenchContext, keyPrefix: string, app: AppProcess, kind: 'ours' | 'bare', tag: string): Promise<PhaseResult[]> {
  const seconds = ctx.quick ? 2 : 5;
  const users = { next: 0, tag };
  const ok = ACK_OK(kind);
  // Warm-up (not reported): JIT, connections, the first incident.
  await runPhase(ctx, keyPrefix, app, kind, 'warm-up', users, (send) => closedLoop(8, ctx.quick ? 100 : 300, send, ok));
  const phases: PhaseResult[] = [];
  for (const rate of RATES) phases.push(await runPhase(ctx, keyPrefix, app, kind, `${rate}/s for ${seconds} s`, users, (send) => openLoop(rate, seconds, send, ok)));
  const total = kind === 'bare' ? (ctx.quick ? 2000 : 10_000) : ctx.quick ? 600 : 2000;
  phases.push(await runPhase(ctx, keyPrefix, app, kind, `${IN_FLIGHT} in flight`, users, (send) => closedLoop(IN_FLIGHT, total, send, ok)));
  return phases;
}

/**
 * The bare bolt app, then ours (one replica), each alone on the machine while measured, in the same
 * run: ack latency at 100/300/500 commands per second (open loop), then the most they take with 32
 * commands in flight; for ours also until the work is done (every first question at the fake).
 */
export async function sideBySide(ctx: BenchContext, keyPrefix: string): Promise<SideBySide> {
  const warnings: string[] = [];
  const bare = await startAppProcess({
    name: 'bare-bolt',
    // Plain JavaScript in a .ts file, evaluated as a module: the baseline runs without a TypeScript loader.
    args: ['--input-type=module', '--eval', await import('node:fs/promises').then((fs) => fs.readFile(new URL('./bare-bolt.ts', import.meta.url), 'utf8'))],
    env: { PORT: '0', SLACK_SIGNING_SECRET: ctx.secret, SLACK_BOT_TOKEN: ctx.token, SLACK_API_URL: ctx.fake.url },
    ready: /listening (http:\/\/127\.0\.0\.1:\d+)\/slack\/events/,
    logDir: ctx.logDir,
  });
  let ours: AppProcess | undefined;
  try {
    await sleep(1000);
    const bareIdle = procStats(bare.pid)?.rssMb;
    const bareMeter = cpuMeter(() => [bare.pid, ctx.fake.pid, ctx.redisPid]);
    const barePhases = await measureApp(ctx, keyPrefix, bare, 'bare', 'B');
    const bareMachine = bareMeter.stop();
    const barePeak = procStats(bare.pid)?.peakRssMb;
    await bare.stop();
    ours = await startOurs(ctx, 'ours', keyPrefix);
    await sleep(2000);
    const oursIdle = procStats(ours.pid)?.rssMb;
    const oursApp = ours;
    const oursMeter = cpuMeter(() => [oursApp.pid, ctx.fake.pid, ctx.redisPid]);
    const oursPhases = await measureApp(ctx, keyPrefix, ours, 'ours', 'O');
    const oursMachine = oursMeter.stop();
    const oursPeak = procStats(ours.pid)?.peakRssMb;
    if (ours.warnings() + ours.errors() > 0) warnings.push(`ours logged ${ours.warnings()} warnings and ${ours.errors()} errors (${ours.logPath})`);
    return { phases: [...barePhases, ...oursPhases], idleRssMb: { ours: oursIdle, bare: bareIdle }, peakRssMb: { ours: oursPeak, bare: barePeak }, machine: { bare: bareMachine, ours: oursMachine }, ours, warnings };
  } catch (error) {
    await ours?.stop();
    throw error;
  } finally {
    await bare.stop();
  }
}
