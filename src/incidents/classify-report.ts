import type { ReportClass, ReportInput } from './incident-types.ts';
import { API_SERVER_SYMPTOMS, LOCAL_DEVICE_BRANCHES, UPSTREAM_BRANCHES, UPSTREAM_SURFACES, UPSTREAM_SYMPTOMS } from './incident-rules.ts';

/** The facts classification reads: typed inputs, or a stored report's strings. */
type Classified = { [F in 'surface' | 'symptom' | 'branch' | 'otherNetwork']?: ReportInput[F] | string } & { uncounted?: boolean | string };

const includes = (list: readonly string[], value: string | undefined) => value !== undefined && list.includes(value);

/**
 * How a report counts (pure; the Lua `classify` in lua/2-windows.lua applies the same table):
 * - a report marked uncounted (an unverified web reporter over the per-address cap) → `not_counted`;
 * - API surface (or an api_* symptom): 5xx or the api_server verdict → `api_server`, else `not_counted`;
 * - verdict `network` or hotspot `works` → `local_network`; a local-device verdict → `local_device`;
 * - a ChatGPT surface with a server-side symptom, or a verdict that keeps the failure upstream → `candidate`;
 * - anything else (an opening sentence, a symptom that is not the server's yet) → `pending`.
 */
export function classifyReport(report: Classified): ReportClass {
  if (report.uncounted === true || report.uncounted === '1') return 'not_counted';
  const api = report.surface === 'api' || (report.symptom?.startsWith('api_') ?? false);
  if (api) {
    const serverError = includes(API_SERVER_SYMPTOMS, report.symptom) || report.branch === 'api_server';
    return serverError ? 'api_server' : 'not_counted';
  }
  if (report.branch === 'network' || report.otherNetwork === 'works') return 'local_network';
  if (includes(LOCAL_DEVICE_BRANCHES, report.branch)) return 'local_device';
  if (includes(UPSTREAM_SURFACES, report.surface) && (includes(UPSTREAM_SYMPTOMS, report.symptom) || includes(UPSTREAM_BRANCHES, report.branch))) return 'candidate';
  return 'pending';
}

/** A site label as a grouping key: trimmed, lower case, inner whitespace collapsed; '' when blank. */
export function siteKey(site: string | undefined): string {
  return (site ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The grouping key of a report: `site:<label>` when a site was given, else `network:<value>`,
 * else undefined (the report counts as a reporter but not as a place).
 */
export function placeOf(report: { site?: string; network?: string }): string | undefined {
  const site = siteKey(report.site);
  if (site) return `site:${site}`;
  return report.network ? `network:${report.network}` : undefined;
}
