import { buildSupportReport, type ReportSource } from '../evidence/report/build-support-report.ts';
import { formatSupportReport } from '../evidence/report/format-support-report.ts';
import { checkReportInput, type ReportInput } from '../evidence/report/report-input.ts';
import type { ReportFieldId } from '../evidence/report/support-report.ts';
import type { MessageId } from '../messages/catalogs.ts';
import type { Messages } from '../messages/messages-for.ts';
import type { TerminalAsker } from './ask-in-terminal.ts';
import type { CliIo } from './cli-io.ts';

/** The person's field each report field is filled by (the observed ones are not asked). */
const INPUT_OF: Partial<Record<ReportFieldId, keyof ReportInput>> = {
  time: 'time',
  browser: 'browser',
  device: 'device',
  what_happened: 'whatHappened',
  screenshots: 'screenshots',
  conversation_url: 'conversationUrl',
  request_ids: 'requestIds',
  org: 'org',
  tier: 'tier',
  model: 'model',
  endpoint: 'endpoint',
  project: 'project',
  status_code: 'statusCode',
  time_range: 'timeRange',
  failing_percent: 'failingPercent',
  error_payload: 'errorPayload',
  request_summary: 'requestSummary',
};

/** "yes" in the four languages' short answers (y, j, s, o) and in full. */
const YES = /^(?:y|yes|j|ja|s|si|sí|o|oui)$/i;

/** A typed answer as the field's value: a list, a yes/no, a number, or the text. */
function valueOf(field: keyof ReportInput, text: string): unknown {
  if (field === 'requestIds') return text.split(/[\s,;]+/).filter(Boolean);
  if (field === 'screenshots') return YES.test(text);
  if (field === 'statusCode' || field === 'failingPercent') {
    const n = Number(text.replace(/\s*%$/, '').replace(',', '.'));
    return Number.isFinite(n) && text.trim() !== '' ? n : text;
  }
  return text;
}

/**
 * After a verdict that calls for support: offers to fill the support report, asks for each field
 * the conversation could not fill (Enter skips one; an answer that does not fit is said and
 * skipped), and prints the report to paste into OpenAI's support form. Returns false when the
 * person declined or the input ended before the offer was answered.
 */
export async function fillReportInTerminal(asker: TerminalAsker, out: CliIo['stdout'], source: Omit<ReportSource, 'input'>, m: Messages): Promise<boolean> {
  const { t } = m;
  out.write('\n');
  const offer = await asker.askText(t('evidence.report.cli.offer'));
  if (offer === null || !YES.test(offer)) return false;
  out.write(`${t('evidence.report.cli.intro')}\n`);
  const draft = buildSupportReport(source);
  let input: ReportInput = {};
  const fields: (keyof ReportInput)[] = draft.missing.flatMap((id) => INPUT_OF[id] ?? []);
  if (!source.details.timezone && (fields.includes('time') || fields.includes('timeRange'))) fields.unshift('timezone');
  for (const field of fields) {
    const id = field === 'timezone' ? 'timezone' : (Object.keys(INPUT_OF) as ReportFieldId[]).find((k) => INPUT_OF[k] === field)!;
    const answer = await asker.askText(t(`evidence.report.cli.prompt.${id}` as MessageId));
    if (answer === null) break;
    if (answer === '') continue;
    const next = { ...input, [field]: valueOf(field, answer) };
    const checked = checkReportInput(next);
    if (checked.ok) input = checked.input;
    else out.write(`${t('evidence.report.cli.invalid_answer', { field: checked.problem.field, problem: checked.problem.message })}\n`);
  }
  const report = buildSupportReport({ ...source, input });
  out.write(`\n${t('evidence.report.cli.copy')}\n${formatSupportReport(report)}`);
  return true;
}
