import type { StatusSummary } from '../../../src/desk/desk.port.ts';
import type { Messages } from '../../../src/messages/messages-for.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { STATUS_EMOJI } from './status-emoji.ts';

/**
 * The answer to a report taken while the outbox is over OUTBOX_MAX_BACKLOG (said at once in the
 * turn, not through the outbox): the report is counted, the live status line, and to write again
 * in a few minutes for the step-by-step check.
 */
export function renderFloodedText(summary: StatusSummary, m: Messages): string {
  return [
    m.t('teams.flooded'),
    `${STATUS_EMOJI[summary.status]} ${escapeTeamsMarkdown(summary.line, { from: 'bot' })}`,
  ].join('\n\n');
}
