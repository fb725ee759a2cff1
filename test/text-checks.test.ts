import { describe, expect, it } from 'vitest';
import { commandSchema, messageEventSchema } from '../adapters/slack/slack-payloads.ts';
import { cleanText } from '../src/clean-text.ts';
import { mapStrings } from '../src/map-strings.ts';
import { textProblem } from '../src/text-problem.ts';
import { redactRedisUrl } from '../src/store/redact-redis-url.ts';

/** The platform's `String.prototype.toWellFormed`, which the store wrapper and cleanText use. */
const toWellFormed = (text: string) => text.toWellFormed();

describe('text from outside', () => {
  it('textProblem: lone surrogates and control characters, line breaks and tabs only in free text', () => {
    expect(textProblem('Berlin 🚀', 'line')).toBeNull();
    expect(textProblem('a\ud800', 'line')).toMatch(/well-formed Unicode/);
    expect(textProblem('\udc00a', 'free')).toMatch(/well-formed Unicode/);
    expect(textProblem('two\nlines\tand a tab\r\n', 'free')).toBeNull();
    expect(textProblem('two\nlines', 'line')).toMatch(/control characters/);
    for (const c of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f']) {
      expect(textProblem(`x${c}`, 'free'), JSON.stringify(c)).toMatch(/control characters/);
    }
  });

  it('toWellFormed and cleanText: U+FFFD for a lone surrogate, pairs kept; cleanText drops controls but line breaks and tabs', () => {
    expect(toWellFormed('a\ud800b\udc00c😀')).toBe('a\uFFFDb\uFFFDc😀');
    expect(cleanText('a\ud800\u0007b\n\tc\u0085')).toBe('a\uFFFDb\n\tc');
  });

  it('mapStrings maps strings in plain objects and arrays (keys too), keeps other values and unchanged objects', () => {
    const date = new Date(0);
    const input = { a: ['x\ud800', 1, null], 'k\ud800': { date }, same: { ok: 'fine' } };
    const out = mapStrings(input, toWellFormed);
    expect(out).toEqual({ a: ['x\uFFFD', 1, null], 'k\uFFFD': { date }, same: { ok: 'fine' } });
    expect(out.same).toBe(input.same);
    const untouched = { a: 'b' };
    expect(mapStrings(untouched, toWellFormed)).toBe(untouched);
    // Copied from the first changed member on: what came before is kept, in order.
    const late = { first: 'ok', list: ['a', 'b', 'c\udc00', 'd'], last: 'z\ud800' };
    const mapped = mapStrings(late, toWellFormed);
    expect(mapped).toEqual({ first: 'ok', list: ['a', 'b', 'c\uFFFD', 'd'], last: 'z\uFFFD' });
    expect(Object.keys(mapped)).toEqual(['first', 'list', 'last']);
    expect(late.list[2]).toBe('c\udc00');
  });

  it("Slack's typed text is cleaned by the payload schemas", () => {
    const cmd = commandSchema.parse({ command: '/chatgpt-500', text: 'error 500\ud800\u0007', user_id: 'U1', user_name: 'a\u0000b', team_id: 'T1', channel_id: 'C1', trigger_id: 't', response_url: 'https://hooks.slack.com/x' });
    expect(cmd.text).toBe('error 500\uFFFD');
    expect(cmd.user_name).toBe('ab');
    expect(messageEventSchema.parse({ type: 'message', channel: 'D1', ts: '1.1', text: 'line one\nline two\udfff' }).text).toBe('line one\nline two\uFFFD');
  });

  it('redactRedisUrl hides user and password', () => {
    expect(redactRedisUrl('redis://:s3cret@db:6380/2')).toBe('redis://:***@db:6380/2');
    expect(redactRedisUrl('rediss://app:s3cret@db')).toBe('rediss://:***@db');
    expect(redactRedisUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});
