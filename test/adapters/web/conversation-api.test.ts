import { describe, expect, it } from 'vitest';
import { DeskError } from '../../../src/desk/desk-error.ts';
import type { StartInput } from '../../../src/desk/desk.port.ts';
import type { StatusModel } from '../../../src/status/status-model.ts';
import { get, post } from '../app/helpers/serve-app.ts';
import { createFakeDesk } from './helpers/fake-desk.ts';
import { serveWeb } from './helpers/serve-web.ts';

async function setup() {
  const desk = createFakeDesk();
  const { url, log } = await serveWeb({ desk });
  return { desk, url, log };
}

async function startConversation(url: string, body: unknown = { reporter: { id: 'r-1', name: 'Ana' } }) {
  const res = await post(`${url}/api/conversations`, body);
  expect(res.status).toBe(201);
  return res.body as { id: string; next?: { fact: string; choices: { value: string }[] }; verdict?: { branch: string } };
}

describe('POST /api/conversations', () => {
  it('starts a conversation: 201 with id, the first question, the status and a Location', async () => {
    const { desk, url } = await setup();
    const res = await post(`${url}/api/conversations`, { reporter: { id: 'r-1', name: 'Ana' }, text: 'it fails', site: 'Berlin' }, { 'idempotency-key': 'k-1' });
    expect(res.status).toBe(201);
    const id = (res.body as { id: string }).id;
    expect(res.headers.get('location')).toBe(`/api/conversations/${id}`);
    expect(res.body).toMatchObject({
      id,
      next: { fact: 'surface', text: 'Where does ChatGPT fail for you?' },
      understood: true,
      duplicate: false,
      preface: [],
      offerNotify: false,
      subscribed: false,
      status: { status: 'operational' },
      crowd: { crowd: 'none' },
    });
    expect(res.body).not.toHaveProperty('verdict');
    expect(res.body).not.toHaveProperty('reporter');
    const input = desk.calls[0]!.args[0] as StartInput;
    expect(input).toEqual({
      reporter: { id: 'web:r-1', name: 'Ana', platform: 'web' },
      thread: { platform: 'web', ref: {} },
      text: 'it fails',
      site: 'Berlin',
      eventId: 'web:k-1',
    });
  });

  it('may answer with a verdict at once', async () => {
    const { desk, url } = await setup();
    desk.setStatus({ status: 'chatgpt_incident', line: 'ChatGPT: Conversations degraded (as of 2 min ago)', ageSeconds: 120, incidents: [] });
    const body = await startConversation(url, { reporter: { id: 'r-2' }, text: 'chatgpt.com in the browser' });
    expect(body.verdict).toMatchObject({ branch: 'outage' });
    expect(body).not.toHaveProperty('next');
    expect(body).toMatchObject({ offerNotify: true });
  });

  it.each([
    [undefined, 'body', 'body: must be a JSON object'],
    [[], 'body', 'body: must be a JSON object'],
    [{}, 'reporter', 'reporter: is required'],
    [{ reporter: 'me' }, 'reporter', 'reporter: must be an object such as {"id": "…", "name": "…"}'],
    [{ reporter: {} }, 'reporter.id', 'reporter.id: is required'],
    [{ reporter: { id: 42 } }, 'reporter.id', 'reporter.id: must be a string'],
    [{ reporter: { id: '' } }, 'reporter.id', 'reporter.id: must not be empty'],
    [{ reporter: { id: 'two words' } }, 'reporter.id', 'reporter.id: must not contain spaces or control characters'],
    [{ reporter: { id: 'x'.repeat(201) } }, 'reporter.id', 'reporter.id: must be at most 200 characters'],
    [{ reporter: { id: 'r', name: 7 } }, 'reporter.name', 'reporter.name: must be a string'],
    [{ reporter: { id: 'r' }, text: ['a'] }, 'text', 'text: must be a string'],
    [{ reporter: { id: 'r' }, text: 'x'.repeat(2001) }, 'text', 'text: must be at most 2000 characters'],
    [{ reporter: { id: 'r' }, site: '  ' }, 'site', 'site: must not be empty'],
  ])('refuses %j with 400 naming %s', async (body, field, error) => {
    const { desk, url } = await setup();
    const res = await post(`${url}/api/conversations`, body === undefined ? 'null' : body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error, code: 'invalid_body', field });
    expect(desk.calls).toEqual([]);
  });

  it('refuses a bad Idempotency-Key with 400', async () => {
    const { url } = await setup();
    const res = await post(`${url}/api/conversations`, { reporter: { id: 'r' } }, { 'idempotency-key': 'has space' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid_header', field: 'Idempotency-Key' });
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
      expect(res.body).toMatchObject({ id, next: { fact: nextFact } });
    }
    const last = await post(`${url}/api/conversations/${id}/answers`, { fact: 'clean_browser', value: 'works' });
    expect(last.status).toBe(200);
    expect(last.body).toMatchObject({ id, verdict: { branch: 'browser', steps: expect.any(Array), stopWhen: expect.any(String), evidence: expect.any(Array) } });
    expect(last.body).not.toHaveProperty('next');
  });

  it('takes free text ({text}) and says when it was not understood', async () => {
    const { desk, url } = await setup();
    const { id } = await startConversation(url);
    const unclear = await post(`${url}/api/conversations/${id}/answers`, { text: 'hmm, not sure' });
    expect(unclear.status).toBe(200);
    expect(unclear.body).toMatchObject({ understood: false, next: { fact: 'surface', askedAgain: 'unclear' } });
    const clear = await post(`${url}/api/conversations/${id}/answers`, { text: 'in the browser' }, { 'idempotency-key': 'evt-9' });
    expect(clear.body).toMatchObject({ understood: true, next: { fact: 'symptom' } });
    expect(desk.calls.at(-1)).toEqual({ method: 'reply', args: [id, 'in the browser', { eventId: 'web:evt-9' }] });
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
    [{}, 'fact', 'fact: is required'],
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

  it('answers 400 when the desk refuses the answer, 409 on a conflict', async () => {
    const { desk, url } = await setup();
    const { id } = await startConversation(url);
    const wrong = await post(`${url}/api/conversations/${id}/answers`, { fact: 'network', value: 'office' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ error: 'value: "network" is not the question being asked', code: 'invalid_answer', field: 'value' });
    desk.failNext(new DeskError('desk.conflict', 'version mismatch'));
    const conflict = await post(`${url}/api/conversations/${id}/answers`, { fact: 'surface', value: 'web' });
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ code: 'conflict' });
  });

  it('answers 500 without detail when the desk fails unexpectedly', async () => {
    const { desk, url, log } = await setup();
    const { id } = await startConversation(url);
    desk.failNext(new Error('redis: READONLY You cannot write against a read only replica'));
    const res = await post(`${url}/api/conversations/${id}/answers`, { fact: 'surface', value: 'web' });
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain('READONLY');
    expect(log.text()).toContain('READONLY');
  });
});

describe('GET /api/conversations/{id} and POST …/subscribe', () => {
  it('returns the conversation as it stands, or 404', async () => {
    const { url } = await setup();
    const { id } = await startConversation(url);
    const res = await get(`${url}/api/conversations/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, next: { fact: 'surface' } });
    expect(new Date(String(res.body!.startedAt)).toISOString()).toBe(res.body!.startedAt);
    expect(res.body).not.toHaveProperty('reporter');
    expect(res.body).not.toHaveProperty('thread');
    expect((await get(`${url}/api/conversations/unknown`)).status).toBe(404);
    expect((await get(`${url}/api/conversations/${'x'.repeat(300)}`)).status).toBe(404);
  });

  it('subscribes the reporter, or 404 for an unknown conversation', async () => {
    const { url } = await setup();
    const { id } = await startConversation(url);
    const res = await post(`${url}/api/conversations/${id}/subscribe`, {});
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ subscribed: true, incidentId: 'inc-1' });
    expect((await post(`${url}/api/conversations/nope/subscribe`, {})).status).toBe(404);
  });
});

describe('GET /api/status', () => {
  it('returns the status summary with its status fact', async () => {
    const { desk, url } = await setup();
    desk.setStatus({
      status: 'chatgpt_incident',
      line: 'ChatGPT: Conversations degraded (as of 2 min ago)',
      ageSeconds: 120,
      incidents: [{ name: 'Elevated errors', url: 'https://status.openai.com/incidents/1', chatgpt: true }],
    });
    const res = await get(`${url}/api/status`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'chatgpt_incident',
      line: 'ChatGPT: Conversations degraded (as of 2 min ago)',
      ageSeconds: 120,
      incidents: [{ name: 'Elevated errors', url: 'https://status.openai.com/incidents/1', chatgpt: true }],
    });
  });

  it('adds the normalized status model when the status service gives one', async () => {
    const model: StatusModel = {
      provider: 'incidentio',
      format: 'incidentio_widget',
      page: { name: 'OpenAI', url: 'https://status.openai.com' },
      components: [{ id: 'c1', name: 'Conversations', group: 'ChatGPT', status: 'degraded_performance' }],
      componentsComplete: true,
      incidents: [],
      maintenances: [],
    };
    const { url } = await serveWeb({ desk: createFakeDesk(), readStatusModel: () => model });
    const res = await get(`${url}/api/status`);
    expect(res.body).toMatchObject({ status: 'operational', model });
  });
});
