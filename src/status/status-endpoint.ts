import type { StatusProvider } from './status-model.ts';

/**
 * The URL the reader polls, derived from the page's base URL (STATUS_URL):
 * incident.io's native document `{base}/proxy/{host}` (it has the group structure; the
 * Atlassian-compatible `/api/v2/summary.json` is incomplete on OpenAI's page), or Statuspage's
 * `{base}/api/v2/summary.json` (components plus unresolved incidents in one request).
 */
export function statusEndpoint(provider: StatusProvider, baseUrl: string): string {
  const base = new URL(baseUrl);
  const root = `${base.origin}${base.pathname.replace(/\/+$/, '')}`;
  return provider === 'incidentio' ? `${root}/proxy/${base.hostname}` : `${root}/api/v2/summary.json`;
}
