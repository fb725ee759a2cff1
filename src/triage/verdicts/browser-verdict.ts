import type { VerdictBody, VerdictContext } from './verdict-context.ts';

export function browserVerdict({ m: { t } }: VerdictContext): VerdictBody {
  return {
    headline: t('triage.browser.headline'),
    summary: t('triage.browser.summary'),
    steps: [t('triage.browser.step.cookies'), t('triage.browser.step.sign_in'), t('triage.browser.step.extensions'), t('triage.browser.step.skip')],
    stopWhen: t('triage.browser.stop_when'),
  };
}
