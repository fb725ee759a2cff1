import type { BranchId } from './branches.ts';

/**
 * The verdicts whose fix is upstream (OpenAI's, or support's): only these offer "Notify me when
 * it's fixed". A browser, network, app or rate-limit verdict is fixed by the person or their IT,
 * and no resolve notice would reach them with anything to do.
 */
export const NOTIFY_BRANCHES: readonly BranchId[] = ['outage', 'api_server', 'escalate'];

export function notifiesOnFix(branch: BranchId): boolean {
  return NOTIFY_BRANCHES.includes(branch);
}
