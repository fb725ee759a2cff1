import { fitText } from './fit-text.ts';

export interface FitLinesOptions {
  /** Total characters of the joined result, the "and N more" line included. */
  maxChars: number;
  /** At most this many lines are shown. */
  maxLines?: number;
  /** The last line when some are left out; default "…and N more". */
  more?: (hidden: number) => string;
}

/**
 * Joins lines with newlines, keeping as many whole lines as fit in `maxChars` (and `maxLines`),
 * and ends with "…and N more" when some are left out. A single line longer than the limit is cut
 * with fitText.
 */
export function fitLines(lines: readonly string[], options: FitLinesOptions): string {
  const more = options.more ?? ((n: number) => `…and ${n} more`);
  const maxLines = options.maxLines ?? Number.POSITIVE_INFINITY;
  const all = lines.join('\n');
  if (lines.length <= maxLines && all.length <= options.maxChars) return all;
  const kept: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length && kept.length < maxLines; i++) {
    const hidden = lines.length - i - 1;
    const tail = hidden > 0 ? more(hidden).length + 1 : 0;
    const line = lines[i]!;
    const cost = (kept.length > 0 ? 1 : 0) + line.length;
    if (used + cost + tail <= options.maxChars) {
      kept.push(line);
      used += cost;
      continue;
    }
    if (kept.length === 0) {
      // Not even the first line fits whole: cut it, leaving room for the "more" line.
      const room = options.maxChars - (lines.length > 1 ? more(lines.length - 1).length + 1 : 0);
      kept.push(fitText(line, Math.max(room, 0)));
      used = kept[0]!.length;
      continue;
    }
    break;
  }
  const hidden = lines.length - kept.length;
  if (hidden > 0) kept.push(more(hidden));
  return fitText(kept.join('\n'), options.maxChars);
}
