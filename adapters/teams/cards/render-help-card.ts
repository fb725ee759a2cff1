import type { Messages } from '../../../src/messages/messages-for.ts';
import { bold } from './bold.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitCard } from './fit-card.ts';
import { fitText } from './fit-text.ts';
import { newCard } from './new-card.ts';
import type { TeamsMessage } from './teams-message.ts';
import { textBlock } from './text-block.ts';

/**
 * The answer to "help" in Teams, with the content of Slack's "/chatgpt-500 help": in Teams a
 * person types the command words to the bot (in a channel, after @mentioning it) or just says
 * what happens. `command` is the bot's command word, e.g. "chatgpt-500".
 */
export function renderHelpCard(command: string, m: Messages): TeamsMessage {
  const c = escapeTeamsMarkdown(fitText(command.replace(/\s+/g, ' ').trim(), 60), { from: 'bot' });
  const text = m.t('teams.help.fallback', { command: c });
  return fitCard(() => ({
    text,
    card: newCard(
      [
        textBlock(m.t('teams.help.title'), { size: 'Medium' }),
        textBlock(m.t('teams.help.report', { command: bold(c), word: c })),
        textBlock(m.t('teams.help.status')),
        textBlock(m.t('teams.help.incidents')),
        textBlock(m.t('reportForm.help_chat')),
        textBlock(m.t('teams.help.help')),
        textBlock(m.t('teams.help.notify'), { isSubtle: true }),
      ],
      { fallbackText: text },
    ),
  }), m);
}
