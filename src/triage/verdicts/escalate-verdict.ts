import type { Messages } from '../../messages/messages-for.ts';
import { supportReport } from './support-report-fields.ts';
import type { VerdictBody, VerdictContext } from './verdict-context.ts';

export function escalateVerdict({ facts, surface, m }: VerdictContext): VerdictBody {
  if (surface === 'api') return apiEscalation(m);
  const { t } = m;
  const app = surface === 'desktop' || surface === 'mobile';
  const survived = app ? t('triage.escalate.survived_app') : t('triage.escalate.survived_web');
  const summary = [t('triage.escalate.summary', { survived })];
  if (facts.api_health === 'fails') summary.push(t('triage.escalate.api_fails'));
  return {
    headline: t('triage.escalate.headline'),
    summary: summary.join(' '),
    steps: [
      t('triage.escalate.step.time'),
      t('triage.escalate.step.browser'),
      t('triage.escalate.step.har'),
      t('triage.escalate.step.har_warning'),
      t('triage.escalate.step.url'),
      t('triage.escalate.step.support'),
    ],
    stopWhen: t('triage.escalate.stop_when'),
    supportReport: supportReport(m, 'web'),
  };
}

function apiEscalation(m: Messages): VerdictBody {
  const { t } = m;
  return {
    headline: t('triage.escalate_api.headline'),
    summary: t('triage.escalate_api.summary'),
    steps: [t('triage.escalate_api.step.payload'), t('triage.escalate_api.step.reproduce'), t('triage.escalate_api.step.note'), t('triage.escalate_api.step.support')],
    stopWhen: t('triage.escalate.stop_when'),
    supportReport: supportReport(m, 'api'),
  };
}
