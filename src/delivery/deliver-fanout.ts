import { noticeText, noticeTexts } from '../desk/notice-text.ts';
import type { Locale } from '../messages/locale.ts';
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
  deps: { outbox: OutboxStore; incidents: Pick<IncidentAggregator, 'get'>; now: () => number; batch?: number; defaultLocale?: Locale },
): Promise<DeliveryOutcome> {
  const { notice } = body;
  const incident = notice.type === 'resolved' ? await deps.incidents.get(body.incidentId) : null;
  // Rendered once per batch in every language; each recipient's notice entry is delivered in theirs.
  const texts = noticeTexts((m) => (notice.type === 'resolved' ? noticeText.resolved(incident, deps.now(), m, notice.note) : noticeText.update(notice.text, m)));
  await deps.outbox.expand(claimed, { size: deps.batch ?? FANOUT_BATCH, text: texts[deps.defaultLocale ?? 'en'], texts });
  return { type: 'settled' };
}
