import type { VerdictBody, VerdictContext } from './verdict-context.ts';

export function cloudflareChallengeVerdict({ m: { t } }: VerdictContext): VerdictBody {
  return {
    headline: t('triage.cloudflare_challenge.headline'),
    summary: t('triage.cloudflare_challenge.summary'),
    steps: [
      t('triage.cloudflare_challenge.step.reachable'),
      t('triage.cloudflare_challenge.step.vpn'),
      t('triage.cloudflare_challenge.step.extensions'),
      t('triage.cloudflare_challenge.step.browser'),
      t('triage.cloudflare_challenge.step.it'),
    ],
    stopWhen: t('triage.cloudflare_challenge.stop_when'),
  };
}
