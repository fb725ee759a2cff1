/** Branch (verdict) ids of triage-spec.md, in the order of the decision table. Public names. */
export const BRANCHES = [
  'outage',
  'api_rate_limit',
  'api_server',
  'app_tls',
  'app',
  'cloudflare_challenge',
  'browser',
  'network',
  'web_session',
  'escalate',
] as const;

export type BranchId = (typeof BRANCHES)[number];
