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
  /** Distinct networks or sites among the reporters. */
  places: number;
  /** network_local only: the network or site, e.g. "office", "Berlin". */
  place?: string;
  breakdowns: { network: Breakdown; site: Breakdown; surface: Breakdown; symptom: Breakdown };
  /** Reports per minute, oldest first; `minute` is the minute's start. */
  perMinute: { minute: string; count: number }[];
  timeline: { at: string; type: string; text: string }[];
  /** The status page incident it matches, when there is one. */
  statusIncident?: { name: string; url?: string };
  openedAt: string;
  firstReportAt: string;
  lastReportAt: string;
  acknowledgedBy?: string;
  acknowledgedAt?: string;
  resolvedBy?: string;
  resolvedAt?: string;
}

export type BoardActionOutcome = { ok: true; incident: IncidentView } | { ok: false; reason: 'not_found' | 'not_open' };

export interface IncidentBoard {
  /** Open incidents and recently changed ones, newest first. */
  list(): Promise<IncidentView[]>;
  acknowledge(id: string, by: string): Promise<BoardActionOutcome>;
  /** Resolves and notifies the subscribed reporters. */
  resolve(id: string, by: string): Promise<BoardActionOutcome>;
}
