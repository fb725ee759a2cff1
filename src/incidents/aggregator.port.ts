import type {
  ActionOutcome,
  CrowdReading,
  Incident,
  IncidentChange,
  RecordOutcome,
  Report,
  ReportInput,
  StatusLink,
  SubscribeOutcome,
} from './incident-types.ts';

/** What reconcileStatus needs from a good status reading. */
export interface StatusReconciliation {
  /** Ids of every incident (and maintenance) still on the page, ChatGPT or not. */
  live: string[];
  /** The ChatGPT ones among them, to link. */
  chatgpt: Omit<StatusLink, 'resolvedAt'>[];
}

/**
 * Reports, aggregation and incidents. Each call is one atomic step (one Lua call on Redis), so
 * any number of replicas may call concurrently. Time comes from the injected clock, never from
 * the Redis server. Every mutation returns the incident changes, and has already enqueued in the
 * outbox, in the same step, what they owe: the card's redraw, resolve notices to subscribers.
 */
export interface IncidentAggregator {
  /**
   * Upserts the conversation's report and counts it: idempotent per conversation (a retry or a
   * duplicate changes nothing but the facts), one person counts once per incident. Opens an
   * incident when a rule is met, joins the open one otherwise. Returns the `crowd` fact too.
   */
  record(report: ReportInput): Promise<RecordOutcome>;
  /** The `crowd` fact for a reporter on this site/network (read only). */
  crowd(where: { site?: string; network?: string }): Promise<CrowdReading>;
  /** Notify this conversation's reporter when their incident resolves. */
  subscribe(conversationId: string): Promise<SubscribeOutcome>;
  acknowledge(incidentId: string, actor: string): Promise<ActionOutcome>;
  /**
   * Resolved by the desk; subscribers come back once, in the `resolved` change. `note`: the desk's
   * resolution note, on the timeline and in the resolve notice every subscriber gets.
   */
  resolve(incidentId: string, actor: string, note?: string): Promise<ActionOutcome>;
  /** Marks the incident snoozed until `until` (ms); adapters may hold back pings meanwhile. */
  snooze(incidentId: string, until: number, actor: string): Promise<ActionOutcome>;
  /**
   * A note on the timeline. With `notify`, it is also sent to every reporter of the incident (one
   * outbox fan-out in the same step); `queued` says to how many.
   */
  note(incidentId: string, text: string, actor: string, options?: { notify?: boolean }): Promise<ActionOutcome & { queued?: number }>;
  /**
   * A ChatGPT incident is open on the status page: link it to the open upstream incident, or open
   * one. Idempotent per status incident id: a status incident is linked once, ever (a poller may
   * call this every minute).
   */
  linkStatusIncident(link: Omit<StatusLink, 'resolvedAt'>): Promise<IncidentChange[]>;
  /** The status incident resolved: the upstream incident resolves once all its links have. */
  resolveFromStatus(statusIncidentId: string): Promise<IncidentChange[]>;
  /**
   * One good reading of the status page, applied whole: each status incident linked to an open
   * incident that is no longer on the page resolves (even if nobody saw it go: a bot restarted after
   * the status incident resolved catches up on its first reading), then each ChatGPT incident on
   * the page is linked (linkStatusIncident). Idempotent: call it on every good reading.
   */
  reconcileStatus(reading: StatusReconciliation): Promise<IncidentChange[]>;
  /** Resolves incidents quiet for INCIDENT_QUIET_MINUTES; call on a timer (any replica, idempotent). */
  sweep(): Promise<IncidentChange[]>;
  get(incidentId: string): Promise<Incident | null>;
  /** Conversation ids subscribed to the incident. */
  subscribers(incidentId: string): Promise<string[]>;
  /** Every conversation counted in the incident, for desk updates. */
  conversations(incidentId: string): Promise<string[]>;
  getReport(conversationId: string): Promise<Report | null>;
  /** Open incidents and those changed in the last `recentMs` (default 24 h), newest first. */
  list(options?: { openOnly?: boolean; recentMs?: number }): Promise<Incident[]>;
}
