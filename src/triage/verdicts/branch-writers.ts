import type { BranchId } from '../branches.ts';
import { apiRateLimitVerdict } from './api-rate-limit-verdict.ts';
import { apiServerVerdict } from './api-server-verdict.ts';
import { appTlsVerdict } from './app-tls-verdict.ts';
import { appVerdict } from './app-verdict.ts';
import { browserVerdict } from './browser-verdict.ts';
import { cloudflareChallengeVerdict } from './cloudflare-challenge-verdict.ts';
import { escalateVerdict } from './escalate-verdict.ts';
import { networkVerdict } from './network-verdict.ts';
import { outageVerdict } from './outage-verdict.ts';
import type { VerdictBody, VerdictContext } from './verdict-context.ts';
import { webSessionVerdict } from './web-session-verdict.ts';

/** One writer per branch: headline, summary, steps, stop point and branch-only extras. */
export const BRANCH_WRITERS: Readonly<Record<BranchId, (ctx: VerdictContext) => VerdictBody>> = {
  outage: outageVerdict,
  api_rate_limit: apiRateLimitVerdict,
  api_server: apiServerVerdict,
  app_tls: appTlsVerdict,
  app: appVerdict,
  cloudflare_challenge: cloudflareChallengeVerdict,
  browser: browserVerdict,
  network: networkVerdict,
  web_session: webSessionVerdict,
  escalate: escalateVerdict,
};
