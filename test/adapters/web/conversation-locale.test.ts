import { describe, expect, it } from 'vitest';
import { startRealDesk } from './helpers/real-desk.ts';
import { serveWeb } from './helpers/serve-web.ts';
import { webClient } from './helpers/web-client.ts';

/** POST /api/conversations and the reporter's language, over real HTTP against the real desk. */
async function setup(env: Record<string, string> = {}) {
  const real = await startRealDesk({ env });
  const { url } = await serveWeb({ desk: real.desk, readStatus: () => real.status.current() });
  return { url, client: webClient() };
}

interface TurnBody {
  id: string;
  locale: string;
  next?: { fact: string; text: string; choices: { value: string; label: string }[] };
  verdict?: { branch: string; headline: string };
  preface: string[];
}

describe('POST /api/conversations with a language', () => {
  it('"locale" chooses the language of the turns (a tag such as de or de-DE); the conversation JSON carries it', async () => {
    const { url, client } = await setup();
    const res = await client.post(`${url}/api/conversations`, { locale: 'de-DE' }, { 'accept-language': 'fr' });
    expect(res.status).toBe(201);
    const turn = res.body as unknown as TurnBody;
    expect(turn.locale).toBe('de');
    expect(turn.next).toMatchObject({ fact: 'surface', text: 'Wo schlägt ChatGPT bei dir fehl?' });
    expect(turn.next?.choices.map((c) => c.value)).toEqual(['web', 'desktop', 'mobile', 'api']);
    const answered = await client.post(`${url}/api/conversations/${turn.id}/answers`, { fact: 'surface', value: 'web' });
    expect(answered.body).toMatchObject({ locale: 'de', next: { fact: 'symptom', text: 'Was genau siehst du?' } });
    const again = await client.get(`${url}/api/conversations/${turn.id}`);
    expect(again.body).toMatchObject({ id: turn.id, locale: 'de', next: { fact: 'symptom', text: 'Was genau siehst du?' } });
  });

  it('an unsupported locale is a 400 naming the supported ones', async () => {
    const { url, client } = await setup();
    const res = await client.post(`${url}/api/conversations`, { locale: 'pt-BR' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'locale: unsupported locale "pt-BR"; supported: en, de, es, fr', code: 'invalid_body', field: 'locale' });
    const notText = await client.post(`${url}/api/conversations`, { locale: 7 });
    expect(notText.status).toBe(400);
    expect(notText.body).toMatchObject({ field: 'locale' });
  });

  it('without "locale": the best supported language of Accept-Language, else DEFAULT_LOCALE', async () => {
    const { url, client } = await setup({ DEFAULT_LOCALE: 'es' });
    const french = await client.post(`${url}/api/conversations`, { text: 'web 500, works in incognito' }, { 'accept-language': 'pt-BR, fr-CH;q=0.9, en;q=0.8' });
    expect(french.status).toBe(201);
    expect(french.body).toMatchObject({ locale: 'fr', verdict: { branch: 'browser', headline: 'État du navigateur : ça fonctionne dans une fenêtre propre' } });
    const english = await client.post(`${url}/api/conversations`, {}, { 'accept-language': 'ja, en;q=0.5' });
    expect(english.body).toMatchObject({ locale: 'en', next: { text: 'Where does ChatGPT fail for you?' } });
    const fallback = await client.post(`${url}/api/conversations`, {}, { 'accept-language': 'ja' });
    expect(fallback.body).toMatchObject({ locale: 'es', next: { text: '¿Dónde te falla ChatGPT?' } });
    const none = await client.post(`${url}/api/conversations`, {});
    expect(none.body).toMatchObject({ locale: 'es' });
  });
});
