import { messagesFor } from '../../src/messages/messages-for.ts';
import { actionPlace } from './action-place.ts';
import { actionValue } from './action-value.ts';
import { DESK_ERROR_TEXT } from './desk-error-text.ts';
import { errorCode } from './error-code.ts';
import type { ActionHandler } from './handle-action.ts';
import { QUESTION_BLOCK_ID } from './render-question.ts';
import { REPORT_BLOCK_ID } from './render-report-header.ts';
import type { BlockActions } from './slack-payloads.ts';
import { slackEventId } from './slack-event-id.ts';

/**
 * An answer button (`c500.answer.<i>`): goes to desk.answer with `deliver` (only the reporter may
 * press it); the outbox collapses the answered question and posts the next turn in the thread.
 */
export const answerButton: ActionHandler = async (deps, actions, tell) => {
  const action = actions.actions[0]!;
  const answer = actionValue.decodeAnswer(action.value);
  const { channel, messageTs, threadTs } = actionPlace(actions);
  if (!answer || !channel || !threadTs) {
    deps.logger.warn({ actionId: action.action_id }, 'answer button with an unreadable value or no message');
    return;
  }
  // Notes go to the clicker (not necessarily the reporter), in their language.
  const m = async () => messagesFor(await deps.locales.of(actions.user.id));
  if (answer.userId !== actions.user.id) {
    await tell((await m()).t('slack.answer.not_yours', { user: `<@${answer.userId}>` }));
    return;
  }
  // Made only when a line is written (a child logger per click is the costliest part of the log path).
  const log = () => deps.logger.child({ conversationId: answer.conversationId });
  const question = sectionText(actions, QUESTION_BLOCK_ID);
  // The first question is the root message, under the report header: its answered version keeps it.
  const header = sectionText(actions, REPORT_BLOCK_ID);
  const via: Record<string, string> = {
    label: action.text?.text ?? answer.value,
    ...(messageTs ? { collapseTs: messageTs } : {}),
    ...(question ? { question } : {}),
    ...(header ? { header } : {}),
  };
  try {
    const turn = await deps.desk.answer(answer.conversationId, answer.fact, answer.value, { eventId: slackEventId.action(actions), deliver: true, via });
    if (turn.duplicate) log().info('button click delivered twice; applied once');
  } catch (error) {
    const code = errorCode(error);
    const text = code ? DESK_ERROR_TEXT[code] : undefined;
    if (!text) throw error;
    log().info({ code }, 'answer refused by the desk');
    await tell((await m()).t(text));
  }
};

/** The mrkdwn of the clicked message's section with this block_id (as the bot rendered it). */
function sectionText(actions: BlockActions, blockId: string): string | undefined {
  const block = actions.message?.blocks?.find((b) => b.block_id === blockId);
  const text: unknown = block && typeof block === 'object' && 'text' in block ? block.text : undefined;
  const inner: unknown = text && typeof text === 'object' && 'text' in text ? text.text : undefined;
  return typeof inner === 'string' ? inner : undefined;
}
