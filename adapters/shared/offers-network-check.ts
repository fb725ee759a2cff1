import type { Turn } from '../../src/desk/desk.port.ts';
import type { BranchId } from '../../src/triage/branches.ts';

/** Verdicts after which "Check my network" helps: the network path, the browser path, and those that end with support. */
const NETWORK_CHECK_BRANCHES: readonly BranchId[] = ['network', 'browser', 'web_session', 'escalate'];
/** Questions while which it helps: which network, and whether another network works. */
const NETWORK_CHECK_QUESTIONS: readonly string[] = ['network', 'other_network'];

/** Whether a turn offers "Check my network" (the web page's step, the chat threads' link button). */
export function offersNetworkCheck(turn: Pick<Turn, 'verdict' | 'next'>): boolean {
  return turn.verdict ? NETWORK_CHECK_BRANCHES.includes(turn.verdict.branch) : NETWORK_CHECK_QUESTIONS.includes(turn.next?.fact ?? '');
}
