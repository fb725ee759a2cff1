import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, runCli } from '../helpers/run-cli.ts';
import { PLANTED_STRINGS, plantedSecretsHar, visibleText } from '../helpers/planted-secrets-har.ts';
import { sharedFixturePath } from '../helpers/shared-fixtures.ts';

let dir: string;
let planted: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'har-cli-'));
  planted = join(dir, 'planted.har');
  await writeFile(planted, plantedSecretsHar());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const leaks = (text: string): string[] => {
  const visible = visibleText(text);
  return PLANTED_STRINGS.filter((secret) => visible.includes(secret));
};

/** Exit 2 with exactly one line on stderr, nothing on stdout. */
function expectOneLineError(run: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^chatgpt-500: [^\n]+\n$/);
  expect(run.stderr).toMatch(pattern);
}

describe('chatgpt-500 har (the binary, as a child process)', () => {
  it('prints the findings, and no secret of the HAR reaches stdout, stderr or the redacted copy', async () => {
    const out = join(dir, 'redacted.har');
    const run = await runBin(['har', planted, '--redact-to', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('HAR read: 7 requests;');
    expect(run.stdout).toContain('1 finding:');
    expect(run.stdout).toContain('  - Server error 500 from chatgpt.com/backend-api/conversation; at 2026-11-30T09:15:02.123Z, x-request-id req_planted_500, cf-ray 8f00aa11bb22cc33-FRA');
    expect(run.stdout).toContain('The HAR settles the symptom: http_500.');
    expect(run.stdout).toContain('Allowlist domains reached: chatgpt.com, *.openai.com');
    expect(run.stdout).toContain(`Redacted HAR written to ${out}`);
    const written = await readFile(out, 'utf8');
    expect(leaks(run.stdout + run.stderr)).toEqual([]);
    expect(leaks(written)).toEqual([]);
    expect(leaks(await readFile(planted, 'utf8'))).toEqual(PLANTED_STRINGS);
    expect((JSON.parse(written) as { log: { entries: unknown[] } }).log.entries).toHaveLength(7);
  });

  it('--json: entries, findings (host and path, never a query), facts, redacted', async () => {
    const run = await runBin(['har', planted, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(leaks(run.stdout)).toEqual([]);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      entries: 7,
      findings: [{ kind: 'server_error', host: 'chatgpt.com', path: '/backend-api/conversation', status: 500, detail: 'http_500', requestId: 'req_planted_500', cfRay: '8f00aa11bb22cc33-FRA', time: '2026-11-30T09:15:02.123Z' }],
      facts: { symptom: 'http_500' },
      allowlist: { reached: ['chatgpt.com', '*.openai.com'], failed: [] },
      omitted: 0,
    });
    expect(json.redacted).toBeGreaterThanOrEqual(26);
    expect(run.stdout).not.toMatch(/[?#]/);
  });

  it('the real Chrome HAR: exit 0, no finding for hosts outside the allowlist', async () => {
    const run = await runBin(['har', sharedFixturePath('har/mitmproxy_chrome.har'), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ entries: 3, findings: [], facts: {}, redacted: 22, allowlist: { reached: [], failed: [] }, omitted: 0, shortened: 0 });
  });

  it.each([
    ['firefox-chatgpt.har', ['unauthorized', 'server_error', 'no_response', 'no_response'], 'FirefoxSessionCookieA1b2c3'],
    ['charles-chatgpt.har', ['filtered', 'rate_limited', 'challenge_failed'], 'CharlesSessionCookie3f4'],
  ])('a HAR from Firefox and one from a proxy (%s): exit 0, the findings, a redacted copy without the session cookie', async (name, kinds, cookie) => {
    const input = new URL(`../fixtures/har/${name}`, import.meta.url).pathname;
    const out = join(dir, `cli-${name}`);
    const run = await runBin(['har', input, '--json', '--redact-to', out]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { findings: { kind: string }[]; redacted: number };
    expect(json.findings.map((f) => f.kind)).toEqual(kinds);
    expect(json.redacted).toBeGreaterThan(0);
    expect(await readFile(input, 'utf8')).toContain(cookie);
    expect(await readFile(out, 'utf8')).not.toContain(cookie);
    expect(run.stdout).not.toContain(cookie);
  });

  it('exit 2 and one line for a file that is not a HAR, is cut off, is too large or is missing; nothing written', async () => {
    const notHar = join(dir, 'page.html');
    await writeFile(notHar, '<!doctype html><title>not a HAR</title>');
    expectOneLineError(await runBin(['har', notHar]), /page\.html is not a HAR file/);

    const text = plantedSecretsHar();
    const cut = join(dir, 'cut.har');
    await writeFile(cut, text.slice(0, Math.floor(text.length / 2)));
    const truncated = await runBin(['har', cut, '--json', '--redact-to', join(dir, 'cut-redacted.har')]);
    expectOneLineError(truncated, /cut\.har is cut off after [\d,]+ bytes/);
    expect(leaks(truncated.stderr)).toEqual([]);

    const large = await runBin(['har', planted], { env: { HAR_MAX_BYTES: '1000' } });
    expectOneLineError(large, /larger than the limit of 1,000 bytes \(HAR_MAX_BYTES\)/);

    expectOneLineError(await runBin(['har', join(dir, 'missing.har')]), /missing\.har: there is no such file/);
    expect((await readdir(dir)).filter((f) => f.includes('cut-redacted'))).toEqual([]);
  });

  it('usage: no FILE, --redact-to the HAR itself, an unwritable --redact-to, an unknown option; --help', async () => {
    expectOneLineError(await runBin(['har']), /har: FILE is missing/);
    expectOneLineError(await runBin(['har', planted, '--redact-to', planted]), /--redact-to must name another file/);
    expectOneLineError(await runBin(['har', planted, '--redact-to', join(dir, 'no-such-dir', 'x.har')]), /cannot write the redacted HAR/);
    expectOneLineError(await runBin(['har', planted, '--verbose']), /har: Unknown option '--verbose'/);
    const help = await runBin(['har', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: chatgpt-500 har FILE [--json] [--redact-to OUT]');
    expect((await runBin(['--help'])).stdout).toMatch(/ {2}har {11}analyse a HAR file/);
  });

  it('speaks the configured language (in-process run)', async () => {
    const run = await runCli(['har', planted], { DEFAULT_LOCALE: 'de' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('HAR gelesen: 7 Anfragen;');
    expect(run.stdout).toContain('Serverfehler 500 von chatgpt.com/backend-api/conversation');
    const missing = await runCli(['har', join(dir, 'fehlt.har')], { DEFAULT_LOCALE: 'fr' });
    expect(missing.stderr).toBe(`chatgpt-500: impossible de lire ${join(dir, 'fehlt.har')} : ce fichier n'existe pas\n`);
  });
});
