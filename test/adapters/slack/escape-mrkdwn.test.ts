import { describe, expect, it } from 'vitest';
import { codeBlock } from '../../../adapters/slack/code-block.ts';
import { escapeMrkdwn } from '../../../adapters/slack/escape-mrkdwn.ts';
import { fitText } from '../../../adapters/slack/fit-text.ts';
import { safeLink } from '../../../adapters/slack/safe-link.ts';
import { expectInert } from './slack-test-kit.ts';

const ZWSP = '\u200B';

const ADVERSARIAL = [
  '<!channel> everyone look',
  '<!here|here> and <!subteam^S123|@oncall>',
  '<@U0ADMIN> please approve',
  '<#C0SECRET|secret-channel>',
  '<https://evil.example/login|https://chatgpt.com/login>',
  '*bold* _italic_ ~strike~ `code` ```block```',
  '> fake quote from IT\n> second line',
  '&lt;already escaped&gt; &amp; raw & ampersand',
  'tab\tand\nnewline and unicode ✓ 😀',
  '<<<<>>>>&&&&',
];

describe('escapeMrkdwn', () => {
  it("bot text: only Slack's three entities, formatting kept", () => {
    expect(escapeMrkdwn('Use *Ctrl+Shift+N* & retry <now>', { from: 'bot' })).toBe('Use *Ctrl+Shift+N* &amp; retry &lt;now&gt;');
  });

  it.each(ADVERSARIAL)('person text is inert: %j', (input) => {
    const out = escapeMrkdwn(input, { from: 'person' });
    expectInert(out);
    // Nothing is lost but the fences: removing them and decoding gives the input back.
    expect(out.replaceAll(ZWSP, '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')).toBe(input);
  });

  it('fences formatting markers at word edges', () => {
    const out = escapeMrkdwn('*bold* _it_ ~s~ `c`', { from: 'person' });
    for (const m of ['*', '_', '~', '`']) expect(out).toContain(`${ZWSP}${m}${ZWSP}`);
    expect(out).not.toMatch(/(^|[^\u200B])[*_~`]/);
  });

  it('leaves markers inside a word alone, so ids stay copyable', () => {
    expect(escapeMrkdwn('req_abc123 org-x_y file_name.txt', { from: 'person' })).toBe('req_abc123 org-x_y file_name.txt');
  });

  it('breaks a quote at the start of any line', () => {
    expect(escapeMrkdwn('> a\n> b', { from: 'person' })).toBe(`${ZWSP}&gt; a\n${ZWSP}&gt; b`);
  });
});

describe('fitText', () => {
  it('keeps short text as is and cuts long text with an ellipsis', () => {
    expect(fitText('short', 10)).toBe('short');
    expect(fitText('a'.repeat(20), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('never cuts an entity in half', () => {
    const escaped = escapeMrkdwn(`${'x'.repeat(8)}<tag>`, { from: 'person' });
    for (let max = 5; max <= escaped.length; max++) {
      const out = fitText(escaped, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).not.toMatch(/&[a-z]*…$/);
      expectInert(out.replace(/…$/, ''));
    }
  });

  it('never leaves half of a surrogate pair', () => {
    for (let max = 2; max < 12; max++) {
      const out = fitText('😀'.repeat(10), max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
});

describe('codeBlock', () => {
  it('cannot be closed early by the text and stays within its limit', () => {
    const out = codeBlock('a ``` b <script> & ```', 100);
    expect(out.startsWith('```')).toBe(true);
    expect(out.endsWith('```')).toBe(true);
    expect(out.match(/```/g)).toHaveLength(2);
    expectInert(out);
    expect(codeBlock('x'.repeat(10_000), 3000).length).toBeLessThanOrEqual(3000);
  });
});

describe('safeLink', () => {
  it('links https URLs with an escaped label', () => {
    expect(safeLink('https://status.openai.com/incidents/01', 'Errors <for> *all*')).toBe(
      `<https://status.openai.com/incidents/01|Errors &lt;for&gt; ${ZWSP}*${ZWSP}all${ZWSP}*${ZWSP}>`,
    );
  });

  it.each(['javascript:alert(1)', 'slack://open', 'not a url', '', 'http://status.openai.com/incidents/01', 'https://status.openai.com@evil.example/x'])('gives only the label for %j', (url) => {
    expect(safeLink(url, 'Name')).toBe('Name');
  });

  it('cannot be broken out of by | or > in the URL', () => {
    const out = safeLink('https://example.com/a|b>c', 'x');
    expect(out).toBe('<https://example.com/a%7Cb%3Ec|x>');
  });
});
