import type { Messages } from '../../src/messages/messages-for.ts';
import { ACTION_IDS } from './action-ids.ts';
import { actionValue } from './action-value.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { fitText } from './fit-text.ts';
import type { Block, SlackMessage } from './slack-message.ts';

/** block_id of the "Fill in the support report" button row. */
export const REPORT_BLOCK_ID = 'c500.report';

/** The "Fill in the support report" button row: only `userId` may press it (report-button.ts). */
export function reportButtonBlock(ctx: { conversationId: string; userId: string; m: Messages }): Block {
  return {
    type: 'actions',
    block_id: REPORT_BLOCK_ID,
    elements: [
      {
        type: 'button',
        action_id: ACTION_IDS.report,
        text: { type: 'plain_text', text: fitText(ctx.m.t('reportForm.button'), BLOCK_LIMITS.buttonText), emoji: true },
        value: actionValue.encodeReport({ conversationId: ctx.conversationId, userId: ctx.userId }),
      },
    ],
  };
}

/**
 * The answer to "report" typed in a conversation's thread: a line saying what the button does,
 * and the button (a modal needs the trigger_id of a click, which a typed message has not).
 */
export function renderReportOffer(ctx: { conversationId: string; userId: string; m: Messages }): SlackMessage {
  const text = ctx.m.t('reportForm.offer');
  return { text: fitText(text, BLOCK_LIMITS.fallbackText), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: fitText(text, BLOCK_LIMITS.sectionText) } }, reportButtonBlock(ctx)] };
}
