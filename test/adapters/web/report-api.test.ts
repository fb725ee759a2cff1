import { beforeEach, describe, expect, it } from 'vitest';
import { EVIDENCE_LABELS } from '../../../src/triage/verdicts/build-evidence.ts';
import { startRealDesk } from './helpers/real-desk.ts';
import { serveWeb } from './helpers/serve-web.ts';
import { webClient, type WebClient } from './helpers/web-client.ts';

/**
 * Issue 14 item 1 over the JSON API (real HTTP server, real desk): GET /api/conversations/:id/report
 * is the prefilled draft, POST files the person's fields; the reporter only, 400 naming the field.
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

type Report = { text: string; json: { kind: string; branch?: string; calledFor: boolean; locale: string; evidence: { label: string; done: boolean }[]; missing: string[]; filedAt?: string; fields: { id: string; value: string | null }[] } };
type Problem = { error: string; field?: string; code: string };

/** The opening text in the conversation's language (a text the parser is sure of sets the language). */
const OPENING: Record<string, string> = { en: 'chatgpt.com shows HTTP ERROR 500 in Chrome 126', fr: "chatgpt.com affiche l'erreur HTTP 500 dans Chrome 126" };

async function escalated(url: string, locale?: string) {
  const start = await browser.post(`${url}/api/conversations`, { text: OPENING[locale ?? 'en'], ...(locale ? { locale } : {}) });
  const { id } = start.body as { id: string };
  await browser.post(`${url}/api/conversations/${id}/answers`, { fact: 'clean_browser', value: 'fails' });
  await browser.post(`${url}/api/conversations/${id}/answers`, { fact: 'other_network', value: 'fails' });
  const last = (await browser.post(`${url}/api/conversations/${id}/answers`, { fact: 'api_health', value: 'fails' })).body as { verdict?: { branch: string } };
  expect(last.verdict?.branch).toBe('escalate');
  return id;
}

describe('GET and POST /api/conversations/{id}/report', () => {
  it("the draft's form: its kind's inputs prefilled, times in the browser's ?timezone= when the conversation knows none; a bad timezone is 400", async () => {
    const { url } = await setup();
    const id = await escalated(url);
    const draft = await browser.get(`${url}/api/conversations/${id}/report?timezone=${encodeURIComponent('America/New_York')}&locale=de`);
    expect(draft.status).toBe(200);
    const d = draft.body as Report & { form: { key: string; label: string; value: string; maxLength: number }[]; json: { prefill: Record<string, string> } };
    expect(d.form.map((f) => f.key)).toEqual(['time', 'timezone', 'browser', 'device', 'conversationUrl', 'requestIds', 'whatHappened']);
    expect(d.form.find((f) => f.key === 'timezone')).toMatchObject({ label: 'Ihre Zeitzone', value: 'America/New_York' });
    expect(d.form.find((f) => f.key === 'browser')?.value).toBe('Chrome 126');
    expect(d.json.prefill.time).toMatch(/\d{1,2}:\d{2}/);
    expect(d.text).toContain('America/New_York');
    // Without the parameter: UTC (the conversation knows no timezone).
    const utc = (await browser.get(`${url}/api/conversations/${id}/report`)).body as typeof d;
    expect(utc.json.prefill.timezone).toBe('UTC');
    const bad = await browser.get(`${url}/api/conversations/${id}/report?timezone=${encodeURIComponent('<script>')}`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'invalid_query', field: 'timezone' });
  });

  it('the draft is prefilled from the conversation; the filed report carries the fields, kept and idempotent', async () => {
    const { url } = await setup();
    const id = await escalated(url);
    const draft = await browser.get(`${url}/api/conversations/${id}/report`);
    expect(draft.status).toBe(200);
    const d = draft.body as Report;
    expect(d.json).toMatchObject({ kind: 'web', branch: 'escalate', calledFor: true, locale: 'en' });
    expect(d.json.evidence.map((e) => e.label)).toEqual([...EVIDENCE_LABELS]);
    expect(d.json.missing).toEqual(expect.arrayContaining(['what_happened', 'conversation_url']));
    expect(d.text).toContain('Browser or app, and version: Chrome 126');
    expect(d.text).toContain('- Conversation URL or request ID: missing');

    const body = { whatHappened: 'Clicked regenerate', time: '14:05', timezone: 'Europe/Paris', conversationUrl: 'https://chatgpt.com/c/123-abc', harAttached: true };
    const filed = await browser.post(`${url}/api/conversations/${id}/report`, body, { 'idempotency-key': 'rep-1' });
    expect(filed.status).toBe(200);
    const f = filed.body as Report;
    expect(f.json.filedAt).toBeTruthy();
    expect(f.text).toContain('Time of the failure: 14:05 (Europe/Paris)');
    expect(f.text).toContain('- HAR + console logs: done');
    expect(f.text).toContain('- Conversation URL or request ID: done (Conversation URL: https://chatgpt.com/c/123-abc)');
    const replay = (await browser.post(`${url}/api/conversations/${id}/report`, { whatHappened: 'other' }, { 'idempotency-key': 'rep-1' })).body as Report;
    expect(replay.text).toContain('Clicked regenerate');
    const reloaded = (await browser.get(`${url}/api/conversations/${id}/report`)).body as Report;
    expect(reloaded.json.filedAt).toBe(f.json.filedAt);
    expect(reloaded.text).toContain('What I did: Clicked regenerate');
  });

  it("is in the conversation's language, or the one ?locale= asks for", async () => {
    const { url } = await setup();
    const id = await escalated(url, 'fr');
    const fr = (await browser.get(`${url}/api/conversations/${id}/report`)).body as Report;
    expect(fr.text.startsWith('Rapport pour le support : ChatGPT (web ou application)')).toBe(true);
    expect(fr.text).toContain('- Incognito / clean profile tested : fait');
    const de = (await browser.get(`${url}/api/conversations/${id}/report?locale=de`)).body as Report;
    expect(de.text).toContain('- Incognito / clean profile tested: erledigt');
    const bad = await browser.get(`${url}/api/conversations/${id}/report?locale=xx`);
    expect(bad.status).toBe(400);
    expect((bad.body as Problem).field).toBe('locale');
  });

  it('400 names the bad field; 404 for an unknown id and for anyone but the reporter', async () => {
    const { url } = await setup();
    const id = await escalated(url);
    const bad = async (body: unknown, field: string) => {
      const res = await browser.post(`${url}/api/conversations/${id}/report`, body);
      expect(res.status).toBe(400);
      expect((res.body as Problem).field).toBe(field);
      expect((res.body as Problem).error.startsWith(`${field}: `)).toBe(true);
    };
    await bad({ statusCode: 'five hundred' }, 'statusCode');
    await bad({ requestIds: ['ok', ''] }, 'requestIds.1');
    await bad({ errorPayload: 'x'.repeat(4001) }, 'errorPayload');
    await bad({ colour: 'red' }, 'colour');
    await bad(['not an object'], 'body');

    expect((await browser.get(`${url}/api/conversations/nope/report`)).status).toBe(404);
    const stranger = webClient();
    expect((await stranger.get(`${url}/api/conversations/${id}/report`)).status).toBe(404);
    expect((await stranger.post(`${url}/api/conversations/${id}/report`, { whatHappened: 'x' })).status).toBe(404);
    // Nothing was filed by the refused requests.
    expect(((await browser.get(`${url}/api/conversations/${id}/report`)).body as Report).json.filedAt).toBeUndefined();
  });
});

describe('the board lists the support reports filed in an incident', () => {
  it('reportsFiled: the conversations whose report is linked from the timeline; absent when none', async () => {
    const { toIncidentView } = await import('../../../adapters/web/incident-view.ts');
    const base = {
      id: 'inc-1',
      kind: 'upstream' as const,
      state: 'open' as const,
      openedAt: 0,
      openedBy: 'crowd' as const,
      lastReportAt: 0,
      reporters: 3,
      reports: 3,
      places: 2,
      networks: 2,
      sites: 0,
      breakdown: { networks: {}, sites: {}, surfaces: {}, symptoms: {} },
      perMinute: [],
      statusIncidents: [],
      version: 1,
    };
    const note = (by: string, at: number) => ({ type: 'note' as const, at, by, text: 'Support report filed (web)' });
    const view = toIncidentView({ ...base, timeline: [note('report:c1', 1), { type: 'note', at: 2, by: 'Kim', text: 'looking' }, note('report:c2', 3)] }, 10);
    expect(view.reportsFiled).toEqual(['c1', 'c2']);
    expect(view.timeline[0]!.text).toBe('report:c1: Support report filed (web)');
    expect(toIncidentView({ ...base, timeline: [] }, 10).reportsFiled).toBeUndefined();
  });
});
