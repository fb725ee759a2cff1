import { BLOCK_LIMITS } from './block-limits.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitText } from './fit-text.ts';
import { REPORT_BLOCK_ID } from './render-report-header.ts';
import type { SlackMessage } from './slack-message.ts';

/**
 * What an answered question turns into (chat.update of the question message): the question
 * without its buttons and the chosen answer, so an old button cannot be pressed again.
 * `questionMrkdwn` is the question's own section text as the bot rendered it (already escaped);
 * `headerMrkdwn` the report header's, when the question was the conversation's root message (the
 * first turn): the header stays on top of the answered version.
 */
export function renderAnswered(input: { headerMrkdwn?: string; questionMrkdwn?: string; answerLabel: string }): SlackMessage {
  const answer = `✔️ ${escapeMrkdwn(input.answerLabel, { from: 'person' })}`;
  const question = input.questionMrkdwn ? fitText(input.questionMrkdwn, BLOCK_LIMITS.sectionText) : undefined;
  const header = input.headerMrkdwn ? fitText(input.headerMrkdwn, BLOCK_LIMITS.sectionText) : undefined;
  return {
    text: fitText(answer, BLOCK_LIMITS.fallbackText),
    blocks: [
      ...(header ? [{ type: 'section' as const, block_id: REPORT_BLOCK_ID, text: { type: 'mrkdwn' as const, text: header } }] : []),
      ...(question ? [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: question } }] : []),
      { type: 'context', elements: [{ type: 'mrkdwn', text: fitText(answer, BLOCK_LIMITS.contextText) }] },
    ],
  };
}
