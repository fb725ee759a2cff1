import type { StatusSummary } from '../../../src/desk/desk.port.ts';
import type { Messages } from '../../../src/messages/messages-for.ts';
import { moreLine } from '../../shared/more-line.ts';
import { CARD_LIMITS } from './card-limits.ts';
import { capList } from './cap-list.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitCard } from './fit-card.ts';
import { fitText } from './fit-text.ts';
import { newCard } from './new-card.ts';
import { safeLink } from './safe-link.ts';
import { scaled } from './scaled.ts';
import { STATUS_EMOJI } from './status-emoji.ts';
import type { TeamsMessage } from './teams-message.ts';
import { textBlock } from './text-block.ts';

/**
 * The answer to "status", as Slack's: one line (status never shown as operational when it could
 * not be read: the line says so), then the ongoing incidents as https links, ChatGPT's first as
 * the desk sorts them, others marked "not ChatGPT".
 */
export function renderStatusCard(status: StatusSummary, m: Messages): TeamsMessage {
  const line = `${STATUS_EMOJI[status.status]} ${escapeTeamsMarkdown(fitText(status.line.replace(/\s+/g, ' ').trim(), CARD_LIMITS.paragraph), { from: 'bot' })}`;
  const text = `${STATUS_EMOJI[status.status]} ${escapeTeamsMarkdown(fitText(status.line.replace(/\s+/g, ' ').trim(), CARD_LIMITS.fallbackText), { from: 'bot' })}`;
  return fitCard((scale) => {
    const { shown, more } = capList(status.incidents, scaled(20, scale, 1), moreLine(m));
    const items = shown.map((i) => textBlock(`• ${safeLink(i.url, fitText(i.name, scaled(CARD_LIMITS.line, scale, 80)))}${i.chatgpt ? '' : ` _(${m.t('chat.status.not_chatgpt')})_`}`, { spacing: 'None' }));
    if (more) items.push(textBlock(more, { isSubtle: true }));
    return { text, card: newCard([textBlock(line, { weight: 'Bolder' }), ...items], { fallbackText: text }) };
  }, m);
}
