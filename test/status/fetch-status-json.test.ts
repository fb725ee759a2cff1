import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from 'undici';
import { fetchStatusJson, STATUS_USER_AGENT } from '../../src/status/fetch-status-json.ts';
import { StatusFetchError } from '../../src/status/status-fetch-error.ts';
import { StatusPayloadError } from '../../src/status/status-payload-error.ts';
import { startFakeStatusServer, type FakeStatusServer } from '../helpers/fake-status-server.ts';
import { incidentioPartial } from './status-payloads.ts';

let server: FakeStatusServer;
const agent = new Agent({ connect: { timeout: 1000 } });
const base = { dispatcher: agent, timeoutMs: 2000, maxBytes: 100_000 };
const url = () => `${server.url}/proxy/127.0.0.1`;

beforeAll(async () => {
  server = await startFakeStatusServer();
});
afterEach(() => {
  server.setDefault({ kind: 'status', status: 404 });
});
afterAll(async () => {
  await server.close();
  await agent.close();
});

describe('fetchStatusJson', () => {
  it('GETs JSON with a User-Agent naming the bot and returns the body and ETag', async () => {
    server.enqueue({ kind: 'json', body: incidentioPartial(), etag: '"v1"' });
    const result = await fetchStatusJson(url(), base);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.etag).toBe('"v1"');
    expect((result.body as { summary: { name: string } }).summary.name).toBe('OpenAI');
    const request = server.requests.at(-1)!;
    expect(request.path).toBe('/proxy/127.0.0.1');
    expect(request.headers['user-agent']).toBe(STATUS_USER_AGENT);
    expect(request.headers['user-agent']).toMatch(/^chatgpt-500\//);
    expect(request.headers['accept']).toBe('application/json');
    expect(request.headers['if-none-match']).toBeUndefined();
  });

  it('sends If-None-Match and reports not_modified on 304', async () => {
    server.enqueue({ kind: 'json', body: { summary: {} }, etag: '"v1"' });
    const result = await fetchStatusJson(url(), { ...base, etag: '"v1"' });
    expect(result).toEqual({ kind: 'not_modified', etag: '"v1"' });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"');
  });

  it('accepts a +json media type', async () => {
    server.enqueue({ kind: 'json', body: { ok: true }, contentType: 'application/vnd.status+json; charset=utf-8' });
    await expect(fetchStatusJson(url(), base)).resolves.toMatchObject({ kind: 'ok', body: { ok: true } });
  });

  it('rejects a body that is not JSON by content type (an HTML error page)', async () => {
    server.enqueue({ kind: 'raw', body: '<html>maintenance</html>', contentType: 'text/html; charset=utf-8' });
    await expect(fetchStatusJson(url(), base)).rejects.toMatchObject({ code: 'status.content_type' });
  });

  it('rejects malformed JSON', async () => {
    server.enqueue({ kind: 'raw', body: '{"summary": {', contentType: 'application/json' });
    const error = await fetchStatusJson(url(), base).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatusPayloadError);
    expect(error).toMatchObject({ code: 'status.malformed' });
  });

  it('stops at the size cap when Content-Length announces too much', async () => {
    server.enqueue({ kind: 'oversize', bytes: 500_000, declareLength: true });
    await expect(fetchStatusJson(url(), base)).rejects.toMatchObject({ code: 'status.too_large' });
  });

  it('stops at the size cap while streaming a body of unannounced length', async () => {
    server.enqueue({ kind: 'oversize', bytes: 5_000_000 });
    await expect(fetchStatusJson(url(), { ...base, maxBytes: 50_000 })).rejects.toMatchObject({ code: 'status.too_large' });
  });

  it('gives up on a server that never answers, at the total deadline', async () => {
    server.enqueue({ kind: 'hang' });
    await expect(fetchStatusJson(url(), { ...base, timeoutMs: 300 })).rejects.toMatchObject({ code: 'status.timeout' });
  });

  it('gives up on a slow trickle at the total deadline, though bytes keep coming', async () => {
    server.enqueue({ kind: 'trickle', body: JSON.stringify({ summary: { name: 'x'.repeat(200) } }), chunkBytes: 2, intervalMs: 20 });
    await expect(fetchStatusJson(url(), { ...base, timeoutMs: 400 })).rejects.toMatchObject({ code: 'status.timeout' });
  });

  it('reports 429 with Retry-After seconds as a backoff error', async () => {
    server.enqueue({ kind: 'status', status: 429, retryAfter: '120' });
    const error = await fetchStatusJson(url(), base).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatusFetchError);
    expect(error).toMatchObject({ code: 'status.http', httpStatus: 429, retryAfterMs: 120_000, backoff: true });
  });

  it('reports 503 with an HTTP-date Retry-After relative to now', async () => {
    const now = Date.parse('2026-09-03T12:00:00Z');
    server.enqueue({ kind: 'status', status: 503, retryAfter: 'Thu, 03 Sep 2026 12:02:00 GMT' });
    await expect(fetchStatusJson(url(), { ...base, now: () => now })).rejects.toMatchObject({ httpStatus: 503, retryAfterMs: 120_000, backoff: true });
  });

  it('reports 404 without backoff', async () => {
    server.enqueue({ kind: 'status', status: 404 });
    await expect(fetchStatusJson(url(), base)).rejects.toMatchObject({ code: 'status.http', httpStatus: 404, backoff: false });
  });

  it('reports a refused connection as a network error', async () => {
    const closed = await startFakeStatusServer();
    const deadUrl = `${closed.url}/proxy/127.0.0.1`;
    await closed.close();
    await expect(fetchStatusJson(deadUrl, base)).rejects.toMatchObject({ code: 'status.network' });
  });

  it('is cancelled by the caller’s signal', async () => {
    server.enqueue({ kind: 'hang' });
    const controller = new AbortController();
    const pending = fetchStatusJson(url(), { ...base, signal: controller.signal });
    await server.waitForRequests(server.requests.length + 1).catch(() => undefined);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'status.aborted' });
  });
});
