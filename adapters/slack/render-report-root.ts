import { BLOCK_LIMITS } from './block-limits.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitLines } from './fit-lines.ts';
import type { SlackMessage } from './slack-message.ts';

const USER_ID = /^[UW][A-Z0-9]{2,30}$/;

/**
 * The root message of a conversation: who reports and what they typed with the command (quoted,
 * escaped: it came from a person). The questions follow in its thread.
 */
export function renderReportRoot(input: { userId: string; text?: string }): SlackMessage {
  const who = USER_ID.test(input.userId) ? `<@${input.userId}>` : 'someone';
  const head = `🧯 *ChatGPT problem report* from ${who}`;
  const typed = input.text?.trim();
  const quoted = typed
    ? `\n${fitLines(
        escapeMrkdwn(typed, { from: 'person' })
          .split('\n')
          .map((l) => `>${l}`),
        { maxChars: BLOCK_LIMITS.sectionText - head.length - 1, maxLines: 20, more: (n) => `>…and ${n} more lines` },
      )}`
    : '';
  return {
    text: 'ChatGPT problem report',
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `${head}${quoted}` } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'I ask a few questions in the thread of this message: answer with the buttons or in your own words.' }] },
    ],
  };
}
