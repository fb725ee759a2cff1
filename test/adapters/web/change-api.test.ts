import { beforeEach, describe, expect, it } from 'vitest';
import { startRealDesk } from './helpers/real-desk.ts';
import { serveWeb } from './helpers/serve-web.ts';
import { webClient, type WebClient } from './helpers/web-client.ts';

/**
 * Issue 13 item 5 over the JSON API (real HTTP server, real desk): a typed reply's turn carries
 * `read` ("Got it: …" and the facts), and POST /api/conversations/:id/change takes them back and
 * asks again; only the identity that started the conversation may change it.
 */
let browser: WebClient;
beforeEach(() => {
  browser = webClient();
});

async function setup() {
  const real = await startRealDesk();
  const { url } = await serveWeb({ desk: real.desk, readStatus: () => real.status.current() });
  return { real, url };
}

type View = { id: string; read?: { facts: { fact: string; value: string }[]; text: string; change: string }; next?: { fact: string }; verdict?: { branch: string }; facts: Record<string, string>; duplicate: boolean };

describe('POST /api/conversations/{id}/change', () => {
  it('a typed answer says how it was read; change takes it back and asks again, once per Idempotency-Key', async () => {
    const { url } = await setup();
    const start = await browser.post(`${url}/api/conversations`, { text: 'chatgpt.com shows HTTP ERROR 500' });
    expect(start.status).toBe(201);
    const first = start.body as View;
    expect(first.read).toEqual({
      facts: [
        { fact: 'surface', value: 'web' },
        { fact: 'symptom', value: 'http_500' },
      ],
      text: 'Got it: it fails in a web browser and you see "HTTP ERROR 500".',
      change: 'Change',
    });
    const typed = (await browser.post(`${url}/api/conversations/${first.id}/answers`, { text: 'yes it works in incognito' })).body as View;
    expect(typed.verdict?.branch).toBe('browser');
    expect(typed.read?.facts).toEqual([{ fact: 'clean_browser', value: 'works' }]);
    const clicked = (await browser.post(`${url}/api/conversations/${first.id}/answers`, { fact: 'network', value: 'office' })).body as View;
    expect(clicked.read).toBeUndefined();

    const res = await browser.post(`${url}/api/conversations/${first.id}/change`, { facts: ['clean_browser'] }, { 'idempotency-key': 'chg-1' });
    expect(res.status).toBe(200);
    const changed = res.body as View;
    expect(changed).toMatchObject({ id: first.id, duplicate: false, next: { fact: 'clean_browser' } });
    expect(changed.facts.clean_browser).toBeUndefined();
    expect(changed.facts).toMatchObject({ surface: 'web', symptom: 'http_500', network: 'office' });
    expect(changed.verdict).toBeUndefined();
    const again = (await browser.post(`${url}/api/conversations/${first.id}/change`, { facts: ['clean_browser'] }, { 'idempotency-key': 'chg-1' })).body as View;
    expect(again.duplicate).toBe(true);
    const reloaded = (await browser.get(`${url}/api/conversations/${first.id}`)).body as View;
    expect(reloaded.next?.fact).toBe('clean_browser');
    // `read.facts` as the turn gave them: taken back only while the fact still has that value.
    await browser.post(`${url}/api/conversations/${first.id}/answers`, { text: 'no, it fails there too' });
    const stale = (await browser.post(`${url}/api/conversations/${first.id}/change`, { facts: typed.read!.facts })).body as View;
    expect(stale.duplicate).toBe(true);
    expect(stale.facts.clean_browser).toBe('fails');
    const current = (await browser.post(`${url}/api/conversations/${first.id}/change`, { facts: [{ fact: 'clean_browser', value: 'fails' }] })).body as View;
    expect(current.next?.fact).toBe('clean_browser');
  });

  it('400 for a body that names no asked fact; 404 for an unknown id and for anyone but the reporter', async () => {
    const { url } = await setup();
    const { id } = (await browser.post(`${url}/api/conversations`, { text: 'web 500' })).body as View;
    const bad = async (body: unknown) => {
      const res = await browser.post(`${url}/api/conversations/${id}/change`, body);
      expect(res.status).toBe(400);
      return res.body as { error: string; field?: string };
    };
    expect(await bad({})).toMatchObject({ field: 'facts' });
    expect(await bad({ facts: [] })).toMatchObject({ field: 'facts' });
    expect(await bad({ facts: ['status'] })).toMatchObject({ field: 'facts.0' });
    expect(await bad({ facts: 'surface' })).toMatchObject({ field: 'facts' });
    expect(await bad({ facts: [{ fact: 'surface' }] })).toMatchObject({ field: 'facts.0' });
    expect((await browser.post(`${url}/api/conversations/nope/change`, { facts: ['surface'] })).status).toBe(404);
    const someoneElse = webClient();
    expect((await someoneElse.post(`${url}/api/conversations/${id}/change`, { facts: ['surface'] })).status).toBe(404);
    const mine = (await browser.get(`${url}/api/conversations/${id}`)).body as View;
    expect(mine.facts.surface).toBe('web');
  });
});
