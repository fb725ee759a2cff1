import type { NewOutboxEntry } from '../outbox/outbox-entry.ts';
import type { ConversationStore, StoredConversation } from '../store/store.port.ts';
import { parseConversationState, type ConversationState } from './conversation-state.ts';
import { DeskError } from './desk-error.ts';

/** Attempts before a write gives up under contention (each attempt re-reads the latest state). */
export const MAX_ATTEMPTS = 8;

/** The delivery ids a conversation remembers after applying `eventId` (the last 50), for de-duplication. */
export function rememberEvent(events: string[], eventId: string): string[] {
  return [...events, eventId].slice(-50);
}

export interface Mutation {
  state: ConversationState;
  /** The state before the change (the same object as `state` for a duplicate). */
  before: ConversationState;
  /** The delivery was applied before: nothing was written. */
  duplicate: boolean;
  /** The stored version after the write (before it, for a duplicate). */
  version: number;
}

/**
 * A conversation as the caller read it moments ago, and its state as the caller validated it
 * (`parseConversationState(stored.state)`), when it did: neither is read or parsed again.
 */
export interface KnownConversation {
  stored: StoredConversation;
  state?: ConversationState;
}

/** A change of a conversation and what the new state owes people (enqueued with the save). */
export interface Change {
  state: ConversationState;
  entries?: NewOutboxEntry[];
  /** The change is already in the state (e.g. the same answer again): nothing is written, as for a duplicate. */
  unchanged?: boolean;
}

/**
 * Read-modify-write of one conversation with optimistic concurrency: on a conflict (another
 * replica saved first) the latest state is read again and the change re-applied, so two answers
 * arriving at once are both kept. A delivery id seen before is not applied again. `change` may
 * return outbox entries with the state (`{state, entries}`, given the version the save will
 * write): they are enqueued in the same atomic step as the save, only when it is written.
 * `known`: the conversation as the caller read it moments ago, used instead of a first read (the
 * change gets a copy of its state, so the caller's stays as it was). `copies`: the change returns a
 * new state object and leaves the one it gets as it is, so no deep copy is made for it (the new
 * state may share members with `before`; the top-level object is the change's own, the only one
 * written to here).
 */
export async function mutateConversation(
  conversations: ConversationStore,
  id: string,
  change: (state: ConversationState, version: number) => ConversationState | Change | Promise<ConversationState | Change>,
  options: { eventId?: string; now: () => number; known?: KnownConversation; copies?: boolean },
): Promise<Mutation> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    // The caller's recent read (and its parse) saves the first one; a conflict reads again.
    const known = attempt === 0 ? options.known : undefined;
    const stored = known ? known.stored : await conversations.get(id);
    if (!stored) throw new DeskError('desk.not_found', `no conversation ${id} (unknown, or expired after a day of silence)`);
    const before = known?.state ?? parseConversationState(stored.state);
    if (options.eventId && before.events.includes(options.eventId)) return { state: before, before, duplicate: true, version: stored.version };
    // A change that builds its new state around the one it gets, never writing into it
    // (`copies: true`), gets `before` itself; any other gets a deep copy to change as it likes.
    const changed = await change(options.copies ? before : structuredClone(before), stored.version + 1);
    const { state: next, entries, unchanged } = 'state' in changed ? changed : { state: changed, entries: undefined, unchanged: false };
    if (unchanged) return { state: before, before, duplicate: true, version: stored.version };
    next.updatedAt = options.now();
    if (options.eventId) next.events = rememberEvent(before.events, options.eventId);
    if ((await conversations.save(id, next, stored.version, entries)) === 'ok') return { state: next, before, duplicate: false, version: stored.version + 1 };
  }
  throw new DeskError('desk.conflict', `conversation ${id} is changing too fast; try again`);
}
