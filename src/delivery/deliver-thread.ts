import { bindThread } from '../desk/bind-thread.ts';
import type { TurnDraft } from '../desk/build-turn.ts';
import type { Turn } from '../desk/desk.port.ts';
import { parseConversationState } from '../desk/conversation-state.ts';
import type { Locale } from '../messages/locale.ts';
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
 *
 * The language: a turn is written in its draft's. A conversation that has none yet (a Slack report:
 * the person's locale is not asked before the ack) gets the platform's answer (`localeOf`) for
 * its first message, and the thread's binding keeps it, so later turns and notices use it too.
 */
export async function deliverThread(
  body: Extract<EntryBody, { kind: 'thread' }>,
  ctx: DeliveryContext,
  deps: { store: Store; senders: SenderRegistry; now: () => number; finishTurn: (draft: TurnDraft) => Turn; defaultLocale?: Locale },
): Promise<DeliveryOutcome> {
  const sender = deps.senders.get(body.thread.platform);
  if (!sender) throw new DeliveryFailure('refused', `no_sender:${body.thread.platform}`);
  // A thread, once bound, stays the conversation's: only an entry decided before it was bound
  // (an empty address) needs the conversation's current one. A confirmation needs its language.
  const opened = Object.keys(body.thread.ref).length > 0;
  const stored = opened ? null : await deps.store.conversations.get(body.conversationId);
  const state = stored ? parseConversationState(stored.state) : undefined;
  const thread = state ? state.thread : body.thread;
  let chosen: Locale | undefined;
  let message;
  if (body.message.type === 'turn_draft') {
    let draft = filledDraft(body.message.draft);
    if (!opened && state && state.locale === undefined && sender.localeOf) {
      chosen = await sender.localeOf({ thread, ...(body.via ? { via: body.via } : {}) }).catch(() => undefined);
      if (chosen) draft = { ...draft, subject: { ...draft.subject, locale: chosen } };
    }
    message = { type: 'turn' as const, turn: deps.finishTurn(draft) };
  } else {
    message = body.message;
  }
  const locale = message.type === 'turn' ? message.turn.locale : ((state ?? (await currentState(deps.store, body.conversationId)))?.locale ?? deps.defaultLocale ?? 'en');
  await sender.thread(
    {
      conversationId: body.conversationId,
      thread,
      message,
      locale,
      ...(body.via ? { via: body.via } : {}),
      bindThread: (bound, options) => bindThread(deps.store, body.conversationId, bound, deps.now, stored ? { stored, ...(state ? { state } : {}) } : undefined, chosen, options),
    },
    ctx,
  );
  return { type: 'delivered' };
}

/** The conversation's state for a confirmation's language; undefined when it is gone or unreadable (the default then). */
async function currentState(store: Store, conversationId: string) {
  const stored = await store.conversations.get(conversationId);
  if (!stored) return undefined;
  try {
    return parseConversationState(stored.state);
  } catch {
    return undefined;
  }
}

type EntryDraft = Extract<Extract<EntryBody, { kind: 'thread' }>['message'], { type: 'turn_draft' }>['draft'];

/** A draft as the write step left it: its crowd filled in (an unfilled one cannot be shown). */
function filledDraft(draft: EntryDraft): TurnDraft {
  const { crowd } = draft;
  if (typeof crowd === 'string') throw new DeliveryFailure('refused', 'turn_draft_without_crowd');
  return { ...draft, crowd };
}
