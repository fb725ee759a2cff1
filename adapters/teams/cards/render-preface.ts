import type { Messages } from '../../../src/messages/messages-for.ts';
import { moreLine } from '../../shared/more-line.ts';
import type { CardElement } from './adaptive-card.ts';
import { CARD_LIMITS } from './card-limits.ts';
import { capList } from './cap-list.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitText } from './fit-text.ts';
import { scaled } from './scaled.ts';
import { textBlock } from './text-block.ts';

/**
 * The lines the desk puts above a question or verdict (crowd, status incident, desk notices),
 * most important first, in a shaded container. They carry status-page names and desk updates, so
 * they are escaped as text from people; past the cap, "…and N more".
 */
export function renderPreface(lines: readonly string[], m: Messages, scale = 1): CardElement[] {
  if (lines.length === 0) return [];
  const { shown, more } = capList(lines, scaled(10, scale, 1), moreLine(m));
  const maxChars = scaled(CARD_LIMITS.paragraph, scale, 200);
  const items = shown.map((line) => textBlock(escapeTeamsMarkdown(fitText(line, maxChars), { from: 'person' }).replace(/\n+/g, ' ')));
  if (more) items.push(textBlock(more, { isSubtle: true }));
  return [{ type: 'Container', style: 'emphasis', items }];
}
