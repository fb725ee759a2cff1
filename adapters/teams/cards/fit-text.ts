const ELLIPSIS = '…';

/**
 * Cuts raw text to at most `max` UTF-16 units, ending with "…" when cut, never inside a
 * surrogate pair. Renderers cut before escaping, so a cut can never split an escape apart.
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  let cut = text.slice(0, max - ELLIPSIS.length);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}${ELLIPSIS}`;
}
