import type { Turn } from '../../src/desk/desk.port.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { ACTION_IDS } from './action-ids.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { changeValue } from './change-value.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitText } from './fit-text.ts';
import type { Block } from './slack-message.ts';

/** block_id of the "Got it: …" line (its button is swapped for a note once pressed). */
export const UNDERSTOOD_BLOCK_ID = 'c500.read';

/**
 * How the bot read a typed reply ("Got it: it fails in a private window too."), with a Change
 * button that takes those facts back and asks again: a misreading costs one click. Nothing when
 * the turn read nothing.
 */
export function renderUnderstood(turn: Turn, ctx: { userId: string }): Block[] {
  if (!turn.read) return [];
  const m = messagesFor(turn.locale);
  return [
    {
      type: 'section',
      block_id: UNDERSTOOD_BLOCK_ID,
      text: { type: 'mrkdwn', text: fitText(`✏️ ${escapeMrkdwn(turn.read.text, { from: 'bot' })}`, BLOCK_LIMITS.sectionText) },
      accessory: {
        type: 'button',
        action_id: ACTION_IDS.change,
        text: { type: 'plain_text', text: fitText(m.t('reading.change'), BLOCK_LIMITS.buttonText), emoji: true },
        value: changeValue.encode({ conversationId: turn.conversationId, facts: turn.read.facts, userId: ctx.userId, locale: turn.locale }),
      },
    },
  ];
}
