import type { StatusSummary } from '../../src/desk/desk.port.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import { renderStatus } from './render-status.ts';
import type { SlackMessage } from './slack-message.ts';

/**
 * The ack of a report taken while the outbox is over OUTBOX_MAX_BACKLOG: the report is counted
 * (the helpdesk sees it in the incident), but no step-by-step check is sent now. It gives the live
 * status, says the report counts, and asks to run the command again in a few minutes.
 */
export function renderFlooded(summary: StatusSummary, command: string, m: Messages): SlackMessage {
  const intro = m.t('slack.flooded', { command });
  const status = renderStatus(summary, m);
  return {
    text: `${intro} ${status.text}`,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: intro } }, ...status.blocks],
  };
}
