import type { BranchId } from '../../src/triage/branches.ts';

/** The verdict headline's emoji per branch, on every platform (a new branch is a compile error here). */
export const BRANCH_EMOJI: Readonly<Record<BranchId, string>> = {
  outage: '🔴',
  api_rate_limit: '🚦',
  api_server: '🛠️',
  app_tls: '🔒',
  app: '📱',
  cloudflare_challenge: '🛡️',
  browser: '🧹',
  network: '🌐',
  web_session: '🔑',
  escalate: '📨',
};
