import type { VerdictBody, VerdictContext } from './verdict-context.ts';

export function appTlsVerdict({ allowlist, m: { t } }: VerdictContext): VerdictBody {
  return {
    headline: t('triage.app_tls.headline'),
    summary: t('triage.app_tls.summary'),
    steps: [
      t('triage.app_tls.step.update'),
      t('triage.app_tls.step.web'),
      t('triage.app_tls.step.ask_it', { domains: allowlist.minimum.join(', ') }),
      t('triage.app_tls.step.confirm'),
    ],
    stopWhen: t('triage.app_tls.stop_when'),
  };
}
