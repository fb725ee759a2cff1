import type { Locale } from '../messages/locale.ts';
import type { ClaimedEntry, NewOutboxEntry, OutboxEntry } from './outbox-entry.ts';

/** A delivery that counts toward a fan-out's progress ("notified 3,120 of 5,000"). */
export interface FanoutProgress {
  incidentId: string;
  fanoutId: string;
  /** How the recipient's delivery ended. */
  outcome: 'sent' | 'failed' | 'skipped';
}

/** An entry that could not be delivered, as the board and `chatgpt-500 outbox --dead` show it. */
export interface DeadLetter {
  /** The dead-letter stream's id of it. */
  deadId: string;
  /** The entry's id ("unknown" when the stored entry is damaged). */
  id: string;
  /** The entry, or null when it was stored damaged (it cannot be sent again). */
  entry: OutboxEntry | null;
  reason: string;
  at: number;
}

export interface OutboxStats {
  /** Entries waiting to be read by a consumer. */
  ready: number;
  /** Entries read by a consumer and not yet acknowledged (being delivered, or held by a stopped replica). */
  inFlight: number;
  /** Entries waiting for their retry time (backoff, Retry-After). */
  delayed: number;
  /** Entries in the dead letters. */
  dead: number;
  /** When the next delayed entry is due (ms), or null. */
  nextDueAt: number | null;
}

/**
 * The card of an incident may be drawn now (lock taken), or only after `waitMs`; or not by this
 * entry at all (`superseded`: a newer redraw is waiting and will draw the latest state).
 */
export type CardBegin =
  | { go: false; waitMs: number; superseded?: boolean }
  | {
      go: true;
      /** Each platform's reference of the posted card. */
      refs: Record<string, string>;
      /** Each platform's last drawn revision of the incident (see cardRevision). */
      drawn: Record<string, string>;
    };

/**
 * The outbox: every message the bot owes someone after the request that decided it. Producers
 * add entries in the same atomic step as the state change they belong to (the conversation save
 * and the aggregation script add theirs themselves); consumers on every replica read them as one
 * consumer group, acknowledge what the platform accepted, and schedule retries or dead letters.
 * Entry ids are enqueued once: a second entry with the same id is dropped, a delivered id is
 * remembered (for two days), so nobody is shown the same message twice.
 *
 * Implementations: Redis Streams (`RedisOutbox`) and one process's memory (`MemoryOutbox`), held
 * to one contract suite.
 */
export interface OutboxStore {
  /** Adds entries that are not tied to a state change (App Home refreshes, notes); returns how many were new. */
  enqueue(entries: NewOutboxEntry[]): Promise<number>;

  /** Up to `count` entries no consumer has read yet; waits up to `blockMs` when there are none. */
  read(consumer: string, count: number, blockMs: number): Promise<ClaimedEntry[]>;
  /** Takes over up to `count` entries another consumer has held for at least `minIdleMs` (a dead or stuck replica). */
  reclaim(consumer: string, minIdleMs: number, count: number): Promise<ClaimedEntry[]>;
  /** Tells the group these entries are still being worked on (so they are not reclaimed). */
  keepAlive(consumer: string, claimed: ClaimedEntry[]): Promise<void>;
  /** Moves delayed entries whose time has come back to the stream; returns how many, and the next due time. */
  promote(limit: number): Promise<{ moved: number; nextDueAt: number | null }>;
  /** Wakes a blocked `read` of this process (stop). */
  interrupt(): void;

  /** True once an entry with this id was delivered (or dead-lettered). */
  isDone(id: string): Promise<boolean>;
  /** Delivered: removed, its id remembered as done, the fan-out's progress counted. */
  ack(claimed: ClaimedEntry, progress?: FanoutProgress): Promise<void>;
  /** Failed for now: removed from the stream and added again at `dueAt` with the updated fields. */
  retry(claimed: ClaimedEntry, update: Pick<OutboxEntry, 'attempt' | 'limited' | 'verify'> & { lastError: string }, dueAt: number): Promise<void>;
  /** Failed for good: moved to the dead letters with the reason. */
  deadLetter(claimed: ClaimedEntry, reason: string, progress?: FanoutProgress): Promise<void>;
  /** Shutdown: entries read but not started go back to the stream for any consumer, at once. */
  release(claimed: ClaimedEntry[]): Promise<void>;

  /**
   * Expands one batch of a fan-out entry: one `notice` entry per recipient in
   * `[cursor, cursor + size)` with this text, and the fan-out entry moved on to the next batch
   * (or finished). Atomic; ids make a repeated batch harmless. Returns how many were added.
   */
  expand(claimed: ClaimedEntry, batch: { size: number; text: string; texts?: Partial<Record<Locale, string>> }): Promise<{ added: number; done: boolean }>;

  /** The remembered result of a step of a delivery (e.g. the root message Slack already took). */
  step(entryId: string, name: string): Promise<string | null>;
  setStep(entryId: string, name: string, value: string): Promise<void>;

  /**
   * A card delivery starts: waits out the interval and another writer, else takes the card's
   * lock. `seq`: the entry's number (`card:<incident>:<seq>`), to tell an older redraw.
   */
  cardBegin(incidentId: string, owner: string, intervalMs: number, lockMs: number, seq?: number): Promise<CardBegin>;
  /** A card delivery ends: the new references and revisions kept, the lock released; false when the lock was lost. */
  cardEnd(incidentId: string, owner: string, result: { refs: Record<string, string>; drawn: Record<string, string>; written: boolean }): Promise<boolean>;
  /** A card entry gave up: the lock and the "change waiting" mark are cleared so the next change draws again. */
  cardAbandon(incidentId: string, owner: string): Promise<void>;

  stats(): Promise<OutboxStats>;
  /** The newest dead letters first, at most `limit`. */
  deadLetters(limit: number): Promise<DeadLetter[]>;
  /** Sends dead letters again (all, or those with these dead ids) with their attempts reset; returns how many (damaged ones stay). */
  retryDead(deadIds?: string[]): Promise<number>;
}
