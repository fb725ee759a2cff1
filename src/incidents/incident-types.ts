import type { BranchId } from '../triage/branches.ts';
import type { FactValue } from '../triage/fact-values.ts';

/**
 * What the desk records for a conversation, from its first message on: one report per
 * conversation id, upserted as facts sharpen. Absent fields keep their stored value.
 */
/** The report fields a turn may take back (ReportInput.cleared). */
export const CLEARABLE_REPORT_FIELDS = ['surface', 'symptom', 'network', 'otherNetwork', 'branch'] as const;
export type ClearableReportField = (typeof CLEARABLE_REPORT_FIELDS)[number];

export interface ReportInput {
  conversationId: string;
  /** A stable, platform-scoped person id, e.g. `slack:T1:U2`; a person counts once per incident. */
  reporterId: string;
  /** `slack`, `teams`, `web`, ... */
  platform: string;
  /** When the conversation's first message arrived (ms since epoch): the report counts from then. */
  firstAt: number;
  surface?: FactValue<'surface'>;
  symptom?: FactValue<'symptom'>;
  network?: FactValue<'network'>;
  /** The hotspot test: `works` places the failure on the reporter's network. */
  otherNetwork?: FactValue<'other_network'>;
  /** Office or site label as the person gave it; grouped case- and space-insensitively. */
  site?: string;
  /** The verdict once there is one. */
  branch?: BranchId;
  /**
   * Fields this recording takes back before it applies the others (the person changed what a
   * typed reply was read as): without it, a field the input lacks keeps its recorded value.
   */
  cleared?: ClearableReportField[];
  /**
   * Never counts toward an incident: an unverified web reporter beyond the per-address cap
   * (WEB_REPORTERS_PER_ADDRESS). The conversation runs as usual.
   */
  uncounted?: boolean;
}

/**
 * How a report counts (classify-report.ts):
 * - `candidate`: the person said what fails (a ChatGPT surface and a server-side symptom, or a
 *   verdict that keeps it upstream) and nothing placed it on their side: counts toward an outage,
 * - `pending`: not said yet (an opening sentence, a symptom that is not the server's): not counted,
 * - `local_network`: verdict `network` or the hotspot worked: counts toward its place's network signal,
 * - `local_device`: placed on the person's browser or app (never counted),
 * - `api_server`: an API 5xx,
 * - `not_counted`: API rate limit and other API errors, and reports marked uncounted.
 */
export type ReportClass = 'candidate' | 'pending' | 'local_network' | 'local_device' | 'api_server' | 'not_counted';

export interface Report extends ReportInput {
  /** Last write (ms). */
  updatedAt: number;
  class: ReportClass;
  /** Grouping key: `site:<label>` when a site was given, else `network:<value>`; absent with neither. */
  place?: string;
  /** The incident this report counted in (once per incident), if any. */
  incidentId?: string;
  /** The reporter asked to be told when their incident resolves. */
  subscribed: boolean;
}

export type IncidentKind = 'upstream' | 'network_local' | 'api';

/**
 * `open` and `acknowledged` are the live states. `merged` (absorbed into another incident) is
 * what earlier versions made of a network-local incident when an outage opened; it is still read.
 */
export type IncidentState = 'open' | 'acknowledged' | 'resolved' | 'merged';

export type ResolveReason = 'desk' | 'status' | 'quiet' | 'merged';

/** A status-page incident linked to an upstream incident. */
export interface StatusLink {
  id: string;
  name: string;
  url?: string;
  resolvedAt?: number;
}

export type TimelineEntry =
  | { type: 'opened'; at: number; reason: 'crowd' | 'status'; reporters: number; places: number }
  | { type: 'threshold'; at: number; reporters?: number; places?: number }
  | { type: 'kind_changed'; at: number; from: IncidentKind; to: IncidentKind }
  | { type: 'absorbed'; at: number; incidentId: string; place?: string }
  | { type: 'merged'; at: number; into: string }
  | { type: 'status_linked'; at: number; statusIncidentId: string; name: string }
  | { type: 'status_resolved'; at: number; statusIncidentId: string }
  /** A reporter's verdict placed their failure elsewhere: they left the count (`reporters` after). */
  | { type: 'left'; at: number; branch?: BranchId; reporters: number }
  | { type: 'acknowledged'; at: number; by: string }
  | { type: 'snoozed'; at: number; by: string; until: number }
  | { type: 'note'; at: number; by: string; text: string }
  /** `note`: the desk's resolution note, when it gave one. */
  | { type: 'resolved'; at: number; by: string; reason: ResolveReason; note?: string };

/**
 * Distinct reporters per value; each reporter is counted under their latest report, and every
 * reporter appears once in each table (`unknown` where the value was not given).
 */
export interface IncidentBreakdown {
  /** Per network (`office`, `vpn`, `home`, `mobile_data`, `unknown`). */
  networks: Record<string, number>;
  /** Per site, under the label as first given (case kept; `unknown` without a site). */
  sites: Record<string, number>;
  /** Per surface, `unknown` while not asked yet. */
  surfaces: Record<string, number>;
  /** Per symptom, `unknown` while not asked yet. */
  symptoms: Record<string, number>;
}

export interface Incident {
  id: string;
  kind: IncidentKind;
  state: IncidentState;
  /** network_local only: the grouping key of its place (`site:<lower-case label>` or `network:<value>`). */
  place?: string;
  /** network_local only: the place as people read it ("site Berlin HQ", "office network"). */
  placeName?: string;
  openedAt: number;
  openedBy: 'crowd' | 'status';
  /** The last report that counted in or updated this incident (or openedAt). */
  lastReportAt: number;
  acknowledged?: { by: string; at: number };
  snoozed?: { by: string; until: number };
  resolved?: { by: string; at: number; reason: ResolveReason };
  /** merged only: the incident that absorbed this one. */
  mergedInto?: string;
  /** Distinct reporters. */
  reporters: number;
  /** Distinct conversations. */
  reports: number;
  /** Distinct places among the reporters (a place: the site when given, else the network). */
  places: number;
  /** Distinct networks among the reporters (known ones). */
  networks: number;
  /** Distinct sites among the reporters (given ones). */
  sites: number;
  breakdown: IncidentBreakdown;
  /** Reports per minute of their first message, oldest first (`at` = start of the minute, ms). */
  perMinute: { at: number; reports: number }[];
  statusIncidents: StatusLink[];
  /** Oldest first; the last 500 entries. */
  timeline: TimelineEntry[];
  /** +1 on every change: a card showing version n is stale once the incident has n+1. */
  version: number;
  /**
   * The latest notice sent to the incident's people (resolve notice or desk update), while and
   * after it goes out: "notified 3,120 of 5,000". `sent + failed + skipped` reaches `total` when done.
   */
  notify?: { kind: 'resolved' | 'update'; total: number; sent: number; failed: number; skipped: number };
  /**
   * How many people the outage announcement reached instead of a triage: they pressed "I'm
   * affected too" (each once). Filled in by the incident desk (list, get); absent elsewhere.
   */
  reached?: number;
}

/** What changed, for the notifier: cards are (re)drawn, subscribers told on resolve. */
export type IncidentChange =
  | { type: 'opened'; incidentId: string }
  | { type: 'changed'; incidentId: string }
  /** `subscribers`: conversation ids to notify; given exactly once, to the caller that resolved it. */
  | { type: 'resolved'; incidentId: string; subscribers: string[] };

/** The `crowd` fact for one reporter, with the numbers the engine may quote. */
export interface CrowdReading {
  fact: 'surge' | 'local_cluster' | 'none';
  /** The open incident the fact comes from. */
  incidentId?: string;
  reporters: number;
  places: number;
  openedAt?: number;
  /** Reporters of that incident on the reporter's own place. */
  samePlace: number;
}

export interface RecordOutcome {
  /** False when this conversation already had a report (an update, a retry or a duplicate). */
  created: boolean;
  report: Report;
  crowd: CrowdReading;
  changes: IncidentChange[];
}

export type ActionOutcome =
  | { ok: true; incident: Incident; changes: IncidentChange[] }
  | { ok: false; reason: 'not_found' | 'not_open' };

export type SubscribeOutcome =
  /** Added to the open incident's subscribers. */
  | { outcome: 'subscribed'; incidentId: string }
  /** Kept on the report: added to the incident the report joins later. */
  | { outcome: 'pending' }
  /** The report's incident has resolved already. */
  | { outcome: 'already_resolved'; incidentId: string }
  | { outcome: 'no_report' };
