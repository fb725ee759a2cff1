import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRewrite, type Rewrite } from '../../src/triage/create-rewrite.ts';

const corpus = readFileSync(new URL('../fixtures/replies/corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => (JSON.parse(line) as { text: string }).text.toLowerCase());

const rewrites: Rewrite[] = [
  [/\bhttps?:\/\/\S+/g, ' '],
  [/\b(?:www\.)?(?:chatgpt\.com|chat\.openai\.com)\b/g, ' website '],
  [/\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\b/g, ' '],
  [/\b(it|that|what)'s\b/g, '$1 is'],
  [/n't\b/g, ' not'],
  [/\b(?:dont|cant)\b/g, (w) => (w === 'dont' ? 'do not' : 'can not')],
  [/'s\b/g, ''],
  [/\bv?\d+(?:\.\d+)+\b/g, ' '],
];

describe('createRewrite', () => {
  it('gives what running every replacement in order gives, on every corpus reply', () => {
    const rewrite = createRewrite(rewrites);
    const differences: string[] = [];
    for (const text of [...corpus, "it's 9:30 pm, see https://x.y/z on chatgpt.com v1.2.3 — don't", 'cant dont']) {
      let want = text;
      for (const [pattern, replacement] of rewrites) want = typeof replacement === 'string' ? want.replace(pattern, replacement) : want.replace(pattern, replacement);
      if (rewrite(text) !== want) differences.push(`${JSON.stringify(text)}: ${JSON.stringify(rewrite(text))}, want ${JSON.stringify(want)}`);
    }
    expect(differences).toEqual([]);
    expect(rewrite("it's 9:30 pm on chatgpt.com, don't")).toBe('it is   on  website , do not');
  });
});
