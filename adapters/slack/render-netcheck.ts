import type { Turn } from '../../src/desk/desk.port.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import { netcheckLines } from '../shared/netcheck-lines.ts';
import { offersNetworkCheck } from '../shared/offers-network-check.ts';
import { ACTION_IDS } from './action-ids.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitText } from './fit-text.ts';
import type { Block } from './slack-message.ts';

/** block_id of the "Check my network" link button. */
export const NETCHECK_BLOCK_ID = 'c500.netcheck';

/**
 * "Check my network" in a turn: the result of the last check from the person's browser (when
 * there is one: the blocked domains first), and where the check helps (network and browser
 * verdicts, the network questions) a link button to the page that runs it. `link` is the
 * conversation's signed address, absent when the bot has no PUBLIC_URL or SESSION_SECRET.
 */
export function renderNetcheck(turn: Pick<Turn, 'details' | 'verdict' | 'next'>, link: string | undefined, m: Messages): Block[] {
  const blocks: Block[] = [];
  const check = turn.details.networkCheck;
  if (check) {
    const lines = netcheckLines(check, m).map((line) => escapeMrkdwn(line, { from: 'bot' }));
    if (check.blocked.length && turn.verdict?.itNote) lines.push(escapeMrkdwn(m.t('netcheck.chat.it_note'), { from: 'bot' }));
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: fitText(`*${m.t('netcheck.chat.heading')}*\n${lines.join('\n')}`, BLOCK_LIMITS.sectionText) } });
  }
  if (link && offersNetworkCheck(turn)) {
    blocks.push({
      type: 'actions',
      block_id: NETCHECK_BLOCK_ID,
      elements: [{ type: 'button', action_id: ACTION_IDS.netcheck, text: { type: 'plain_text', text: m.t(check ? 'netcheck.chat.button_again' : 'netcheck.chat.button'), emoji: true }, url: link }],
    });
    if (!check) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(m.t('netcheck.chat.hint'), { from: 'bot' }) }] });
  }
  return blocks;
}
