import type { Messages } from '../../../src/messages/messages-for.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { newCard } from './new-card.ts';
import { NETCHECK_ACTION_ID } from './render-netcheck.ts';
import type { TeamsMessage } from './teams-message.ts';
import { textBlock } from './text-block.ts';

/** "Check my network" on request: what the page does, and the button (Action.OpenUrl) to the conversation's signed link. */
export function renderNetcheckCard(url: string, m: Messages): TeamsMessage {
  const text = escapeTeamsMarkdown(m.t('netcheck.chat.button'), { from: 'bot' });
  return {
    text,
    card: newCard([textBlock(escapeTeamsMarkdown(m.t('netcheck.chat.hint'), { from: 'bot' }))], {
      actions: [{ type: 'Action.OpenUrl', id: NETCHECK_ACTION_ID, title: m.t('netcheck.chat.button'), url }],
      fallbackText: text,
    }),
  };
}
