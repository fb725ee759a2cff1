import { DeskError } from '../desk/desk-error.ts';
import type { ConversationState } from '../desk/conversation-state.ts';
import { mutateConversation } from '../desk/mutate-conversation.ts';
import type { EntryBody } from '../outbox/outbox-entry.ts';
import type { Store } from '../store/store.port.ts';
import type { Locale } from '../messages/locale.ts';
import { DeliveryFailure } from './delivery-failure.ts';
import type { DeliveryOutcome } from './delivery-outcome.ts';
import type { DeliveryContext } from './platform-sender.port.ts';
import type { SenderRegistry } from './sender-registry.ts';

/** How many notices a conversation keeps (a reload shows them). */
const NOTICES_KEPT = 20;

/**
 * A desk notice for one reporter: kept on the conversation (the web page shows it, a reload too),
 * then sent into the conversation's thread on its platform. A conversation that expired, or one
 * whose platform says it has no thread to reach (see PlatformSender.notice), is skipped (counted
 * as such in the fan-out's progress).
 */
export async function deliverNotice(
  entryId: string,
  body: Extract<EntryBody, { kind: 'notice' }>,
  ctx: DeliveryContext,
  deps: { store: Store; senders: SenderRegistry; now: () => number; defaultLocale?: Locale },
): Promise<DeliveryOutcome> {
  let thread;
  let text = body.text;
  // In the reporter's language (the conversation's, else the default), when the entry has it.
  const textFor = (s: ConversationState) => body.texts?.[s.locale ?? deps.defaultLocale ?? 'en'] ?? body.text;
  try {
    const m = await mutateConversation(
      deps.store.conversations,
      body.conversationId,
      (s) => ({ ...s, notices: [...s.notices, { at: deps.now(), incidentId: body.incidentId, text: textFor(s) }].slice(-NOTICES_KEPT) }),
      { now: deps.now, eventId: entryId },
    );
    thread = m.state.thread;
    text = textFor(m.state);
  } catch (error) {
    if (error instanceof DeskError && error.code === 'desk.not_found') return { type: 'delivered', progress: 'skipped' };
    throw error;
  }
  const sender = deps.senders.get(thread.platform);
  if (!sender) throw new DeliveryFailure('refused', `no_sender:${thread.platform}`);
  const sent = await sender.notice({ conversationId: body.conversationId, thread, incidentId: body.incidentId, text }, ctx);
  return { type: 'delivered', progress: sent === 'skipped' ? 'skipped' : 'sent' };
}
