import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { setFlagsFromString, getHeapSpaceStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Logger } from 'pino';

/**
 * Gives memory back once the process has gone idle. V8 grows its new space (the nursery every
 * allocation starts in) to its cap while the process starts, and again under load, and gives it
 * back only when its memory reducer runs, which in a quiet replica may be a minute away or never.
 * Every `everyMs` this looks at the event loop's utilization over the last period; when it was
 * below `idleBelow` and the new space is above its floor, it runs one full collection, in which V8
 * shrinks the new space when little is being allocated. At most `triesPerIdle` collections per idle
 * period (the first right after a burst often leaves the nursery as it was; the next, 6 s later,
 * shrinks it); more only after the loop was busy again. The collection (20–50 ms for this bot's
 * heap) runs only when nothing else is: a request arriving meanwhile waits for it.
 */
export interface IdleTrimOptions {
  everyMs: number;
  /** Event loop utilization (0–1) under which a period counts as idle (default 0.05). */
  idleBelow?: number;
  /** Collections per idle period while the new space stays above its floor (default 3). */
  triesPerIdle?: number;
  /**
   * Collect once right away, idle or not: for a process that has just started and served nothing
   * yet, so that the collection that shrinks the nursery can come 6 s later rather than 6 s after
   * the first idle period.
   */
  now?: boolean;
  logger?: Pick<Logger, 'debug'>;
  /** For tests: where utilization, the new space's size and the collection come from. */
  probe?: IdleTrimProbe;
}

export interface IdleTrimProbe {
  utilization(since?: EventLoopUtilization): EventLoopUtilization;
  newSpaceBytes(): number;
  /** Runs a full collection; undefined when none can be had. */
  collect: (() => void) | undefined;
}

/** The new space at its floor reports 1 MB (grown once, 2 MB); above it a collection may give memory back, of the old space too. */
const FLOOR_BYTES = 1.5 * 1024 * 1024;
/**
 * How soon a collection that left the new space above its floor is tried again: V8 judges the
 * allocation rate over its last 5 s of samples, so right after a burst the next collection that
 * can shrink the nursery is one more than 5 s after the first.
 */
const RETRY_MS = 6000;

export function trimHeapWhenIdle(options: IdleTrimOptions): { stop(): void } {
  const probe = options.probe ?? processProbe();
  const collect = probe.collect;
  if (collect === undefined || options.everyMs <= 0) return { stop() {} };
  const idleBelow = options.idleBelow ?? 0.05;
  const triesPerIdle = options.triesPerIdle ?? 3;
  let last = probe.utilization();
  let tries = 0;
  let timer: NodeJS.Timeout | undefined;
  const schedule = (ms: number): void => {
    timer = setTimeout(look, ms);
    timer.unref();
  };
  const look = (now = false): void => {
    const period = probe.utilization(last);
    last = probe.utilization();
    if (period.utilization >= idleBelow && !now) tries = 0;
    const before = probe.newSpaceBytes();
    if (before <= FLOOR_BYTES || (!now && (period.utilization >= idleBelow || tries >= triesPerIdle))) return schedule(options.everyMs);
    tries++;
    const started = performance.now();
    collect();
    const after = probe.newSpaceBytes();
    options.logger?.debug({ newSpaceBefore: before, newSpaceAfter: after, ms: Math.round(performance.now() - started) }, 'idle: heap trimmed');
    // The collection's own time is not the next period's work.
    last = probe.utilization();
    // V8 shrinks the nursery when little was allocated over its last seconds of samples: right
    // after a burst the first collection only takes that sample, and the next one shrinks it.
    schedule(after > FLOOR_BYTES ? Math.max(RETRY_MS, options.everyMs) : options.everyMs);
  };
  if (options.now) look(true);
  else schedule(options.everyMs);
  return { stop: () => clearTimeout(timer) };
}

/** This process: its event loop, V8's new space, and V8's collector (exposed here if it is not yet). */
function processProbe(): IdleTrimProbe {
  return {
    utilization: (since) => (since ? performance.eventLoopUtilization(since) : performance.eventLoopUtilization()),
    newSpaceBytes: () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0,
    collect: exposedCollector(),
  };
}

function exposedCollector(): (() => void) | undefined {
  const own: unknown = (globalThis as { gc?: unknown }).gc;
  if (typeof own === 'function') return () => void own();
  try {
    setFlagsFromString('--expose-gc');
    const made: unknown = runInNewContext('gc');
    return typeof made === 'function' ? () => void made() : undefined;
  } catch {
    return undefined;
  }
}
