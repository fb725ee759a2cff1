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
export function renderHelpCard(command: string): TeamsMessage {
  const c = escapeTeamsMarkdown(fitText(command.replace(/\s+/g, ' ').trim(), 60), { from: 'bot' });
  const text = `How to use ${c}`;
  return fitCard(() => ({
    text,
    card: newCard(
      [
        textBlock('**ChatGPT not working? I find out which kind of failure it is and what to do about it.**', { size: 'Medium' }),
        textBlock(
          `• ${bold(c)} and what happens, or just what happens: report a problem, e.g. "${c} chatgpt.com shows error 500 on office wifi". I ask a few questions right here (in a channel: in the replies to your message); answer with the buttons or in your own words.`,
        ),
        textBlock("• **status**: OpenAI's live status, as the bot sees it."),
        textBlock('• **incidents**: the incidents the helpdesk is tracking right now.'),
        textBlock('• **help**: this message.'),
        textBlock('In a channel, @mention me first. When many people report the same thing, the helpdesk sees it as one incident; ask to be notified and I will tell you here when it is fixed.', { isSubtle: true }),
      ],
      { fallbackText: text },
    ),
  }));
}
