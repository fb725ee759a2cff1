import { bindThread } from '../desk/bind-thread.ts';
import type { EntryBody } from '../outbox/outbox-entry.ts';
import type { Store } from '../store/store.port.ts';
import { DeliveryFailure } from './delivery-failure.ts';
import type { DeliveryOutcome } from './delivery-outcome.ts';
import type { DeliveryContext } from './platform-sender.port.ts';
import type { SenderRegistry } from './sender-registry.ts';

/** A turn or a confirmation in a reporter's thread, through their platform's sender. */
export async function deliverThread(
  body: Extract<EntryBody, { kind: 'thread' }>,
  ctx: DeliveryContext,
  deps: { store: Store; senders: SenderRegistry; now: () => number },
): Promise<DeliveryOutcome> {
  const sender = deps.senders.get(body.thread.platform);
  if (!sender) throw new DeliveryFailure('refused', `no_sender:${body.thread.platform}`);
  await sender.thread(
    {
      conversationId: body.conversationId,
      thread: body.thread,
      message: body.message,
      ...(body.via ? { via: body.via } : {}),
      bindThread: (thread) => bindThread(deps.store, body.conversationId, thread, deps.now),
    },
    ctx,
  );
  return { type: 'delivered' };
}
