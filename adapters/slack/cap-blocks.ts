import type { Messages } from '../../src/messages/messages-for.ts';
import type { Block } from './slack-message.ts';

/**
 * Keeps a message within `max` blocks. Renderers stay within the limit by construction; this is
 * the safety net: it keeps the first blocks and a trailing actions block (the buttons matter
 * most), and says how many blocks were left out (in the message's language, `m`).
 */
export function capBlocks(blocks: readonly Block[], max: number, m: Messages): Block[] {
  if (blocks.length <= max) return [...blocks];
  const last = blocks[blocks.length - 1]!;
  const keepLast = last.type === 'actions';
  const room = max - 1 - (keepLast ? 1 : 0);
  const kept = blocks.slice(0, room);
  const hidden = blocks.length - room - (keepLast ? 1 : 0);
  const note: Block = { type: 'context', elements: [{ type: 'mrkdwn', text: m.t('chat.more_not_shown', { count: hidden }) }] };
  return keepLast ? [...kept, note, last] : [...kept, note];
}
