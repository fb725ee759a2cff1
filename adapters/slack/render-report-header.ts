import type { Messages } from '../../src/messages/messages-for.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitLines } from './fit-lines.ts';
import type { Block } from './slack-message.ts';

const USER_ID = /^[UW][A-Z0-9]{2,30}$/;

/** block_id of the report header (read back when the first question is answered, to keep it). */
export const REPORT_BLOCK_ID = 'c500.report';

/**
 * The header of a conversation's root message: who reports and what they typed with the command
 * (quoted, escaped: it came from a person). The first turn follows below it in the same message;
 * later turns go in its thread.
 */
export function renderReportHeader(input: { userId: string; text?: string }, m: Messages): Block[] {
  const who = USER_ID.test(input.userId) ? `<@${input.userId}>` : m.t('slack.report.someone');
  const head = m.t('slack.report.header', { who });
  const typed = input.text?.trim();
  const quoted = typed
    ? `\n${fitLines(
        escapeMrkdwn(typed, { from: 'person' })
          .split('\n')
          .map((l) => `>${l}`),
        { maxChars: BLOCK_LIMITS.sectionText - head.length - 1, maxLines: 20, more: (count) => `>${m.t('slack.report.more_lines', { count })}` },
      )}`
    : '';
  return [{ type: 'section', block_id: REPORT_BLOCK_ID, text: { type: 'mrkdwn', text: `${head}${quoted}` } }];
}
