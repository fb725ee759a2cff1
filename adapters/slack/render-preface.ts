import { moreLine } from '../shared/more-line.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitLines } from './fit-lines.ts';
import type { Block } from './slack-message.ts';

/**
 * The lines the desk puts above a question or verdict (crowd, status incident, "status could not
 * be read"), most important first, as one context block. They name incidents from the status
 * page, so links and mentions are escaped.
 */
export function renderPreface(lines: readonly string[], m: Messages): Block[] {
  if (lines.length === 0) return [];
  const text = fitLines(
    lines.map((l) => escapeMrkdwn(l, { from: 'bot' })),
    { maxChars: BLOCK_LIMITS.sectionText, maxLines: 10, more: moreLine(m) },
  );
  return [{ type: 'section', text: { type: 'mrkdwn', text } }];
}
