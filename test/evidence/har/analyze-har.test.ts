import { describe, expect, it } from 'vitest';
import { analyzeHarEntries, createHarAnalyzer } from '../../../src/evidence/har/create-har-analyzer.ts';
import { classifyNetError } from '../../../src/evidence/har/classify-net-error.ts';
import { toEntryView } from '../../../src/evidence/har/har-entry-view.ts';
import { processHar } from '../../../src/evidence/har/process-har.ts';
import type { JsonObject } from '../../../src/evidence/har/read-har.ts';
import { matchesDomain } from '../../../src/evidence/har/host-match.ts';
import { DEFAULT_ALLOWLIST } from '../../../src/triage/default-allowlist.ts';
import { chunksOf, harEntry, harText, type EntrySpec } from '../../helpers/har-builder.ts';

const allowlist: { minimum: string[]; broader: string[] } = { minimum: [...DEFAULT_ALLOWLIST.minimum], broader: [...DEFAULT_ALLOWLIST.broader] };

const analyze = (specs: EntrySpec[], list = allowlist) => processHar(chunksOf(harText(specs), 4096), { maxBytes: 1e9, allowlist: list });

const CHALLENGE_PAGE = '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><script>window._cf_chl_opt={cvId: "3"}</script></head><body></body></html>';

describe('HAR findings', () => {
  it('5xx from OpenAI hosts, with x-request-id, cf-ray and time; the path without its query; http_500 on chatgpt.com', async () => {
    const report = await analyze([
      { url: 'https://chatgpt.com/backend-api/conversation?model=gpt-4o&token=abc123456', method: 'POST', status: 500, time: '2026-11-30T10:15:02.123+01:00', responseHeaders: { 'x-request-id': 'req_8a7f6c', 'cf-ray': '8f1b2c3d4e5f6a7b-FRA', server: 'cloudflare' } },
      { url: 'https://api.openai.com/v1/chat/completions', method: 'POST', status: 503, responseHeaders: { 'x-request-id': 'req_2' } },
      { url: 'https://cdn.example.net/lib.js', status: 502 },
    ]);
    expect(report.findings).toEqual([
      { kind: 'server_error', host: 'chatgpt.com', path: '/backend-api/conversation', status: 500, detail: 'http_500', time: '2026-11-30T10:15:02.123+01:00', requestId: 'req_8a7f6c', cfRay: '8f1b2c3d4e5f6a7b-FRA' },
      { kind: 'server_error', host: 'api.openai.com', path: '/v1/chat/completions', status: 503, detail: 'http_503', time: '2026-11-30T09:15:02.123Z', requestId: 'req_2' },
    ]);
    expect(report.facts).toEqual({ symptom: 'http_500' });
    expect(report.entries).toBe(3);
  });

  it('a Cloudflare challenge by its header and by its page → cloudflare_challenge; a 200 page with the challenge script is not one', async () => {
    const report = await analyze([
      { url: 'https://chatgpt.com/', resourceType: 'document', status: 403, mimeType: 'text/html', body: CHALLENGE_PAGE, responseHeaders: { 'cf-mitigated': 'challenge', 'cf-ray': 'abc-AMS' } },
      { url: 'https://chatgpt.com/backend-api/me', status: 403, mimeType: 'text/html', body: CHALLENGE_PAGE },
      { url: 'https://chatgpt.com/c/123', resourceType: 'document', status: 200, mimeType: 'text/html', body: '<html><script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script></html>' },
    ]);
    expect(report.findings.map((f) => [f.kind, f.path, f.detail])).toEqual([
      ['cloudflare_challenge', '/', 'cf_mitigated'],
      ['cloudflare_challenge', '/backend-api/me', 'challenge_page'],
    ]);
    expect(report.facts).toEqual({ symptom: 'cloudflare_challenge' });
  });

  it('challenges.cloudflare.com failing (no answer, blocked, or an error status) → challenge_failed, and it is a failed allowlist domain', async () => {
    const report = await analyze([
      { url: 'https://challenges.cloudflare.com/turnstile/v0/api.js?onload=x', status: 0, error: 'net::ERR_NAME_NOT_RESOLVED', resourceType: 'script' },
      { url: 'https://challenges.cloudflare.com/cdn-cgi/challenge-platform/h/g/orchestrate', status: 0, error: 'net::ERR_BLOCKED_BY_CLIENT' },
      { url: 'https://challenges.cloudflare.com/x', status: 403 },
    ]);
    expect(report.findings.map((f) => [f.kind, f.detail, f.error])).toEqual([
      ['challenge_failed', 'dns', 'ERR_NAME_NOT_RESOLVED'],
      ['challenge_failed', 'extension', 'ERR_BLOCKED_BY_CLIENT'],
      ['challenge_failed', 'http_403', undefined],
    ]);
    expect(report.allowlist.failed).toEqual(['challenges.cloudflare.com']);
    expect(report.facts).toEqual({});
  });

  it('requests without an answer: extension, DNS, TLS interception, reset, refused, timed out; an aborted load is no finding', async () => {
    const report = await analyze([
      { url: 'https://chatgpt.com/backend-api/sentinel', status: 0, error: 'net::ERR_BLOCKED_BY_CLIENT' },
      { url: 'https://cdn.oaistatic.com/assets/app.js', status: 0, error: 'net::ERR_NAME_NOT_RESOLVED' },
      { url: 'https://chatgpt.com/', resourceType: 'document', status: 0, error: 'net::ERR_CERT_AUTHORITY_INVALID' },
      { url: 'https://ab.chatgpt.com/v1/initialize', status: 0, error: 'net::ERR_CONNECTION_RESET' },
      { url: 'https://files.oaiusercontent.com/file-1', status: 0, error: 'net::ERR_CONNECTION_REFUSED' },
      { url: 'https://events.statsigapi.net/v1/rgstr', status: 0, error: 'net::ERR_CONNECTION_TIMED_OUT' },
      { url: 'https://chatgpt.com/backend-api/conversations', status: 0, error: 'net::ERR_ABORTED' },
      { url: 'https://ads.example.com/pixel', status: 0, error: 'net::ERR_BLOCKED_BY_CLIENT' },
    ]);
    expect(report.findings.map((f) => [f.kind, f.host, f.detail, f.error])).toEqual([
      ['no_response', 'chatgpt.com', 'extension', 'ERR_BLOCKED_BY_CLIENT'],
      ['no_response', 'cdn.oaistatic.com', 'dns', 'ERR_NAME_NOT_RESOLVED'],
      ['no_response', 'chatgpt.com', 'tls_interception', 'ERR_CERT_AUTHORITY_INVALID'],
      ['no_response', 'ab.chatgpt.com', 'connection_reset', 'ERR_CONNECTION_RESET'],
      ['no_response', 'files.oaiusercontent.com', 'connection_refused', 'ERR_CONNECTION_REFUSED'],
      ['no_response', 'events.statsigapi.net', 'timed_out', 'ERR_CONNECTION_TIMED_OUT'],
    ]);
    // A certificate error on ChatGPT's page is what the person saw.
    expect(report.facts).toEqual({ symptom: 'ssl_or_network_config' });
    // The extension is not the network: chatgpt.com failed because of the certificate, not the blocker.
    expect(report.allowlist.failed).toEqual(['chatgpt.com', '*.chatgpt.com', '*.oaistatic.com', '*.oaiusercontent.com', 'events.statsigapi.net']);
  });

  it('a request with status 0 and no error (Firefox: blocked; Chrome: cancelled): its domain failed only when nothing from it was answered', async () => {
    const report = await analyze([
      { url: 'https://events.statsigapi.net/v1/rgstr', status: 0 },
      { url: 'https://chatgpt.com/backend-api/conversation', status: 0 },
      { url: 'https://chatgpt.com/backend-api/me', status: 200 },
    ]);
    expect(report.findings.map((f) => [f.kind, f.host, f.detail])).toEqual([
      ['no_response', 'events.statsigapi.net', 'unknown'],
      ['no_response', 'chatgpt.com', 'unknown'],
    ]);
    expect(report.allowlist).toEqual({ reached: ['chatgpt.com'], failed: ['events.statsigapi.net'] });
  });

  it.each([
    ['net::ERR_BLOCKED_BY_CLIENT', 'extension'],
    ['net::ERR_NAME_NOT_RESOLVED', 'dns'],
    ['NS_ERROR_UNKNOWN_HOST', 'dns'],
    ['net::ERR_CERT_COMMON_NAME_INVALID', 'tls_interception'],
    ['SEC_ERROR_UNKNOWN_ISSUER', 'tls_interception'],
    ['net::ERR_SSL_PROTOCOL_ERROR', 'tls'],
    ['net::ERR_CONNECTION_RESET', 'connection_reset'],
    ['NS_ERROR_NET_RESET', 'connection_reset'],
    ['net::ERR_CONNECTION_REFUSED', 'connection_refused'],
    ['net::ERR_EMPTY_RESPONSE', 'connection_closed'],
    ['net::ERR_TIMED_OUT', 'timed_out'],
    ['net::ERR_TUNNEL_CONNECTION_FAILED', 'proxy'],
    ['net::ERR_BLOCKED_BY_ADMINISTRATOR', 'blocked_by_policy'],
    ['net::ERR_INTERNET_DISCONNECTED', 'offline'],
    ['NS_BINDING_ABORTED', 'aborted'],
    ['net::ERR_FAILED', 'unknown'],
    [undefined, 'unknown'],
  ])('classifies %s as %s', (error, cause) => {
    expect(classifyNetError(error)).toBe(cause);
  });

  it.each([
    ['zscaler', 'header', { url: 'https://chatgpt.com/', status: 403, mimeType: 'text/html', body: '<html>Denied</html>', responseHeaders: { 'x-zscaler-transaction-id': 'z1' } }],
    ['zscaler', 'redirect', { url: 'https://chatgpt.com/', status: 302, mimeType: 'text/html', redirectURL: 'https://gateway.zscloud.net/auth?origurl=https%3A%2F%2Fchatgpt.com', responseHeaders: { location: 'https://gateway.zscloud.net/auth' } }],
    ['cisco_umbrella', 'block_page', { url: 'https://chatgpt.com/', status: 200, mimeType: 'text/html', body: '<html><title>This site is blocked</title><p>This site is blocked by Cisco Umbrella due to a content filter.</p></html>' }],
    ['fortinet', 'header', { url: 'https://chatgpt.com/backend-api/me', status: 200, mimeType: 'text/html', body: '<html>FortiGuard Intrusion Prevention - Access Blocked</html>', responseHeaders: { server: 'FortiGate' } }],
    ['fortinet', 'block_page', { url: 'https://cdn.oaistatic.com/a.js', resourceType: 'script', status: 200, mimeType: 'text/html', body: '<html><h1>Web Page Blocked!</h1><p>The page you have requested has been blocked, because the URL is banned.</p><p>FortiGuard category: Artificial Intelligence Technology</p></html>' }],
    ['sophos', 'header', { url: 'https://chatgpt.com/', status: 403, mimeType: 'text/html', body: 'Access denied', responseHeaders: { via: '1.1 sophos-utm (Sophos UTM)' } }],
    ['barracuda', 'header', { url: 'https://chatgpt.com/', status: 403, mimeType: 'text/html', body: 'blocked', responseHeaders: { server: 'BarracudaHTTP 4.0' } }],
    ['mcafee_skyhigh', 'header', { url: 'https://chatgpt.com/', status: 403, mimeType: 'text/html', body: 'blocked', responseHeaders: { via: '1.1 mwg.corp.example (McAfee Web Gateway 12.2)' } }],
    ['palo_alto', 'block_page', { url: 'https://chatgpt.com/', status: 503, mimeType: 'text/html', body: '<html><title>Web Page Blocked</title>Access to the web page you were trying to visit has been blocked in accordance with company policy. Palo Alto Networks</html>' }],
    ['unknown', 'proxy_auth', { url: 'https://chatgpt.com/', status: 407, mimeType: 'text/html', body: 'Proxy Authentication Required' }],
  ] as [string, string, EntrySpec][])('a filtering product instead of OpenAI: %s (%s)', async (product, evidence, spec) => {
    const report = await analyze([spec]);
    expect(report.findings).toEqual([expect.objectContaining({ kind: 'filtered', detail: product, evidence, host: new URL(spec.url).hostname })]);
    expect(report.allowlist.failed).toContain(new URL(spec.url).hostname === 'chatgpt.com' ? 'chatgpt.com' : '*.oaistatic.com');
  });

  it('a product that let the answer through, or a long page that only talks about it, is no finding', async () => {
    const report = await analyze([
      { url: 'https://chatgpt.com/backend-api/me', status: 200, body: '{"ok":true}', responseHeaders: { via: '1.1 zscaler' } },
      { url: 'https://chatgpt.com/c/1', resourceType: 'document', status: 200, mimeType: 'text/html', body: `<html>${'How do I stop Zscaler from blocking this page? '.repeat(3000)}</html>` },
      { url: 'https://chatgpt.com/backend-api/conversation', status: 200, mimeType: 'text/event-stream', body: 'data: {"message":"Zscaler has blocked the category"}' },
    ]);
    expect(report.findings).toEqual([]);
    expect(report.allowlist).toEqual({ reached: ['chatgpt.com'], failed: [] });
  });

  it('401, 403 and 429 on OpenAI hosts; http_403 only for the page itself; none elsewhere', async () => {
    const report = await analyze([
      { url: 'https://chatgpt.com/backend-api/accounts/check', status: 401, responseHeaders: { 'x-request-id': 'r401' } },
      { url: 'https://chatgpt.com/backend-api/gizmos', status: 403 },
      { url: 'https://api.openai.com/v1/responses', status: 429, responseHeaders: { 'retry-after': '20' } },
      { url: 'https://js.stripe.com/v3', status: 403 },
    ]);
    expect(report.findings.map((f) => [f.kind, f.host, f.status, f.requestId])).toEqual([
      ['unauthorized', 'chatgpt.com', 401, 'r401'],
      ['forbidden', 'chatgpt.com', 403, undefined],
      ['rate_limited', 'api.openai.com', 429, undefined],
    ]);
    expect(report.facts).toEqual({});
    const page = await analyze([{ url: 'https://chatgpt.com/', resourceType: 'document', status: 403, mimeType: 'text/html', body: '<html>Forbidden</html>' }]);
    expect(page.facts).toEqual({ symptom: 'http_403' });
  });

  it('facts only where the HAR points at one symptom: a challenge and a 500 together settle nothing', async () => {
    const report = await analyze([
      { url: 'https://chatgpt.com/', status: 403, responseHeaders: { 'cf-mitigated': 'challenge' } },
      { url: 'https://chatgpt.com/backend-api/conversation', status: 500 },
    ]);
    expect(report.findings).toHaveLength(2);
    expect(report.facts).toEqual({});
  });

  it('which allowlist domains were reached and which failed, wildcards included, in allowlist order', async () => {
    const report = await analyze([
      { url: 'https://chatgpt.com/', status: 200 },
      { url: 'https://cdn.oaistatic.com/a.js', status: 200 },
      { url: 'https://ab.chatgpt.com/v1/initialize', status: 0, error: 'net::ERR_NAME_NOT_RESOLVED' },
      { url: 'https://js.stripe.com/v3', status: 200 },
      { url: 'https://widget.intercom.io/widget/x', status: 0, error: 'net::ERR_BLOCKED_BY_CLIENT' },
      { url: 'https://example.org/', status: 0, error: 'net::ERR_NAME_NOT_RESOLVED' },
    ]);
    expect(report.allowlist).toEqual({ reached: ['chatgpt.com', '*.oaistatic.com', 'js.stripe.com'], failed: ['*.chatgpt.com'] });
    const custom = await analyze([{ url: 'https://chat.corp.example/', status: 0, error: 'net::ERR_CONNECTION_REFUSED' }], { minimum: ['*.corp.example'], broader: [] });
    expect(custom.allowlist).toEqual({ reached: [], failed: ['*.corp.example'] });
    expect(custom.findings).toEqual([expect.objectContaining({ kind: 'no_response', host: 'chat.corp.example', detail: 'connection_refused' })]);
  });

  it('matchesDomain: a wildcard covers subdomains only, a plain domain only itself', () => {
    expect(matchesDomain('a.openai.com', '*.openai.com')).toBe(true);
    expect(matchesDomain('a.b.openai.com', '*.openai.com')).toBe(true);
    expect(matchesDomain('openai.com', '*.openai.com')).toBe(false);
    expect(matchesDomain('evilopenai.com', '*.openai.com')).toBe(false);
    expect(matchesDomain('chatgpt.com', 'chatgpt.com')).toBe(true);
    expect(matchesDomain('x.chatgpt.com', 'chatgpt.com')).toBe(false);
  });

  it('keeps at most maxFindings and counts the rest; is the same as a pure function over a list', async () => {
    const specs: EntrySpec[] = Array.from({ length: 12 }, (_, i) => ({ url: `https://chatgpt.com/backend-api/x${i}`, status: 502 }));
    const views = specs.map((s) => toEntryView(harEntry(s) as JsonObject));
    const capped = await analyzeHarEntries(views, { allowlist, maxFindings: 5 });
    expect(capped.findings).toHaveLength(5);
    expect(capped.omitted).toBe(7);
    expect(capped.facts).toEqual({ symptom: 'http_500' });
    const analyzer = createHarAnalyzer({ allowlist });
    analyzer.add(undefined);
    expect(analyzer.finish()).toEqual({ entries: 1, findings: [], omitted: 0, facts: {}, allowlist: { reached: [], failed: [] } });
  });

  it('reads base64 bodies (mitmproxy and Chrome export pages so)', async () => {
    const report = await analyze([{ url: 'https://chatgpt.com/', status: 403, mimeType: 'text/html', body: CHALLENGE_PAGE, base64: true }]);
    expect(report.findings).toEqual([expect.objectContaining({ kind: 'cloudflare_challenge', detail: 'challenge_page' })]);
  });
});
