import type { Turn } from '../../../src/desk/desk.port.ts';
import { callsForReport } from '../../../src/evidence/report/report-branches.ts';
import { messagesFor } from '../../../src/messages/messages-for.ts';
import { CARD_LIMITS } from './card-limits.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitCard } from './fit-card.ts';
import { fitText } from './fit-text.ts';
import { newCard } from './new-card.ts';
import { renderNetcheck } from './render-netcheck.ts';
import { renderPreface } from './render-preface.ts';
import { renderQuestion } from './render-question.ts';
import { renderUnderstood } from './render-understood.ts';
import { renderVerdict } from './render-verdict.ts';
import type { TeamsMessage } from './teams-message.ts';
import { textBlock } from './text-block.ts';

/** The notification preview: the question or the headline, short and escaped. */
function fallback(text: string): string {
  return escapeTeamsMarkdown(fitText(text.replace(/\s+/g, ' ').trim(), CARD_LIMITS.fallbackText), { from: 'bot' });
}

/**
 * One desk turn as a Teams message: the preface, then the next question (with its buttons) or
 * the verdict, as the Slack turn. `userId` is the reporter's Teams user id, carried in the
 * buttons. A free-text reply that was not understood shows the question again with the
 * unclear-reply note; a subscribed reporter's verdict says they will be told here instead of
 * offering the Notify button again. Every text is in the turn's language (`turn.locale`).
 * `netcheckLink`: the conversation's "Check my network" address (renderNetcheck), when there is one.
 */
export function renderTurnCard(turn: Turn, ctx: { userId: string; netcheckLink?: string }): TeamsMessage {
  const m = messagesFor(turn.locale);
  const netcheck = renderNetcheck(turn, ctx.netcheckLink, m);
  return fitCard((scale) => {
    const preface = [...renderPreface(turn.preface, m, scale), ...renderUnderstood(turn, { userId: ctx.userId, scale })];
    if (turn.verdict) {
      const offerNotify = turn.offerNotify || turn.verdict.offerNotify === true;
      const offerReport = callsForReport(turn.verdict.branch);
      const { body, actions } = renderVerdict(turn.verdict, { conversationId: turn.conversationId, userId: ctx.userId, offerNotify, subscribed: turn.subscribed, offerReport, scale, m });
      const text = fallback(turn.verdict.headline);
      return { text, card: newCard([...preface, ...body, ...netcheck], { actions, fallbackText: text }) };
    }
    if (turn.next) {
      const question = !turn.understood && !turn.next.askedAgain ? { ...turn.next, askedAgain: 'unclear' as const } : turn.next;
      const text = fallback(question.text);
      return { text, card: newCard([...preface, ...renderQuestion(question, { conversationId: turn.conversationId, userId: ctx.userId, scale, m }), ...netcheck], { fallbackText: text }) };
    }
    // The desk promises exactly one of next and verdict; say something useful rather than nothing.
    const noted = m.t('chat.noted');
    return { text: noted, card: newCard([...preface, textBlock(noted)], { fallbackText: noted }) };
  }, m);
}
