import type { Messages } from '../../src/messages/messages-for.ts';
import type { NetworkCheckResult } from '../../src/triage/types.ts';

/** A network check's result as lines for the chat threads and the page: the blocked domains first. */
export function netcheckLines(check: Pick<NetworkCheckResult, 'reachable' | 'blocked'>, m: Messages): string[] {
  const lines: string[] = [];
  if (check.blocked.length) lines.push(m.t('netcheck.chat.blocked', { domains: check.blocked.join(', ') }));
  if (check.reachable.length) lines.push(m.t(check.blocked.length ? 'netcheck.chat.reachable' : 'netcheck.chat.all_reachable', { domains: check.reachable.join(', ') }));
  return lines;
}
