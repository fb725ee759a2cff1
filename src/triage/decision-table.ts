import type { BranchId } from './branches.ts';
import { all, any, is, type Condition } from './condition.ts';

/** triage-spec.md's decision table, top to bottom: the first TRUE row is the verdict. */
export const DECISION_TABLE: readonly { branch: BranchId; when: Condition }[] = [
  {
    branch: 'outage',
    when: all(is('surface', 'web', 'desktop', 'mobile'), any(is('status', 'chatgpt_incident'), is('crowd', 'surge'))),
  },
  { branch: 'api_rate_limit', when: all(is('surface', 'api'), is('symptom', 'api_429')) },
  { branch: 'api_server', when: all(is('surface', 'api'), is('symptom', 'api_500', 'api_503')) },
  { branch: 'app_tls', when: all(is('surface', 'desktop', 'mobile'), is('symptom', 'ssl_or_network_config')) },
  {
    branch: 'app',
    when: any(
      all(is('surface', 'mobile'), is('symptom', 'unusual_activity')),
      all(is('surface', 'desktop', 'mobile'), is('web_works', 'works')),
    ),
  },
  { branch: 'cloudflare_challenge', when: is('symptom', 'cloudflare_challenge') },
  { branch: 'browser', when: all(is('surface', 'web'), is('clean_browser', 'works')) },
  { branch: 'network', when: any(is('other_network', 'works'), is('crowd', 'local_cluster')) },
  {
    branch: 'web_session',
    when: all(is('surface', 'web'), is('clean_browser', 'fails'), is('other_network', 'fails'), is('api_health', 'works')),
  },
  {
    branch: 'escalate',
    when: any(
      all(is('surface', 'web'), is('clean_browser', 'fails'), is('other_network', 'fails'), is('api_health', 'fails', 'unknown')),
      all(is('surface', 'desktop', 'mobile'), is('web_works', 'fails'), is('other_network', 'fails')),
      all(is('surface', 'api'), is('symptom', 'api_other')),
    ),
  },
];
