import { escapeMrkdwn } from './escape-mrkdwn.ts';

/**
 * A mrkdwn link `<url|label>` when `url` is a plain http(s) URL, else the escaped label alone.
 * The label is escaped as text from outside (it may be a status page's incident name).
 */
export function safeLink(url: string | undefined, label: string): string {
  const text = escapeMrkdwn(label, { from: 'person' }).replace(/\|/g, '¦');
  if (!url) return text;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return text;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return text;
  // URL serialisation percent-encodes spaces, quotes and angle brackets; "|" must go too.
  const href = parsed.href.replace(/\|/g, '%7C').replace(/&/g, '&amp;');
  if (/[<>\s]/.test(href)) return text;
  return `<${href}|${text}>`;
}
