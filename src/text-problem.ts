/**
 * Checks for text that comes from outside (request bodies, headers, chat messages) before it
 * reaches the desk or the store. Two problems are refused:
 *
 * - a lone UTF-16 surrogate (`"\ud800"` in JSON parses to one): not Unicode text, and Redis's Lua
 *   JSON decoder (cjson) rejects it, so a stored one would poison every later read;
 * - control characters: C0 (U+0000-U+001F), DEL and C1 (U+007F-U+009F). Free text (a reply, an
 *   update) may hold line breaks and tabs (\n, \r, \t); one-line fields (a site, a name, an id,
 *   `by`) none at all.
 */
export type TextKind = 'line' | 'free';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const LINE_CONTROLS = /[\u0000-\u001F\u007F-\u009F]/;
/** Control characters free text may not hold: all but line breaks and tabs (cleanText drops the same). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const FREE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** What is wrong with `value` as text of this kind ("must be …", for a message naming the field), or null. */
export function textProblem(value: string, kind: TextKind): string | null {
  if (!value.isWellFormed()) return 'must be well-formed Unicode text (it holds a lone UTF-16 surrogate)';
  if ((kind === 'line' ? LINE_CONTROLS : FREE_CONTROLS).test(value)) {
    return kind === 'line' ? 'must not contain control characters (line breaks and tabs included)' : 'must not contain control characters (only line breaks and tabs)';
  }
  return null;
}
