import type { StatusSummary } from '../../src/desk/desk.port.ts';
import { renderStatus } from './render-status.ts';
import type { SlackMessage } from './slack-message.ts';

/**
 * The ack of a report taken while the outbox is over OUTBOX_MAX_BACKLOG: the report is counted
 * (the helpdesk sees it in the incident), but no step-by-step check is sent now. It gives the live
 * status, says the report counts, and asks to run the command again in a few minutes.
 */
export function renderFlooded(summary: StatusSummary, command: string): SlackMessage {
  const intro =
    'Thanks, your report is counted: the helpdesk sees it with everyone else\'s. ' +
    `Many people are reporting right now, so I cannot walk you through the checks yet. Run \`${command}\` again in a few minutes for the step-by-step check.`;
  const status = renderStatus(summary);
  return {
    text: `${intro} ${status.text}`,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: intro } }, ...status.blocks],
  };
}
