/** U+200B ZERO WIDTH SPACE: breaks a formatting marker's adjacency without showing anything. */
const ZWSP = '\u200B';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

const WORD = /[\p{L}\p{N}]/u;

/**
 * Escapes text for a Slack mrkdwn field.
 *
 * - Always: `&`, `<` and `>` become entities, so nothing can open a link, a user or channel
 *   mention or a special mention such as `<!channel>` (Slack's only required escapes).
 * - `from: 'person'` (anything a person typed, and text from outside such as status page names):
 *   formatting markers (`*`, `_`, `~`, `` ` ``) that could open or close formatting are fenced with
 *   zero-width spaces, and a line starting with `>` (a quote) is broken the same way. A marker
 *   inside a word (`req_abc123`) cannot format in Slack and is left alone, so identifiers stay
 *   copyable.
 * - `from: 'bot'` (the bot's own texts, which may use formatting on purpose): entities only.
 */
export function escapeMrkdwn(text: string, options: { from: 'bot' | 'person' }): string {
  const escaped = text.replace(/[&<>]/g, (c) => ENTITIES[c]!);
  if (options.from === 'bot') return escaped;
  let out = '';
  for (let i = 0; i < escaped.length; i++) {
    const c = escaped[i]!;
    if (c === '*' || c === '_' || c === '~' || c === '`') {
      const before = escaped[i - 1] ?? '';
      const after = escaped[i + 1] ?? '';
      const insideWord = WORD.test(before) && WORD.test(after);
      out += insideWord ? c : `${ZWSP}${c}${ZWSP}`;
    } else {
      out += c;
    }
  }
  // A quote is "&gt;" at the start of a line once escaped.
  return out.replace(/(^|\n)&gt;/g, `$1${ZWSP}&gt;`);
}
