import { describe, expect, it } from 'vitest';
import { incidentioPartial } from '../../status/status-payloads.ts';
import { startRealDesk } from './helpers/real-desk.ts';
import { serveWeb } from './helpers/serve-web.ts';

/** A browser's cookie jar (every cookie, as a browser keeps them per host), over real HTTP. */
function browserJar() {
  const jar = new Map<string, string>();
  async function send(url: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      headers: { ...(cookie ? { cookie } : {}), ...(init.method && init.method !== 'GET' ? { 'content-type': 'application/json' } : {}), ...init.headers },
      ...(init.method && init.method !== 'GET' ? { body: JSON.stringify(init.body ?? {}) } : {}),
    });
    for (const set of res.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at);
      const value = pair!.slice(at + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(set)) jar.delete(name);
      else jar.set(name, value);
    }
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> | null, headers: res.headers };
  }
  return { send, jar };
}

interface Line {
  who: string;
  kind: string;
  text?: string;
}

describe('the whole conversation from the server (a reload, another tab)', () => {
  it('GET /api/conversations/current answers the transcript: each question once, every answer (button or typed), and how typed ones were read', async () => {
    const real = await startRealDesk();
    const { url } = await serveWeb({ desk: real.desk, readStatus: () => real.status.current() });
    const browser = browserJar();
    const started = await browser.send(`${url}/api/conversations`, { method: 'POST', body: { text: 'chatgpt.com shows HTTP ERROR 500' } });
    expect(started.status).toBe(201);
    const id = started.body!.id as string;
    // Two questions answered by the opening text: this one is the third of about four.
    expect(started.body).toMatchObject({ next: { fact: 'clean_browser' }, progress: { step: 3, about: 4 } });
    const answer = (body: unknown) => browser.send(`${url}/api/conversations/${id}/answers`, { method: 'POST', body });
    expect((await answer({ text: 'hmm, maybe?' })).body).toMatchObject({ understood: false, next: { fact: 'clean_browser' } });
    expect((await answer({ text: 'it fails in incognito too' })).body).toMatchObject({ next: { fact: 'network' }, progress: { step: 4 } });
    expect((await answer({ fact: 'network', value: 'office' })).body).toMatchObject({ next: { fact: 'other_network' } });

    // Another tab of the same browser: the same cookies, no id known to the page.
    const view = await browser.send(`${url}/api/conversations/current`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ id, next: { fact: 'other_network' }, progress: { step: 5 } });
    const lines = (view.body!.transcript as Line[]).map((l) => `${l.who}/${l.kind}${l.text ? `: ${l.text}` : ''}`);
    expect(lines).toEqual([
      'you/text: chatgpt.com shows HTTP ERROR 500',
      expect.stringMatching(/^bot\/read: Got it: /),
      'bot/question: Does ChatGPT work in a private (incognito) window?',
      'you/text: hmm, maybe?',
      'bot/unclear',
      'you/text: it fails in incognito too',
      expect.stringMatching(/^bot\/read: Got it: .*private window/),
      'bot/question: Which network are you on when it fails?',
      'you/choice: Office / company Wi-Fi',
    ]);
    // GET by id answers the same transcript.
    expect((await browser.send(`${url}/api/conversations/${id}`)).body!.transcript).toEqual(view.body!.transcript);
  });

  it('answers 204 (nothing to resume) to another browser, and after "Start over" (DELETE) to this one', async () => {
    const real = await startRealDesk();
    const { url } = await serveWeb({ desk: real.desk });
    const browser = browserJar();
    expect((await browser.send(`${url}/api/conversations/current`)).status).toBe(204);
    await browser.send(`${url}/api/conversations`, { method: 'POST', body: {} });
    expect((await browser.send(`${url}/api/conversations/current`)).status).toBe(200);
    // Another browser that copied the conversation cookie but not the session: the same answer as no conversation.
    const other = browserJar();
    other.jar.set('c500_conversation', browser.jar.get('c500_conversation')!);
    const stolen = await other.send(`${url}/api/conversations/current`);
    expect(stolen.status).toBe(204);
    expect(stolen.body).toBeNull();
    expect((await browser.send(`${url}/api/conversations/current`, { method: 'DELETE' })).status).toBe(204);
    expect((await browser.send(`${url}/api/conversations/current`)).status).toBe(204);
  });

  it('marks the conversation resolved once its incident is, and a browser verdict offers no notification', async () => {
    const real = await startRealDesk({ statusPayload: incidentioPartial() });
    // The status poller's step: the status page's ChatGPT incident opens an upstream incident.
    await real.desk.reconcileStatus(real.status.current());
    const { url } = await serveWeb({ desk: real.desk, readStatus: () => real.status.current() });
    const browser = browserJar();
    const started = await browser.send(`${url}/api/conversations`, { method: 'POST', body: { text: 'chatgpt.com shows 500 in the browser' } });
    expect(started.body).toMatchObject({ verdict: { branch: 'outage' }, offerNotify: true });
    const before = await browser.send(`${url}/api/conversations/current`);
    expect(before.body!.resolved).toBeUndefined();
    const incidentId = (before.body!.crowd as { incidentId?: string }).incidentId;
    expect(incidentId).toBeTruthy();
    expect(await real.desk.incidents.resolve(incidentId!, 'desk-alice')).toMatchObject({ ok: true });
    const after = await browser.send(`${url}/api/conversations/current`);
    expect(after.body!.resolved).toEqual({ incidentId, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });

    const quiet = await startRealDesk();
    const q = await serveWeb({ desk: quiet.desk });
    const person = browserJar();
    const browserVerdict = await person.send(`${q.url}/api/conversations`, { method: 'POST', body: { text: 'chatgpt.com shows 500, works in incognito' } });
    expect(browserVerdict.body).toMatchObject({ verdict: { branch: 'browser' }, offerNotify: false });
  });
});

describe('polling has a budget of its own', () => {
  it('30 open pages behind one address polling never use up its API limit, and the polls themselves are limited', async () => {
    const real = await startRealDesk();
    const { url } = await serveWeb({ desk: real.desk, readStatus: () => real.status.current(), config: { WEB_RATE_LIMIT_PER_MINUTE: 40 } });
    const pages = Array.from({ length: 30 }, () => browserJar());
    const ids: string[] = [];
    for (const page of pages) {
      const started = await page.send(`${url}/api/conversations`, { method: 'POST', body: {} });
      expect(started.status).toBe(201);
      ids.push(started.body!.id as string);
    }
    // Four polls each (a minute at 15 s) and the status: 150 reads from one address within the minute.
    for (let round = 0; round < 4; round++) {
      const answers = await Promise.all(pages.map((page, i) => page.send(`${url}/api/conversations/${ids[i]}`)));
      expect(answers.map((a) => a.status)).toEqual(pages.map(() => 200));
    }
    const statuses = await Promise.all(pages.map((page) => page.send(`${url}/api/status`)));
    expect(statuses.map((s) => s.status)).toEqual(pages.map(() => 200));
    // The address's API budget is untouched by them: its writes still go through (30 starts + 1 of 40).
    expect((await pages[0]!.send(`${url}/api/conversations/${ids[0]}/answers`, { method: 'POST', body: { fact: 'surface', value: 'web' } })).status).toBe(200);
    // Polls have their own limit (600 a minute by default): they cannot be used to flood either.
    const many = await Promise.all(Array.from({ length: 460 }, () => pages[1]!.send(`${url}/api/status`)));
    expect(many.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    const limited = many.find((r) => r.status === 429)!;
    expect(limited.body).toMatchObject({ code: 'poll_rate_limited' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
