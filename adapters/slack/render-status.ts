import type { StatusSummary } from '../../src/desk/desk.port.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import { moreLine } from '../shared/more-line.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitLines } from './fit-lines.ts';
import { fitText } from './fit-text.ts';
import { safeLink } from './safe-link.ts';
import type { SlackMessage } from './slack-message.ts';

const STATUS_EMOJI: Readonly<Record<StatusSummary['status'], string>> = {
  chatgpt_incident: '🔴',
  other_product_incident: '🟡',
  operational: '🟢',
  unknown: '⚪',
};

/** The live status (ephemeral answer to "/chatgpt-500 status"): one line, then the incidents. */
export function renderStatus(summary: StatusSummary, m: Messages): SlackMessage {
  const line = `${STATUS_EMOJI[summary.status]} ${escapeMrkdwn(summary.line, { from: 'bot' })}`;
  const incidents = summary.incidents.map((i) => `• ${safeLink(i.url, i.name)}${i.chatgpt ? '' : ` _(${m.t('chat.status.not_chatgpt')})_`}`);
  const text = incidents.length > 0 ? `${line}\n${incidents.join('\n')}` : line;
  return {
    text: fitText(line, BLOCK_LIMITS.fallbackText),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: fitLines(text.split('\n'), { maxChars: BLOCK_LIMITS.sectionText, maxLines: 21, more: moreLine(m) }) } }],
  };
}
