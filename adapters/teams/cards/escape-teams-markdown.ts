import { cleanText } from './clean-text.ts';

/** U+200B ZERO WIDTH SPACE: breaks the adjacency a markdown construct needs, shows nothing. */
const ZWSP = '\u200B';

/**
 * Look-alikes for the emphasis, strike and code markers. Neither a backslash nor an entity is a
 * safe escape in Teams: Teams mobile has shown backslashes literally (MicrosoftDocs/msteams-docs
 * #5793) and the Adaptive Cards shared parser used by the mobile renderers escapes `&` itself, so
 * `&#42;` would show as typed. A zero-width space does not stop `*` either, since CommonMark treats
 * it as a letter and `*` emphasises inside words. A look-alike is inert in every parser.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '*': '\u2217', // ∗ ASTERISK OPERATOR
  '~': '\u223C', // ∼ TILDE OPERATOR
  '`': '\u02CB', // ˋ MODIFIER LETTER GRAVE ACCENT
  _: '\uFF3F', // ＿ FULLWIDTH LOW LINE
};

/** U+2024 ONE DOT LEADER: a dot no link detector reads as one, so `evil.example` is no domain. */
const DOT_LEADER = '\u2024';

const WORD = /[\p{L}\p{N}]/u;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
/**
 * A line starting with one of these (or with indentation) could become a heading (`#`, setext
 * `=`/`-`), a quote (`>`), a list (`-`, `+`, `1.`, `1)`), a thematic break, a table row (`|`, `:`)
 * or an indented code block; a zero-width space in front makes it an ordinary paragraph line.
 */
const RISKY_LINE_START = /^[ #>+\-=|:0-9]/;

/**
 * Escapes text for Teams' markdown (Adaptive Card TextBlock and Fact, and message text) so that
 * it shows as typed and nothing in it becomes formatting, a link, a heading, a list, a quote, HTML,
 * an entity or a DATE()/TIME() function.
 *
 * - `*`, `~`, `` ` `` and `_` become look-alikes (see LOOKALIKES); `_` inside a word
 *   (`req_abc123`) cannot format and stays, so identifiers stay copyable.
 * - `]` is followed by a zero-width space, so no `[text](url)`, `[text][ref]`, `[ref]: url` or
 *   `![image](src)` can form; `<` likewise (no autolink, no HTML tag, no `<at>` mention), `&`
 *   before a name or `#` (no entity), `\` before punctuation or at a line end (it cannot escape
 *   what follows), `{{` (no DATE() function), and `[`/`)` before `-`, `+` or a digit (the
 *   Adaptive Cards shared parser starts lists there).
 * - A line that starts with indentation or a block marker gets a zero-width space in front.
 * - `from: 'person'` (anything a person typed, and names from outside): bare URLs are broken too
 *   (`https:` + zero-width space + `//`, and a dot inside a token becomes U+2024), so
 *   a reporter's or a desk member's text never becomes a link. `from: 'bot'` keeps the bot's own
 *   URLs (status page, help links) clickable.
 *
 * Line ends are normalised to `\n`, tabs become spaces, and control and bidi-override characters
 * are dropped (they have no place in a card and would cost six bytes each as JSON).
 */
export function escapeTeamsMarkdown(text: string, options: { from: 'bot' | 'person' }): string {
  const person = options.from === 'person';
  // A tab would indent like spaces do; one space keeps the words apart.
  const normalised = cleanText(text).replace(/\t/g, ' ');
  return normalised
    .split('\n')
    .map((line) => escapeLine(line, person))
    .join('\n');
}

function escapeLine(line: string, person: boolean): string {
  let out = RISKY_LINE_START.test(line) ? ZWSP : '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    const prev = line[i - 1] ?? '';
    const next = line[i + 1] ?? '';
    switch (c) {
      case '*':
      case '~':
      case '`':
        out += LOOKALIKES[c]!;
        break;
      case '_':
        out += WORD.test(prev) && WORD.test(next) ? c : LOOKALIKES[c]!;
        break;
      case ']':
      case '<':
        out += c + ZWSP;
        break;
      case '[':
      case ')':
        out += /[-+0-9]/.test(next) ? c + ZWSP : c;
        break;
      case '&':
        out += /[#A-Za-z]/.test(next) ? c + ZWSP : c;
        break;
      case '\\':
        out += next === '' || ASCII_PUNCT.test(next) ? c + ZWSP : c;
        break;
      case '{':
        out += next === '{' ? c + ZWSP : c;
        break;
      case ':':
        out += person && line.startsWith('//', i + 1) ? c + ZWSP : c;
        break;
      case '.':
        // Link detectors take nearly any character for a label (symbols too), so every dot
        // inside a token goes, not only those between letters; a sentence's full stop stays.
        out += person && next !== '' && next !== ' ' ? DOT_LEADER : c;
        break;
      default:
        out += c;
    }
  }
  return out;
}
