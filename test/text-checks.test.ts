import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
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
    // Integer-like keys come first, as Object.keys lists them; inherited members are not own members.
    const numbered: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { b: 'x', 10: 'y', 2: 'w\ud800', a: 'z' });
    const renumbered = mapStrings(numbered, toWellFormed);
    expect(Object.entries(renumbered)).toEqual([['2', 'w\uFFFD'], ['10', 'y'], ['b', 'x'], ['a', 'z']]);
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

/**
 * Person-facing text in the CLI comes from the message catalog: a string or template literal in
 * src/cli/ or bin/ that reads like words of a sentence ("two words" of letters) is a text left in
 * English. Comments, import paths, regular expressions and catalog ids are not literals of this kind.
 */
describe('no person-facing English left in the CLI', () => {
  const root = new URL('../', import.meta.url);
  /** Two words of letters in a row, maybe with a value between them: "no Redis", "Sent ${n} messages". */
  const PROSE = /[A-Za-z]{2,}[ ,;:]+(?:\{\}[ ,;:]+)?[A-Za-z]{2,}/;

  /** The literals of one file that read like a sentence, as "file:line text". */
  function proseLiterals(name: string, text: string): string[] {
    const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, name.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS);
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isImportTypeNode(node)) return;
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return;
      const parts: string[] = [];
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) parts.push(node.text);
      else if (ts.isTemplateExpression(node)) parts.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
      const said = parts.join('{}');
      if (PROSE.test(said)) found.push(`${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${JSON.stringify(said)}`);
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  const files = ['src/cli/', 'bin/'].flatMap((dir) =>
    readdirSync(new URL(dir, root))
      .filter((name) => name.endsWith('.ts') || name.endsWith('.js'))
      .map((name) => `${dir}${name}`),
  );

  it('src/cli/ and bin/ write no sentence of their own', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((name) => proseLiterals(name, readFileSync(new URL(name, root), 'utf8')))).toEqual([]);
  });

  it('the check finds a sentence where there is one, and lets ids, paths and comments be', () => {
    const planted = [
      "import { x } from './some module.ts';",
      '// a comment in English is fine',
      "io.stderr.write(`chatgpt-500 outbox: no Redis configured\\n`);",
      "t('cli.outbox.help', { locales: LOCALES.join(', ') });",
      "write(`Sent ${n} message(s)`);",
      "const re = /does not take an argument/;",
    ].join('\n');
    expect(proseLiterals('planted.ts', planted)).toEqual(['planted.ts:3 "chatgpt-500 outbox: no Redis configured\\n"', 'planted.ts:5 "Sent {} message(s)"']);
  });
});
