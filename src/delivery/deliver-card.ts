import type { Incident } from '../incidents/incident-types.ts';
import type { IncidentAggregator } from '../incidents/aggregator.port.ts';
import type { OutboxStore } from '../outbox/outbox.port.ts';
import type { DeliveryOutcome } from './delivery-outcome.ts';
import type { DeliveryContext } from './platform-sender.port.ts';
import type { SenderRegistry } from './sender-registry.ts';
import { drawAnnouncements, type AnnounceOptions } from './draw-announcements.ts';

/** What a card shows changes with the incident's version and its notices' progress. */
export function cardRevision(incident: Incident): string {
  const n = incident.notify;
  return n ? `${incident.version}:${n.sent}:${n.failed}:${n.skipped}` : String(incident.version);
}

export interface CardDeliveryDeps {
  outbox: OutboxStore;
  incidents: Pick<IncidentAggregator, 'get'>;
  senders: SenderRegistry;
  /** This replica's consumer name: the card lock's owner. */
  owner: string;
  /** INCIDENT_CARD_MIN_INTERVAL_SECONDS in ms: at most one write per card per interval, fleet-wide. */
  intervalMs: number;
  /** How long the card lock lasts (longer than a platform call may take). */
  lockMs: number;
  /** The outage announcement, drawn with the card (draw-announcements.ts); absent: none. */
  announce?: AnnounceOptions;
}

/**
 * Draws or edits an incident's helpdesk card on every platform that has one. The card's lock
 * makes one replica the writer at a time; the interval since the last write is waited out (the
 * entry comes back later, and changes made meanwhile ride on it). The incident is read after the
 * lock is taken, never before a wait, so a late writer cannot draw an old state; a platform whose
 * card already shows this revision is skipped. A platform's failure is thrown after the others
 * were written (the retry skips those). The outage announcement rides on the same entry, lock and
 * pacing (drawAnnouncements): it is edited whenever the incident changes, at most once per interval.
 */
export async function deliverCard(incidentId: string, ctx: DeliveryContext, deps: CardDeliveryDeps): Promise<DeliveryOutcome> {
  const seq = Number(ctx.entryId.slice(ctx.entryId.lastIndexOf(':') + 1));
  const begin = await deps.outbox.cardBegin(incidentId, deps.owner, deps.intervalMs, deps.lockMs, Number.isInteger(seq) ? seq : undefined);
  if (!begin.go && begin.superseded) return { type: 'delivered' };
  if (!begin.go) return { type: 'later', ms: begin.waitMs, reason: 'card_interval' };
  const refs = { ...begin.refs };
  const drawn: Record<string, string> = {};
  let written = false;
  let failure: unknown;
  try {
    const incident = await deps.incidents.get(incidentId);
    if (incident) {
      const revision = cardRevision(incident);
      for (const [platform, sender] of deps.senders.cards()) {
        if (begin.drawn[platform] === revision && refs[platform]) continue;
        try {
          refs[platform] = await sender.card(incident, refs[platform] ?? null, { ...ctx, once: (step, send) => ctx.once(`${platform}:${step}`, send) });
          drawn[platform] = revision;
          written = true;
        } catch (error) {
          failure ??= error;
        }
      }
      if (deps.announce) {
        const announced = await drawAnnouncements(incident, { refs, drawn, seen: begin.drawn }, ctx, deps.senders, deps.announce);
        written ||= announced.written;
        if (announced.failure !== undefined) failure ??= announced.failure;
      }
    }
  } catch (error) {
    failure ??= error;
  }
  // Without a platform that draws cards (the web only), the interval still paces the redraws, so
  // a storm of reports does not turn into one card entry per report.
  if (deps.senders.cards().length === 0) written = true;
  const kept = await deps.outbox.cardEnd(incidentId, deps.owner, { refs, drawn, written });
  if (failure !== undefined) throw failure;
  // The lock ran out while writing: another writer may have drawn meanwhile; look again at once.
  if (!kept) return { type: 'later', ms: 0, reason: 'card_lock_lost' };
  return { type: 'delivered' };
}
