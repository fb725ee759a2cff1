const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Text that came from a chat platform, made safe to keep: every lone UTF-16 surrogate becomes
 * U+FFFD (what `String.prototype.toWellFormed` does) and control characters other than line
 * breaks and tabs are dropped. Chat adapters clean rather than refuse (see textProblem): the
 * platform authenticated the sender, and a person cannot see, let alone fix, such a character.
 */
export function cleanText(value: string): string {
  return value.replace(LONE_SURROGATES, '\uFFFD').replace(CONTROLS, '');
}

/** cleanText on every string inside plain objects and arrays (a chat payload); other values as they are. */
export function cleanTextDeep(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanTextDeep);
  if (typeof value === 'object' && value !== null && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[cleanText(key)] = cleanTextDeep(inner);
    return out;
  }
  return value;
}
