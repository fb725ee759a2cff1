import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLiteralScan } from '../../src/triage/create-literal-scan.ts';
import { applyPhrases, PHRASE_RULES } from '../../src/triage/reply-phrases.ts';
import { normalizeReply } from '../../src/triage/reply-normalize.ts';
import { requiredLiteralSets, requiredLiterals } from '../../src/triage/required-literals.ts';

describe('requiredLiterals', () => {
  it('joins plain text, small classes and groups of alternatives into every combination', () => {
    // "internal server error" contains "server error": finding the shorter one is enough.
    expect(requiredLiterals(/\binternal (?:server )?error\b|\bserver error\b|\bhttp error 500\b/g)).toEqual(['internal error', 'server error', 'http error 500']);
    expect(requiredLiterals(/\b(?:can not|unable to) (?:open|use)\b/g)).toEqual(['can not open', 'can not use', 'unable to open', 'unable to use']);
    expect(requiredLiterals(/\bincog(?:nito)?s?\b/g)).toEqual(['incog']);
    expect(requiredLiterals(/\bhot ?spot\b/)).toEqual(['hotspot', 'hot spot']);
    expect(requiredLiterals(/rate[ _-]?limit/)).toEqual(['ratelimit', 'rate limit', 'rate_limit', 'rate-limit']);
    expect(requiredLiterals(/a\.b\/c/)).toEqual(['a.b/c']);
    expect(requiredLiterals(/(?<!not )fine(?= now)/)).toEqual(['fine now']);
  });

  it('cuts a run at repetitions, wildcards and escapes like \\d and \\s', () => {
    expect(requiredLiterals(/(?:very )*good/)).toEqual(['good']);
    expect(requiredLiterals(/(?:very ){0,2}good/)).toEqual(['good']);
    expect(requiredLiterals(/ab+c/)).toEqual(['ab']);
    expect(requiredLiterals(/\d+ ?%/)).toEqual(['%']);
    expect(requiredLiterals(/[a-z]+ing/)).toEqual(['ing']);
    expect(requiredLiterals(/\bwork\s(?=laptop|pc)/)).toEqual(['work']);
    // A lookbehind's text overlaps what came before: it is never joined to the run.
    expect(requiredLiterals(/x(?<=ax)y/)).toEqual(['ax']);
  });

  it('reads a digit as one of ten', () => {
    expect(requiredLiterals(/\d+|foo/)).toEqual([...'0123456789', 'foo']);
    expect(requiredLiterals(/\b\d{3}er\b/)).toEqual(['er']);
  });

  it('gives a second set from another part, unless the first implies it', () => {
    expect(requiredLiteralSets(/(?:^|(?<=[,.?] ))\s*([45]\d\d) no(?: is)?/g)).toEqual({ first: [' no'], second: ['4', '5'] });
    expect(requiredLiteralSets(/\bonly\b([^.!?]*?)\bwhen\b/g)).toEqual({ first: ['only'], second: ['when'] });
    expect(requiredLiteralSets(/\bv?\d+(?:\.\d+)+\b/g)).toEqual({ first: ['.'], second: [...'0123456789'] });
    // Each alternative gives its second set, or its first again.
    expect(requiredLiteralSets(/\bgeht (?:[\w-]+ )?nicht\b|\bkaputt\b/g)).toEqual({ first: ['geht ', 'kaputt'], second: ['nicht', 'kaputt'] });
    // "foo bar" holds "bar": the group's set says nothing more.
    expect(requiredLiteralSets(/\bfoo (?:bar|baz)\b/g)).toEqual({ first: ['foo bar', 'foo baz'], second: undefined });
    expect(requiredLiteralSets(/\bhot ?spot\b/g).second).toBeUndefined();
  });

  it('tells nothing when an alternative has no mandatory text, or case is ignored', () => {
    expect(requiredLiterals(/\s+|foo/)).toBeUndefined();
    expect(requiredLiterals(/(?:a|\w)x?/)).toBeUndefined();
    expect(requiredLiterals(/chrome/i)).toBeUndefined();
    expect(requiredLiterals(/^\s*$/)).toBeUndefined();
  });

  it('is sound for every phrase rule on every text the rules see in the corpus, so skipping changes no output', () => {
    const corpus = readFileSync(new URL('../fixtures/replies/corpus.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const required = PHRASE_RULES.map(([pattern]) => requiredLiteralSets(pattern));
    const wrong: string[] = [];
    let skipped = 0;
    // Texts like those the rules see (lower case, punctuation spaced out), and the parser's own
    // token streams; each run through the rules' loop without skipping, so every rule sees the
    // text the earlier rules left.
    const texts = corpus.flatMap((text) => [
      ` ${text.toLowerCase().replace(/\s+/g, ' ')} `,
      ` ${text.toLowerCase().replace(/n't\b/g, ' not').replace(/([.,?!])/g, ' $1 ').replace(/\s+/g, ' ')} `,
      ` ${normalizeReply(text).join(' ')} `,
    ]);
    for (const text of texts) {
      let out = text;
      for (const [k, [pattern, replacement]] of PHRASE_RULES.entries()) {
        const { first, second } = required[k] as ReturnType<typeof requiredLiteralSets>;
        const absent = [first, second].some((needs) => needs !== undefined && !needs.some((literal) => out.includes(literal)));
        pattern.lastIndex = 0;
        if (absent) skipped++;
        if (absent && pattern.test(out)) wrong.push(`${pattern.source} on ${JSON.stringify(out)}`);
        pattern.lastIndex = 0;
        out = out.replace(pattern, replacement).replace(/\s{2,}/g, ' ');
      }
      // And applyPhrases, which skips them, ends with the same text.
      if (applyPhrases(text) !== out) wrong.push(`applyPhrases(${JSON.stringify(text)}) = ${JSON.stringify(applyPhrases(text))}, not ${JSON.stringify(out)}`);
    }
    expect(wrong).toEqual([]);
    expect(skipped).toBeGreaterThan(texts.length * 100);
  });
});

describe('createLiteralScan', () => {
  it('marks exactly the sets with a string in the text, and the sets that tell nothing', () => {
    const sets = [['he', 'she'], ['his', 'hers'], undefined, ['xyz'], ['é t', 'a']];
    const scan = createLiteralScan(sets);
    const naive = (text: string): number[] => sets.map((set) => (set === undefined || set.some((s) => text.includes(s)) ? 1 : 0));
    const found = new Uint8Array(sets.length);
    for (const text of ['ushers', 'this', 'h', '', 'café time', 'xxyz', 'hishe', 'sh e', 'AHE']) {
      found.fill(0);
      scan(text, found);
      expect([...found], text).toEqual(naive(text));
    }
  });

  it('agrees with includes for every phrase rule over the corpus', () => {
    const sets = PHRASE_RULES.map(([pattern]) => requiredLiterals(pattern));
    const scan = createLiteralScan(sets);
    const found = new Uint8Array(PHRASE_RULES.length);
    const corpus = readFileSync(new URL('../fixtures/replies/corpus.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => ` ${normalizeReply((JSON.parse(line) as { text: string }).text).join(' ')} `);
    for (const text of corpus) {
      found.fill(0);
      scan(text, found);
      const naive = sets.map((needs) => (needs === undefined || needs.some((s) => text.includes(s)) ? 1 : 0));
      expect([...found], text).toEqual(naive);
    }
  });
});
