import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { OutboxStore } from './outbox.port.ts';

export interface BacklogGaugeOptions {
  outbox: Pick<OutboxStore, 'stats'>;
  /** OUTBOX_MAX_BACKLOG: above this many entries owed, new reports are admitted without delivery (0: never). */
  limit: number;
  /** How often the backlog is read (default 1000 ms): one outbox `stats` call (one script) each time. */
  intervalMs?: number;
  logger?: Logger;
  metrics?: Metrics;
}

/**
 * Admission control for new reports: how far delivery is behind, read in the background and kept
 * in memory, so a request (an ack) never waits on it.
 */
export interface BacklogGauge {
  /**
   * True while the outbox is over OUTBOX_MAX_BACKLOG: a new report is still recorded and counted,
   * but its first question is not enqueued (the adapter says so in its answer). Read from memory.
   */
  shedding(): boolean;
  /** Entries owed at the last read (waiting, being sent, waiting for a retry), or null before the first. */
  value(): number | null;
  /** Counts a report admitted without its first question (metrics). */
  shed(platform: string): void;
  /** Reads the backlog once, now (the background loop calls this; tests too). */
  refresh(): Promise<void>;
  /** Starts reading every `intervalMs` (idempotent). */
  start(): void;
  stop(): void;
}

/** Shedding stops once the backlog is down to this share of the limit, so it does not flap around it. */
export const RESUME_SHARE = 0.8;

/**
 * The outbox backlog gauge of one replica: every second one `stats` call (XLEN, XPENDING's
 * summary, ZCARD of the delayed set: a few O(1) reads in one script), never on the request path.
 * It sheds from above `limit` until the backlog is back at or below 80 % of it, and logs each
 * change of state once (not per request). A failed read keeps the last state (the request path
 * meets the same store anyway) and is logged once per run of failures.
 */
export function createBacklogGauge(options: BacklogGaugeOptions): BacklogGauge {
  const { outbox, limit, logger, metrics } = options;
  const intervalMs = options.intervalMs ?? 1000;
  const resumeAt = Math.floor(limit * RESUME_SHARE);
  let backlog: number | null = null;
  let over = false;
  let failing = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;

  async function read(): Promise<void> {
    let stats;
    try {
      stats = await outbox.stats();
    } catch (error) {
      if (!failing) logger?.warn({ err: error }, 'outbox backlog: could not read it; keeping the last state');
      failing = true;
      return;
    }
    if (failing) logger?.info('outbox backlog: read again');
    failing = false;
    backlog = stats.ready + stats.inFlight + stats.delayed;
    metrics?.outboxBacklog.set(backlog);
    if (limit <= 0) return;
    if (!over && backlog > limit) {
      over = true;
      logger?.warn({ backlog, limit }, 'outbox backlog over OUTBOX_MAX_BACKLOG: new reports are counted but get no step-by-step check until it is down again');
    } else if (over && backlog <= resumeAt) {
      over = false;
      logger?.info({ backlog, limit, resumeAt }, 'outbox backlog down again: new reports get their step-by-step check');
    }
  }

  const refresh = () => (inFlight ??= read().finally(() => (inFlight = undefined)));

  let run = 0;
  function schedule(mine: number): void {
    timer = setTimeout(() => {
      void refresh().finally(() => {
        if (run === mine) schedule(mine);
      });
    }, intervalMs);
    timer.unref();
  }

  return {
    shedding: () => over,
    value: () => backlog,
    shed(platform) {
      metrics?.reportsUndelivered.inc({ platform });
    },
    refresh,
    start() {
      if (timer) return;
      void refresh();
      schedule(++run);
    },
    stop() {
      run++;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
