import { readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { processHar, type HarReport } from '../../../src/evidence/har/process-har.ts';
import { DEFAULT_ALLOWLIST } from '../../../src/triage/default-allowlist.ts';

// Issue 14: real-shaped HARs from Firefox and from a proxy (Charles), see test/fixtures/har/SOURCE.md.

const fixture = (name: string) => new URL(`../../fixtures/har/${name}`, import.meta.url);
const b64url = (text: string) => Buffer.from(text).toString('base64url');

/** Every secret planted in the fixtures; none may survive the redaction. */
const FIREFOX_SECRETS = [
  'FirefoxSessionCookieA1b2c3',
  'FirefoxDeviceCookieD4e5',
  'FirefoxSetCookieCfBm77',
  'FirefoxQueryAccessTok9',
  'gAAAAABFirefoxSentinelTok0fe1',
  'FirefoxPostRefreshTokQ2',
  'FfSiGnAtUrE_firefox_9a8b7c6d5e4f',
  b64url('{"sub":"user-FirefoxSubject","email":"lea@corp.example","exp":1796000000}'),
  'pub0123456789abcdef0123456789abcd',
];
const CHARLES_SECRETS = ['CharlesSessionCookie3f4', 'CharlesQuerySid8e7', Buffer.from('jdoe:CharlesProxyPassw0rd').toString('base64'), 'sk-proj-CharlesApiKey0123456789abcdefXYZ'];

async function run(name: string): Promise<{ report: HarReport; input: string; redacted: string }> {
  const input = await readFile(fixture(name), 'utf8');
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  // Small chunks: the reader must not depend on where the file is cut.
  async function* source() {
    for (let i = 0; i < input.length; i += 777) yield input.slice(i, i + 777);
  }
  const report = await processHar(source(), { maxBytes: 10_000_000, allowlist: DEFAULT_ALLOWLIST, redactTo: sink });
  return { report, input, redacted: Buffer.concat(chunks).toString('utf8') };
}

describe('a HAR exported by Firefox', () => {
  it('finds the 500 and the 401 with their request ids, and the requests that never got an answer', async () => {
    const { report } = await run('firefox-chatgpt.har');
    expect(report.entries).toBe(7);
    expect(report.findings.map((f) => [f.kind, f.host, f.path, f.status, f.detail])).toEqual([
      ['unauthorized', 'chatgpt.com', '/backend-api/me', 401, 'http_401'],
      ['server_error', 'chatgpt.com', '/backend-api/conversation', 500, 'http_500'],
      // Firefox writes status 0 without any error for a blocked or unresolved request: the cause is not guessed.
      ['no_response', 'rum.browser-intake-datadoghq.com', '/api/v2/rum', 0, 'unknown'],
      ['no_response', 'events.statsigapi.net', '/v1/rgstr', 0, 'unknown'],
    ]);
    expect(report.findings[1]).toMatchObject({ requestId: 'req_ff_500_3b9a', cfRay: '8f00ff03aa11bb22-FRA', time: '2026-11-30T14:03:13.611+01:00' });
    expect(report.facts).toEqual({ symptom: 'http_500' });
    // A cached answer (timings -1, no body) still counts as reached; the two domains that never
    // answered anything (status 0 without an error: blocked or unresolved) are the failed ones.
    expect(report.allowlist).toEqual({ reached: ['chatgpt.com', '*.oaistatic.com'], failed: ['events.statsigapi.net', 'rum.browser-intake-datadoghq.com'] });
  });

  it('redacts every planted secret (cookies, the JWT in a header and in the page, device id, query, post and base64 bodies) and keeps Firefox’s own fields', async () => {
    const { report, input, redacted } = await run('firefox-chatgpt.har');
    for (const secret of FIREFOX_SECRETS) {
      expect(input, secret).toContain(secret);
      expect(redacted, secret).not.toContain(secret);
      expect(JSON.stringify(report), secret).not.toContain(secret);
    }
    expect(report.redacted).toBeGreaterThanOrEqual(FIREFOX_SECRETS.length);
    type Entries = { response: { content: { text?: string; encoding?: string } } }[];
    const out = JSON.parse(redacted) as { log: { creator: { name: string }; browser: { name: string }; pages: { id: string }[]; entries: Entries & Record<string, unknown>[] } };
    // The base64 body is decoded, redacted and encoded again.
    const decoded = (entries: Entries) => Buffer.from(entries[6]!.response.content.text ?? '', 'base64').toString('utf8');
    expect(decoded((JSON.parse(input) as { log: { entries: Entries } }).log.entries)).toContain('FirefoxB64SessionTok55');
    expect(out.log.entries[6]!.response.content.encoding).toBe('base64');
    expect(decoded(out.log.entries)).not.toContain('FirefoxB64SessionTok55');
    expect(decoded(out.log.entries)).toContain('acc-1');
    expect(out.log.creator.name).toBe('Firefox');
    expect(out.log.browser.name).toBe('Firefox');
    expect(out.log.pages.map((p) => p.id)).toEqual(['page_1']);
    expect(out.log.entries).toHaveLength(7);
    const blocked = out.log.entries[4]!;
    expect(blocked).toMatchObject({ pageref: 'page_1', cache: {}, timings: { blocked: -1, dns: -1, wait: -1 }, response: { status: 0, httpVersion: '', headers: [] } });
    expect(out.log.entries[0]).toMatchObject({ _securityState: 'secure', serverIPAddress: '104.18.32.47', connection: '443' });
    // What is not secret stays readable for support: request ids, hosts, the error body.
    expect(redacted).toContain('req_ff_500_3b9a');
    expect(redacted).toContain('Internal Server Error');
  });
});

describe('a HAR exported by a proxy (Charles)', () => {
  it('finds the filtering product, the API rate limit and the challenge host that failed', async () => {
    const { report } = await run('charles-chatgpt.har');
    expect(report.findings.map((f) => [f.kind, f.host, f.status, f.detail])).toEqual([
      ['filtered', 'chatgpt.com', 403, 'zscaler'],
      ['rate_limited', 'api.openai.com', 429, 'http_429'],
      ['challenge_failed', 'challenges.cloudflare.com', 0, 'unknown'],
    ]);
    expect(report.findings[1]).toMatchObject({ requestId: 'req_charles_429_aa01', cfRay: '8f00cc01dd22ee33-EWR' });
    // The challenge host never answered (Charles: a failed connection, status 0 without an error).
    expect(report.allowlist.failed).toEqual(['chatgpt.com', 'challenges.cloudflare.com']);
  });

  it('redacts the session cookie, the query session id, the proxy credentials and the API key; keeps redirectURL null', async () => {
    const { report, input, redacted } = await run('charles-chatgpt.har');
    for (const secret of CHARLES_SECRETS) {
      expect(input, secret).toContain(secret);
      expect(redacted, secret).not.toContain(secret);
      expect(JSON.stringify(report), secret).not.toContain(secret);
    }
    const out = JSON.parse(redacted) as { log: { creator: { name: string }; entries: { response: { _charlesStatus: string; redirectURL: unknown } }[] } };
    expect(out.log.creator.name).toBe('Charles Proxy');
    expect(out.log.entries.map((e) => [e.response._charlesStatus, e.response.redirectURL])).toEqual([
      ['COMPLETE', null],
      ['COMPLETE', null],
      ['FAILED', null],
    ]);
  });
});
