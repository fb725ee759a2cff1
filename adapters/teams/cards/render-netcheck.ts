import type { Turn } from '../../../src/desk/desk.port.ts';
import type { Messages } from '../../../src/messages/messages-for.ts';
import { netcheckLines } from '../../shared/netcheck-lines.ts';
import { offersNetworkCheck } from '../../shared/offers-network-check.ts';
import type { CardElement } from './adaptive-card.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { textBlock } from './text-block.ts';

/** id of the "Check my network" Action.OpenUrl. */
export const NETCHECK_ACTION_ID = 'c500.netcheck';

/**
 * "Check my network" on a turn's card, as on Slack: the result of the last check from the
 * person's browser (when there is one, the blocked domains first), and where the check helps a
 * button (Action.OpenUrl) to the page that runs it. `link`: the conversation's signed address,
 * absent when the bot has no PUBLIC_URL or SESSION_SECRET.
 */
export function renderNetcheck(turn: Pick<Turn, 'details' | 'verdict' | 'next'>, link: string | undefined, m: Messages): CardElement[] {
  const items: CardElement[] = [];
  const bot = (text: string) => escapeTeamsMarkdown(text, { from: 'bot' });
  const check = turn.details.networkCheck;
  if (check) {
    items.push(textBlock(`**${bot(m.t('netcheck.chat.heading'))}**`, { spacing: 'Medium', separator: true }));
    for (const line of netcheckLines(check, m)) items.push(textBlock(bot(line), { spacing: 'Small' }));
    if (check.blocked.length && turn.verdict?.itNote) items.push(textBlock(bot(m.t('netcheck.chat.it_note')), { spacing: 'Small', isSubtle: true }));
  }
  if (link && offersNetworkCheck(turn)) {
    if (!check) items.push(textBlock(bot(m.t('netcheck.chat.hint')), { spacing: 'Medium', isSubtle: true, separator: true }));
    items.push({ type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', id: NETCHECK_ACTION_ID, title: m.t(check ? 'netcheck.chat.button_again' : 'netcheck.chat.button'), url: link }] });
  }
  return items;
}
