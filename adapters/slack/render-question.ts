import type { Messages } from '../../src/messages/messages-for.ts';
import type { Question } from '../../src/triage/types.ts';
import { ACTION_IDS } from './action-ids.ts';
import { actionValue } from './action-value.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitText } from './fit-text.ts';
import type { Block } from './slack-message.ts';

export interface QuestionContext {
  conversationId: string;
  /** The reporter's Slack user id, carried in the buttons. */
  userId: string;
  /** Blocks this question may use (the preface takes some); default 50. */
  maxBlocks?: number;
  /** The turn's language. */
  m: Messages;
}

const SECTION = BLOCK_LIMITS.sectionText;

/** block_id of the question's text (read back when the question is answered). */
export const QUESTION_BLOCK_ID = 'c500.q.text';

/**
 * A question as Block Kit: the question, "How do I test this?" when the person has not tried the
 * test yet, a line when their last reply was unclear, and one button per choice. Choices beyond
 * the blocks left are named as "and N more" (a free-text reply still works for them).
 */
export function renderQuestion(question: Question, ctx: QuestionContext): Block[] {
  const maxBlocks = ctx.maxBlocks ?? BLOCK_LIMITS.messageBlocks;
  const { m } = ctx;
  const blocks: Block[] = [];
  if (question.askedAgain === 'unclear') {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: m.t('chat.question.unclear') }] });
  }
  blocks.push({ type: 'section', block_id: QUESTION_BLOCK_ID, text: { type: 'mrkdwn', text: fitText(`*${escapeMrkdwn(question.text, { from: 'bot' })}*`, SECTION) } });
  if (question.askedAgain === 'not_tried' && question.help) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: fitText(`*${m.t('chat.question.how_to_test')}*\n${escapeMrkdwn(question.help, { from: 'bot' })}`, SECTION) } });
  }
  const footer: Block = { type: 'context', elements: [{ type: 'mrkdwn', text: m.t('slack.question.own_words') }] };
  // Room for button rows: what is left after the text blocks, the footer and a possible "more" line.
  const rowsRoom = Math.max(1, maxBlocks - blocks.length - 2);
  const buttons = question.choices.map((choice, i) => ({
    type: 'button' as const,
    action_id: `${ACTION_IDS.answer}.${i}`,
    text: { type: 'plain_text' as const, text: fitText(choice.label, BLOCK_LIMITS.buttonText), emoji: true },
    value: actionValue.encodeAnswer({ conversationId: ctx.conversationId, fact: question.fact, value: choice.value, userId: ctx.userId }),
  }));
  const perRow = BLOCK_LIMITS.actionsElements;
  const shown = buttons.slice(0, rowsRoom * perRow);
  for (let i = 0; i < shown.length; i += perRow) {
    blocks.push({ type: 'actions', block_id: `c500.q.${question.fact}.${i / perRow}`, elements: shown.slice(i, i + perRow) });
  }
  const hidden = question.choices.length - shown.length;
  if (hidden > 0) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: m.t('slack.question.more_answers', { count: hidden }) }] });
  }
  blocks.push(footer);
  return blocks;
}
