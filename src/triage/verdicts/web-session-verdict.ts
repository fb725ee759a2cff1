import type { VerdictBody, VerdictContext } from './verdict-context.ts';

export function webSessionVerdict({ m: { t } }: VerdictContext): VerdictBody {
  return {
    headline: t('triage.web_session.headline'),
    summary: t('triage.web_session.summary'),
    steps: [
      t('triage.web_session.step.api'),
      t('triage.web_session.step.browser'),
      t('triage.web_session.step.sign_in'),
      t('triage.web_session.step.app'),
      t('triage.web_session.step.support'),
    ],
    stopWhen: t('triage.web_session.stop_when'),
  };
}
