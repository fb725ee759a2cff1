import { AppError } from '../app-error.ts';
import { siteKey } from './classify-report.ts';
import { CLEARABLE_REPORT_FIELDS, type ReportInput } from './incident-types.ts';

export class InvalidReportError extends AppError {
  constructor(problem: string) {
    super('incidents.invalid_report', `invalid report: ${problem}`);
  }
}

/** A report as both aggregators store it: site trimmed, plus its grouping key; `uncounted` as a flag string. */
export type PreparedReport = Omit<ReportInput, 'uncounted'> & { siteKey?: string; uncounted?: '1' };

/**
 * Checks the ids (non-empty strings) and `firstAt` (a time), throwing InvalidReportError; trims
 * the site label and adds its grouping key (blank sites are dropped).
 */
export function prepareReportInput(input: ReportInput): PreparedReport {
  if (typeof input.conversationId !== 'string' || input.conversationId === '') throw new InvalidReportError('conversationId is empty');
  if (typeof input.reporterId !== 'string' || input.reporterId === '') throw new InvalidReportError('reporterId is empty');
  if (typeof input.platform !== 'string' || input.platform === '') throw new InvalidReportError('platform is empty');
  if (!Number.isFinite(input.firstAt) || input.firstAt <= 0) throw new InvalidReportError('firstAt is not a time');
  const unclearable = (input.cleared ?? []).find((f) => !(CLEARABLE_REPORT_FIELDS as readonly string[]).includes(f));
  if (unclearable !== undefined) throw new InvalidReportError(`"${String(unclearable)}" cannot be cleared`);
  const { site, uncounted, ...rest } = input;
  const flagged: PreparedReport = uncounted ? { ...rest, uncounted: '1' } : rest;
  const key = siteKey(site);
  return key ? { ...flagged, site: site!.trim().replace(/\s+/g, ' '), siteKey: key } : flagged;
}
