import { checkReportInput, type ReportInput } from '../../src/evidence/report/report-input.ts';
import type { ReportKind } from '../../src/evidence/report/support-report.ts';
import type { MessageId } from '../../src/messages/catalogs.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import { REPORT_FORM_KEYS, type ReportFormKey } from './report-form-inputs.ts';

/** Inputs with their own "does not fit" text; any other says it is too long or unreadable. */
const INVALID: Partial<Record<ReportFormKey, MessageId>> = {
  conversationUrl: 'reportForm.invalid.conversationUrl',
  requestIds: 'reportForm.invalid.requestIds',
  statusCode: 'reportForm.invalid.statusCode',
  failingPercent: 'reportForm.invalid.failingPercent',
  tier: 'reportForm.invalid.tier',
};

/** A typed value as its field's: a list of ids, a number (left as typed when it is none: the check names it), or the text. */
function valueOf(key: ReportFormKey, text: string): unknown {
  if (key === 'requestIds') return text.split(/[\s,;]+/).filter(Boolean);
  if (key === 'statusCode' || key === 'failingPercent') {
    const n = Number(text.replace(/\s*%$/, '').replace(',', '.'));
    return Number.isFinite(n) ? n : text;
  }
  if (key === 'tier') return text.toLowerCase();
  return text;
}

/**
 * A submitted report form (Slack modal, Teams dialog) as the report's input: the inputs of the
 * report's kind, empty ones left out, checked by the report input's schema. A value that does
 * not fit names its input, with a text in `m`'s language to show under it.
 */
export function readReportForm(values: Readonly<Record<string, unknown>>, kind: ReportKind, m: Messages): { ok: true; input: ReportInput } | { ok: false; key: ReportFormKey; text: string } {
  const keys: readonly ReportFormKey[] = REPORT_FORM_KEYS[kind];
  const raw: Record<string, unknown> = {};
  for (const key of keys) {
    const value = values[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    raw[key] = valueOf(key, value.trim());
  }
  const checked = checkReportInput(raw);
  if (checked.ok) return checked;
  const field = checked.problem.field.split('.')[0] ?? '';
  const key = keys.find((k) => k === field) ?? keys[0]!;
  return { ok: false, key, text: m.t(INVALID[key] ?? 'reportForm.invalid.text') };
}
