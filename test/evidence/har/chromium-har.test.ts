import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processHarFile } from '../../../src/evidence/har/process-har-file.ts';
import { DEFAULT_ALLOWLIST } from '../../../src/triage/default-allowlist.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, browserSkipReason } from '../../e2e/chromium.ts';
import { visibleText } from '../../helpers/planted-secrets-har.ts';
import { chromium } from 'playwright-core';

// A HAR recorded by a real Chromium (Playwright's recorder) against local servers: allowlist hosts
// are mapped to 127.0.0.1 by the browser's host resolver, one to a closed port, one to "no such
// name". The page sets a session cookie and sends a bearer token and a token in a query string.

const COOKIE_SECRET = 'ChromiumSessionCookie7b1e';
const BEARER_SECRET = 'ChromiumBearerToken2c9d5f';
const QUERY_SECRET = 'ChromiumQueryToken3e8a';

const skip = browserSkipReason();

describe.skipIf(skip !== undefined)('a HAR recorded by Chromium', () => {
  let server: Server;
  let port: number;
  let closedPort: number;
  let dir: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'authorization' };
      if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/') {
        res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': `sid=${COOKIE_SECRET}; Path=/; HttpOnly` });
        return void res.end(`<!doctype html><title>loading</title><script>
          const at = (host, p, init) => fetch('http://' + host + ':' + location.port + p, init).then((r) => r.status, (e) => String(e));
          Promise.allSettled([
            fetch('/api/me?token=${QUERY_SECRET}', { headers: { authorization: 'Bearer ${BEARER_SECRET}' } }),
            at('featureassets.org', '/challenge'),
            at('prodregistryv2.org', '/blocked'),
            fetch('http://events.statsigapi.net:${closedPort}/v1/rgstr').catch(() => 0),
            at('rum.browser-intake-datadoghq.com', '/api/v2/rum'),
          ]).then(() => { document.title = 'done'; });
        </script>`);
      }
      if (path === '/challenge') {
        res.writeHead(403, { ...cors, 'content-type': 'text/html', 'cf-mitigated': 'challenge', server: 'cloudflare', 'cf-ray': '8f00chromium-FRA' });
        return void res.end('<!DOCTYPE html><html><head><title>Just a moment...</title></head><body></body></html>');
      }
      if (path === '/blocked') {
        res.writeHead(403, { ...cors, 'content-type': 'text/html', 'x-zscaler-transaction-id': 'zs-1' });
        return void res.end('<html><title>Website blocked</title>Zscaler: this site is blocked by your company policy.</html>');
      }
      res.writeHead(200, { ...cors, 'content-type': 'application/json', 'x-request-id': 'req_local' });
      res.end('{"ok":true}');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
    // A port that was free a moment ago and is closed now: connection refused.
    const probe = createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    dir = await mkdtemp(join(tmpdir(), 'chromium-har-'));
  });

  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is read, analysed and redacted: challenge, filtering product, refused and unresolved allowlist domains; no secret left', async () => {
    const harPath = join(dir, 'chromium.har');
    const rules = ['featureassets.org', 'prodregistryv2.org', 'events.statsigapi.net'].map((h) => `MAP ${h} 127.0.0.1`).join(', ');
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, `--host-resolver-rules=${rules}, MAP rum.browser-intake-datadoghq.com ~NOTFOUND`],
      headless: true,
      timeout: 30_000,
    });
    try {
      const context = await browser.newContext({ recordHar: { path: harPath, content: 'embed' } });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction("document.title === 'done'", undefined, { timeout: 15_000 });
      await context.close();
    } finally {
      await browser.close();
    }
    const recorded = await readFile(harPath, 'utf8');
    // The recording really holds the secrets (else the redaction check below proves nothing).
    for (const secret of [COOKIE_SECRET, BEARER_SECRET, QUERY_SECRET]) expect(recorded).toContain(secret);

    const out = join(dir, 'chromium.redacted.har');
    const report = await processHarFile(harPath, { maxBytes: 1e9, allowlist: { minimum: [...DEFAULT_ALLOWLIST.minimum], broader: [...DEFAULT_ALLOWLIST.broader] }, redactTo: out });
    const findings = report.findings.map((f) => [f.kind, f.host, f.detail]);
    expect(findings).toEqual(
      expect.arrayContaining([
        ['cloudflare_challenge', 'featureassets.org', 'cf_mitigated'],
        ['filtered', 'prodregistryv2.org', 'zscaler'],
        ['no_response', 'events.statsigapi.net', 'connection_refused'],
        ['no_response', 'rum.browser-intake-datadoghq.com', 'dns'],
      ]),
    );
    expect(report.findings.find((f) => f.kind === 'cloudflare_challenge')).toMatchObject({ cfRay: '8f00chromium-FRA', status: 403, path: '/challenge' });
    expect(report.allowlist.failed).toEqual(expect.arrayContaining(['prodregistryv2.org', 'events.statsigapi.net', 'rum.browser-intake-datadoghq.com']));
    expect(report.allowlist.reached).toContain('featureassets.org');
    expect(report.redacted).toBeGreaterThanOrEqual(3);

    const written = visibleText(await readFile(out, 'utf8'));
    for (const secret of [COOKIE_SECRET, BEARER_SECRET, QUERY_SECRET]) expect(written).not.toContain(secret);
    expect(JSON.stringify(report)).not.toMatch(new RegExp(`${COOKIE_SECRET}|${BEARER_SECRET}|${QUERY_SECRET}`));
    expect(written).toContain('Bearer [REDACTED]');
  });
});
