import type { IncidentSeverity } from '../../src/incidents/incident-severity.ts';

/**
 * What the helpdesk board and the incident API need from the incident service (src/incidents/).
 * incidentBoardFrom() adapts the desk's IncidentDesk to it; adapters/app/compose-bot.ts wires it.
 */

/** `merged`: absorbed into another incident (shown with the resolved ones). */
export type IncidentViewState = 'open' | 'acknowledged' | 'resolved' | 'merged';

/** Counts by value, e.g. {"office": 5, "vpn": 2}. */
export type Breakdown = Record<string, number>;

/** An incident as the board and `GET /api/incidents` show it. Times are ISO 8601 strings. */
export interface IncidentView {
  id: string;
  /** upstream (a ChatGPT outage), network_local (one network or site), api (OpenAI API 5xx). */
  kind: string;
  /** One line for people, e.g. "ChatGPT outage: 41 people on 6 networks". */
  title: string;
  state: IncidentViewState;
  /** Distinct people who reported. */
  reporters: number;
  /** Reports (conversations) counted. */
  reports: number;
  /** Distinct places among the reporters (a place: the site when given, else the network). */
  places: number;
  /** Distinct networks among the reporters (known ones). */
  networks: number;
  /** Distinct sites among the reporters (given ones). */
  sites: number;
  /** network_local only: the network or site, e.g. "office", "Berlin". */
  place?: string;
  /** Every reporter appears once in each (`unknown`: not given); sites under their label as first given. */
  breakdowns: { network: Breakdown; site: Breakdown; surface: Breakdown; symptom: Breakdown };
  /** Reports per minute, oldest first; `minute` is the minute's start. */
  perMinute: { minute: string; count: number }[];
  /** `text`: the line in English; `detail`: its facts (counts, names, kinds, ids, `until` as ISO 8601), for a board that writes it in another language. */
  timeline: { at: string; type: string; text: string; detail: TimelineDetail }[];
  /** The status page incident it matches, when there is one. */
  statusIncident?: { name: string; url?: string };
  /** Every status page incident linked to it, oldest first; `resolved` once the status page says so. */
  statusIncidents: { name: string; url?: string; resolved: boolean }[];
  /** sev1 (worst) … sev4, from people, networks and the status page's impact (src/incidents/incident-severity.ts). */
  severity: IncidentSeverity;
  /** Who snoozed it and until when, while a snooze runs. */
  snoozedBy?: string;
  snoozedUntil?: string;
  /** The desk's resolution note, when it resolved with one. */
  resolveNote?: string;
  openedAt: string;
  firstReportAt: string;
  lastReportAt: string;
  acknowledgedBy?: string;
  acknowledgedAt?: string;
  resolvedBy?: string;
  resolvedAt?: string;
  /** How many people the outage announcement reached instead of a triage ("I'm affected too", each once). */
  reached: number;
  /** The latest notice to the incident's people as it goes out: "Resolve notice: notified 3,120 of 5,000". */
  notified?: { kind: 'resolved' | 'update'; total: number; sent: number; failed: number; skipped: number; text: string };
  /** Conversations that filed a support report while counted in this incident (desk.report), oldest first; absent when none. */
  reportsFiled?: string[];
}

/** GET /api/incidents/<id>: the incident, who reported it by platform, and its messages that could not be delivered. */
export interface IncidentDetailView {
  incident: IncidentView;
  /** Distinct reporters per platform: {"slack": 12, "web": 3}. */
  reportersByPlatform: Record<string, number>;
  /** Dead letters of this incident among the newest ones; absent where the board cannot see the outbox. */
  undelivered?: DeadLetterView[];
}

/** A timeline entry's facts besides its time and type, e.g. {"reason": "crowd", "reporters": 3, "places": 3}. */
export type TimelineDetail = Readonly<Record<string, string | number>>;

/** A message that could not be delivered, as the board lists it. */
export interface DeadLetterView {
  id: string;
  /** thread (a turn or confirmation), notice, card, fanout, direct. */
  kind: string;
  /** Why: `slack:channel_not_found`, `slack:server_error` after every attempt, ... */
  reason: string;
  at: string;
  attempts: number;
  /** The incident it belonged to, when there was one. */
  incidentId?: string;
}

/** The outbox as the desk sees it: what is on its way, and what could not be delivered. */
export interface DeliveriesView {
  /** Waiting to be sent, or being sent now. */
  pending: number;
  /** Waiting for their retry time. */
  retrying: number;
  /** Could not be delivered (dead letters); the newest are listed. */
  failed: number;
  /** Failed messages by reason, most first. */
  reasons: { reason: string; count: number }[];
  recent: DeadLetterView[];
}

export type BoardActionOutcome = { ok: true; incident: IncidentView } | { ok: false; reason: 'not_found' | 'not_open' };

export interface IncidentBoard {
  /** Open incidents and recently changed ones, newest first. */
  list(): Promise<IncidentView[]>;
  acknowledge(id: string, by: string): Promise<BoardActionOutcome>;
  /** One incident with its reporters by platform and its undelivered messages; null when unknown. */
  get(id: string): Promise<IncidentDetailView | null>;
  /** Resolves and notifies the subscribed reporters; `note` goes into that notice. */
  resolve(id: string, by: string, note?: string): Promise<BoardActionOutcome>;
  /** Holds back pings for `minutes`; on the timeline. */
  snooze(id: string, minutes: number, by: string): Promise<BoardActionOutcome>;
  /** A desk update: on the timeline, and sent to every reporter of the incident (through the outbox). */
  postUpdate(id: string, text: string, by: string): Promise<BoardActionOutcome & { queued?: number }>;
  /** The outbox's state; absent where the board cannot see it. */
  deliveries?(): Promise<DeliveriesView>;
}
