import type { Turn } from '../../../src/desk/desk.port.ts';
import { messagesFor } from '../../../src/messages/messages-for.ts';
import type { CardElement } from './adaptive-card.ts';
import { CARD_ACTIONS, type ChangeData } from './card-actions.ts';
import { CARD_LIMITS } from './card-limits.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitText } from './fit-text.ts';
import { scaled } from './scaled.ts';
import { textBlock } from './text-block.ts';

/**
 * How the bot read a typed reply ("Got it: it fails in a private window too."), with a Change
 * button (Action.Execute) that takes those facts back and asks again: a misreading costs one
 * click. Nothing when the turn read nothing.
 */
export function renderUnderstood(turn: Turn, ctx: { userId: string; scale?: number }): CardElement[] {
  if (!turn.read) return [];
  const m = messagesFor(turn.locale);
  const text = fitText(turn.read.text, scaled(CARD_LIMITS.paragraph, ctx.scale ?? 1, 200));
  const data: ChangeData = { conversationId: turn.conversationId, facts: turn.read.facts.map((r) => ({ fact: r.fact, value: r.value })), user: ctx.userId, locale: turn.locale, text };
  return [
    textBlock(`✏️ ${escapeTeamsMarkdown(text, { from: 'bot' })}`),
    { type: 'ActionSet', actions: [{ type: 'Action.Execute', title: fitText(m.t('reading.change'), CARD_LIMITS.actionTitle), verb: CARD_ACTIONS.verbs.change, data }] },
  ];
}
