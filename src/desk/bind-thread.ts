import type { Store } from '../store/store.port.ts';
import { threadKey } from './conversation-state.ts';
import { DeskError } from './desk-error.ts';
import type { ThreadAddress } from './desk.port.ts';
import type { Locale } from '../messages/locale.ts';
import { mutateConversation, type KnownConversation } from './mutate-conversation.ts';

/**
 * A chat conversation's thread came to exist (its first message was posted): the conversation
 * records the address, and the thread finds the conversation on every replica. Idempotent; an
 * expired conversation is left alone. `known`: the conversation as the caller just read it, with
 * its state when the caller parsed it (saves a read and a parse; compare-and-set still guards
 * against a change since). `locale`: the language the platform named for the reporter when the
 * first message was written, kept unless the conversation has one already. `rebind`: the thread
 * now belongs to this conversation even if an older one had it (a Teams personal chat holds one
 * report after another).
 */
export async function bindThread(
  store: Store,
  conversationId: string,
  thread: ThreadAddress,
  now: () => number,
  known?: KnownConversation,
  locale?: Locale,
  options: { rebind?: boolean } = {},
): Promise<void> {
  try {
    // The change copies the state's top level and writes nothing into it: no deep copy is needed.
    await mutateConversation(store.conversations, conversationId, (s) => ({ ...s, thread, ...(locale && !s.locale ? { locale } : {}) }), { now, copies: true, ...(known ? { known } : {}) });
  } catch (error) {
    if (error instanceof DeskError && error.code === 'desk.not_found') return;
    throw error;
  }
  const key = threadKey(thread);
  if (key) await (options.rebind ? store.threads.rebind(key, conversationId) : store.threads.bind(key, conversationId));
}
