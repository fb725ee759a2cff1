import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { PUBLIC_DIR } from '../../../adapters/web/public-dir.ts';
import { localizedPage } from '../../../adapters/web/localized-page.ts';
import { CATALOGS, type MessageId } from '../../../src/messages/catalogs.ts';
import { formatMessage } from '../../../src/messages/format-message.ts';
import { LOCALES, type Locale } from '../../../src/messages/locale.ts';
import type { Message, MessageParams } from '../../../src/messages/message.ts';
import { BRANCHES } from '../../../src/triage/branches.ts';
import { FACT_VALUES } from '../../../src/triage/fact-values.ts';
import type { IncidentKind } from '../../../src/incidents/incident-types.ts';
import { get } from '../app/helpers/serve-app.ts';
import { startRealDesk } from './helpers/real-desk.ts';
import { serveWeb } from './helpers/serve-web.ts';

const webIds = (locale: Locale) => Object.keys(CATALOGS[locale]).filter((id) => id.startsWith('web.') || id.startsWith('page.') || id.startsWith('reportForm.')).sort();
const webText = (locale: Locale, id: string) => formatMessage(locale, CATALOGS[locale][id as MessageId]);
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

describe('GET /api/texts: the web area of the catalog for the page’s scripts', () => {
  let url: string;
  // serveApp closes its servers after each test.
  beforeEach(async () => {
    ({ url } = await serveWeb({ desk: (await startRealDesk()).desk, config: { DEFAULT_LOCALE: 'es', deskLocale: 'de' } }));
  });

  it.each(LOCALES)('answers every web.*, page.* and reportForm.* text of %s, unformatted, with an ETag the browser revalidates (304)', async (locale) => {
    const res = await get(`${url}/api/texts?locale=${locale}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('content-language')).toBe(locale);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const body = res.body as { locale: string; texts: Record<string, Message> };
    expect(body.locale).toBe(locale);
    expect(Object.keys(body.texts).sort()).toEqual(webIds(locale));
    for (const id of webIds(locale)) expect(body.texts[id]).toEqual(CATALOGS[locale][id as MessageId]);
    // Only the web, page and report-form areas: no other area's texts travel to the browser.
    expect(Object.keys(body.texts).every((id) => id.startsWith('web.') || id.startsWith('page.') || id.startsWith('reportForm.'))).toBe(true);

    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    // (fetch adds "Cache-Control: no-cache" to a request with If-None-Match unless one is given, as a browser's own revalidation does not.)
    const again = await fetch(`${url}/api/texts?locale=${locale}`, { headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('gives each language its own ETag', async () => {
    const tags = await Promise.all(LOCALES.map(async (l) => (await get(`${url}/api/texts?locale=${l}`)).headers.get('etag')));
    expect(new Set(tags).size).toBe(LOCALES.length);
  });

  it('reads a region tag as its language ("de-DE" → de, "FR_ca" → fr)', async () => {
    expect((await get(`${url}/api/texts?locale=de-DE`)).body?.locale).toBe('de');
    expect((await get(`${url}/api/texts?locale=FR_ca`)).body?.locale).toBe('fr');
  });

  it('answers an unsupported locale with 400 naming the supported ones', async () => {
    const res = await get(`${url}/api/texts?locale=pt-BR`);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'locale: unsupported locale "pt-BR"; supported: en, de, es, fr', code: 'unsupported_locale', field: 'locale' });
    const twice = await get(`${url}/api/texts?locale=de&locale=fr`);
    expect(twice.status).toBe(400);
    expect(twice.body?.code).toBe('unsupported_locale');
    expect(String(twice.body?.error)).toContain('supported: en, de, es, fr');
    expect((await get(`${url}/api/texts?locale=`)).status).toBe(400);
  });

  it('without ?locale, negotiates Accept-Language, else DEFAULT_LOCALE, and says it varies by Accept-Language', async () => {
    const french = await get(`${url}/api/texts`, { 'accept-language': 'pt-BR, fr-CH;q=0.9, de;q=0.5' });
    expect(french.body?.locale).toBe('fr');
    expect(french.headers.get('vary')).toMatch(/Accept-Language/i);
    expect((await get(`${url}/api/texts`, { 'accept-language': 'ja, en;q=0.1' })).body?.locale).toBe('en');
    expect((await get(`${url}/api/texts`, { 'accept-language': 'ja' })).body?.locale).toBe('es');
    expect((await get(`${url}/api/texts`)).body?.locale).toBe('es');
  });
});

describe('the pages in their language', () => {
  let url: string;
  beforeEach(async () => {
    ({ url } = await serveWeb({ desk: (await startRealDesk()).desk, config: { DEFAULT_LOCALE: 'fr', deskLocale: 'de' } }));
  });

  const langOf = (html: string) => /<html lang="([a-z]+)">/.exec(html)?.[1];
  const selected = (html: string) => [...html.matchAll(/<option value="([a-z]+)"[^>]* selected/g)].map((m) => m[1]);

  it('serves the triage page in the browser’s language: <html lang>, every text, the menu showing it', async () => {
    const res = await get(`${url}/`, { 'accept-language': 'de-DE,de;q=0.9,en;q=0.8' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('de');
    expect(res.headers.get('vary')).toMatch(/Cookie/);
    expect(res.headers.get('vary')).toMatch(/Accept-Language/);
    expect(langOf(res.text)).toBe('de');
    expect(selected(res.text)).toEqual(['de']);
    expect(res.text).toContain('<h1 data-t="web.page.heading">ChatGPT zeigt „HTTP ERROR 500“?</h1>');
    expect(res.text).toContain('<title data-t="web.page.title">Hilfe bei „HTTP ERROR 500“ in ChatGPT</title>');
    expect(res.text).toContain('aria-label="Nachrichten"');
    expect(res.text).not.toContain('Tell us what happens');
  });

  it('prefers the menu’s remembered choice (cookie) over Accept-Language, and falls back to DEFAULT_LOCALE', async () => {
    const chosen = await get(`${url}/index.html`, { 'accept-language': 'de-DE', cookie: 'other=1; c500_locale=es' });
    expect(langOf(chosen.text)).toBe('es');
    expect(chosen.text).toContain('Cuéntanos qué pasa');
    const nothing = await get(`${url}/`, { 'accept-language': 'ja' });
    expect(langOf(nothing.text)).toBe('fr');
    expect(selected(nothing.text)).toEqual(['fr']);
    // A cookie naming a language the bot does not speak is ignored.
    expect(langOf((await get(`${url}/`, { 'accept-language': 'en-GB', cookie: 'c500_locale=pt' })).text)).toBe('en');
  });

  it('serves the board in DESK_LOCALE whatever the browser says, or in its menu’s remembered choice', async () => {
    const desk = await get(`${url}/board`, { 'accept-language': 'es' });
    expect(desk.status).toBe(200);
    expect(langOf(desk.text)).toBe('de');
    expect(desk.text).toContain('data-t="board.heading">Helpdesk-Board</span>');
    const chosen = await get(`${url}/board.html`, { cookie: 'c500_board_locale=fr; c500_locale=es' });
    expect(langOf(chosen.text)).toBe('fr');
    expect(chosen.text).toContain('Tableau du support');
  });
});

describe('localizedPage', () => {
  it.each(['index.html', 'board.html'])('%s: every marked text and attribute is the catalog’s, in each language', async (file) => {
    const template = await readFile(join(PUBLIC_DIR, file), 'utf8');
    const render = localizedPage(template, file);
    const ids = [...template.matchAll(/\sdata-t(?:-[a-z-]+)?="([^"]*)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(10);
    for (const locale of LOCALES) {
      const html = render(locale);
      for (const id of ids) expect({ locale, id, found: html.includes(escapeHtml(webText(locale, id))) }).toEqual({ locale, id, found: true });
    }
  });

  it('refuses an id the catalog lacks, and a marked element that holds more than text', () => {
    expect(() => localizedPage('<html lang="en"><p data-t="web.nope">x</p></html>', 't.html')).toThrow(/no catalog text for web\.nope/);
    expect(() => localizedPage('<html lang="en"><p data-t="web.page.start">x <b>y</b></p></html>', 't.html')).toThrow(/may hold only text/);
  });

  it('escapes the texts it writes into HTML', () => {
    const render = localizedPage('<html lang="en"><p data-t="web.page.answer_echo">x</p></html>', 't.html');
    expect(render('en')).toBe('<html lang="en"><p data-t="web.page.answer_echo">{question} — {answer}</p></html>');
    const withQuote = localizedPage('<html lang="en"><title data-t="web.page.title">x</title></html>', 't.html');
    expect(withQuote('en')).toBe('<html lang="en"><title data-t="web.page.title">ChatGPT &#34;HTTP ERROR 500&#34; help</title></html>');
  });
});

interface ClientFormatter {
  formatText(locale: string, message: Message, params?: MessageParams): string;
}
const isClientFormatter = (value: unknown): value is ClientFormatter =>
  typeof value === 'object' && value !== null && 'formatText' in value && typeof value.formatText === 'function';

describe('the page’s formatter (public/format-text.js)', () => {
  it('formats every catalog text exactly as the server’s formatMessage, plurals and numbers included', async () => {
    const module: unknown = await import(pathToFileURL(join(PUBLIC_DIR, 'format-text.js')).href);
    if (!isClientFormatter(module)) throw new Error('format-text.js exports no formatText');
    const samples: MessageParams[] = [{}, { count: 0 }, { count: 1 }, { count: 2 }, { count: 5 }, { count: 21 }, { count: 1000000 }, { count: 1.5 }];
    let compared = 0;
    for (const locale of LOCALES) {
      for (const [id, message] of Object.entries(CATALOGS[locale] as Readonly<Record<string, Message>>)) {
        for (const sample of samples) {
          const params: MessageParams = { ...sample, status: 503, line: 'x', name: 'Ana', time: '14:05', total: 12345, peak: 7, title: 'T' };
          expect({ id, locale, sample, text: module.formatText(locale, message, params) }).toEqual({ id, locale, sample, text: formatMessage(locale, message, params) });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(LOCALES.length * 100);
  });
});

describe('the ids the pages’ scripts use', () => {
  const has = (id: string) => Object.hasOwn(CATALOGS.en, id);

  it('every literal web.* and board.* id in public/*.js is in the catalog', async () => {
    const used = new Set<string>();
    for (const file of (await readdir(PUBLIC_DIR)).filter((f) => f.endsWith('.js'))) {
      const js = await readFile(join(PUBLIC_DIR, file), 'utf8');
      for (const match of js.matchAll(/'((?:web|board)\.[a-z0-9_.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((id) => !has(id))).toEqual([]);
  });

  it('the ids the board builds from values exist for every value', () => {
    const kinds: IncidentKind[] = ['upstream', 'network_local', 'api'];
    const built = [
      ...kinds.map((kind) => `board.kind.${kind}`),
      ...['open', 'acknowledged', 'resolved', 'merged'].map((state) => `board.state.${state}`),
      ...['network', 'site', 'surface', 'symptom'].map((dimension) => `board.dimension.${dimension}`),
      ...BRANCHES.map((branch) => `board.branch.${branch}`),
      ...(['network', 'surface', 'symptom'] as const).flatMap((fact) => FACT_VALUES[fact].map((value) => `board.value.${fact}.${value}`)),
    ];
    expect(built.filter((id) => !has(id))).toEqual([]);
  });
});
