import type { MemoryOutbox } from '../outbox/memory-outbox.ts';
import type { NewOutboxEntry } from '../outbox/outbox-entry.ts';
import { ExpiringMap } from './expiring-map.ts';
import type { ConversationStore, EventClaims, StoredConversation, ThreadIndex } from './store.port.ts';

const PRUNE_EVERY_MS = 60_000;

/** Conversations, thread bindings and event claims of one process, with the Redis store's semantics. */
export class MemoryConversationStore implements ConversationStore, ThreadIndex, EventClaims {
  readonly #conversations: ExpiringMap<{ json: string; version: number }>;
  readonly #threads: ExpiringMap<string>;
  readonly #events: ExpiringMap<true>;
  readonly #starts: ExpiringMap<string>;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #outbox: MemoryOutbox;
  #prunedAt = 0;

  constructor(now: () => number, ttlMs: number, outbox: MemoryOutbox) {
    this.#now = now;
    this.#outbox = outbox;
    this.#conversations = new ExpiringMap(now);
    this.#threads = new ExpiringMap(now);
    this.#events = new ExpiringMap(now);
    this.#starts = new ExpiringMap(now);
    this.#ttlMs = ttlMs;
  }

  async get(id: string): Promise<StoredConversation | null> {
    const entry = this.#conversations.get(id);
    return entry ? { state: JSON.parse(entry.json) as unknown, version: entry.version } : null;
  }

  async save(id: string, state: object, expectedVersion: number, entries: NewOutboxEntry[] = []): Promise<'ok' | 'conflict'> {
    if (this.versionOf(id) !== expectedVersion) return 'conflict';
    this.saveNow(id, JSON.stringify(state), expectedVersion + 1, entries);
    return 'ok';
  }

  /** The stored version (0 when there is none): with saveNow, a compare-and-set without an await between. */
  versionOf(id: string): number {
    return this.#conversations.get(id)?.version ?? 0;
  }

  /** The conversation a new conversation's delivery id was claimed for (startedNow), if any. */
  startedBy(claim: string): string | undefined {
    return this.#starts.get(claim);
  }

  /** Claims a new conversation's delivery id for it (the caller checked startedBy), for the conversation TTL. */
  startedNow(claim: string, id: string): void {
    this.#starts.set(claim, id, this.#ttlMs);
  }

  /** Writes the next version of a conversation (the caller checked versionOf) and enqueues its entries. */
  saveNow(id: string, json: string, version: number, entries: NewOutboxEntry[]): void {
    this.#pruneNowAndThen();
    this.#conversations.set(id, { json, version }, this.#ttlMs);
    this.#outbox.enqueueNow(entries);
  }

  async delete(id: string): Promise<void> {
    this.#conversations.delete(id);
  }

  async bind(threadKey: string, conversationId: string): Promise<string> {
    const current = this.#threads.get(threadKey) ?? conversationId;
    this.#threads.set(threadKey, current, this.#ttlMs);
    return current;
  }

  async rebind(threadKey: string, conversationId: string): Promise<void> {
    this.#threads.set(threadKey, conversationId, this.#ttlMs);
  }

  async find(threadKey: string): Promise<string | null> {
    return this.#threads.touch(threadKey, this.#ttlMs) ? (this.#threads.get(threadKey) ?? null) : null;
  }

  async claim(eventId: string, ttlSeconds: number): Promise<boolean> {
    if (this.#events.get(eventId)) return false;
    this.#pruneNowAndThen();
    this.#events.set(eventId, true, Math.max(1, Math.round(ttlSeconds * 1000)));
    return true;
  }

  /** Drops expired entries once a minute, so a long-running process does not grow. */
  #pruneNowAndThen(): void {
    const now = this.#now();
    if (now - this.#prunedAt < PRUNE_EVERY_MS) return;
    this.#prunedAt = now;
    this.#conversations.prune();
    this.#threads.prune();
    this.#events.prune();
    this.#starts.prune();
  }
}
