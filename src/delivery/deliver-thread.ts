import { bindThread } from '../desk/bind-thread.ts';
import type { TurnDraft } from '../desk/build-turn.ts';
import type { Turn } from '../desk/desk.port.ts';
import { parseConversationState } from '../desk/conversation-state.ts';
import type { EntryBody } from '../outbox/outbox-entry.ts';
import type { Store } from '../store/store.port.ts';
import { DeliveryFailure } from './delivery-failure.ts';
import type { DeliveryOutcome } from './delivery-outcome.ts';
import type { DeliveryContext } from './platform-sender.port.ts';
import type { SenderRegistry } from './sender-registry.ts';

/**
 * A turn or a confirmation in a reporter's thread, through their platform's sender. The thread is
 * the conversation's as it is now: a message decided before the conversation's first message
 * opened its thread (a confirmation during an outage) goes into the thread opened since; one
 * decided after it knows its thread already (no store read).
 */
export async function deliverThread(
  body: Extract<EntryBody, { kind: 'thread' }>,
  ctx: DeliveryContext,
  deps: { store: Store; senders: SenderRegistry; now: () => number; finishTurn: (draft: TurnDraft) => Turn },
): Promise<DeliveryOutcome> {
  const sender = deps.senders.get(body.thread.platform);
  if (!sender) throw new DeliveryFailure('refused', `no_sender:${body.thread.platform}`);
  const message = body.message.type === 'turn_draft' ? { type: 'turn' as const, turn: deps.finishTurn(filledDraft(body.message.draft)) } : body.message;
  // A thread, once bound, stays the conversation's: only an entry decided before it was bound
  // (an empty address) needs the conversation's current one.
  const opened = Object.keys(body.thread.ref).length > 0;
  const stored = opened ? null : await deps.store.conversations.get(body.conversationId);
  const thread = stored ? parseConversationState(stored.state).thread : body.thread;
  await sender.thread(
    {
      conversationId: body.conversationId,
      thread,
      message,
      ...(body.via ? { via: body.via } : {}),
      bindThread: (thread) => bindThread(deps.store, body.conversationId, thread, deps.now, stored ?? undefined),
    },
    ctx,
  );
  return { type: 'delivered' };
}

type EntryDraft = Extract<Extract<EntryBody, { kind: 'thread' }>['message'], { type: 'turn_draft' }>['draft'];

/** A draft as the write step left it: its crowd filled in (an unfilled one cannot be shown). */
function filledDraft(draft: EntryDraft): TurnDraft {
  const { crowd } = draft;
  if (typeof crowd === 'string') throw new DeliveryFailure('refused', 'turn_draft_without_crowd');
  return { ...draft, crowd };
}
