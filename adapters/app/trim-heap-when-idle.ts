import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { setFlagsFromString, getHeapSpaceStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Logger } from 'pino';

/**
 * Gives memory back once the process has gone idle. V8 grows its new space (the nursery every
 * allocation starts in) to its cap while the process starts, and again under load, and gives it
 * back only when its memory reducer runs, which in a quiet replica may be a minute away or never.
 * Every second this reads the event loop's utilization over that second; once it has been below
 * `idleBelow` for `everyMs` in a row and the new space is above its floor, it runs one full
 * collection, in which V8 shrinks the new space when little is being allocated (and gives back what
 * the old space no longer holds). At most `triesPerIdle` collections per idle run, 6 s apart (the
 * first right after a burst often leaves the nursery as it was; the next shrinks it); more only
 * after a busy second. The collection (20–150 ms for this bot's heap) runs only when nothing else
 * is: a request arriving meanwhile waits for it.
 */
export interface IdleTrimOptions {
  /** How long the event loop must have been idle, second after second, before a collection; 0: off. */
  everyMs: number;
  /** Event loop utilization (0–1) under which a second counts as idle (default 0.05). */
  idleBelow?: number;
  /** Collections per idle run while the new space stays above its floor (default 3). */
  triesPerIdle?: number;
  /**
   * Collect once right away, idle or not, and whatever the new space's size: for a process that
   * has just started and served nothing yet. With the nursery held small during the start
   * (start-nursery.ts) the start's garbage went to the old space, which this collection empties
   * (and the first idle run's collection, also made whatever the new space's size, empties what
   * came after it); with a grown nursery, the collection that shrinks it can come 6 s later
   * rather than 6 s after the first idle run.
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

/** How often the event loop's utilization is read: a burst that begins ends an idle run at once. */
const TICK_MS = 1000;

export function trimHeapWhenIdle(options: IdleTrimOptions): { stop(): void } {
  // Off: nothing is read or exposed (no V8 flag is set).
  if (options.everyMs <= 0) return { stop() {} };
  const probe = options.probe ?? processProbe();
  const collect = probe.collect;
  if (collect === undefined) return { stop() {} };
  const idleBelow = options.idleBelow ?? 0.05;
  const triesPerIdle = options.triesPerIdle ?? 3;
  const tick = Math.min(TICK_MS, options.everyMs);
  let last = probe.utilization();
  let tries = 0;
  // When the current run of idle ticks began, and when the last collection was made.
  let idleSince: number | undefined;
  let collectedAt: number | undefined;
  // After a start (`now`), the first idle run's collection is made whatever the new space's size:
  // what the start's last steps promoted after the first collection goes too.
  let afterStart = options.now === true;

  /** A full collection when the new space is above its floor (or `always`). */
  const trim = (always = false): void => {
    const before = probe.newSpaceBytes();
    if (before <= FLOOR_BYTES && !always) return;
    tries++;
    const started = performance.now();
    collect();
    collectedAt = Date.now();
    options.logger?.debug({ newSpaceBefore: before, newSpaceAfter: probe.newSpaceBytes(), ms: Math.round(performance.now() - started) }, 'idle: heap trimmed');
  };
  const look = (): void => {
    const period = probe.utilization(last);
    last = probe.utilization();
    const now = Date.now();
    // Judged tick by tick: a burst that begins is not averaged away by the quiet seconds before it.
    if (period.utilization >= idleBelow) {
      idleSince = undefined;
      tries = 0;
      return;
    }
    idleSince ??= now - tick;
    if (now - idleSince < options.everyMs || tries >= triesPerIdle) return;
    // V8 shrinks the nursery when little was allocated over its last 5 s of samples: right after a
    // burst the first collection only takes that sample, and one more than 5 s later shrinks it.
    if (collectedAt !== undefined && now - collectedAt < RETRY_MS) return;
    trim(afterStart);
    afterStart = false;
    // The collection's own time is not the next tick's work.
    last = probe.utilization();
  };
  if (options.now) trim(true);
  const timer = setInterval(look, tick);
  timer.unref();
  return { stop: () => clearInterval(timer) };
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
