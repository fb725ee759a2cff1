import type { Locale } from '../../../src/messages/locale.ts';
import { messagesFor } from '../../../src/messages/messages-for.ts';
import { CARD_LIMITS } from './card-limits.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitText } from './fit-text.ts';
import { newCard } from './new-card.ts';
import type { TeamsMessage } from './teams-message.ts';
import { textBlock } from './text-block.ts';

/**
 * What a card becomes once its Change was pressed (the invoke's answer): how the reply had been
 * read, and that it is being asked again, with no actions, so neither its answers nor the turn
 * built on the misreading can be pressed any more. The question comes again in a new message.
 */
export function renderChangedCard(input: { understood: string; locale: Locale }): TeamsMessage {
  const changed = messagesFor(input.locale).t('reading.changed');
  const understood = fitText(input.understood.replace(/\s+/g, ' ').trim(), CARD_LIMITS.paragraph);
  const text = `↩️ ${changed}`;
  return {
    text,
    card: newCard([...(understood ? [textBlock(escapeTeamsMarkdown(understood, { from: 'bot' }), { isSubtle: true })] : []), textBlock(text)], { fallbackText: text }),
  };
}
