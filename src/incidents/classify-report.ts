import type { ReportClass, ReportInput } from './incident-types.ts';
import { API_SERVER_SYMPTOMS, LOCAL_DEVICE_BRANCHES } from './incident-rules.ts';

type Classified = Pick<ReportInput, 'surface' | 'symptom' | 'branch' | 'otherNetwork'>;

/**
 * How a report counts (pure; the Lua script applies the same table, see aggregation.lua):
 * API surface (or an api_* symptom): 5xx or the api_server verdict → `api_server`, else `not_counted`;
 * verdict `network` or hotspot `works` → `local_network`; a local-device verdict → `local_device`;
 * everything else, including a report with no facts yet → `candidate`.
 */
export function classifyReport(report: Classified): ReportClass {
  const api = report.surface === 'api' || (report.symptom?.startsWith('api_') ?? false);
  if (api) {
    const serverError = (API_SERVER_SYMPTOMS as readonly string[]).includes(report.symptom ?? '') || report.branch === 'api_server';
    return serverError ? 'api_server' : 'not_counted';
  }
  if (report.branch === 'network' || report.otherNetwork === 'works') return 'local_network';
  if ((LOCAL_DEVICE_BRANCHES as readonly string[]).includes(report.branch ?? '')) return 'local_device';
  return 'candidate';
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
