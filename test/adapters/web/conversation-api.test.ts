import { outboxSettled } from '../../helpers/outbox-settled.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/store.port.ts';
import { incidentioPartial } from '../../status/status-payloads.ts';
import { startRealDesk } from './helpers/real-desk.ts';
import { threeReportersOverApi } from './helpers/report-over-api.ts';
import { serveWeb } from './helpers/serve-web.ts';
import { webClient, type WebClient } from './helpers/web-client.ts';

// One browser per test (its session cookie kept); tests that need another person make their own.
let browser: WebClient;
beforeEach(() => {
  browser = webClient();
});
const post = (url: string, body: unknown, headers?: Record<string, string>) => browser.post(url, body, headers);
const get = (url: string, headers?: Record<string, string>) => browser.get(url, headers);

async function setup(options: Parameters<typeof startRealDesk>[0] = {}) {
  const real = await startRealDesk(options);
  const { url, log } = await serveWeb({ desk: real.desk, readStatus: () => real.status.current() });
  return { real, url, log };
}

async function startConversation(url: string, body: unknown = { reporter: { name: 'Ana' } }) {
  const res = await post(`${url}/api/conversations`, body);
  expect(res.status).toBe(201);
  return res.body as { id: string; next?: { fact: string; choices: { value: string }[] }; verdict?: { branch: string } };
}

const started = async (real: { metrics: { conversationsStarted: { get(): Promise<{ values: { value: number }[] }> } } }) =>
  (await real.metrics.conversationsStarted.get()).values.reduce((sum, v) => sum + v.value, 0);

/** A store whose conversation reads or writes fail on demand (faults at the store, the real desk above). */
function faultyStore(faults: { failGet?: Error; conflict?: boolean }) {
  return (store: Store): Store => {
    const inner = store.conversations;
    return {
      ...store,
      conversations: {
        get: (id) => (faults.failGet ? Promise.reject(faults.failGet) : inner.get(id)),
        save: (id, state, version) => (faults.conflict ? Promise.resolve('conflict' as const) : inner.save(id, state, version)),
        delete: (id) => inner.delete(id),
      },
      turns: { commit: (turn) => (faults.conflict ? Promise.resolve({ outcome: 'conflict' as const }) : store.turns.commit(turn)) },
    };
  };
}

describe('POST /api/conversations', () => {
  it('starts a conversation: 201 with id, the first question, the status and a Location', async () => {
    const { real, url } = await setup();
    const res = await post(`${url}/api/conversations`, { reporter: { name: 'Ana' }, site: 'Berlin' }, { 'idempotency-key': 'k-1' });
    expect(res.status).toBe(201);
    const id = (res.body as { id: string }).id;
    expect(res.headers.get('location')).toBe(`/api/conversations/${id}`);
    expect(res.body).toMatchObject({
      id,
      next: { fact: 'surface', text: 'Where does ChatGPT fail for you?' },
      understood: true,
      duplicate: false,
      preface: ['ChatGPT: no incident on the status page (as of just now)'],
      offerNotify: false,
      subscribed: false,
      status: { status: 'operational', line: 'ChatGPT: no incident on the status page (as of just now)' },
      crowd: { crowd: 'none' },
    });
    expect(res.body).not.toHaveProperty('verdict');
    expect(res.body).not.toHaveProperty('reporter');
    // The reporter is the session's (the cookie set by this first response), the name the person's own label.
    const session = /^c500_session=([A-Za-z0-9_-]{24})\./.exec(browser.cookie() ?? '')?.[1];
    expect(session).toBeDefined();
    const snapshot = await real.desk.get(id);
    expect(snapshot).toMatchObject({ reporter: { id: session, name: 'Ana', platform: 'web' }, thread: { platform: 'web', ref: {} } });
    // The Idempotency-Key is the desk's event id: the same request again starts nothing new.
    const again = await post(`${url}/api/conversations`, { reporter: { name: 'Ana' }, site: 'Berlin' }, { 'idempotency-key': 'k-1' });
    expect(again.body).toMatchObject({ id, duplicate: true });
    expect(await started(real)).toBe(1);
  });

  it('reads facts from the text it starts with', async () => {
    const { url } = await setup();
    const body = await startConversation(url, { text: 'chatgpt.com shows HTTP ERROR 500 on the office wifi' });
    expect(body).toMatchObject({ next: { fact: 'clean_browser' }, facts: { surface: 'web', symptom: 'http_500', network: 'office' } });
  });

  it('answers with the outage verdict at once while the status page shows a ChatGPT incident', async () => {
    const { real, url } = await setup();
    await real.setStatusPayload(incidentioPartial());
    const body = await startConversation(url, { text: 'chatgpt.com in the browser' });
    expect(body.verdict).toMatchObject({ branch: 'outage' });
    expect(body).not.toHaveProperty('next');
    expect(body).toMatchObject({ offerNotify: true, status: { status: 'chatgpt_incident' } });
  });

  it.each([
    [undefined, 'body', 'body: must be a JSON object'],
    [[], 'body', 'body: must be a JSON object'],
    [{ reporter: 'me' }, 'reporter', 'reporter: must be an object such as {"id": "…", "name": "…"}'],
    [{ reporter: { id: 42 } }, 'reporter.id', 'reporter.id: must be a string'],
    [{ reporter: { id: '' } }, 'reporter.id', 'reporter.id: must not be empty'],
    [{ reporter: { id: 'two words' } }, 'reporter.id', 'reporter.id: must not contain spaces or control characters'],
    [{ reporter: { id: 'x'.repeat(201) } }, 'reporter.id', 'reporter.id: must be at most 200 characters'],
    [{ reporter: { id: 'r', name: 7 } }, 'reporter.name', 'reporter.name: must be a string'],
    [{ text: ['a'] }, 'text', 'text: must be a string'],
    [{ text: 'x'.repeat(2001) }, 'text', 'text: must be at most 2000 characters'],
    [{ site: '  ' }, 'site', 'site: must not be empty'],
  ])('refuses %j with 400 naming %s', async (body, field, error) => {
    const { real, url } = await setup();
    const res = await post(`${url}/api/conversations`, body === undefined ? 'null' : body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error, code: 'invalid_body', field });
    expect(await started(real)).toBe(0);
  });

  it('refuses a bad Idempotency-Key with 400', async () => {
    const { url } = await setup();
    const res = await post(`${url}/api/conversations`, {}, { 'idempotency-key': 'has space' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid_header', field: 'Idempotency-Key' });
  });

  it('refuses malformed JSON (400), a body over the limit (413) and a non-JSON write (415)', async () => {
    const real = await startRealDesk();
    const { url } = await serveWeb({ desk: real.desk, config: { WEB_BODY_LIMIT_BYTES: 1024 } });
    const malformed = await post(`${url}/api/conversations`, '{"reporter": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ error: 'The body is not valid JSON.', code: 'invalid_json' });
    const large = await post(`${url}/api/conversations`, { text: 'x'.repeat(1500) });
    expect(large.status).toBe(413);
    expect(large.body).toEqual({ error: 'The body is too large: the limit is 1024 bytes.', code: 'body_too_large' });
    const form = await fetch(`${url}/api/conversations`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'reporter=me' });
    expect(form.status).toBe(415);
    expect(await form.json()).toMatchObject({ code: 'unsupported_media_type' });
    expect(await started(real)).toBe(0);
  });

  it('rate-limits a client with 429 and Retry-After', async () => {
    const real = await startRealDesk();
    const { url } = await serveWeb({ desk: real.desk, config: { WEB_RATE_LIMIT_PER_MINUTE: 2 } });
    expect((await post(`${url}/api/conversations`, {})).status).toBe(201);
    expect((await get(`${url}/api/texts`)).status).toBe(200);
    const limited = await post(`${url}/api/conversations`, {});
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ code: 'rate_limited' });
    expect(await started(real)).toBe(1);
  });
});

describe('POST /api/conversations/{id}/answers', () => {
  it('takes button answers ({fact, value}) until the verdict', async () => {
    const { url } = await setup();
    const { id } = await startConversation(url);
    const answers = [
      ['surface', 'web', 'symptom'],
      ['symptom', 'http_500', 'clean_browser'],
    ] as const;
    for (const [fact, value, nextFact] of answers) {
      const res = await post(`${url}/api/conversations/${id}/answers`, { fact, value });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id, next: { fact: nextFact }, facts: { [fact]: value } });
    }
    const last = await post(`${url}/api/conversations/${id}/answers`, { fact: 'clean_browser', value: 'works' });
    expect(last.status).toBe(200);
    expect(last.body).toMatchObject({ id, verdict: { branch: 'browser', steps: expect.any(Array), stopWhen: expect.any(String), evidence: expect.any(Array) } });
    expect(last.body).not.toHaveProperty('next');
  });

  it('takes free text ({text}) and says when it was not understood', async () => {
    const { url } = await setup();
    const { id } = await startConversation(url);
    const unclear = await post(`${url}/api/conversations/${id}/answers`, { text: 'hmm, not sure' });
    expect(unclear.status).toBe(200);
    expect(unclear.body).toMatchObject({ understood: false, next: { fact: 'surface', askedAgain: 'unclear' } });
    const clear = await post(`${url}/api/conversations/${id}/answers`, { text: 'in the browser, it says HTTP ERROR 500' }, { 'idempotency-key': 'evt-9' });
    expect(clear.body).toMatchObject({ understood: true, facts: { surface: 'web', symptom: 'http_500' }, next: { fact: 'clean_browser' } });
  });

  it('applies a retried request once (same Idempotency-Key → duplicate)', async () => {
    const { url } = await setup();
    const { id } = await startConversation(url);
    const first = await post(`${url}/api/conversations/${id}/answers`, { fact: 'surface', value: 'web' }, { 'idempotency-key': 'same' });
    const again = await post(`${url}/api/conversations/${id}/answers`, { fact: 'surface', value: 'web' }, { 'idempotency-key': 'same' });
    expect(first.body).toMatchObject({ duplicate: false, next: { fact: 'symptom' } });
    expect(again.body).toMatchObject({ duplicate: true, next: { fact: 'symptom' } });
  });

  it.each([
    [{}, 'body', 'body: send "fact" and "value" (a choice, e.g. {"fact": "surface", "value": "web"}) or "text" (in your own words, e.g. {"text": "it works in incognito"})'],
    [{ value: 'web' }, 'fact', 'fact: is required'],
    [{ fact: 'status', value: 'operational' }, 'fact', 'fact: must be one of: surface, symptom, clean_browser, other_network, network, api_health, web_works, retries'],
    [{ fact: 'surface' }, 'value', 'value: is required'],
    [{ fact: 'surface', value: 'fax' }, 'value', 'value: must be one of: web, desktop, mobile, api (for surface)'],
    [{ text: '' }, 'text', 'text: must not be empty'],
    [{ text: 5 }, 'text', 'text: must be a string'],
    [{ text: 'web', fact: 'surface', value: 'web' }, 'text', 'text: send either "text" or "fact" and "value", not both'],
    ['"just a string"', 'body', 'body: must be a JSON object'],
  ])('refuses %j with 400 naming %s', async (body, field, error) => {
    const { url } = await setup();
    const { id } = await startConversation(url);
    const res = await post(`${url}/api/conversations/${id}/answers`, body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error, code: 'invalid_body', field });
  });

  it('answers 404 for an unknown conversation', async () => {
    const { url } = await setup();
    const res = await post(`${url}/api/conversations/no-such-id/answers`, { fact: 'surface', value: 'web' });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'No conversation with this id: it may have expired. Start a new one.', code: 'not_found' });
  });

  it('answers 400 when the desk refuses the answer (facts that contradict each other)', async () => {
    const { url } = await setup();
    const { id } = await startConversation(url);
    await post(`${url}/api/conversations/${id}/answers`, { fact: 'surface', value: 'web' });
    const wrong = await post(`${url}/api/conversations/${id}/answers`, { fact: 'symptom', value: 'api_500' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: 'invalid_answer', field: 'value', error: expect.stringMatching(/^value: /) });
  });

  it('answers 409 when the conversation keeps changing under the answer', async () => {
    const faults: { conflict?: boolean } = {};
    const { url } = await setup({ wrapStore: faultyStore(faults) });
    const { id } = await startConversation(url);
    faults.conflict = true;
    const conflict = await post(`${url}/api/conversations/${id}/answers`, { fact: 'surface', value: 'web' });
    expect(conflict.status).toBe(409);
    expect(conflict.body).toEqual({ error: 'The conversation changed at the same moment; send the answer again.', code: 'conflict' });
  });

  it('answers 500 without detail when the store fails unexpectedly; the log has it', async () => {
    const faults: { failGet?: Error } = {};
    const { url, log } = await setup({ wrapStore: faultyStore(faults) });
    const { id } = await startConversation(url);
    faults.failGet = new Error('READONLY You cannot write against a read only replica');
    const res = await post(`${url}/api/conversations/${id}/answers`, { fact: 'surface', value: 'web' });
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: 'Something went wrong on our side; the error has been logged.', code: 'internal' });
    expect(log.text()).toContain('READONLY');
  });
});

describe('GET /api/conversations/{id} and POST …/subscribe', () => {
  it('returns the conversation as it stands, or 404', async () => {
    const { url } = await setup();
    const { id } = await startConversation(url);
    await post(`${url}/api/conversations/${id}/answers`, { fact: 'surface', value: 'web' });
    const res = await get(`${url}/api/conversations/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, next: { fact: 'symptom' }, facts: { surface: 'web' }, notices: [] });
    expect(new Date(String(res.body!.startedAt)).toISOString()).toBe(res.body!.startedAt);
    expect(res.body).not.toHaveProperty('reporter');
    expect(res.body).not.toHaveProperty('thread');
    expect((await get(`${url}/api/conversations/unknown`)).status).toBe(404);
    expect((await get(`${url}/api/conversations/${'x'.repeat(300)}`)).status).toBe(404);
  });

  it('subscribes the reporter (the turn says so afterwards), or 404 for an unknown conversation', async () => {
    const { url } = await setup();
    const { id } = await startConversation(url);
    const res = await post(`${url}/api/conversations/${id}/subscribe`, {});
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ subscribed: true });
    expect((await get(`${url}/api/conversations/${id}`)).body).toMatchObject({ subscribed: true });
    const unknown = await post(`${url}/api/conversations/nope/subscribe`, {});
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'not_found' });
  });

  it('shows the desk\'s update to every reporter and the resolve notice to subscribers, oldest first', async () => {
    const { real, url } = await setup();
    const [subscribed, other] = await threeReportersOverApi([url]).then((ids) => ids.map((id, n) => ({ id, client: ids.clients[n]! })));
    expect((await subscribed!.client.post(`${url}/api/conversations/${subscribed!.id}/subscribe`, {})).body).toMatchObject({ subscribed: true, incidentId: expect.any(String) });
    const incidentId = (await real.desk.incidents.list({ openOnly: true }))[0]!.id;
    expect((await subscribed!.client.get(`${url}/api/conversations/${subscribed!.id}`)).body).toMatchObject({ notices: [] });

    await real.desk.incidents.postUpdate(incidentId, 'We opened a ticket with OpenAI.', 'Kim');
    const resolved = await post(`${url}/api/incidents/${incidentId}/resolve`, { by: 'Kim' });
    expect(resolved.status).toBe(200);
    await outboxSettled(real.store);

    const res = await subscribed!.client.get(`${url}/api/conversations/${subscribed!.id}`);
    expect(res.status).toBe(200);
    const notices = (res.body as { notices: { at: string; incidentId: string; text: string }[] }).notices;
    expect(notices).toEqual([
      { at: expect.any(String), incidentId, text: expect.stringContaining('We opened a ticket with OpenAI.') },
      { at: expect.any(String), incidentId, text: expect.stringMatching(/^✅ Resolved: ChatGPT outage/) },
    ]);
    for (const notice of notices) expect(new Date(notice.at).toISOString()).toBe(notice.at);
    expect(Date.parse(notices[0]!.at)).toBeLessThanOrEqual(Date.parse(notices[1]!.at));
    // A reload shows them in the preface too.
    expect((res.body as { preface: string[] }).preface).toEqual(expect.arrayContaining(notices.map((n) => n.text)));
    // A reporter who did not subscribe gets the desk's update, not the resolve notice.
    expect((await other!.client.get(`${url}/api/conversations/${other!.id}`)).body).toMatchObject({
      notices: [{ at: expect.any(String), incidentId, text: expect.stringContaining('We opened a ticket with OpenAI.') }],
    });
  });
});

describe('GET /api/status', () => {
  it('returns the normalized status with its status fact (as `chatgpt-500 status --json`) and the line people read', async () => {
    const { real, url } = await setup();
    const quiet = await get(`${url}/api/status`);
    expect(quiet.status).toBe(200);
    expect(quiet.body).toMatchObject({ status: 'operational', incidents: [], provider: 'incidentio', chatgpt: { incidents: [] } });
    expect((quiet.body as { components: unknown[] }).components.length).toBeGreaterThan(10);

    await real.setStatusPayload(incidentioPartial());
    const res = await get(`${url}/api/status`);
    expect(res.body).toMatchObject({
      status: 'chatgpt_incident',
      line: expect.stringMatching(/^ChatGPT: .* \(as of just now\)$/),
      ageSeconds: 0,
      incidents: [{ name: 'Elevated errors across ChatGPT and Codex', url: 'https://status.openai.com/incidents/01M1KWEDH417T2CF44YYHZDFCR' }],
      chatgpt: { incidents: [{ name: 'Elevated errors across ChatGPT and Codex', chatgpt: true }] },
      provider: 'incidentio',
    });
  });

  it('writes the line in the language asked for (?locale=, else Accept-Language); the values stay the same', async () => {
    const { url } = await setup();
    const german = await get(`${url}/api/status?locale=de-DE`);
    expect(german.body).toMatchObject({ status: 'operational', line: expect.stringContaining('gerade eben') });
    const spanish = (await fetch(`${url}/api/status`, { headers: { 'accept-language': 'es-MX,es;q=0.9' } }).then((r) => r.json())) as { status: string; line: string };
    expect(spanish.status).toBe('operational');
    expect(spanish.line).not.toBe((await get(`${url}/api/status`)).body?.line);
    expect(spanish.line).not.toBe(german.body?.line);
    const unsupported = await get(`${url}/api/status?locale=pt-BR`);
    expect(unsupported.status).toBe(400);
    expect(unsupported.body).toMatchObject({ code: 'unsupported_locale', field: 'locale', error: expect.stringContaining('supported: en, de, es, fr') });
  });

  it('says "unknown" when the status page cannot be read', async () => {
    const fresh = await startRealDesk({ statusPayload: 'a payload that is not a status page' });
    const { url } = await serveWeb({ desk: fresh.desk, readStatus: () => fresh.status.current() });
    const res = await get(`${url}/api/status`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'unknown', ageSeconds: null, components: [], incidents: [], reason: expect.stringContaining('could not be read') });
  });
});
