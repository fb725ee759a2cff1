import type { Locale } from '../../messages/locale.ts';
import type { BranchId } from '../../triage/branches.ts';
import type { EVIDENCE_LABELS } from '../../triage/verdicts/build-evidence.ts';

/** The fields of a support report, by kind (triage-spec.md, "Evidence and the support report"). Public ids. */
export const REPORT_FIELDS = {
  web: ['surface', 'time', 'browser', 'device', 'what_happened', 'screenshots', 'conversation_url', 'request_ids', 'status_page', 'har_findings', 'network_check'],
  api: ['org', 'tier', 'model', 'endpoint', 'project', 'status_code', 'time_range', 'failing_percent', 'error_payload', 'request_ids', 'request_summary', 'what_happened', 'status_page', 'har_findings'],
} as const;

/** Fields the conversation or the status page fills, never the person (left out of the text when unknown). */
export const OBSERVED_REPORT_FIELDS = ['surface', 'status_page', 'har_findings', 'network_check'] as const;

export type ReportKind = keyof typeof REPORT_FIELDS;
export type ReportFieldId = (typeof REPORT_FIELDS)[ReportKind][number];

/** Where a field's value came from. */
export type FieldSource = 'conversation' | 'person' | 'status' | 'har';

export interface ReportField {
  id: ReportFieldId;
  /** The field's label in the report's language. */
  label: string;
  /** The value as it goes into the form; null when nobody has given it yet. */
  value: string | null;
  from?: FieldSource;
}

export interface ReportEvidence {
  /** One of the four labels of the spec, verbatim in every language. */
  label: (typeof EVIDENCE_LABELS)[number];
  done: boolean;
  /** What the conversation says about it, in the report's language. */
  detail?: string;
}

/** A support report as JSON (the text is rendered from it: formatSupportReport). */
export interface SupportReport {
  kind: ReportKind;
  locale: Locale;
  conversationId?: string;
  /** The verdict the conversation reached, when it reached one. */
  branch?: BranchId;
  /** The verdict calls for a support report (escalate, api_server, web_session); otherwise it was asked for. */
  calledFor: boolean;
  fields: ReportField[];
  evidence: ReportEvidence[];
  /** Fields the person can still fill (no value yet), in form order. */
  missing: ReportFieldId[];
  /** When the person filed it (ISO 8601, UTC); absent on a draft. */
  filedAt?: string;
  /** What a form shows in its inputs (ReportPrefill). */
  prefill: ReportPrefill;
}

/** The person's fields a form may show prefilled (ReportInput's names). */
export const PREFILL_KEYS = ['time', 'timezone', 'browser', 'device', 'whatHappened', 'conversationUrl', 'requestIds', 'org', 'project', 'tier', 'model', 'endpoint', 'statusCode', 'timeRange', 'failingPercent', 'errorPayload', 'requestSummary'] as const;
export type PrefillKey = (typeof PREFILL_KEYS)[number];

/**
 * A form's starting values, as the person would type them (ReportInput's names, every value a
 * string: request ids joined by ", ", numbers as digits): what the person filed before, else what
 * the conversation knows; `time` (or `timeRange` for the API) is when it was reported, written in
 * `timezone` (theirs when known, else UTC).
 */
export type ReportPrefill = Partial<Record<PrefillKey, string>>;

/** A report as the API and the CLI hand it out. */
export interface SupportReportOutput {
  text: string;
  json: SupportReport;
}
