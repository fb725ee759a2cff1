import type { VerdictBody, VerdictContext } from './verdict-context.ts';

export function apiRateLimitVerdict({ m: { t } }: VerdictContext): VerdictBody {
  return {
    headline: t('triage.api_rate_limit.headline'),
    summary: t('triage.api_rate_limit.summary'),
    steps: [
      t('triage.api_rate_limit.step.read'),
      t('triage.api_rate_limit.step.limits'),
      t('triage.api_rate_limit.step.billing'),
      t('triage.api_rate_limit.step.back_off'),
      t('triage.api_rate_limit.step.tier'),
      t('triage.api_rate_limit.step.not_5xx'),
    ],
    stopWhen: t('triage.api_rate_limit.stop_when'),
  };
}
