import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppProcess } from './app-process.ts';
import { REPORT_TEXTS, outboxBacklog, startOurs, userId, waitForTurns, type BenchContext } from './bench-context.ts';
import { cpuMeter, procStats, sampleRss } from './proc-stats.ts';
import { closedLoop, commandBody, openLoop, percentile, slackLoad } from './slack-load.ts';

export interface StormResult {
  replicas: number;
  people: number;
  reports: number;
  rate: number;
  failed: number;
  firstFailure?: string;
  p50: number;
  p99: number;
  max: number;
  /** ms from the first report until the fake had every first question (undefined: not within the deadline). */
  doneMs?: number;
  deliveredTurns: number;
  /** Reports acked as counted without their first question (OUTBOX_MAX_BACKLOG reached): no turn is owed for them. */
  shed: number;
  undelivered1s?: number;
  outbox1s?: number;
  /** The open upstream incidents at the end: reporters and reports each. */
  incidents: { reporters: number; reports: number; kind: string }[];
  exact: boolean;
  peakRssMb: (number | undefined)[];
  cpuSeconds: (number | undefined)[];
  /** CPU seconds from the first report until the work was done: the benchmark's processes, and others on the machine. */
  machine?: { wallS: number; machineBusyS: number; oursS: number; othersS: number };
  warnings: string[];
}

/** GET /api/incidents from one replica: the open incidents' kind, reporters and reports. */
async function openIncidents(ctx: BenchContext, baseUrl: string): Promise<{ reporters: number; reports: number; kind: string }[]> {
  const res = await fetch(`${baseUrl}/api/incidents`, { headers: { authorization: `Bearer ${ctx.helpdeskToken}` } });
  const body: unknown = await res.json();
  const list = typeof body === 'object' && body !== null && 'incidents' in body && Array.isArray(body.incidents) ? (body.incidents as unknown[]) : [];
  const out: { reporters: number; reports: number; kind: string }[] = [];
  for (const x of list) {
    if (typeof x !== 'object' || x === null) continue;
    const get = (k: string) => (k in x ? (x as Record<string, unknown>)[k] : undefined);
    if (get('state') !== 'open') continue;
    out.push({ reporters: Number(get('reporters')), reports: Number(get('reports')), kind: String(get('kind')) });
  }
  return out;
}

/**
 * The storm: `people` people report twice each (`people * 2` slash commands) at `rate` per second,
 * round-robin over 3 replicas of the bot on one Redis, after a warm-up of each replica with openings
 * that count toward nothing ("ChatGPT is not working"). Ack latency from the open loop, exact counts
 * from GET /api/incidents, peak RSS per replica (sampled VmRSS and VmHWM).
 */
export async function storm(ctx: BenchContext, keyPrefix: string, people: number, rate: number): Promise<StormResult> {
  const replicas: AppProcess[] = [];
  const warnings: string[] = [];
  try {
    for (let i = 1; i <= 3; i++) replicas.push(await startOurs(ctx, `storm-replica-${i}`, keyPrefix, { web: true }));
    const loads = replicas.map((r) => slackLoad(`${r.url}/slack/events`, ctx.secret));
    // Warm-up (JIT, connections): openings that say nothing countable, so the incident's counts stay exact.
    const warm = ctx.quick ? 50 : 150;
    const warmTurns = (await ctx.fake.counts()).turns;
    await Promise.all(
      loads.map((load, r) =>
        closedLoop(8, warm, (i) => load.send(commandBody({ user: userId('W', r * warm + i), text: 'ChatGPT is not working', responseUrl: ctx.fake.responseUrl, trigger: `W${r}.${i}.${Date.now()}` })), (x) => x.status === 200),
      ),
    );
    await waitForTurns(ctx, warmTurns + 3 * warm, 60_000);
    await sleep(500);
    const samplers = replicas.map((r) => sampleRss(r.pid));
    const cpu0 = replicas.map((r) => procStats(r.pid)?.cpuSeconds);
    const meter = cpuMeter(() => [...replicas.map((r) => r.pid), ctx.fake.pid, ctx.redisPid]);
    const turns0 = (await ctx.fake.counts()).turns;
    const reports = people * 2;
    let shed = 0;
    const result = await openLoop(
      rate,
      reports / rate,
      (i) => {
        const who = i % people;
        return loads[i % 3]!.send(commandBody({ user: userId('S', who), text: REPORT_TEXTS[who % REPORT_TEXTS.length]!, responseUrl: ctx.fake.responseUrl, trigger: `S${i}.${Date.now()}` }));
      },
      (r) => {
        // Admission control (OUTBOX_MAX_BACKLOG): counted, answered in the ack, no first question owed.
        if (r.status === 200 && r.text.includes('your report is counted')) shed++;
        return r.status === 200 && !r.text.includes('Sorry');
      },
    );
    const wait = result.endedAt + 1000 - performance.now();
    if (wait > 0) await sleep(wait);
    const expected = turns0 + result.sent - result.failed - shed;
    const [counts, backlog] = await Promise.all([ctx.fake.counts(), outboxBacklog(ctx, replicas[0]!.url, keyPrefix)]);
    const done = await waitForTurns(ctx, expected, ctx.quick ? 60_000 : 120_000);
    const machine = meter.stop();
    const peakRssMb = samplers.map((s) => s.stop());
    const cpuSeconds = replicas.map((r, i) => {
      const now = procStats(r.pid)?.cpuSeconds;
      return now === undefined || cpu0[i] === undefined ? undefined : now - cpu0[i]!;
    });
    await Promise.all(loads.map((l) => l.close()));
    const incidents = (await openIncidents(ctx, replicas[0]!.url)).filter((x) => x.kind === 'upstream');
    const exact = incidents.length === 1 && incidents[0]!.reporters === people && incidents[0]!.reports === reports;
    for (const r of replicas) if (r.warnings() + r.errors() > 0) warnings.push(`${r.name} logged ${r.warnings()} warnings and ${r.errors()} errors (${r.logPath})`);
    return {
      replicas: replicas.length,
      people,
      reports,
      rate,
      failed: result.failed,
      ...(result.firstFailure ? { firstFailure: result.firstFailure } : {}),
      p50: percentile(result.latencies, 0.5),
      p99: percentile(result.latencies, 0.99),
      max: result.latencies.at(-1) ?? NaN,
      ...(done.at !== undefined ? { doneMs: done.at - result.startedAt } : {}),
      deliveredTurns: done.turns - turns0,
      shed,
      undelivered1s: Math.max(0, expected - counts.turns),
      ...(backlog !== undefined ? { outbox1s: backlog } : {}),
      incidents,
      exact,
      peakRssMb,
      cpuSeconds,
      ...(machine ? { machine } : {}),
      warnings,
    };
  } finally {
    await Promise.all(replicas.map((r) => r.stop()));
  }
}
