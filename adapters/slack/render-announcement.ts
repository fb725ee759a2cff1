import type { Announcement } from '../../src/announce/announcement-content.ts';
import { ACTION_IDS } from './action-ids.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitText } from './fit-text.ts';
import type { Block, SlackMessage } from './slack-message.ts';

/** Block id of the announcement's buttons. */
export const ANNOUNCE_ACTIONS_BLOCK = 'c500_announce_actions';

const plain = (text: string) => fitText(text, 75);

/**
 * The outage announcement in the announcement channel: the title, what is down, that the desk
 * knows, what to do meanwhile and that there is no need to report it, with "I'm affected too"
 * and "It's something else" (value: the incident id); once resolved, that it is fixed and only
 * "It's something else".
 */
export function renderAnnouncement(a: Announcement): SlackMessage {
  const body = a.lines.map((line) => escapeMrkdwn(line, { from: 'bot' })).join('\n\n');
  const buttons = [
    ...(a.buttons.affected
      ? [{ type: 'button' as const, action_id: ACTION_IDS.announceAffected, style: 'primary' as const, text: { type: 'plain_text' as const, text: plain(a.buttons.affected) }, value: a.incidentId }]
      : []),
    { type: 'button' as const, action_id: ACTION_IDS.announceElse, text: { type: 'plain_text' as const, text: plain(a.buttons.somethingElse) }, value: a.incidentId },
  ];
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: fitText(a.title, 150) } },
    { type: 'section', text: { type: 'mrkdwn', text: fitText(body, BLOCK_LIMITS.sectionText) } },
    { type: 'actions', block_id: ANNOUNCE_ACTIONS_BLOCK, elements: buttons },
  ];
  return { text: fitText(escapeMrkdwn(a.fallback, { from: 'bot' }), BLOCK_LIMITS.fallbackText), blocks };
}
