import type { MessageId } from '../../src/messages/catalogs.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import type { PrefillKey, ReportKind, SupportReport } from '../../src/evidence/report/support-report.ts';

/** The person's fields a report form shows (ReportInput's names), by the report's kind, in form order. */
export const REPORT_FORM_KEYS = {
  web: ['time', 'timezone', 'browser', 'device', 'conversationUrl', 'requestIds', 'whatHappened'],
  api: ['timeRange', 'timezone', 'org', 'project', 'tier', 'model', 'endpoint', 'statusCode', 'failingPercent', 'requestIds', 'errorPayload', 'whatHappened'],
} as const satisfies Record<ReportKind, readonly PrefillKey[]>;

export type ReportFormKey = (typeof REPORT_FORM_KEYS)[ReportKind][number];

/** Each input's length limit (the report input's own, and at most Slack's 3,000 for a text input). */
export const REPORT_FORM_MAX_LENGTH: Readonly<Record<ReportFormKey, number>> = {
  time: 100,
  timezone: 64,
  browser: 100,
  device: 100,
  conversationUrl: 500,
  requestIds: 3000,
  whatHappened: 2000,
  org: 200,
  project: 200,
  tier: 20,
  model: 100,
  endpoint: 200,
  statusCode: 3,
  timeRange: 200,
  failingPercent: 6,
  errorPayload: 3000,
};

const MULTILINE: readonly ReportFormKey[] = ['whatHappened', 'errorPayload'];
const HINTED: readonly ReportFormKey[] = ['time', 'timezone', 'conversationUrl', 'requestIds', 'whatHappened'];

/** One input of a report form: its name (ReportInput's), label, hint, starting value and limits. */
export interface ReportFormInput {
  key: ReportFormKey;
  label: string;
  hint?: string;
  /** The starting value (the draft's prefill); '' when nothing is known. */
  value: string;
  multiline: boolean;
  maxLength: number;
}

/** The inputs of the form for a drafted report (its kind's fields, prefilled), labelled in `m`'s language. */
export function reportFormInputs(report: Pick<SupportReport, 'kind' | 'prefill'>, m: Messages): ReportFormInput[] {
  return REPORT_FORM_KEYS[report.kind].map((key) => ({
    key,
    label: m.t(`reportForm.label.${key}` as MessageId),
    ...(HINTED.includes(key) ? { hint: m.t(`reportForm.hint.${key}` as MessageId) } : {}),
    value: (report.prefill[key] ?? '').slice(0, REPORT_FORM_MAX_LENGTH[key]),
    multiline: MULTILINE.includes(key),
    maxLength: REPORT_FORM_MAX_LENGTH[key],
  }));
}
