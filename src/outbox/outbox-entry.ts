import { z } from 'zod';
import { platformId } from '../desk/conversation-state.ts';
import { LOCALES } from '../messages/locale.ts';
import { turnDraftSchema, turnSchema } from '../desk/turn-schema.ts';
import { OutboxError } from './outbox-error.ts';

/**
 * What an outbox entry asks to be delivered. Core kinds only; a platform's own messages (App Home,
 * an ephemeral note) travel as `direct` with a payload only that platform's sender reads.
 */
const threadAddress = z.object({ platform: platformId, ref: z.record(z.string(), z.string()), delivery: z.record(z.string(), z.string()).optional() });

const threadMessage = z.discriminatedUnion('type', [
  /** A conversation turn: the next question or the verdict, as the desk decided it. */
  z.object({ type: z.literal('turn'), turn: turnSchema }),
  /**
   * A conversation turn as the desk's one write step left it: everything it is built from, with
   * the crowd that step met; the delivery builds the turn (deliver-thread.ts) and hands the sender
   * a `turn`.
   */
  z.object({ type: z.literal('turn_draft'), draft: turnDraftSchema }),
  /** "You'll be told here when it's fixed." */
  z.object({ type: z.literal('subscribed') }),
]);

export const entryBodySchema = z.discriminatedUnion('kind', [
  /** A message in a reporter's conversation thread. */
  z.object({
    kind: z.literal('thread'),
    conversationId: z.string().min(1),
    thread: threadAddress,
    message: threadMessage,
    /** Opaque to the core: what the platform's sender needs besides the message (e.g. the message to collapse). */
    via: z.record(z.string(), z.string()).optional(),
  }),
  /**
   * A notice from the desk to one reporter (resolve notice, desk update): one entry per recipient.
   * `texts`: the notice in every language (the recipient gets theirs; `text` is the default's).
   */
  z.object({
    kind: z.literal('notice'),
    conversationId: z.string().min(1),
    incidentId: z.string().min(1),
    fanoutId: z.string().min(1),
    text: z.string(),
    texts: z.partialRecord(z.enum(LOCALES), z.string()).optional(),
  }),
  /** Draw or edit the helpdesk card of an incident, rendered from the incident at send time. */
  z.object({ kind: z.literal('card'), incidentId: z.string().min(1) }),
  /** A notice to every recipient of an incident, expanded into `notice` entries in bounded batches. */
  z.object({
    kind: z.literal('fanout'),
    incidentId: z.string().min(1),
    fanoutId: z.string().min(1),
    notice: z.discriminatedUnion('type', [z.object({ type: z.literal('resolved'), note: z.string().optional() }), z.object({ type: z.literal('update'), text: z.string(), by: z.string() })]),
    cursor: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
  /**
   * The resolve notice for one person who said "I'm affected too" under the outage announcement
   * (no conversation of theirs): `person` is their platform's address of them (`person.platform`
   * names the sender), `text` the notice in their language.
   */
  z.object({ kind: z.literal('follower'), incidentId: z.string().min(1), person: z.record(z.string(), z.string()), text: z.string() }),
  /** A platform's own message (App Home refresh, ephemeral note): only that platform reads `payload`. */
  z.object({ kind: z.literal('direct'), platform: z.string().min(1), payload: z.record(z.string(), z.unknown()) }),
]);

export type EntryBody = z.infer<typeof entryBodySchema>;
export type EntryKind = EntryBody['kind'];
/** A message in a reporter's thread as a platform's sender gets it (a draft is built into a turn first). */
export type ThreadMessage = Exclude<Extract<EntryBody, { kind: 'thread' }>['message'], { type: 'turn_draft' }>;

const entrySchema = z.object({
  /** Stable per (message, recipient): an id is enqueued once, and delivered at most once to a person. */
  id: z.string().min(1),
  /** Ordering and fairness: entries of one lane are delivered one after another (a conversation, a card). */
  lane: z.string().min(1),
  body: entryBodySchema,
  /** Failed attempts so far (rate limits not included). */
  attempt: z.number().int().min(0),
  /** Rate-limited attempts so far. */
  limited: z.number().int().min(0),
  /** The last attempt's outcome is unknown (a timeout, a 5xx, a crash): check the platform before sending again. */
  verify: z.boolean(),
  createdAt: z.number(),
  lastError: z.string().optional(),
});

export type OutboxEntry = z.infer<typeof entrySchema>;

/** What a producer hands to the outbox: the rest is filled in. */
export interface NewOutboxEntry {
  id: string;
  lane: string;
  body: EntryBody;
}

/** An entry as a consumer holds it: the stream id it was read under and whether it was taken over. */
export interface ClaimedEntry {
  /** The stream id (Redis) or sequence (memory) this delivery of the entry was read under. */
  streamId: string;
  entry: OutboxEntry;
  /** Taken over from a consumer that stopped answering (its attempt may have reached the platform). */
  reclaimed: boolean;
}

/** The stored JSON of a new entry. */
export function encodeEntry(input: NewOutboxEntry, now: number): string {
  const entry: OutboxEntry = { id: input.id, lane: input.lane, body: input.body, attempt: 0, limited: 0, verify: false, createdAt: now };
  return JSON.stringify(entry);
}

/** Parses a stored entry; a damaged one is an OutboxError (the worker dead-letters it). */
export function decodeEntry(json: string): OutboxEntry {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new OutboxError('outbox.corrupt_entry', 'an outbox entry is not JSON', { cause: error });
  }
  const result = entrySchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new OutboxError('outbox.corrupt_entry', `an outbox entry is damaged at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

/** Reads the id of a stored entry without trusting the rest (for dead-lettering a damaged one). */
export function entryIdOf(json: string): string {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string') return value.id;
  } catch {
    // not JSON: no id
  }
  return 'unknown';
}

/** A stored entry, or null when it is damaged (a dead letter kept for the record). */
export function readableEntry(json: string): OutboxEntry | null {
  try {
    return decodeEntry(json);
  } catch (error) {
    if (error instanceof OutboxError) return null;
    throw error;
  }
}
