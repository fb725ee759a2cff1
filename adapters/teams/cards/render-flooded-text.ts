import type { StatusSummary } from '../../../src/desk/desk.port.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { STATUS_EMOJI } from './status-emoji.ts';

/**
 * The answer to a report taken while the outbox is over OUTBOX_MAX_BACKLOG (said at once in the
 * turn, not through the outbox): the report is counted, the live status line, and to write again
 * in a few minutes for the step-by-step check.
 */
export function renderFloodedText(summary: StatusSummary): string {
  return [
    "Thanks, your report is counted: the helpdesk sees it with everyone else's. Many people are reporting right now, so I cannot walk you through the checks yet. Write to me again in a few minutes for the step-by-step check.",
    `${STATUS_EMOJI[summary.status]} ${escapeTeamsMarkdown(summary.line, { from: 'bot' })}`,
  ].join('\n\n');
}
