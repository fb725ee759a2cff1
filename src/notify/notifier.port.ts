import type { ThreadAddress } from '../desk/desk.port.ts';
import type { Incident } from '../incidents/incident-types.ts';

/**
 * What the desk and the aggregator send out; platform adapters render and deliver it. Incident
 * events go through CardCoalescer (one card per incident, edited in place); reporter
 * notifications go straight to the reporter's own conversation thread.
 */
export type OutboundEvent =
  /** The card of an incident to draw for the first time (no card reference stored yet). */
  | { type: 'incident_opened'; incident: Incident }
  /** The card to redraw with the incident's latest state; `cardRef` is the platform's reference. */
  | { type: 'incident_changed'; incident: Incident; cardRef?: string }
  /** The card's final redraw (resolved or merged). */
  | { type: 'incident_resolved'; incident: Incident; cardRef?: string }
  /** A message in a reporter's own conversation: "your incident is resolved", a desk update. */
  | { type: 'reporter_notification'; conversationId: string; thread: ThreadAddress; incidentId: string; text: string };

/** What a delivery created that must be remembered: the posted card's platform reference. */
export interface DeliveryReceipt {
  cardRef?: string;
}

/** An adapter's delivery of outbound events. Throws on failure (the caller decides on retries). */
export interface Notifier {
  deliver(event: OutboundEvent): Promise<DeliveryReceipt | void>;
}

/** The event that redraws a card for the incident's current state. */
export function cardEvent(incident: Incident, cardRef: string | null): OutboundEvent {
  if (incident.state === 'resolved' || incident.state === 'merged') return { type: 'incident_resolved', incident, ...(cardRef ? { cardRef } : {}) };
  return cardRef ? { type: 'incident_changed', incident, cardRef } : { type: 'incident_opened', incident };
}
