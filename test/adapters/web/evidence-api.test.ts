import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { beforeEach, describe, expect, it } from 'vitest';
import { harText } from '../../helpers/har-builder.ts';
import { PLANTED_STRINGS, plantedSecretsHar } from '../../helpers/planted-secrets-har.ts';
import { startRealDesk } from './helpers/real-desk.ts';
import { serveWeb, type ServeWebOptions } from './helpers/serve-web.ts';
import { webClient, type ClientResponse, type WebClient } from './helpers/web-client.ts';

let browser: WebClient;
beforeEach(() => {
  browser = webClient();
});

async function setup(config: ServeWebOptions['config'] = {}) {
  const real = await startRealDesk();
  const { url, log } = await serveWeb({ desk: real.desk, readStatus: () => real.status.current(), config });
  return { real, url, log };
}

async function startConversation(url: string, client = browser): Promise<string> {
  const res = await client.post(`${url}/api/conversations`, { reporter: { name: 'Ana' }, locale: 'en' });
  expect(res.status).toBe(201);
  return String((res.body as { id: string }).id);
}

/** Sends a HAR as the page does: the file itself as the body. */
async function upload(url: string, id: string, body: string | ReadableStream<Uint8Array>, options: { query?: string; type?: string; client?: WebClient } = {}): Promise<ClientResponse> {
  const client = options.client ?? browser;
  const cookie = client.cookie();
  const res = await fetch(`${url}/api/conversations/${encodeURIComponent(id)}/har${options.query ?? ''}`, {
    method: 'POST',
    headers: { 'content-type': options.type ?? 'application/har+json', ...(cookie ? { cookie } : {}) },
    body,
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);
  const text = await res.text();
  let parsed: Record<string, unknown> | null = null;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    parsed = null;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** Answers whatever the page asks with these values until a verdict comes. */
async function answerUntilVerdict(url: string, id: string, answers: Record<string, string>, first: Record<string, unknown>) {
  let turn = first as { next?: { fact: string }; verdict?: { branch: string; evidence: { label: string; satisfied: boolean }[]; itNote?: { text: string; blockedDomains?: string[] } } };
  for (let i = 0; i < 10 && !turn.verdict; i++) {
    const fact = turn.next!.fact;
    const res = await browser.post(`${url}/api/conversations/${id}/answers`, { fact, value: answers[fact] });
    expect(res.status).toBe(200);
    turn = res.body as typeof turn;
  }
  return turn;
}

const serverErrorHar = () =>
  harText([
    { url: 'https://chatgpt.com/backend-api/conversation', method: 'POST', status: 500, resourceType: 'fetch', responseHeaders: { 'x-request-id': 'req_abc123', 'cf-ray': '8f1a2b3c4d5e6f70-FRA' } },
    { url: 'https://cdn.oaistatic.com/assets/app.js', status: 200, resourceType: 'script' },
  ]);

describe('POST /api/conversations/:id/har', () => {
  it('reads the HAR, shows its findings in the page language, keeps a summary and satisfies "HAR + console logs"', async () => {
    const { real, url } = await setup();
    const id = await startConversation(url);
    const res = await upload(url, id, serverErrorHar());
    expect(res.status).toBe(200);
    const har = (res.body!.evidence as { har: { entries: number; summary: string; findings: string[]; domains: string[] } }).har;
    expect(har.entries).toBe(2);
    expect(har.summary).toBe('HAR read: 2 requests; 0 secret values redacted.');
    expect(har.findings).toHaveLength(1);
    expect(har.findings[0]).toContain('Server error 500 from chatgpt.com/backend-api/conversation');
    expect(har.findings[0]).toContain('x-request-id req_abc123');
    // The HAR settles the symptom (a 500 from chatgpt.com), which the person was not asked yet.
    expect(res.body!.facts).toMatchObject({ symptom: 'http_500' });

    const snapshot = await real.desk.get(id);
    expect(snapshot!.details.harAttached).toBe(true);
    expect(snapshot!.details.har!.findings[0]).toMatchObject({ kind: 'server_error', host: 'chatgpt.com', path: '/backend-api/conversation', status: 500, requestId: 'req_abc123' });

    const verdict = await answerUntilVerdict(url, id, { surface: 'web', clean_browser: 'fails', other_network: 'works', network: 'office' }, res.body!);
    expect(verdict.verdict!.branch).toBe('network');
    expect(verdict.verdict!.evidence.find((e) => e.label === 'HAR + console logs')).toMatchObject({ satisfied: true });

    // A reload shows the findings again.
    const again = await browser.get(`${url}/api/conversations/${id}`);
    expect((again.body!.evidence as { har: { findings: string[] } }).har.findings[0]).toContain('Server error 500');
  });

  it('words the findings in the conversation language', async () => {
    const { url } = await setup();
    const res0 = await browser.post(`${url}/api/conversations`, { locale: 'de' });
    const id = String((res0.body as { id: string }).id);
    const res = await upload(url, id, serverErrorHar());
    expect(res.status).toBe(200);
    expect((res.body!.evidence as { har: { summary: string } }).har.summary).toBe('HAR gelesen: 2 Anfragen; 0 geheime Werte geschwärzt.');
  });

  it('refuses a HAR above HAR_MAX_BYTES with 413 and a clear JSON error, by its Content-Length and while streaming', async () => {
    const { real, url } = await setup({ HAR_MAX_BYTES: 2048 });
    const id = await startConversation(url);
    const big = harText(Array.from({ length: 40 }, (_, i) => ({ url: `https://chatgpt.com/backend-api/x${i}`, status: 200 })));
    expect(big.length).toBeGreaterThan(2048);
    const declared = await upload(url, id, big);
    expect(declared.status).toBe(413);
    expect(declared.body).toEqual({ code: 'har_too_large', error: 'This HAR is larger than 1 MB, the most the bot reads: export only the page load that fails.' });

    // Without a Content-Length (chunked): refused at the byte that passes the limit.
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 512) controller.enqueue(bytes.slice(i, i + 512));
        controller.close();
      },
    });
    const streamed = await upload(url, id, stream);
    expect(streamed.status).toBe(413);
    expect(streamed.body).toMatchObject({ code: 'har_too_large' });
    expect((await real.desk.get(id))!.details.harAttached).toBeUndefined();
  });

  it('refuses a file that is not a HAR or is cut off with 400, and anything but application/har+json with 415', async () => {
    const { url } = await setup();
    const id = await startConversation(url);
    const notHar = await upload(url, id, JSON.stringify({ hello: 'world' }));
    expect(notHar.status).toBe(400);
    expect(notHar.body).toMatchObject({ code: 'not_har' });
    expect(String(notHar.body!.error)).toContain('not a HAR');
    const text = serverErrorHar();
    const cut = await upload(url, id, text.slice(0, Math.floor(text.length / 2)));
    expect(cut.status).toBe(400);
    expect(cut.body).toMatchObject({ code: 'har_truncated' });
    const plain = await upload(url, id, text, { type: 'text/plain' });
    expect(plain.status).toBe(415);
    const json = await upload(url, id, text, { type: 'application/json' });
    expect(json.status).toBe(415);
    expect(json.body).toMatchObject({ code: 'unsupported_media_type' });
  });

  it("answers 404 for someone else's conversation and reads nothing", async () => {
    const { real, url } = await setup();
    const id = await startConversation(url);
    const stranger = webClient();
    await stranger.get(`${url}/api/status`);
    const res = await upload(url, id, serverErrorHar(), { client: stranger });
    expect(res.status).toBe(404);
    expect((await real.desk.get(id))!.details.harAttached).toBeUndefined();
    expect((await upload(url, 'no-such-id', serverErrorHar())).status).toBe(404);
  });

  it('never lets a planted secret reach the answer, the redacted download, the store or the logs', async () => {
    const { real, url, log } = await setup();
    const id = await startConversation(url);
    const before = (await readdir(tmpdir())).filter((name) => name.startsWith('c500-har-'));
    const findings = await upload(url, id, plantedSecretsHar());
    expect(findings.status).toBe(200);
    expect((findings.body!.evidence as { har: { redacted: number } }).har.redacted).toBeGreaterThan(10);

    const download = await upload(url, id, plantedSecretsHar(), { query: '?redacted=1' });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('chatgpt-500-redacted.har');
    const copy = JSON.parse(download.text) as { log: { entries: { request: { url: string } }[] } };
    expect(copy.log.entries.length).toBeGreaterThan(0);
    expect(download.text).toContain('[REDACTED]');
    // Nothing is left in the temporary directory (removed once the answer is sent).
    const left = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('c500-har-') && !before.includes(name));
    for (let i = 0; i < 50 && (await left()).length > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await left()).toEqual([]);

    const stored = JSON.stringify(await real.store.conversations.get(id));
    const view = (await browser.get(`${url}/api/conversations/${id}`)).text;
    for (const output of [findings.text, download.text, stored, view, log.text(), real.log.text()]) {
      for (const secret of PLANTED_STRINGS) expect(output).not.toContain(secret);
    }
  });
});

describe('the network check', () => {
  const targets = ['http://127.0.0.1:9/ok.ico', 'http://127.0.0.1:10/refused.ico', 'http://localhost:11/hangs.ico'];

  it('lists its targets, records the result and names exactly the blocked domains in the IT note', async () => {
    const { real, url } = await setup({ networkCheckTargets: targets });
    const listed = await browser.get(`${url}/api/network-check`);
    expect(listed.body).toEqual({
      targets: [
        { url: targets[0], domain: '127.0.0.1:9' },
        { url: targets[1], domain: '127.0.0.1:10' },
        { url: targets[2], domain: 'localhost:11' },
      ],
      timeoutMs: 5000,
    });
    const id = await startConversation(url);
    const first = await browser.get(`${url}/api/conversations/${id}`);
    expect(first.body!.offerNetworkCheck).toBe(false);

    const verdict = await answerUntilVerdict(url, id, { surface: 'web', symptom: 'http_500', clean_browser: 'fails', other_network: 'works', network: 'office' }, first.body!);
    expect(verdict.verdict!.branch).toBe('network');
    expect((verdict as { offerNetworkCheck?: boolean }).offerNetworkCheck).toBe(true);
    expect(verdict.verdict!.itNote!.blockedDomains).toBeUndefined();

    const res = await browser.post(`${url}/api/conversations/${id}/network-check`, {
      results: [
        { url: targets[0], reachable: true },
        { url: targets[1], reachable: false },
        { url: targets[2], reachable: false },
      ],
    });
    expect(res.status).toBe(200);
    const turn = res.body as { verdict: { itNote: { text: string; blockedDomains: string[] } }; evidence: { networkCheck: { reachable: string[]; blocked: string[]; lines: string[] } } };
    expect(turn.evidence.networkCheck).toMatchObject({ reachable: ['127.0.0.1:9'], blocked: ['127.0.0.1:10', 'localhost:11'] });
    expect(turn.evidence.networkCheck.lines).toEqual(['Blocked from your browser: 127.0.0.1:10, localhost:11.', 'Reachable from your browser: 127.0.0.1:9.']);
    expect(turn.verdict.itNote.blockedDomains).toEqual(['127.0.0.1:10', 'localhost:11']);
    expect(turn.verdict.itNote.text).toContain("A network check from the person's own browser could not reach: 127.0.0.1:10, localhost:11.");
    expect(turn.verdict.itNote.text).not.toContain('127.0.0.1:9');
    expect((await real.desk.get(id))!.details.networkCheck).toMatchObject({ blocked: ['127.0.0.1:10', 'localhost:11'] });
  });

  it('refuses a result for an address it does not probe, a malformed body, and strangers', async () => {
    const { url } = await setup({ networkCheckTargets: targets });
    const id = await startConversation(url);
    const unknown = await browser.post(`${url}/api/conversations/${id}/network-check`, { results: [{ url: 'https://evil.example/', reachable: false }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'invalid_body', field: 'results.0.url' });
    const malformed = await browser.post(`${url}/api/conversations/${id}/network-check`, { results: [{ url: targets[0], reachable: 'yes' }] });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ field: 'results.0.reachable' });
    const stranger = webClient();
    const res = await stranger.post(`${url}/api/conversations/${id}/network-check`, { results: [{ url: targets[0], reachable: true }] });
    expect(res.status).toBe(404);
  });
});
