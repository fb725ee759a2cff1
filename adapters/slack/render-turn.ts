import type { Turn } from '../../src/desk/desk.port.ts';
import { callsForReport } from '../../src/evidence/report/report-branches.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { capBlocks } from './cap-blocks.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitText } from './fit-text.ts';
import { renderNetcheck } from './render-netcheck.ts';
import { renderPreface } from './render-preface.ts';
import { renderQuestion } from './render-question.ts';
import { renderUnderstood } from './render-understood.ts';
import { renderVerdict } from './render-verdict.ts';
import type { Block, SlackMessage } from './slack-message.ts';

/**
 * One desk turn as a message: the preface, then the next question (with buttons) or the verdict.
 * `userId` is the reporter's Slack user id, carried in the buttons. `header`: blocks on top (the
 * report header when the first turn is the conversation's root message), kept within the limit.
 * `netcheckLink`: the conversation's "Check my network" address (renderNetcheck), when there is one.
 * Every text is in the turn's language (`turn.locale`).
 */
export function renderTurn(turn: Turn, ctx: { userId: string; header?: readonly Block[]; netcheckLink?: string }): SlackMessage {
  const m = messagesFor(turn.locale);
  const top = [...(ctx.header ?? []), ...renderPreface(turn.preface, m), ...renderUnderstood(turn, ctx)];
  const netcheck = renderNetcheck(turn, ctx.netcheckLink, m);
  const room = BLOCK_LIMITS.messageBlocks - top.length - netcheck.length;
  if (turn.verdict) {
    const offerNotify = turn.offerNotify || turn.verdict.offerNotify === true;
    const offerReport = callsForReport(turn.verdict.branch);
    const blocks = renderVerdict(turn.verdict, { conversationId: turn.conversationId, userId: ctx.userId, offerNotify, subscribed: turn.subscribed, offerReport, m });
    return { text: fallback(turn.verdict.headline), blocks: capBlocks([...top, ...blocks, ...netcheck], BLOCK_LIMITS.messageBlocks, m) };
  }
  if (turn.next) {
    const question = !turn.understood && !turn.next.askedAgain ? { ...turn.next, askedAgain: 'unclear' as const } : turn.next;
    const blocks = renderQuestion(question, { conversationId: turn.conversationId, userId: ctx.userId, maxBlocks: room, m });
    return { text: fallback(question.text), blocks: capBlocks([...top, ...blocks, ...netcheck], BLOCK_LIMITS.messageBlocks, m) };
  }
  // The desk promises exactly one of next and verdict; say something useful rather than nothing.
  return { text: m.t('chat.noted'), blocks: [...top, { type: 'section', text: { type: 'mrkdwn', text: m.t('chat.noted') } }] };
}

function fallback(text: string): string {
  return fitText(escapeMrkdwn(text, { from: 'bot' }), BLOCK_LIMITS.fallbackText);
}
