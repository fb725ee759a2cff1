import { linkTarget } from '../shared/link-target.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';

/**
 * A mrkdwn link `<url|label>` when `url` is a safe link target (linkTarget: https, no
 * credentials), else the escaped label alone.
 * The label is escaped as text from outside (it may be a status page's incident name).
 */
export function safeLink(url: string | undefined, label: string): string {
  const text = escapeMrkdwn(label, { from: 'person' }).replace(/\|/g, '¦');
  const parsed = linkTarget(url);
  if (!parsed) return text;
  // URL serialisation percent-encodes spaces, quotes and angle brackets; "|" must go too.
  const href = parsed.href.replace(/\|/g, '%7C').replace(/&/g, '&amp;');
  if (/[<>\s]/.test(href)) return text;
  return `<${href}|${text}>`;
}
