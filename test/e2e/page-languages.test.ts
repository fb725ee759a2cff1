import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startInProcess } from '../adapters/app/helpers/start-in-process.ts';
import { FAILS_EVERYWHERE, reportOverApi } from '../adapters/web/helpers/report-over-api.ts';
import { BROWSER_SCENARIO, browserSkipReason, launchChromium, newWatchedPage } from './chromium.ts';

const skip = browserSkipReason();

const htmlLang = (page: Page) => page.evaluate<string>('document.documentElement.lang');
const cookieNamed = async (context: BrowserContext, name: string) => (await context.cookies()).find((c) => c.name === name)?.value;

/** The whole bot in this process; a German browser (Accept-Language de-DE). */
describe.skipIf(skip !== undefined)(`the page’s and the board’s languages in headless Chromium${skip ? ` — SKIPPED: ${skip}` : ''}`, BROWSER_SCENARIO, () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await context?.close();
  });

  const germanBrowser = () => browser.newContext({ locale: 'de-DE', extraHTTPHeaders: { 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.5' } });

  it('opens in German for a German browser, starts the conversation in German, and switches to Spanish from the menu (remembered on reload)', async () => {
    const { url } = await startInProcess();
    context = await germanBrowser();
    const page = await newWatchedPage(context);
    await page.goto(`${url}/`);

    expect(await htmlLang(page)).toBe('de');
    expect(await page.title()).toBe('Hilfe bei „HTTP ERROR 500“ in ChatGPT');
    expect(await page.locator('h1').textContent()).toBe('ChatGPT zeigt „HTTP ERROR 500“?');
    expect(await page.locator('#language').inputValue()).toBe('de');
    expect(await page.getByRole('button', { name: 'Starten' }).isVisible()).toBe(true);
    await page.getByLabel('Dein Name').fill('Jonas');

    // The conversation is asked for in the page's language.
    const started = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/api/conversations'));
    await page.getByRole('button', { name: 'Starten' }).click();
    expect((await started).postDataJSON()).toMatchObject({ reporter: { name: 'Jonas' }, locale: 'de' });
    await expect.poll(() => page.locator('#conversation').isVisible()).toBe(true);
    expect(await page.locator('#conversation-heading').textContent()).toBe('Dein Gespräch');
    expect(await page.getByRole('button', { name: 'Neu anfangen' }).isVisible()).toBe(true);
    expect(await page.getByRole('log').getAttribute('aria-label')).toBe('Nachrichten');

    // Switching mid-conversation rewrites the page's own texts at once, without a reload.
    await page.selectOption('#language', 'es');
    await expect.poll(() => htmlLang(page)).toBe('es');
    expect(await page.locator('h1').textContent()).toBe('¿ChatGPT muestra «HTTP ERROR 500»?');
    expect(await page.title()).toBe('Ayuda con «HTTP ERROR 500» en ChatGPT');
    expect(await page.locator('#conversation-heading').textContent()).toBe('Tu conversación');
    expect(await page.getByRole('button', { name: 'Empezar de nuevo' }).isVisible()).toBe(true);
    expect(await page.locator('#reply-form label').textContent()).toBe('O responde con tus propias palabras');
    expect(await page.getByRole('log').getAttribute('aria-label')).toBe('Mensajes');
    expect(await page.locator('footer').textContent()).toContain('Para el equipo de soporte:');
    expect(await cookieNamed(context, 'c500_locale')).toBe('es');

    // A new conversation starts in Spanish.
    await page.getByRole('button', { name: 'Empezar de nuevo' }).click();
    expect(await page.locator('#start-heading').textContent()).toBe('Cuéntanos qué pasa');
    const restarted = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/api/conversations'));
    await page.getByRole('button', { name: 'Empezar', exact: true }).click();
    expect((await restarted).postDataJSON()).toMatchObject({ locale: 'es' });
    await expect.poll(() => page.locator('#messages li.you').count()).toBe(0);

    // The choice outlives the page: the server renders the next visit in Spanish, Accept-Language notwithstanding.
    await page.reload();
    expect(await htmlLang(page)).toBe('es');
    expect(await page.locator('#language').inputValue()).toBe('es');
    // The conversation comes back from the server, in Spanish.
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('¿Dónde te falla ChatGPT?');
    expect(page.problems).toEqual([]);
  });

  it('shows the board in DESK_LOCALE, not the browser’s language, and switches it from its own menu', async () => {
    const { url } = await startInProcess({ DESK_LOCALE: 'fr' });
    context = await germanBrowser();
    const board = await newWatchedPage(context);
    await board.goto(`${url}/board`);
    expect(await htmlLang(board)).toBe('fr');
    expect(await board.locator('.brand-area').textContent()).toBe('Tableau du support');
    await expect.poll(() => board.locator('#updated').textContent()).toMatch(/^Mis à jour à /);
    expect(await board.locator('#open-empty').textContent()).toBe('Aucun incident ouvert. Les signalements qui forment un motif apparaissent ici.');

    await board.selectOption('#language', 'de');
    await expect.poll(() => htmlLang(board)).toBe('de');
    expect(await board.locator('.brand-area').textContent()).toBe('Helpdesk-Board');
    expect(await board.locator('#open-heading').textContent()).toMatch(/^Offene Störungen/);
    await expect.poll(() => board.locator('#updated').textContent(), { timeout: 2000 }).toMatch(/^Aktualisiert um \d{2}:\d{2}:\d{2}$/); // at once, not at the next refresh
    expect(await cookieNamed(context, 'c500_board_locale')).toBe('de');
    // The board's choice is its own: the triage page still follows the browser.
    expect(await cookieNamed(context, 'c500_locale')).toBeUndefined();
    expect(board.problems).toEqual([]);
  });

  it('writes an incident card in the board’s language: states, counts and plurals, breakdowns, timeline, buttons', async () => {
    const { url } = await startInProcess({ INCIDENT_MIN_REPORTERS: '3', WEB_REPORTERS_PER_ADDRESS: '10', DESK_LOCALE: 'de' });
    context = await germanBrowser();
    const board = await newWatchedPage(context);
    await board.goto(`${url}/board`);
    await expect.poll(() => board.locator('#open-empty').isVisible()).toBe(true);
    await reportOverApi([url], 'r-office', FAILS_EVERYWHERE, 'chatgpt.com shows HTTP ERROR 500 on the office Wi-Fi');
    await reportOverApi([url], 'r-home', { ...FAILS_EVERYWHERE, network: 'home' });
    await reportOverApi([url], 'r-vpn', FAILS_EVERYWHERE, 'chatgpt.com shows HTTP ERROR 500, I am on the VPN');

    const row = board.locator('#open-list tr').first();
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.locator('.state').textContent()).toBe('Offen');
    expect(await row.locator('.c-people').textContent()).toBe('3 Personen');
    expect(await row.locator('.sub').textContent()).toMatch(/^ChatGPT-Ausfall · 3 Meldungen · (gerade eben|vor \d+ Min\.)$/);
    expect(await row.locator('.sev').textContent()).toBe('SEV3 mittel');

    await board.getByLabel('Dein Name, für Bestätigungen').fill('Kim');
    await row.getByRole('button', { name: 'Bestätigen' }).click();
    await expect.poll(() => row.locator('.state').textContent()).toBe('Bestätigt');
    expect(await row.locator('.c-owner').textContent()).toBe('Kim');

    // The incident's page in German: breakdowns, timeline, chart.
    await row.locator('.incident-link').click();
    const detail = board.locator('#detail-view');
    await expect.poll(() => detail.locator('dl.breakdowns dt').first().textContent()).toBe('Netzwerke');
    expect(await detail.locator('dl.breakdowns dd').first().textContent()).toBe('Büro 1Zuhause 1VPN 1');
    expect(await detail.locator('ol.timeline li').first().textContent()).toContain('Aus Meldungen eröffnet: 3 Personen an 3 Orten (Netzwerken oder Standorten)');
    expect(await detail.locator('ol.timeline').textContent()).toContain('Bestätigt von Kim');
    expect(await detail.locator('figcaption').textContent()).toMatch(/^Meldungen pro Minute, /);
    expect(await detail.locator('text.axis-title').allTextContents()).toEqual(['Uhrzeit', 'Meldungen']);

    // The menu redraws the page at once.
    await board.selectOption('#language', 'es');
    await expect.poll(() => detail.locator('.state').textContent()).toBe('Confirmado');
    expect(await detail.locator('ol.timeline li').first().textContent()).toContain('Abierto a partir de reportes: 3 personas en 3 lugares (redes o sedes)');
    expect(await detail.getByRole('button', { name: 'Resolver' }).isVisible()).toBe(true);
    expect(await detail.getByRole('button', { name: 'Posponer', exact: true }).isVisible()).toBe(true);
    expect(board.problems).toEqual([]);
  });
});
