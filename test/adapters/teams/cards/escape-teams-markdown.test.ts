import { describe, expect, it } from 'vitest';
import { escapeTeamsMarkdown } from '../../../../adapters/teams/cards/escape-teams-markdown.ts';
import { ZWSP } from './teams-card-kit.ts';

const person = (t: string) => escapeTeamsMarkdown(t, { from: 'person' });
const bot = (t: string) => escapeTeamsMarkdown(t, { from: 'bot' });

/** What a reader sees, as characters: fences removed and look-alikes mapped back. */
function visible(escaped: string): string {
  return escaped.replaceAll(ZWSP, '').replaceAll('\u2217', '*').replaceAll('\u223C', '~').replaceAll('\u02CB', '`').replaceAll('\uFF3F', '_').replaceAll('\u2024', '.');
}

/**
 * The constructs of Teams' markdown (and of CommonMark/GFM around it) that escaped text must never
 * contain. Each rule names what it would have become.
 */
function dangers(escaped: string, from: 'bot' | 'person'): string[] {
  const found: string[] = [];
  const rule = (name: string, re: RegExp) => {
    if (re.test(escaped)) found.push(name);
  };
  rule('emphasis/strike/code marker', /[*~`]/);
  rule('underscore at a word edge', /(^|[^\p{L}\p{N}])_|_($|[^\p{L}\p{N}])/u);
  rule('link, image or reference', /\][([:]/);
  rule('autolink, HTML or mention', /<(?!\u200B)/);
  rule('entity', /&[#A-Za-z]/);
  rule('escape of what follows', /\\(?!\u200B)([!-/:-@[-`{-~]|$)/m);
  rule('DATE()/TIME() function', /\{\{/);
  rule('list after a bracket', /[[)][-+0-9]/);
  for (const line of escaped.split('\n')) {
    if (/^[ #>+\-=|:0-9]/.test(line)) found.push(`block construct at line start: ${JSON.stringify(line)}`);
  }
  if (from === 'person') {
    rule('bare URL', /:\/\//);
    rule('domain', /\.[^\s]/);
  }
  return found;
}

const ADVERSARIAL = [
  '**bold** *italic* _italic_ __bold__ ~~strike~~ ~s~ `code` ```fence```',
  'a*b*c and ***both*** and x-ratelimit-remaining-*',
  '[click here](https://evil.example/login) and ![img](https://evil.example/p.png)',
  '[ref][r]\n[r]: https://evil.example "title"',
  '<https://evil.example> <b>bold</b> <at>Admin</at> <!-- comment --> <script>alert(1)</script>',
  '# heading\n## heading 2\n> quote\n- item\n+ item\n* item\n1. one\n2) two',
  '   - indented item\n    indented code\n\ttab code',
  'setext\n===\nsetext 2\n---\n***\n___',
  '| a | b |\n|---|---|\n| c | d |',
  'a | b\n--- | ---\n:-- | --:',
  '&lt;b&gt; &amp; &#42; &#x2A; &copy; AT&T',
  '\\*not bold\\* \\[x\\](y) trailing backslash \\',
  '{{DATE(2017-02-14T06:08:00Z, SHORT)}} and {{TIME(2017-02-14T06:08:00Z)}}',
  'see https://evil.example/login, www.evil.example, evil.example or me@evil.example',
  '(x)- y [-z] (1)2. z',
  'CRLF\r\nline\rend',
  '😀 emoji, ümlaut, 中文 and RTL \u202Egnp.exe\u202C with \u0007bell\u0000nul',
];

describe('escapeTeamsMarkdown', () => {
  it.each(ADVERSARIAL)('person text is inert and reads the same: %j', (input) => {
    const out = person(input);
    expect(dangers(out, 'person')).toEqual([]);
    const normalised = input.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(/(?!\n)\p{Cc}|[\u202A-\u202E\u2066-\u2069]/gu, '');
    expect(visible(out)).toBe(normalised);
  });

  it.each(ADVERSARIAL)('bot text is inert except for its own links: %j', (input) => {
    const out = bot(input);
    expect(dangers(out, 'bot')).toEqual([]);
  });

  it('turns emphasis markers into look-alikes, but keeps an underscore inside a word', () => {
    expect(person('**boss**')).toBe('\u2217\u2217boss\u2217\u2217');
    expect(person('_init_ snake_case req_abc123 __x__')).toBe('\uFF3Finit\uFF3F snake_case req_abc123 \uFF3F\uFF3Fx\uFF3F\uFF3F');
    expect(person('~~gone~~ `code`')).toBe('\u223C\u223Cgone\u223C\u223C \u02CBcode\u02CB');
  });

  it('breaks links, references, images and autolinks with a zero-width space', () => {
    expect(person('[a](https://x.example)')).toBe(`[a]${ZWSP}(https:${ZWSP}//x\u2024example)`);
    expect(bot('[a](https://x.example)')).toBe(`[a]${ZWSP}(https://x.example)`);
    expect(bot('[r]: https://x')).toBe(`[r]${ZWSP}: https://x`);
    expect(bot('<https://x> <b>')).toBe(`<${ZWSP}https://x> <${ZWSP}b>`);
  });

  it('puts a zero-width space in front of a line that could start a block', () => {
    const out = bot('# h\n> q\n- a\n+ b\n1. c\n  - d\n=== \n| t |\nplain\n* e');
    expect(out.split('\n')).toEqual([`${ZWSP}# h`, `${ZWSP}> q`, `${ZWSP}- a`, `${ZWSP}+ b`, `${ZWSP}1. c`, `${ZWSP}  - d`, `${ZWSP}=== `, `${ZWSP}| t |`, 'plain', '\u2217 e']);
  });

  it('leaves ordinary prose untouched, so the bot texts read exactly as written', () => {
    const prose = "Open a private window and sign in to chatgpt.com there. Chrome: Ctrl+Shift+N (Mac: ⌘+Shift+N). It's 50% faster - maybe.";
    expect(bot(prose)).toBe(prose);
    expect(bot('Where does ChatGPT fail for you?')).toBe('Where does ChatGPT fail for you?');
  });

  it('keeps the bot’s URLs whole but breaks a person’s', () => {
    expect(bot('Watch https://status.openai.com until it stops.')).toBe('Watch https://status.openai.com until it stops.');
    expect(person('Watch https://status.openai.com until it stops.')).toBe(`Watch https:${ZWSP}//status\u2024openai\u2024com until it stops.`);
    expect(person('mail me@evil.example or www.evil.example or a*.example.')).toBe('mail me@evil\u2024example or www\u2024evil\u2024example or a\u2217\u2024example.');
  });

  it('neutralises entities, backslash escapes and DATE() functions', () => {
    expect(bot('&amp; &#42; AT&T & co')).toBe(`&${ZWSP}amp; &${ZWSP}#42; AT&${ZWSP}T & co`);
    expect(bot('a\\*b end\\')).toBe(`a\\${ZWSP}\u2217b end\\${ZWSP}`);
    expect(bot('C:\\Users\\me')).toBe('C:\\Users\\me');
    expect(bot('{{DATE(x)}} {single}')).toBe(`{${ZWSP}{DATE(x)}} {single}`);
  });

  it('normalises line ends and tabs and drops control and bidi-override characters', () => {
    expect(bot('a\r\nb\rc')).toBe('a\nb\nc');
    expect(bot('x\ty')).toBe('x y');
    expect(bot('\u202Eevil\u202C \u0000\u0007\u001B[31mred')).toBe(`evil [${ZWSP}31mred`);
  });

  it('never grows text more than needed: one extra character at most per input character', () => {
    const worst = '][<&{\\'.repeat(1000);
    expect(person(worst).length).toBeLessThanOrEqual(2 * worst.length + 1);
  });

  it('holds for thousands of random strings built from markdown syntax', () => {
    const alphabet = ['*', '_', '~', '`', '[', ']', '(', ')', '<', '>', '&', '#', '\\', '!', '-', '+', '=', '|', ':', '.', '1', 'a', 'b', ' ', '\n', '\r\n', 'https://x.y', 'www.', '@', '{{', '}}', ';', 'amp', '\t', '    '];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let n = 0; n < 3000; n++) {
      let s = '';
      for (let i = 0, len = 1 + Math.floor(next() * 25); i < len; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      for (const from of ['bot', 'person'] as const) {
        const out = escapeTeamsMarkdown(s, { from });
        expect(dangers(out, from), `${from}: ${JSON.stringify(s)} → ${JSON.stringify(out)}`).toEqual([]);
        // Escaping twice changes nothing a reader sees: renderers may compose escaped parts.
        expect(visible(escapeTeamsMarkdown(out, { from }))).toBe(visible(out));
      }
      expect(visible(person(s))).toBe(s.replace(/\r\n?/g, '\n').replace(/\t/g, ' '));
    }
  });
});
