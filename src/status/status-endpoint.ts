import type { StatusProvider } from './status-model.ts';

/** OpenAI's page host: the incident.io document of a mirror or proxy of status.openai.com is named after it. */
export const OPENAI_STATUS_HOST = 'status.openai.com';

/**
 * The URLs the reader polls, derived from the page's base URL (STATUS_URL): incident.io's native
 * document `{base}/proxy/{host}` (it has the group structure; the Atlassian-compatible
 * `/api/v2/summary.json` is incomplete on OpenAI's page), or Statuspage's `{base}/api/v2/summary.json`.
 * They are tried in order (the next one only when the previous answers 404). A page served from
 * an IP address or localhost (a local mirror or proxy of OpenAI's page) has no page host of its own:
 * its incident.io document is `/proxy/status.openai.com`, then `/proxy/<address>`.
 */
export function statusEndpoints(provider: StatusProvider, baseUrl: string): string[] {
  const base = new URL(baseUrl);
  const root = `${base.origin}${base.pathname.replace(/\/+$/, '')}`;
  if (provider !== 'incidentio') return [`${root}/api/v2/summary.json`];
  const host = base.hostname;
  const local = host === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
  return local ? [`${root}/proxy/${OPENAI_STATUS_HOST}`, `${root}/proxy/${host}`] : [`${root}/proxy/${host}`];
}
