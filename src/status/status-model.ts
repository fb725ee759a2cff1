/**
 * The normalized model of a status page: what both readers (incident.io, Atlassian Statuspage v2)
 * produce, whatever the vendor's payload looked like. Plain JSON data (it is printed by
 * `chatgpt-500 status --json`).
 */

/** Which status page software serves STATUS_URL. */
export type StatusProvider = 'incidentio' | 'statuspage';

/**
 * A component's state. incident.io says `full_outage` where Statuspage says `major_outage`: both
 * become `full_outage`. A word the reader does not know becomes `unknown`, never `operational`.
 */
export type ComponentStatus =
  | 'operational'
  | 'degraded_performance'
  | 'partial_outage'
  | 'full_outage'
  | 'under_maintenance'
  | 'unknown';

export interface StatusComponent {
  /** The vendor's component id: two components may share a name ("Login" in ChatGPT and in APIs). */
  id: string;
  name: string;
  /** The group the page shows the component in ("ChatGPT", "APIs", …); null when ungrouped or not known. */
  group: string | null;
  status: ComponentStatus;
}

export interface StatusUpdate {
  /** ISO timestamp of the update, when the page gives one. */
  at: string | null;
  text: string;
}

export interface StatusIncident {
  id: string;
  name: string;
  /** The incident's lifecycle word as the page gives it, lower case: investigating, identified, monitoring… */
  status: string;
  affectedComponents: StatusComponent[];
  /** ISO timestamp of the start, when known. */
  startedAt: string | null;
  lastUpdate: StatusUpdate | null;
  /** Link to the incident on the status page. */
  url: string;
}

export interface StatusMaintenance {
  id: string;
  name: string;
  /** The maintenance's lifecycle word as the page gives it (only in-progress ones are kept). */
  status: string;
  affectedComponents: StatusComponent[];
  startsAt: string | null;
  endsAt: string | null;
  url: string;
}

/** Which payload the model was read from. */
export type StatusFormat = 'incidentio_native' | 'incidentio_widget' | 'statuspage_v2';

export interface StatusModel {
  provider: StatusProvider;
  format: StatusFormat;
  page: { name: string | null; url: string };
  /** Components with group and status. */
  components: StatusComponent[];
  /**
   * True when `components` is the page's full list (so a missing ChatGPT group means the page
   * changed, not that nothing is affected). False for payloads that only name affected components.
   */
  componentsComplete: boolean;
  /** Ongoing (unresolved) incidents. */
  incidents: StatusIncident[];
  /** Maintenance in progress (scheduled maintenance that has not started is left out). */
  maintenances: StatusMaintenance[];
}

/** Options shared by the readers. */
export interface ReadPayloadOptions {
  /** The page's base URL (STATUS_URL): used for links when the payload names no public URL. */
  pageUrl: string;
  /** Epoch ms; decides whether a maintenance without a clear status word is in progress. */
  now?: number;
}
