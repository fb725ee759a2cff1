import { RETRY_SNIPPET } from './retry-snippet.ts';
import { supportReport } from './support-report-fields.ts';
import { incidentLine, STATUS_URL, type VerdictBody, type VerdictContext } from './verdict-context.ts';

export function apiServerVerdict({ facts, context, m }: VerdictContext): VerdictBody {
  const { t } = m;
  const code = facts.symptom === 'api_503' ? t('triage.api_server.code_503') : t('triage.api_server.code_500');
  const summary = [t('triage.api_server.summary', { code })];
  if (facts.retries) summary.push(t(`triage.api_server.retries.${facts.retries}`));

  const otherIncidents = (context.incidents ?? []).filter((i) => !i.chatgpt);
  const watch = otherIncidents.length
    ? t('triage.api_server.step.watch_incidents', { url: STATUS_URL, incidents: otherIncidents.map(incidentLine).join('; ') })
    : t('triage.api_server.step.watch', { url: STATUS_URL });

  return {
    headline: t('triage.api_server.headline'),
    summary: summary.join(' '),
    steps: [
      t('triage.api_server.step.retry'),
      t('triage.api_server.step.log'),
      t('triage.api_server.step.service_health'),
      t('triage.api_server.step.local'),
      watch,
      t('triage.api_server.step.support'),
    ],
    stopWhen: t('triage.api_server.stop_when'),
    retrySnippet: RETRY_SNIPPET,
    supportReport: supportReport(m, 'api'),
  };
}
