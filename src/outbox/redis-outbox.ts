import type { Locale } from '../messages/locale.ts';
import type { Result } from 'ioredis';
import { z } from 'zod';
import type { RedisClient } from '../store/create-redis.ts';
import { storeCall } from '../store/store-error.ts';
import { decodeEntry, encodeEntry, entryIdOf, readableEntry, type ClaimedEntry, type NewOutboxEntry, type OutboxEntry } from './outbox-entry.ts';
import { OutboxError } from './outbox-error.ts';
import { OUTBOX_GROUP, OUTBOX_ID_TTL_MS, OUTBOX_OPS_LUA } from './outbox-lua.ts';
import type { CardBegin, DeadLetter, FanoutProgress, OutboxStats, OutboxStore } from './outbox.port.ts';
import { parseStreamEntries, streamEntriesSchema } from './parse-stream-reply.ts';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    c500Outbox(base: string, argsJson: string): Result<string, Context>;
    c500OutboxStep(key: string, name: string, value: string, ttlMs: number): Result<number, Context>;
  }
}

/**
 * A step of a multi-step delivery, remembered with the entry's TTL: one script call, not a
 * MULTI/HSET/PEXPIRE/EXEC block (four commands and a pipeline for the client to build, per step).
 */
const STEP_LUA = `
-- The outbox: a delivery's step, kept as long as the entry's id
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;

const replySchema = z.object({ result: z.unknown() });
const promoteSchema = z.object({ moved: z.number(), nextDueAt: z.number().nullable() });
const expandSchema = z.object({ added: z.number(), done: z.boolean() });
const cardBeginSchema = z.union([
  z.object({ go: z.literal(false), waitMs: z.number(), superseded: z.boolean().optional() }),
  z.object({ go: z.literal(true), refs: z.string(), drawn: z.union([z.record(z.string(), z.string()), z.array(z.never())]) }),
]);
const refsSchema = z.record(z.string(), z.string());
const statsSchema = z.object({ ready: z.number(), inFlight: z.number(), delayed: z.number(), dead: z.number(), nextDueAt: z.number().nullable() });
// Schemas are built once: one made per call costs more than the check itself.
const countSchema = z.number();
const flagSchema = z.boolean();
const readSchema = z.array(z.tuple([z.string(), streamEntriesSchema]));
const autoclaimSchema = z.tuple([z.string(), z.union([streamEntriesSchema, z.null()])]).rest(z.unknown());

/** Reads the `result` of an outbox script reply through `schema`; anything else is a corrupt reply. */
function parseReply<T>(json: string, schema: z.ZodType<T>, op: string): T {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new OutboxError('outbox.corrupt_reply', `outbox ${op}: the script answered something that is not JSON`, { cause: error });
  }
  const reply = replySchema.safeParse(value);
  const result = reply.success ? schema.safeParse(reply.data.result) : undefined;
  if (!result?.success) throw new OutboxError('outbox.corrupt_reply', `outbox ${op}: unexpected reply from the script`);
  return result.data;
}

/** The card references as stored; a damaged value counts as none (a new card is posted). */
function parseRefs(json: string): Record<string, string> {
  try {
    const refs = refsSchema.safeParse(JSON.parse(json));
    return refs.success ? refs.data : {};
  } catch {
    return {};
  }
}

function isNoGroup(error: unknown): boolean {
  return error instanceof Error && /NOGROUP/.test(error.message);
}

export interface RedisOutboxOptions {
  /** The `{desk}` base key (redisKeys(prefix).desk). */
  base: string;
  now: () => number;
  /** How long a card's state is kept (REPORT_RETENTION_DAYS). */
  cardTtlMs: number;
}

/**
 * The outbox on a Redis Stream, read by one consumer group (`delivery`) that every replica joins.
 * Entries are written by the scripts that decide them (aggregation, conversation save) or by
 * `enqueue`; retries wait in a sorted set by due time; dead letters go to a capped stream. Every
 * write is one script call on the `{desk}` slot. A blocking read uses its own connection (a
 * duplicate of the store's client), so it never holds up the request path. When Redis lost its
 * data (a restart without persistence), the group is created again on the next read.
 */
export class RedisOutbox implements OutboxStore {
  readonly #redis: RedisClient;
  readonly #base: string;
  readonly #stream: string;
  readonly #now: () => number;
  readonly #cardTtlMs: number;
  #reader: RedisClient | undefined;

  constructor(redis: RedisClient, options: RedisOutboxOptions) {
    this.#redis = redis;
    this.#base = options.base;
    this.#stream = `${options.base}:ob`;
    this.#now = options.now;
    this.#cardTtlMs = options.cardTtlMs;
    redis.defineCommand('c500Outbox', { numberOfKeys: 1, lua: OUTBOX_OPS_LUA });
    redis.defineCommand('c500OutboxStep', { numberOfKeys: 1, lua: STEP_LUA });
  }

  async #op<T>(op: string, args: object, schema: z.ZodType<T>): Promise<T> {
    const json = JSON.stringify({ ...args, op, now: this.#now(), ttl: OUTBOX_ID_TTL_MS, cardTtl: this.#cardTtlMs, group: OUTBOX_GROUP });
    const reply = await storeCall(`outbox ${op}`, () => this.#redis.c500Outbox(this.#base, json));
    return parseReply(reply, schema, op);
  }

  async #ensureGroup(): Promise<void> {
    try {
      await this.#redis.xgroup('CREATE', this.#stream, OUTBOX_GROUP, '0', 'MKSTREAM');
    } catch (error) {
      if (!(error instanceof Error && /BUSYGROUP/.test(error.message))) throw error;
    }
  }

  /** Runs a group command, creating the group first when Redis does not know it (new, or data lost). */
  async #withGroup<T>(what: string, run: () => Promise<T>): Promise<T> {
    return storeCall(what, async () => {
      try {
        return await run();
      } catch (error) {
        if (!isNoGroup(error)) throw error;
        await this.#ensureGroup();
        return run();
      }
    });
  }

  enqueue(entries: NewOutboxEntry[]): Promise<number> {
    if (entries.length === 0) return Promise.resolve(0);
    const now = this.#now();
    return this.#op('enqueue', { entries: entries.map((e) => ({ id: e.id, json: encodeEntry(e, now) })) }, countSchema);
  }

  /** The connection for blocking reads: errors are the main client's to report; it ends with it. */
  #readerClient(): RedisClient {
    if (this.#reader) return this.#reader;
    const reader = this.#redis.duplicate();
    reader.on('error', () => {});
    this.#redis.once('end', () => this.close());
    this.#reader = reader;
    return reader;
  }

  async read(consumer: string, count: number, blockMs: number): Promise<ClaimedEntry[]> {
    const reader = this.#readerClient();
    const reply = await this.#withGroup('outbox read', () =>
      reader.call('XREADGROUP', 'GROUP', OUTBOX_GROUP, consumer, 'COUNT', String(count), 'BLOCK', String(Math.max(1, Math.round(blockMs))), 'STREAMS', this.#stream, '>'),
    );
    if (reply === null) return [];
    const streams = readSchema.safeParse(reply);
    if (!streams.success) throw new OutboxError('outbox.corrupt_reply', 'XREADGROUP answered an unexpected shape');
    return this.#claimed(streams.data.flatMap(([, entries]) => entries), false);
  }

  async reclaim(consumer: string, minIdleMs: number, count: number): Promise<ClaimedEntry[]> {
    const out: ClaimedEntry[] = [];
    let cursor = '0-0';
    do {
      const reply = await this.#withGroup('outbox reclaim', () =>
        this.#redis.call('XAUTOCLAIM', this.#stream, OUTBOX_GROUP, consumer, String(minIdleMs), cursor, 'COUNT', String(count - out.length)),
      );
      const parsed = autoclaimSchema.safeParse(reply);
      if (!parsed.success) throw new OutboxError('outbox.corrupt_reply', 'XAUTOCLAIM answered an unexpected shape');
      cursor = parsed.data[0];
      out.push(...(await this.#claimed(parsed.data[1] ?? [], true)));
    } while (cursor !== '0-0' && out.length < count);
    return out;
  }

  /** The readable entries; a damaged one goes straight to the dead letters (it can never be delivered). */
  async #claimed(entries: z.infer<typeof streamEntriesSchema>, reclaimed: boolean): Promise<ClaimedEntry[]> {
    const out: ClaimedEntry[] = [];
    for (const { streamId, fields } of parseStreamEntries(entries)) {
      try {
        out.push({ streamId, entry: this.#decode(streamId, fields.d), reclaimed });
      } catch (error) {
        if (!(error instanceof OutboxError)) throw error;
        await this.#op('dead', { streamId, id: entryIdOf(fields.d ?? ''), json: fields.d ?? '', reason: error.code, progress: null }, countSchema);
      }
    }
    return out;
  }

  #decode(streamId: string, json: string | undefined): OutboxEntry {
    if (json === undefined) throw new OutboxError('outbox.corrupt_entry', `outbox stream entry ${streamId} has no entry`);
    return decodeEntry(json);
  }

  async keepAlive(consumer: string, claimed: ClaimedEntry[]): Promise<void> {
    if (claimed.length === 0) return;
    await this.#withGroup('outbox keep-alive', () => this.#redis.call('XCLAIM', this.#stream, OUTBOX_GROUP, consumer, '0', ...claimed.map((c) => c.streamId), 'JUSTID'));
  }

  promote(limit: number): Promise<{ moved: number; nextDueAt: number | null }> {
    return this.#op('promote', { limit }, promoteSchema);
  }

  interrupt(): void {
    // A blocked XREADGROUP returns within its BLOCK time (at most a second); nothing to do.
  }

  async isDone(id: string): Promise<boolean> {
    const marker = await storeCall('outbox marker', () => this.#redis.get(`${this.#stream}:m:${id}`));
    return marker === 'd' || marker === 'x';
  }

  async ack(claimed: ClaimedEntry, progress?: FanoutProgress): Promise<void> {
    await this.#op('ack', { streamId: claimed.streamId, id: claimed.entry.id, progress: progress ?? null }, countSchema);
  }

  async retry(claimed: ClaimedEntry, update: Pick<OutboxEntry, 'attempt' | 'limited' | 'verify'> & { lastError: string }, dueAt: number): Promise<void> {
    const json = JSON.stringify({ ...claimed.entry, ...update });
    await this.#op('retry', { streamId: claimed.streamId, json, due: dueAt }, countSchema);
  }

  async deadLetter(claimed: ClaimedEntry, reason: string, progress?: FanoutProgress): Promise<void> {
    await this.#op('dead', { streamId: claimed.streamId, id: claimed.entry.id, json: JSON.stringify(claimed.entry), reason, progress: progress ?? null }, countSchema);
  }

  async release(claimed: ClaimedEntry[]): Promise<void> {
    if (claimed.length === 0) return;
    await this.#op('release', { items: claimed.map((c) => ({ streamId: c.streamId, json: JSON.stringify(c.entry) })) }, countSchema);
  }

  async expand(claimed: ClaimedEntry, batch: { size: number; text: string; texts?: Partial<Record<Locale, string>> }): Promise<{ added: number; done: boolean }> {
    const body = claimed.entry.body;
    if (body.kind !== 'fanout') throw new OutboxError('outbox.not_fanout', `entry ${claimed.entry.id} is not a fan-out`);
    const next: OutboxEntry = { ...claimed.entry, attempt: 0, limited: 0, verify: false, body: { ...body, cursor: body.cursor + batch.size } };
    delete next.lastError;
    return this.#op(
      'expand',
      { streamId: claimed.streamId, id: claimed.entry.id, fanoutId: body.fanoutId, incidentId: body.incidentId, cursor: body.cursor, size: batch.size, text: batch.text, ...(batch.texts ? { texts: batch.texts } : {}), next: JSON.stringify(next) },
      expandSchema,
    );
  }

  step(entryId: string, name: string): Promise<string | null> {
    return storeCall('outbox step', () => this.#redis.hget(`${this.#stream}:s:${entryId}`, name));
  }

  async setStep(entryId: string, name: string, value: string): Promise<void> {
    const key = `${this.#stream}:s:${entryId}`;
    await storeCall('outbox step', () => this.#redis.c500OutboxStep(key, name, value, OUTBOX_ID_TTL_MS));
  }

  async cardBegin(incidentId: string, owner: string, intervalMs: number, lockMs: number, seq?: number): Promise<CardBegin> {
    const r = await this.#op('card_begin', { incidentId, owner, intervalMs, lockMs, ...(seq === undefined ? {} : { seq }) }, cardBeginSchema);
    if (!r.go) return r.superseded ? { go: false, waitMs: 0, superseded: true } : { go: false, waitMs: r.waitMs };
    return { go: true, refs: parseRefs(r.refs), drawn: Array.isArray(r.drawn) ? {} : r.drawn };
  }

  cardEnd(incidentId: string, owner: string, result: { refs: Record<string, string>; drawn: Record<string, string>; written: boolean }): Promise<boolean> {
    return this.#op('card_end', { incidentId, owner, refs: JSON.stringify(result.refs), drawn: result.drawn, written: result.written }, flagSchema);
  }

  async cardAbandon(incidentId: string, owner: string): Promise<void> {
    await this.#op('card_abandon', { incidentId, owner }, flagSchema);
  }

  stats(): Promise<OutboxStats> {
    return this.#op('stats', {}, statsSchema);
  }

  async deadLetters(limit: number): Promise<DeadLetter[]> {
    const reply = await storeCall('outbox dead letters', () => this.#redis.call('XREVRANGE', `${this.#stream}:dead`, '+', '-', 'COUNT', String(limit)));
    const parsed = streamEntriesSchema.safeParse(reply);
    if (!parsed.success) throw new OutboxError('outbox.corrupt_reply', 'XREVRANGE answered an unexpected shape');
    return parseStreamEntries(parsed.data).map(({ streamId, fields }) => ({
      deadId: streamId,
      id: entryIdOf(fields.d ?? ''),
      entry: readableEntry(fields.d ?? ''),
      reason: fields.r ?? 'unknown',
      at: Number(fields.at ?? 0),
    }));
  }

  async retryDead(deadIds?: string[]): Promise<number> {
    const wanted = deadIds ? new Set(deadIds) : undefined;
    let moved = 0;
    for (;;) {
      const items = (await this.deadLetters(10_000))
        .filter((d) => !wanted || wanted.has(d.deadId))
        .flatMap(({ deadId, id, entry }) => {
          if (!entry) return [];
          const fresh: OutboxEntry = { ...entry, attempt: 0, limited: 0 };
          delete fresh.lastError;
          return [{ deadId, id, json: JSON.stringify(fresh) }];
        })
        .slice(0, 500);
      if (items.length === 0) return moved;
      moved += await this.#op('requeue_dead', { items }, countSchema);
    }
  }

  /** Closes the blocking-read connection (the store closes the main one). */
  close(): void {
    this.#reader?.disconnect();
    this.#reader = undefined;
  }
}
