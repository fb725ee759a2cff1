import { CARD_ACTIONS } from './card-actions.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitText } from './fit-text.ts';
import { paragraphs } from './paragraphs.ts';
import type { TeamsMessage } from './teams-message.ts';

/** A notice is the update's 3,000 characters, its prefix and the resolve wording: well within this. */
const MAX_CHARS = CARD_ACTIONS.updateMaxLength + 1000;

/**
 * A desk notice (resolve notice, desk update: noticeText's wording) as a plain text message, no
 * card. Teams reads a message's text as markdown too, so it is escaped as a person's text (the
 * update is a desk member's words; the resolve notice names places) and its lines kept apart.
 */
export function renderNoticeText(text: string): TeamsMessage {
  return { text: paragraphs(escapeTeamsMarkdown(fitText(text.trim(), MAX_CHARS), { from: 'person' })) };
}
