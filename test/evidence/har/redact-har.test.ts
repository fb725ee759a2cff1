import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processHarFile } from '../../../src/evidence/har/process-har-file.ts';
import { redactHarEntry } from '../../../src/evidence/har/redact-har-entry.ts';
import { redactBody } from '../../../src/evidence/har/redact-body.ts';
import { redactText } from '../../../src/evidence/har/redact-text.ts';
import { redactUrl } from '../../../src/evidence/har/redact-url.ts';
import { isSensitiveName } from '../../../src/evidence/har/sensitive-name.ts';
import type { JsonObject } from '../../../src/evidence/har/read-har.ts';
import { DEFAULT_ALLOWLIST } from '../../../src/triage/default-allowlist.ts';
import { harEntry } from '../../helpers/har-builder.ts';
import { PLANTED, PLANTED_STRINGS, plantedSecretsHar, visibleText } from '../../helpers/planted-secrets-har.ts';
import { sharedFixturePath } from '../../helpers/shared-fixtures.ts';

const allowlist = { minimum: [...DEFAULT_ALLOWLIST.minimum], broader: [...DEFAULT_ALLOWLIST.broader] };
const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'har-redact-'));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const leaks = (text: string): string[] => {
  const visible = visibleText(text);
  return PLANTED_STRINGS.filter((secret) => visible.includes(secret));
};

describe('HAR redaction', () => {
  it('no planted secret survives in the redacted HAR or the report; the HAR stays valid and keeps what support needs', async () => {
    const dir = await tempDir();
    const input = join(dir, 'in.har');
    const output = join(dir, 'out.har');
    const original = plantedSecretsHar();
    await writeFile(input, original);
    // The test is honest only if the input really holds every secret.
    expect(leaks(original)).toEqual(PLANTED_STRINGS);

    const report = await processHarFile(input, { maxBytes: 1e9, allowlist, redactTo: output });
    const written = await readFile(output, 'utf8');
    expect(leaks(written)).toEqual([]);
    expect(leaks(JSON.stringify(report))).toEqual([]);
    expect(report.redacted).toBeGreaterThanOrEqual(Object.keys(PLANTED).length);

    const redacted = JSON.parse(written) as { log: { entries: JsonObject[]; pages: { title: string }[]; version: string } };
    const before = JSON.parse(original) as { log: { entries: JsonObject[] } };
    expect(redacted.log.entries).toHaveLength(before.log.entries.length);
    expect(redacted.log.version).toBe('1.2');
    expect(redacted.log.pages[0]!.title).toBe('https://chatgpt.com/c/1?token=[REDACTED]');
    // What support needs stays: request ids, statuses, paths, harmless parameters, error codes.
    expect(written).toContain('req_planted_500');
    expect(written).toContain('8f00aa11bb22cc33-FRA');
    expect(written).toContain('model=gpt-4o');
    expect(written).toContain('internal_error');
    expect(written).toContain('Bearer [REDACTED]');
    expect(written).toContain('{\\"name\\":\\"Ana\\"}');
    expect(redacted.log.entries.map((e) => (e.response as JsonObject).status)).toEqual([500, 302, 200, 200, 200, 200, 101]);
    expect(report.findings).toEqual([
      expect.objectContaining({ kind: 'server_error', host: 'chatgpt.com', path: '/backend-api/conversation', requestId: 'req_planted_500', cfRay: '8f00aa11bb22cc33-FRA' }),
    ]);
    // Owner-only, and no temporary file left beside it.
    const { stat, readdir } = await import('node:fs/promises');
    expect((await stat(output)).mode & 0o077).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['in.har', 'out.har']);
  });

  it('a truncated HAR leaves no redacted file behind', async () => {
    const dir = await tempDir();
    const input = join(dir, 'cut.har');
    const text = plantedSecretsHar();
    await writeFile(input, text.slice(0, Math.floor(text.length * 0.8)));
    await expect(processHarFile(input, { maxBytes: 1e9, allowlist, redactTo: join(dir, 'out.har') })).rejects.toMatchObject({ code: 'har.truncated' });
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(dir)).toEqual(['cut.har']);
  });

  it('the real Chrome HAR: its cookies go, everything else is kept byte for byte', async () => {
    const dir = await tempDir();
    const output = join(dir, 'out.har');
    const input = sharedFixturePath('har/mitmproxy_chrome.har');
    const report = await processHarFile(input, { maxBytes: 1e9, allowlist, redactTo: output });
    const before = JSON.parse(await readFile(input, 'utf8')) as { log: { entries: { request: { cookies: { value: string }[]; headers: { name: string; value: string }[] } }[]; pages: unknown } };
    const after = JSON.parse(await readFile(output, 'utf8')) as typeof before;
    expect(report.entries).toBe(3);
    const cookies = before.log.entries.flatMap((e) => e.request.cookies.map((c) => c.value));
    expect(cookies.length).toBeGreaterThan(10);
    const written = await readFile(output, 'utf8');
    for (const value of cookies) expect(written).not.toContain(value);
    // 21 cookie values and the Cookie header.
    expect(report.redacted).toBe(cookies.length + 1);
    for (const e of after.log.entries) for (const c of e.request.cookies) expect(c.value).toBe('[REDACTED]');
    // Apart from cookies, the entries are unchanged (the base64 page, the error, the timings).
    const strip = (doc: typeof before) =>
      doc.log.entries.map((e) => ({ ...e, request: { ...e.request, cookies: [], headers: e.request.headers.filter((h) => h.name !== 'cookie') } }));
    expect(strip(after)).toEqual(strip(before));
    expect(after.log.pages).toEqual(before.log.pages);
  });

  it('names: secrets by name, not their look-alikes', () => {
    for (const name of ['token', 'access_token', 'refreshToken', 'session', 'session_id', 'sessionId', 'api_key', 'apiKey', 'x-api-key', 'key', 'sig', 'password', 'passwd', 'authorization', 'auth', 'oauth_verifier', 'csrfToken', 'client_secret', 'X-Amz-Signature', 'openai-sentinel-proof-token']) {
      expect({ name, sensitive: isSensitiveName(name) }).toEqual({ name, sensitive: true });
    }
    for (const name of ['author', ':authority', 'max_tokens', 'completion_tokens', 'model', 'monkey', 'x-request-id', 'cf-ray', 'content-type', 'user-agent', 'referer']) {
      expect({ name, sensitive: isSensitiveName(name) }).toEqual({ name, sensitive: false });
    }
    expect(isSensitiveName('nonce', true)).toBe(true);
  });

  it('query strings and fragments by name (code and state too), paths by shape', () => {
    const tally = { redacted: 0 };
    expect(redactUrl('https://auth.openai.com/cb?code=abc123&state=xyz&scope=openid#id_token=zzz', tally)).toBe('https://auth.openai.com/cb?code=[REDACTED]&state=[REDACTED]&scope=openid#id_token=[REDACTED]');
    expect(redactUrl(`/backend-api/share/${PLANTED.jwt}/x`, tally)).toBe('/backend-api/share/[REDACTED]/x');
    expect(redactUrl('https://chatgpt.com/c/abc?q=plain', tally)).toBe('https://chatgpt.com/c/abc?q=plain');
    expect(tally.redacted).toBe(4);
  });

  it('JSON bodies: "code" and "state" that read as words stay, secrets under them go; form and event-stream bodies; free text', () => {
    const tally = { redacted: 0 };
    expect(JSON.parse(redactBody('{"error":{"code":"rate_limit_exceeded","type":"requests"},"state":"done","code2":1}', 'application/json', tally))).toEqual({
      error: { code: 'rate_limit_exceeded', type: 'requests' },
      state: 'done',
      code2: 1,
    });
    expect(tally.redacted).toBe(0);
    expect(JSON.parse(redactBody('{"grant_type":"authorization_code","code":"Xy9-Ab3_Cd7","session":{"id":"s1","exp":5}}', 'application/json', tally))).toEqual({
      grant_type: 'authorization_code',
      code: '[REDACTED]',
      session: { id: '[REDACTED]', exp: '[REDACTED]' },
    });
    expect(redactBody('a=1&password=pw&token=t', 'application/x-www-form-urlencoded', tally)).toBe('a=1&password=[REDACTED]&token=[REDACTED]');
    expect(redactText('Basic information is fine; Authorization: Basic dXNlcjpwYXNzd29yZA==', tally)).toBe('Basic information is fine; Authorization: Basic [REDACTED]');
    expect(redactText(`api key ${PLANTED.apiKeyInText} and "accessToken":"abcd1234efgh"`, tally)).toBe('api key [REDACTED] and "accessToken":"[REDACTED]"');
  });

  it('does not change the entry it is given', () => {
    const entry = harEntry({ url: 'https://chatgpt.com/?token=abc', requestHeaders: { cookie: 'a=b' } }) as JsonObject;
    const copy = structuredClone(entry);
    redactHarEntry(entry, { redacted: 0 });
    expect(entry).toEqual(copy);
  });
});

describe('the redacted copy when writing fails', () => {
  it('a stream that fails mid-way makes the HAR fail with har.cannot_write, not the process', async () => {
    const { Writable } = await import('node:stream');
    const { processHar } = await import('../../../src/evidence/har/process-har.ts');
    const { chunksOf, harText } = await import('../../helpers/har-builder.ts');
    let written = 0;
    const disk = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        written += chunk.length;
        setImmediate(() => done(written > 4000 ? Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }) : undefined));
      },
    });
    const text = harText(Array.from({ length: 40 }, (_, i) => ({ url: `https://chatgpt.com/${i}`, body: 'x'.repeat(500) })));
    await expect(processHar(chunksOf(text, 2048), { maxBytes: 1e9, allowlist, redactTo: disk })).rejects.toMatchObject({ code: 'har.cannot_write' });
  });
});
