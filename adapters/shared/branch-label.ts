import type { BranchId } from '../../src/triage/branches.ts';

/** A verdict in a few words, for timelines ("left the count: browser state"), on every platform. */
export const BRANCH_LABEL: Readonly<Record<BranchId, string>> = {
  outage: 'live outage',
  api_rate_limit: 'API rate limit',
  api_server: 'API server errors',
  app_tls: 'SSL inspection on the network',
  app: 'the app',
  cloudflare_challenge: 'security filtering',
  browser: 'browser state',
  network: 'company network',
  web_session: 'web session',
  escalate: 'reproducible, for support',
};
