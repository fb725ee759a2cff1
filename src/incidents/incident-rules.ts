import type { Config } from '../config.ts';
import type { BranchId } from '../triage/branches.ts';
import type { FactValue } from '../triage/fact-values.ts';

/** The grouping rules, all from configuration (times in ms). */
export interface IncidentRules {
  /** INCIDENT_MIN_REPORTERS: distinct reporters that make a signal. */
  minReporters: number;
  /** INCIDENT_WINDOW_MINUTES: how far back a report counts toward opening an incident. */
  windowMs: number;
  /** INCIDENT_QUIET_MINUTES: an open incident without a report for this long resolves. */
  quietMs: number;
  /** REPORT_RETENTION_DAYS: reports and closed incidents are kept this long. */
  retentionMs: number;
  /** How far back `list` shows incidents that changed (24 h). */
  recentMs: number;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export function incidentRulesFromConfig(
  config: Pick<Config, 'INCIDENT_MIN_REPORTERS' | 'INCIDENT_WINDOW_MINUTES' | 'INCIDENT_QUIET_MINUTES' | 'REPORT_RETENTION_DAYS'>,
): IncidentRules {
  // Frozen: the aggregation script is then found by the object itself (aggregation-script.ts).
  return Object.freeze({
    minReporters: config.INCIDENT_MIN_REPORTERS,
    windowMs: config.INCIDENT_WINDOW_MINUTES * MINUTE_MS,
    quietMs: config.INCIDENT_QUIET_MINUTES * MINUTE_MS,
    retentionMs: config.REPORT_RETENTION_DAYS * DAY_MS,
    recentMs: DAY_MS,
  });
}

/**
 * Verdicts that place the failure on the person's own browser or app: such a report never counts
 * toward an incident. `network` is local too, but counts toward network-local signals. `web_session`
 * is NOT here: a clean browser and another network both failing while the API works is what a
 * ChatGPT web-side outage looks like, so it stays an upstream candidate; so do `outage` and `escalate`.
 */
export const LOCAL_DEVICE_BRANCHES = ['browser', 'app', 'app_tls', 'cloudflare_challenge'] as const satisfies readonly BranchId[];

/** Surfaces a ChatGPT outage shows on (the API has its own kind of incident). */
export const UPSTREAM_SURFACES = ['web', 'desktop', 'mobile'] as const satisfies readonly FactValue<'surface'>[];

/**
 * Symptoms that are the server's answer: with an upstream surface they make a report count toward
 * an outage. `http_403`, `ssl_or_network_config`, `unusual_activity` and `cloudflare_challenge`
 * are blocks or local checks, and `other` says nothing yet: those wait for a verdict.
 */
export const UPSTREAM_SYMPTOMS = ['http_500'] as const satisfies readonly FactValue<'symptom'>[];

/**
 * Verdicts that keep the failure upstream whatever the symptom: the live outage (status page or
 * crowd), the web-only session path and a failure that survived every isolating test.
 */
export const UPSTREAM_BRANCHES = ['outage', 'web_session', 'escalate'] as const satisfies readonly BranchId[];

/** API symptoms that count as an API server error (5xx); 429 and others do not count. */
export const API_SERVER_SYMPTOMS = ['api_500', 'api_503'] as const satisfies readonly FactValue<'symptom'>[];

/** Reporter counts worth a timeline line ("threshold crossed"). */
export const REPORTER_MILESTONES = [10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 25_000, 50_000, 100_000] as const;

/** Place counts worth a timeline line. */
export const PLACE_MILESTONES = [2, 5, 10, 25, 50, 100] as const;

/** Timeline entries kept per incident (the oldest go first). */
export const TIMELINE_LIMIT = 500;
