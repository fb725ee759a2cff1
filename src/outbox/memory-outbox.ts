import type { Locale } from '../messages/locale.ts';
import { ExpiringMap } from '../store/expiring-map.ts';
import { decodeEntry, encodeEntry, entryIdOf, readableEntry, type ClaimedEntry, type EntryBody, type NewOutboxEntry, type OutboxEntry } from './outbox-entry.ts';
import { OutboxError } from './outbox-error.ts';
import { OUTBOX_ID_TTL_MS } from './outbox-lua.ts';
import type { CardBegin, DeadLetter, FanoutProgress, OutboxStats, OutboxStore } from './outbox.port.ts';

const DEAD_MAX = 10_000;

interface CardState {
  q: boolean;
  n: number;
  at?: number;
  lock?: { owner: string; until: number };
  refs: Record<string, string>;
  drawn: Record<string, string>;
}

type FanoutNotice = Extract<EntryBody, { kind: 'fanout' }>['notice'];

/**
 * The outbox of one process, with the semantics of RedisOutbox (one contract suite): a ready
 * queue read by consumers, entries held until acknowledged and taken over after an idle time,
 * delayed retries, dead letters, ids remembered for two days. Everything is synchronous inside a
 * call, so the memory store's state changes and the entries they owe are one step as well: the
 * memory conversation store and aggregator call `enqueueNow`, `cardChanged` and `fanout`.
 * Entries go through JSON like in Redis.
 */
export class MemoryOutbox implements OutboxStore {
  readonly #now: () => number;
  readonly #markers: ExpiringMap<'q' | 'd' | 'x'>;
  readonly #steps: ExpiringMap<Record<string, string>>;
  readonly #ready: { streamId: string; json: string }[] = [];
  readonly #pending = new Map<string, { json: string; consumer: string; since: number }>();
  readonly #delayed: { due: number; json: string }[] = [];
  readonly #dead: { deadId: string; json: string; reason: string; at: number }[] = [];
  readonly #fanouts = new Map<string, string[]>();
  readonly #cards = new Map<string, CardState>();
  #seq = 0;
  #waiters: (() => void)[] = [];
  #prunedAt = 0;
  /** Counts a fan-out delivery on the incident (the aggregator's); true when it belonged to its current fan-out. */
  onProgress: (progress: FanoutProgress) => boolean = () => false;

  constructor(now: () => number) {
    this.#now = now;
    this.#markers = new ExpiringMap(now);
    this.#steps = new ExpiringMap(now);
  }

  #nextId(): string {
    this.#seq += 1;
    return `${this.#seq}-0`;
  }

  #add(json: string): void {
    this.#ready.push({ streamId: this.#nextId(), json });
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  #prune(): void {
    const now = this.#now();
    if (now - this.#prunedAt < 60_000) return;
    this.#prunedAt = now;
    this.#markers.prune();
    this.#steps.prune();
  }

  /** Adds an entry unless its id was enqueued before (synchronous: part of the caller's step). */
  enqueueJson(id: string, json: string): boolean {
    this.#prune();
    if (this.#markers.get(id)) return false;
    this.#markers.set(id, 'q', OUTBOX_ID_TTL_MS);
    this.#add(json);
    return true;
  }

  enqueueNow(entries: NewOutboxEntry[]): number {
    const now = this.#now();
    let added = 0;
    for (const e of entries) if (this.enqueueJson(e.id, encodeEntry(e, now))) added++;
    return added;
  }

  /** The incident's card must be drawn again (one entry while none is waiting). */
  cardChanged(incidentId: string): void {
    const card = this.#card(incidentId);
    if (card.q) return;
    card.q = true;
    card.n += 1;
    this.enqueueNow([{ id: `card:${incidentId}:${card.n}`, lane: `card:${incidentId}`, body: { kind: 'card', incidentId } }]);
  }

  /**
   * A notice to every one of `members`: the recipients as of now, and one fan-out entry. Returns
   * the fan-out's id and total for the incident's progress fields, or null with no recipients.
   */
  fanout(incidentId: string, seq: number, notice: FanoutNotice, members: Iterable<string>): { fanoutId: string; total: number } | null {
    const list = [...members].sort();
    if (list.length === 0) return null;
    const fanoutId = `${incidentId}:${seq}`;
    this.#fanouts.set(fanoutId, list);
    this.enqueueNow([{ id: `fanout:${fanoutId}`, lane: `fo:${incidentId}`, body: { kind: 'fanout', incidentId, fanoutId, notice, cursor: 0, total: list.length } }]);
    return { fanoutId, total: list.length };
  }

  #card(incidentId: string): CardState {
    let card = this.#cards.get(incidentId);
    if (!card) this.#cards.set(incidentId, (card = { q: false, n: 0, refs: {}, drawn: {} }));
    return card;
  }

  async enqueue(entries: NewOutboxEntry[]): Promise<number> {
    return this.enqueueNow(entries);
  }

  #claim(streamId: string, json: string, consumer: string, reclaimed: boolean): ClaimedEntry | null {
    try {
      const entry = decodeEntry(json);
      this.#pending.set(streamId, { json, consumer, since: this.#now() });
      return { streamId, entry, reclaimed };
    } catch (error) {
      if (!(error instanceof OutboxError)) throw error;
      this.#toDead(streamId, json, entryIdOf(json), error.code);
      return null;
    }
  }

  async read(consumer: string, count: number, blockMs: number): Promise<ClaimedEntry[]> {
    if (this.#ready.length === 0 && blockMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, blockMs);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const out: ClaimedEntry[] = [];
    while (out.length < count && this.#ready.length > 0) {
      const next = this.#ready.shift()!;
      const claimed = this.#claim(next.streamId, next.json, consumer, false);
      if (claimed) out.push(claimed);
    }
    return out;
  }

  async reclaim(consumer: string, minIdleMs: number, count: number): Promise<ClaimedEntry[]> {
    const now = this.#now();
    const out: ClaimedEntry[] = [];
    for (const [streamId, held] of this.#pending) {
      if (out.length >= count) break;
      if (now - held.since < minIdleMs) continue;
      const claimed = this.#claim(streamId, held.json, consumer, true);
      if (claimed) out.push(claimed);
    }
    return out;
  }

  async keepAlive(consumer: string, claimed: ClaimedEntry[]): Promise<void> {
    for (const c of claimed) {
      const held = this.#pending.get(c.streamId);
      if (held) this.#pending.set(c.streamId, { ...held, consumer, since: this.#now() });
    }
  }

  async promote(limit: number): Promise<{ moved: number; nextDueAt: number | null }> {
    const now = this.#now();
    let moved = 0;
    while (moved < limit && this.#delayed.length > 0 && this.#delayed[0]!.due <= now) {
      this.#add(this.#delayed.shift()!.json);
      moved++;
    }
    return { moved, nextDueAt: this.#delayed[0]?.due ?? null };
  }

  interrupt(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  async isDone(id: string): Promise<boolean> {
    const marker = this.#markers.get(id);
    return marker === 'd' || marker === 'x';
  }

  #drop(streamId: string): void {
    this.#pending.delete(streamId);
    const i = this.#ready.findIndex((r) => r.streamId === streamId);
    if (i >= 0) this.#ready.splice(i, 1);
  }

  #count(progress: FanoutProgress | undefined): void {
    if (progress && this.onProgress(progress)) this.cardChanged(progress.incidentId);
  }

  async ack(claimed: ClaimedEntry, progress?: FanoutProgress): Promise<void> {
    this.#drop(claimed.streamId);
    this.#markers.set(claimed.entry.id, 'd', OUTBOX_ID_TTL_MS);
    this.#clearSteps(claimed.entry.id);
    this.#count(progress);
  }

  async retry(claimed: ClaimedEntry, update: Pick<OutboxEntry, 'attempt' | 'limited' | 'verify'> & { lastError: string }, dueAt: number): Promise<void> {
    this.#drop(claimed.streamId);
    const json = JSON.stringify({ ...claimed.entry, ...update });
    const at = this.#delayed.findIndex((d) => d.due > dueAt);
    this.#delayed.splice(at < 0 ? this.#delayed.length : at, 0, { due: dueAt, json });
  }

  #toDead(streamId: string, json: string, id: string, reason: string): void {
    this.#drop(streamId);
    this.#dead.push({ deadId: this.#nextId(), json, reason, at: this.#now() });
    if (this.#dead.length > DEAD_MAX) this.#dead.splice(0, this.#dead.length - DEAD_MAX);
    this.#markers.set(id, 'x', OUTBOX_ID_TTL_MS);
    this.#clearSteps(id);
  }

  async deadLetter(claimed: ClaimedEntry, reason: string, progress?: FanoutProgress): Promise<void> {
    this.#toDead(claimed.streamId, JSON.stringify(claimed.entry), claimed.entry.id, reason);
    this.#count(progress);
  }

  async release(claimed: ClaimedEntry[]): Promise<void> {
    for (const c of claimed) {
      this.#drop(c.streamId);
      this.#add(JSON.stringify(c.entry));
    }
  }

  async expand(claimed: ClaimedEntry, batch: { size: number; text: string; texts?: Partial<Record<Locale, string>> }): Promise<{ added: number; done: boolean }> {
    const body = claimed.entry.body;
    if (body.kind !== 'fanout') throw new OutboxError('outbox.not_fanout', `entry ${claimed.entry.id} is not a fan-out`);
    const list = this.#fanouts.get(body.fanoutId) ?? [];
    const members = list.slice(body.cursor, body.cursor + batch.size);
    const now = this.#now();
    let added = 0;
    for (const conv of members) {
      const entry: NewOutboxEntry = {
        id: `notice:${body.fanoutId}:${conv}`,
        lane: `cv:${conv}`,
        body: { kind: 'notice', conversationId: conv, incidentId: body.incidentId, fanoutId: body.fanoutId, text: batch.text, ...(batch.texts ? { texts: batch.texts } : {}) },
      };
      if (this.enqueueJson(entry.id, encodeEntry(entry, now))) added++;
    }
    this.#drop(claimed.streamId);
    const done = members.length < batch.size || body.cursor + batch.size >= list.length;
    if (done) {
      this.#fanouts.delete(body.fanoutId);
      this.#markers.set(claimed.entry.id, 'd', OUTBOX_ID_TTL_MS);
    } else {
      const next: OutboxEntry = { ...claimed.entry, attempt: 0, limited: 0, verify: false, body: { ...body, cursor: body.cursor + batch.size } };
      delete next.lastError;
      this.#add(JSON.stringify(next));
    }
    return { added, done };
  }

  #clearSteps(entryId: string): void {
    this.#steps.delete(entryId);
  }

  async step(entryId: string, name: string): Promise<string | null> {
    return this.#steps.get(entryId)?.[name] ?? null;
  }

  async setStep(entryId: string, name: string, value: string): Promise<void> {
    this.#steps.set(entryId, { ...this.#steps.get(entryId), [name]: value }, OUTBOX_ID_TTL_MS);
  }

  async cardBegin(incidentId: string, owner: string, intervalMs: number, lockMs: number, seq?: number): Promise<CardBegin> {
    const now = this.#now();
    const card = this.#card(incidentId);
    if (card.q && seq !== undefined && card.n > seq) return { go: false, waitMs: 0, superseded: true };
    if (card.lock && card.lock.owner !== owner && card.lock.until > now) return { go: false, waitMs: Math.min(card.lock.until - now, Math.max(intervalMs, 500)) };
    if (card.at !== undefined && card.at + intervalMs > now) return { go: false, waitMs: card.at + intervalMs - now };
    card.lock = { owner, until: now + lockMs };
    card.q = false;
    return { go: true, refs: { ...card.refs }, drawn: { ...card.drawn } };
  }

  async cardEnd(incidentId: string, owner: string, result: { refs: Record<string, string>; drawn: Record<string, string>; written: boolean }): Promise<boolean> {
    const card = this.#card(incidentId);
    if (card.lock?.owner !== owner) return false;
    delete card.lock;
    card.refs = { ...result.refs };
    Object.assign(card.drawn, result.drawn);
    if (result.written) card.at = this.#now();
    return true;
  }

  async cardAbandon(incidentId: string, owner: string): Promise<void> {
    const card = this.#card(incidentId);
    if (card.lock?.owner === owner) delete card.lock;
    card.q = false;
  }

  async stats(): Promise<OutboxStats> {
    return { ready: this.#ready.length, inFlight: this.#pending.size, delayed: this.#delayed.length, dead: this.#dead.length, nextDueAt: this.#delayed[0]?.due ?? null };
  }

  async deadLetters(limit: number): Promise<DeadLetter[]> {
    return this.#dead
      .slice(-limit)
      .reverse()
      .map((d) => ({ deadId: d.deadId, id: entryIdOf(d.json), entry: readableEntry(d.json), reason: d.reason, at: d.at }));
  }

  async retryDead(deadIds?: string[]): Promise<number> {
    const wanted = deadIds ? new Set(deadIds) : undefined;
    let moved = 0;
    for (let i = 0; i < this.#dead.length; ) {
      const d = this.#dead[i]!;
      if (wanted && !wanted.has(d.deadId)) {
        i++;
        continue;
      }
      const entry = readableEntry(d.json);
      if (!entry) {
        i++;
        continue;
      }
      this.#dead.splice(i, 1);
      const fresh: OutboxEntry = { ...entry, attempt: 0, limited: 0 };
      delete fresh.lastError;
      this.#markers.set(entry.id, 'q', OUTBOX_ID_TTL_MS);
      this.#add(JSON.stringify(fresh));
      moved++;
    }
    return moved;
  }
}
