import type { MessageId } from '../../messages/catalogs.ts';
import type { Messages } from '../../messages/messages-for.ts';

/** The fields of a support-ready report (triage-spec.md, "Evidence and the support report"), as catalog ids. */
export const SUPPORT_REPORT_FIELDS: Readonly<Record<'web' | 'api', readonly MessageId[]>> = {
  web: [
    'triage.report.web.time',
    'triage.report.web.browser',
    'triage.report.web.device',
    'triage.report.web.screenshots',
    'triage.report.web.isolation',
    'triage.report.web.har',
    'triage.report.web.url',
  ],
  api: [
    'triage.report.api.org',
    'triage.report.api.tier',
    'triage.report.api.model',
    'triage.report.api.endpoint',
    'triage.report.api.project',
    'triage.report.api.status',
    'triage.report.api.time',
    'triage.report.api.percentage',
    'triage.report.api.payload',
    'triage.report.api.request_id',
    'triage.report.api.summary',
  ],
};

export function supportReport(m: Messages, kind: 'web' | 'api'): { kind: 'web' | 'api'; fields: string[] } {
  return { kind, fields: SUPPORT_REPORT_FIELDS[kind].map((id) => m.t(id)) };
}
