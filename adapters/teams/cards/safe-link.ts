import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';

/** Characters a markdown parser could read inside a link destination (and the end of it). */
const DESTINATION_UNSAFE = /[()<>[\]\\`*_~{}|"' ]/g;

/**
 * A markdown link `[label](url)` when `url` is an https URL without credentials, else the escaped
 * label alone. Status-page links come from outside: `http:` (downgrade), `javascript:`/`data:`
 * and `https://status.openai.com@evil.example` (a user-info trick) are refused. The label is
 * escaped as text from outside, with brackets and parentheses turned into full-width parentheses:
 * a `]` would close the link text early, and the Adaptive Cards shared parser (mobile) gives up on
 * a link whose text holds a `)`. The destination is percent-encoded where a parser could otherwise
 * stop or format.
 */
export function safeLink(url: string | undefined, label: string): string {
  const text = escapeTeamsMarkdown(label.replace(/[[(]/g, '\uFF08').replace(/[\])]/g, '\uFF09').replace(/\s+/g, ' ').trim(), { from: 'person' });
  if (!url) return text;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return text;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return text;
  const href = parsed.href.replace(DESTINATION_UNSAFE, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${text || 'link'}](${href})`;
}
