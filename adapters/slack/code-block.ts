import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitText } from './fit-text.ts';

const FENCE = '```';

/**
 * A mrkdwn code block of at most `maxChars` characters: `&`, `<`, `>` escaped (Slack decodes them
 * inside code too) and any "```" in the text broken so the block cannot be closed early.
 */
export function codeBlock(text: string, maxChars: number): string {
  const body = escapeMrkdwn(text, { from: 'bot' }).replace(/```/g, '`\u200B`\u200B`');
  return `${FENCE}${fitText(body, maxChars - 2 * FENCE.length)}${FENCE}`;
}
