import type { Messages } from '../../../src/messages/messages-for.ts';
import { bold } from './bold.ts';
import { CARD_LIMITS } from './card-limits.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitCard } from './fit-card.ts';
import { fitText } from './fit-text.ts';
import { newCard } from './new-card.ts';
import { scaled } from './scaled.ts';
import type { TeamsMessage } from './teams-message.ts';
import { textBlock } from './text-block.ts';

/**
 * What an answered question card becomes (the invoke's answer, or updateActivity): the question
 * and the chosen answer, with no actions, so an old button cannot be pressed twice. The answer
 * label is escaped as a person's text (a free-text answer may be shown here too).
 */
export function renderAnsweredCard(input: { question: string; answerLabel: string; m: Messages }): TeamsMessage {
  const label = input.answerLabel.replace(/\s+/g, ' ').trim();
  const text = `✔️ ${escapeTeamsMarkdown(fitText(label, CARD_LIMITS.fallbackText), { from: 'person' })}`;
  return fitCard((scale) => {
    const question = fitText(input.question.replace(/\s+/g, ' ').trim(), scaled(CARD_LIMITS.paragraph, scale, 200));
    const answer = fitText(label, scaled(CARD_LIMITS.paragraph, scale, 200));
    return {
      text,
      card: newCard(
        [
          ...(question ? [textBlock(bold(escapeTeamsMarkdown(question, { from: 'bot' })), { size: 'Medium' })] : []),
          textBlock(`✔️ ${escapeTeamsMarkdown(answer, { from: 'person' })}`, { color: 'Good' }),
        ],
        { fallbackText: text },
      ),
    };
  }, input.m);
}
