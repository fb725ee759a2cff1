import { linkTarget } from '../../shared/link-target.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';

/** Characters a markdown parser could read inside a link destination (and the end of it). */
const DESTINATION_UNSAFE = /[()<>[\]\\`*_~{}|"' ]/g;

/**
 * A markdown link `[label](url)` when `url` is a safe link target (linkTarget: https, no
 * credentials), else the escaped label alone. The label is
 * escaped as text from outside, with brackets and parentheses turned into full-width parentheses:
 * a `]` would close the link text early, and the Adaptive Cards shared parser (mobile) gives up on
 * a link whose text holds a `)`. The destination is percent-encoded where a parser could otherwise
 * stop or format.
 */
export function safeLink(url: string | undefined, label: string): string {
  const text = escapeTeamsMarkdown(label.replace(/[[(]/g, '\uFF08').replace(/[\])]/g, '\uFF09').replace(/\s+/g, ' ').trim(), { from: 'person' });
  const parsed = linkTarget(url);
  if (!parsed) return text;
  const href = parsed.href.replace(DESTINATION_UNSAFE, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${text || 'link'}](${href})`;
}
