import type { CardStateStore } from './card-state.port.ts';

/** Runs `fn` after `ms`; returns a function that cancels it. */
export type Schedule = (fn: () => void, ms: number) => () => void;

/** setTimeout that does not keep the process alive. */
export const realSchedule: Schedule = (fn, ms) => {
  const timer = setTimeout(fn, ms);
  timer.unref();
  return () => clearTimeout(timer);
};

/** The earliest retry of a failed write. */
const RETRY_MIN_MS = 1000;

export interface CardCoalescerOptions<T> {
  cards: CardStateStore;
  /** INCIDENT_CARD_MIN_INTERVAL_SECONDS in ms: at most one write per card per interval, fleet-wide. */
  intervalMs: number;
  /** Reads the incident's latest state at write time (null: gone, nothing to write). */
  load: (incidentId: string) => Promise<T | null>;
  /** Draws or edits the card (the adapter's call). */
  deliver: (state: T) => Promise<void>;
  /** Errors of timers and failed writes (a failed write is retried after the interval, at least 1 s). */
  onError: (error: unknown, incidentId: string) => void;
  schedule?: Schedule;
  /** The clock of the timers' bookkeeping; the card store has its own (the same one in practice). */
  now?: () => number;
}

/**
 * Coalesces incident card edits: at most one write per card per interval across all replicas,
 * and the last state always wins. A change either takes the card's lease and writes at once, or
 * marks the card dirty and sets a timer for the lease's end; whoever then finds it dirty with a
 * free lease writes. Nothing is dropped: every write reads the latest state, so it carries every
 * change made before it, and a change after the read marks the card dirty again. A writer also
 * re-checks once at the end of its own lease, which covers a replica that marked and then died.
 */
export class CardCoalescer<T> {
  readonly #o: CardCoalescerOptions<T>;
  readonly #schedule: Schedule;
  readonly #now: () => number;
  readonly #timers = new Map<string, { due: number; cancel: () => void }>();
  readonly #inflight = new Set<Promise<void>>();
  #closed = false;
  /** While flushing, a write schedules no follow-up re-check (the process is stopping). */
  #flushing = false;

  constructor(options: CardCoalescerOptions<T>) {
    this.#o = options;
    this.#schedule = options.schedule ?? realSchedule;
    this.#now = options.now ?? Date.now;
  }

  /** An incident changed: write its card now, or later (`'deferred'`) when another write is recent. */
  async changed(incidentId: string): Promise<'written' | 'deferred'> {
    const wait = await this.#o.cards.touch(incidentId, this.#o.intervalMs);
    if (wait === 0) {
      await this.#track(this.#write(incidentId));
      return 'written';
    }
    this.#later(incidentId, wait);
    return 'deferred';
  }

  /** Resolves once no write or re-check started by this coalescer is running. */
  async drain(): Promise<void> {
    while (this.#inflight.size > 0) await Promise.all([...this.#inflight]);
  }

  /**
   * Shutdown: writes at once every card whose change is waiting out the interval on this replica
   * (the latest state, as always), so no change is left behind when the process stops. Then `close`.
   */
  async flush(): Promise<void> {
    const waiting = [...this.#timers.keys()];
    for (const timer of this.#timers.values()) timer.cancel();
    this.#timers.clear();
    this.#flushing = true;
    try {
      await Promise.all(waiting.map((id) => this.#track(this.#write(id))));
      await this.drain();
    } finally {
      this.#flushing = false;
    }
  }

  /** Cancels pending timers (shutdown); call `drain` to wait for a running write. */
  close(): void {
    this.#closed = true;
    for (const timer of this.#timers.values()) timer.cancel();
    this.#timers.clear();
  }

  #track(work: Promise<void>): Promise<void> {
    this.#inflight.add(work);
    return work.finally(() => this.#inflight.delete(work));
  }

  #later(incidentId: string, ms: number): void {
    if (this.#closed || this.#flushing) return;
    const due = this.#now() + ms;
    const pending = this.#timers.get(incidentId);
    if (pending && pending.due <= due) return;
    pending?.cancel();
    const cancel = this.#schedule(() => {
      this.#timers.delete(incidentId);
      void this.#track(this.#recheck(incidentId));
    }, ms);
    this.#timers.set(incidentId, { due, cancel });
  }

  async #recheck(incidentId: string): Promise<void> {
    try {
      const wait = await this.#o.cards.recheck(incidentId, this.#o.intervalMs);
      if (wait === 0) await this.#write(incidentId);
      else if (wait > 0) this.#later(incidentId, wait);
    } catch (error) {
      this.#o.onError(error, incidentId);
    }
  }

  async #write(incidentId: string): Promise<void> {
    try {
      const state = await this.#o.load(incidentId);
      if (state !== null) await this.#o.deliver(state);
    } catch (error) {
      this.#o.onError(error, incidentId);
      try {
        await this.#o.cards.markDirty(incidentId);
      } catch (markError) {
        this.#o.onError(markError, incidentId);
      }
      this.#later(incidentId, Math.max(this.#o.intervalMs, RETRY_MIN_MS));
      return;
    }
    if (this.#o.intervalMs > 0) this.#later(incidentId, this.#o.intervalMs);
  }
}
