import type { Messages } from '../../../src/messages/messages-for.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitText } from './fit-text.ts';
import { monospaceBlock } from './monospace-block.ts';
import { newCard } from './new-card.ts';
import type { TeamsMessage } from './teams-message.ts';
import { textBlock } from './text-block.ts';

/** A report is its fields' limits and labels: a long error payload and description fit within this. */
const MAX_CHARS = 12_000;

/**
 * The finished support report in the chat: a line saying what it is, then the report as one
 * monospace block (shown and copied exactly as written: the four evidence labels marked done or
 * missing).
 */
export function renderReportCard(text: string, m: Messages): TeamsMessage {
  const heading = escapeTeamsMarkdown(m.t('reportForm.posted'), { from: 'bot' });
  return { text: heading, card: newCard([textBlock(`**${heading}**`), monospaceBlock(fitText(text.trimEnd(), MAX_CHARS))], { fallbackText: heading }) };
}
