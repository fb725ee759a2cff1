import type { BranchId } from '../../../src/triage/branches.ts';

/**
 * The verdict headline's emoji per branch, as on the Slack verdict (whose table is not exported,
 * so Teams keeps its own; the Record type makes a new branch a compile error here too).
 */
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
