import { messagesFor } from '../../messages/messages-for.ts';
import { OBSERVED_REPORT_FIELDS, type ReportFieldId, type SupportReport, type SupportReportOutput } from './support-report.ts';

/**
 * The report as text to paste into OpenAI's support form, in the report's language: one line per
 * field ("Label: value"; observed fields only when known; a value of several lines goes below its label, indented), then the four
 * evidence labels of the spec, verbatim, each marked done or missing.
 */
export function formatSupportReport(report: SupportReport): string {
  const { t } = messagesFor(report.locale);
  const lines = [t(`evidence.report.title.${report.kind}`), ''];
  for (const field of report.fields) {
    // What only the conversation can know is left out when it knows nothing; the person's fields show "(not given)".
    if (field.value === null && (OBSERVED_REPORT_FIELDS as readonly ReportFieldId[]).includes(field.id)) continue;
    const value = field.value ?? t('evidence.report.not_given');
    if (value.includes('\n')) lines.push(`${field.label}:`, ...value.split('\n').map((l) => `  ${l}`));
    else lines.push(`${field.label}: ${value}`);
  }
  lines.push('', t('evidence.report.evidence_heading'));
  for (const item of report.evidence) {
    const state = t(item.done ? 'evidence.report.done' : 'evidence.report.missing');
    lines.push(item.detail ? t('evidence.report.evidence_line_detail', { label: item.label, state, detail: item.detail }) : t('evidence.report.evidence_line', { label: item.label, state }));
  }
  return `${lines.join('\n')}\n`;
}

export function supportReportOutput(report: SupportReport): SupportReportOutput {
  return { text: formatSupportReport(report), json: report };
}
