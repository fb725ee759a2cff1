import type { Messages } from '../../src/messages/messages-for.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { BRANCHES, type BranchId } from '../../src/triage/branches.ts';

/** A verdict in a few words, for timelines ("left the count: browser state"), on every platform. */
export function branchLabel(m: Messages, branch: BranchId): string {
  return m.t(`chat.branch.${branch}`);
}

/** The English labels (the web board's, until it reads the catalog itself). */
export const BRANCH_LABEL: Readonly<Record<BranchId, string>> = Object.fromEntries(
  BRANCHES.map((b) => [b, branchLabel(messagesFor('en'), b)]),
) as Record<BranchId, string>;
