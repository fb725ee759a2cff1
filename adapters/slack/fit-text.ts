const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `max` characters (UTF-16 units, as Slack counts), ending with "…" when
 * cut. Never splits a surrogate pair, an HTML entity (`&amp;`) or a zero-width fence, so escaped
 * text stays escaped.
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, max - ELLIPSIS.length);
  const lastAmp = cut.lastIndexOf('&');
  if (lastAmp !== -1 && !cut.slice(lastAmp).includes(';') && /^&[a-z]{0,4}$/.test(cut.slice(lastAmp))) cut = cut.slice(0, lastAmp);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}${ELLIPSIS}`;
}
