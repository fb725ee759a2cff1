import type { BranchId } from '../../triage/branches.ts';

/** The verdicts that call for a support report (issue 14); any other may ask for one on request. */
export const REPORT_BRANCHES = ['escalate', 'api_server', 'web_session'] as const satisfies readonly BranchId[];

export function callsForReport(branch: BranchId | undefined): boolean {
  return branch !== undefined && (REPORT_BRANCHES as readonly string[]).includes(branch);
}
