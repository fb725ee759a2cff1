import type { Messages } from '../../../src/messages/messages-for.ts';
import { CARD_ACTIONS, type ReportFetchData } from './card-actions.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { newCard } from './new-card.ts';
import type { TeamsMessage } from './teams-message.ts';
import { textBlock } from './text-block.ts';

/**
 * The answer to "report" typed in the personal chat: a line saying what the button does, and
 * "Fill in the support report" (Action.Submit with `msteams.type = task/fetch`: Teams opens the
 * report dialog, report-dialog.ts). Only `userId` may fill it.
 */
export function renderReportOffer(ctx: { conversationId: string; userId: string; m: Messages }): TeamsMessage {
  const line = escapeTeamsMarkdown(ctx.m.t('reportForm.offer'), { from: 'bot' });
  const data: ReportFetchData = { msteams: { type: 'task/fetch' }, c500: CARD_ACTIONS.submits.report, conversationId: ctx.conversationId, user: ctx.userId };
  return { text: line, card: newCard([textBlock(line)], { actions: [{ type: 'Action.Submit', title: ctx.m.t('reportForm.button'), data }], fallbackText: line }) };
}
