import type { Messages } from '../../../src/messages/messages-for.ts';
import type { Question } from '../../../src/triage/types.ts';
import type { CardElement } from './adaptive-card.ts';
import { bold } from './bold.ts';
import { CARD_ACTIONS, type AnswerData } from './card-actions.ts';
import { CARD_LIMITS } from './card-limits.ts';
import { capList } from './cap-list.ts';
import { cleanText } from './clean-text.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitText } from './fit-text.ts';
import { paragraphs } from './paragraphs.ts';
import { scaled } from './scaled.ts';
import { textBlock } from './text-block.ts';

export interface QuestionContext {
  conversationId: string;
  /** The reporter's Teams user id, carried in the buttons: only they may answer. */
  userId: string;
  /** See scaled.ts; 1 unless fitCard is shrinking the card. */
  scale?: number;
  /** The turn's language. */
  m: Messages;
}

/**
 * A question as card elements: the unclear-reply note when it is asked again for that reason, the
 * question, "How do I test this?" (a toggle showing the help; already open when the person said
 * they had not tried the test), one full-width button per choice (stacked, so long labels stay
 * readable) and a reminder that a reply in their own words works too.
 */
export function renderQuestion(question: Question, ctx: QuestionContext): CardElement[] {
  const { m } = ctx;
  const scale = ctx.scale ?? 1;
  const body: CardElement[] = [];
  if (question.askedAgain === 'unclear') body.push(textBlock(m.t('chat.question.unclear'), { color: 'Warning' }));
  const text = fitText(question.text.replace(/\s+/g, ' ').trim(), scaled(CARD_LIMITS.paragraph, scale, 200));
  body.push(textBlock(bold(escapeTeamsMarkdown(text, { from: 'bot' })), { size: 'Medium' }));
  if (question.help) {
    const open = question.askedAgain === 'not_tried';
    body.push({ type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: m.t('chat.question.how_to_test'), targetElements: [CARD_ACTIONS.helpElementId] }] });
    const help = paragraphs(escapeTeamsMarkdown(fitText(question.help, scaled(CARD_LIMITS.paragraph, scale, 200)), { from: 'bot' }));
    body.push(textBlock(help, { id: CARD_ACTIONS.helpElementId, ...(open ? {} : { isVisible: false }) }));
  }
  // Choices are what the card is for: even the smallest card keeps a few.
  const { shown, hidden } = capList(question.choices, scaled(12, scale, 4));
  for (const choice of shown) {
    // The question rides along so the answered card can show it without another read.
    const data: AnswerData = { conversationId: ctx.conversationId, fact: question.fact, value: choice.value, user: ctx.userId, label: choice.label, question: fitText(question.text, 500) };
    body.push({
      type: 'ActionSet',
      actions: [{ type: 'Action.Execute', title: fitText(cleanText(choice.label).replace(/\s+/g, ' '), CARD_LIMITS.actionTitle), verb: CARD_ACTIONS.verbs.answer, data }],
    });
  }
  if (hidden > 0) body.push(textBlock(m.t('teams.question.more_answers', { count: hidden }), { isSubtle: true }));
  body.push(textBlock(m.t('teams.question.own_words'), { isSubtle: true, size: 'Small' }));
  return body;
}
