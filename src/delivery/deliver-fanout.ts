import { noticeText } from '../desk/notice-text.ts';
import type { IncidentAggregator } from '../incidents/aggregator.port.ts';
import type { ClaimedEntry, EntryBody } from '../outbox/outbox-entry.ts';
import type { OutboxStore } from '../outbox/outbox.port.ts';
import type { DeliveryOutcome } from './delivery-outcome.ts';

/** Recipients per fan-out batch: one script call adds this many notice entries. */
export const FANOUT_BATCH = 200;

/**
 * One batch of a fan-out: the notice's text (rendered now, from the incident as it is), one
 * notice entry per recipient of the batch, and the fan-out entry moved on to the next batch, in
 * one atomic step. The notices are then delivered by every replica like any other entry.
 */
export async function deliverFanout(
  claimed: ClaimedEntry,
  body: Extract<EntryBody, { kind: 'fanout' }>,
  deps: { outbox: OutboxStore; incidents: Pick<IncidentAggregator, 'get'>; now: () => number; batch?: number },
): Promise<DeliveryOutcome> {
  const text = body.notice.type === 'resolved' ? noticeText.resolved(await deps.incidents.get(body.incidentId), deps.now()) : noticeText.update(body.notice.text);
  await deps.outbox.expand(claimed, { size: deps.batch ?? FANOUT_BATCH, text });
  return { type: 'settled' };
}
