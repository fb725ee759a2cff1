import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { composeBot, type BotParts, type ComposeBot } from '../../adapters/app/compose-bot.ts';
import { startInProcess } from '../adapters/app/helpers/start-in-process.ts';
import { FAILS_EVERYWHERE, reportOverApi, type Reported } from '../adapters/web/helpers/report-over-api.ts';
import { BROWSER_SCENARIO, browserSkipReason, focusedId, launchChromium, newWatchedPage, screenshot, type PageProblems } from './chromium.ts';
import type { Page } from 'playwright-core';
import { incidentioPartial } from '../status/status-payloads.ts';

const skip = browserSkipReason();
const TOKEN = 'board-token-0123456789abcdef';

const VIEWPORTS = { wide: { width: 1280, height: 860 }, narrow: { width: 390, height: 844 } } as const;

/** Three people on three networks whose ChatGPT fails everywhere: an upstream incident (INCIDENT_MIN_REPORTERS=3). */
async function outage(url: string): Promise<Reported[]> {
  const people: Reported[] = [];
  for (const network of ['office', 'home', 'vpn']) {
    people.push(await reportOverApi([url], `r-${network}`, network === 'vpn' ? FAILS_EVERYWHERE : { ...FAILS_EVERYWHERE, network }, network === 'vpn' ? 'chatgpt.com shows HTTP ERROR 500, I am on the VPN' : undefined));
  }
  return people;
}

/** What a reporter's conversation holds now (the notices the desk sent into it). */
async function noticesOf(url: string, person: Reported): Promise<string[]> {
  const res = await person.client.get(`${url}/api/conversations/${person[0]!.id}`);
  return (res.body as { notices: { text: string }[] }).notices.map((n) => n.text);
}

/** Fits the screen: nothing wider than the viewport (no sideways scrolling). */
const overflowsX = (page: Page) => page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth + 1');

describe.skipIf(skip !== undefined)(`the helpdesk board as a desk console in headless Chromium${skip ? ` — SKIPPED: ${skip}` : ''}`, BROWSER_SCENARIO, () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  async function open(viewport: keyof typeof VIEWPORTS, colorScheme: 'light' | 'dark' = 'light'): Promise<Page & PageProblems> {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport], colorScheme });
    contexts.push(context);
    return newWatchedPage(context);
  }

  it('lists open incidents as dense rows (severity, people, duration, owner, state), filters and searches through the address, at 1280 and 390 px, light and dark', async () => {
    const { url } = await startInProcess({ INCIDENT_MIN_REPORTERS: '3', WEB_REPORTERS_PER_ADDRESS: '10' });
    await outage(url);
    const board = await open('wide');
    await board.goto(`${url}/board`);
    const rows = board.locator('#open-list tr');
    await expect.poll(() => rows.count()).toBe(1);
    const row = rows.first();
    expect(await row.locator('.sev').textContent()).toBe('SEV3 medium');
    expect(await row.locator('.incident-link').textContent()).toBe('ChatGPT outage: 3 people on 3 networks in 1 min');
    expect(await row.locator('.incident-link').getAttribute('title')).toBe('ChatGPT outage: 3 people on 3 networks in 1 min');
    expect(await row.locator('.incident-link').getAttribute('href')).toMatch(/^\/board\/incidents\/[^/]+$/);
    expect(await row.locator('.c-people').textContent()).toBe('3 people');
    expect(await row.locator('.c-duration').textContent()).toMatch(/^\d+ min$/);
    expect(await row.locator('.c-owner').textContent()).toBe('nobody yet');
    expect(await row.locator('.c-state').textContent()).toBe('Open');
    // The title stays on one line: the row is one line high at 1280 px.
    const linkBox = await row.locator('.incident-link').boundingBox();
    expect(linkBox!.height).toBeLessThan(30);
    // The table uses the width: at least 90 % of the viewport less the margins.
    const tableBox = await board.locator('#open-table').boundingBox();
    expect(tableBox!.width).toBeGreaterThan(1100);
    expect(await board.locator('#token-form').isVisible()).toBe(false);
    expect(await board.locator('#updated').textContent()).toMatch(/^Updated at /);
    await screenshot(board, 'board-list', { docs: true });

    // Acknowledge from the list, with a name: the owner column says who.
    await board.getByLabel('Your name, for acknowledgements').fill('Kim');
    await board.getByLabel('Your name, for acknowledgements').press('Tab');
    await row.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => row.locator('.c-owner').textContent()).toBe('Kim');
    expect(await row.locator('.c-state').textContent()).toBe('Acknowledged');

    // Filters and search go into the address, and the address sets them.
    await board.getByLabel('Kind').selectOption('network_local');
    await expect.poll(() => new URL(board.url()).search).toBe('?kind=network_local');
    expect(await rows.count()).toBe(0);
    expect(await board.locator('#open-empty').textContent()).toBe('No incident matches these filters.');
    await board.getByLabel('Kind').selectOption('upstream');
    await board.getByLabel('Search').fill('3 networks');
    await expect.poll(() => new URL(board.url()).search).toBe('?kind=upstream&q=3+networks');
    expect(await rows.count()).toBe(1);
    await board.getByLabel('Search').fill('berlin');
    await expect.poll(() => rows.count()).toBe(0);
    const shared = await open('wide');
    await shared.goto(`${url}/board?state=acknowledged&kind=upstream&q=outage`);
    await expect.poll(() => shared.locator('#open-list tr').count()).toBe(1);
    expect(await shared.getByLabel('State').inputValue()).toBe('acknowledged');
    expect(await shared.getByLabel('Kind').inputValue()).toBe('upstream');
    expect(await shared.getByLabel('Search').inputValue()).toBe('outage');
    await shared.goto(`${url}/board?state=open`);
    await expect.poll(() => shared.locator('#open-empty').isVisible()).toBe(true);

    // 390 px, dark: the same list without sideways scrolling.
    const phone = await open('narrow', 'dark');
    await phone.goto(`${url}/board`);
    await expect.poll(() => phone.locator('#open-list tr').count()).toBe(1);
    expect(await overflowsX(phone)).toBe(false);
    expect(await phone.locator('#open-list .incident-link').isVisible()).toBe(true);
    expect(await phone.evaluate<string>('getComputedStyle(document.body).backgroundColor')).toBe('rgb(20, 23, 27)');
    await screenshot(phone, 'board-list-390-dark', { docs: true });
    const dark = await open('wide', 'dark');
    await dark.goto(`${url}/board`);
    await expect.poll(() => dark.locator('#open-list tr').count()).toBe(1);
    await screenshot(dark, 'board-list-dark', { docs: true });
    for (const page of [board, shared, phone, dark]) expect(page.problems).toEqual([]);
  });

  it('opens an incident at its permalink: chart with axes, breakdowns, reporters by platform, timeline; snoozes, posts an update, and resolves after a confirmation with a note that reaches the reporters', async () => {
    const { url } = await startInProcess({ INCIDENT_MIN_REPORTERS: '3', WEB_REPORTERS_PER_ADDRESS: '10' });
    const people = await outage(url);
    for (const person of people) expect((await person.client.post(`${url}/api/conversations/${person[0]!.id}/subscribe`, {})).status).toBe(200);
    const board = await open('wide');
    await board.goto(`${url}/board`);
    await expect.poll(() => board.locator('#open-list tr').count()).toBe(1);
    await board.locator('#open-list .incident-link').click();
    await board.waitForURL(/\/board\/incidents\/[^/]+$/);
    const permalink = board.url();
    const view = board.locator('#detail-view');
    await expect.poll(() => view.locator('h1').textContent()).toBe('ChatGPT outage: 3 people on 3 networks in 1 min');
    expect(await board.locator('#list-view').isVisible()).toBe(false);
    expect(await view.locator('.sev').textContent()).toBe('SEV3 medium');
    // The chart: bars, a labelled count axis from 0, a labelled time axis.
    const chart = view.locator('figure.chart svg');
    expect(await chart.locator('rect.bar').count()).toBeGreaterThan(0);
    expect(await chart.locator('text.axis-title').allTextContents()).toEqual(['Time', 'Reports']);
    expect((await chart.locator('text.tick-count').allTextContents())[0]).toBe('0');
    expect(await chart.locator('text.tick-time').count()).toBeGreaterThan(0);
    expect(await chart.locator('text.tick-time').first().textContent()).toMatch(/^\d{1,2}:\d{2}/);
    expect(await view.locator('dl.breakdowns dt').first().textContent()).toBe('Networks');
    expect(await view.locator('ul.platforms').textContent()).toBe('Web page: 3');
    expect(await view.locator('ol.timeline li').first().textContent()).toContain('Opened from reports: 3 people in 3 places (networks or sites)');
    expect(await view.getByRole('heading', { name: 'Status page incidents' }).isVisible()).toBe(true);
    expect(await view.getByRole('heading', { name: 'Support reports filed' }).isVisible()).toBe(true);
    expect(await view.getByRole('heading', { name: 'Undelivered messages' }).isVisible()).toBe(true);
    expect(await view.getByText('Everything was delivered.').isVisible()).toBe(true);

    // The permalink works on its own (a new tab, a shared link).
    const again = await open('wide');
    await again.goto(permalink);
    await expect.poll(() => again.locator('#detail-view h1').textContent()).toBe('ChatGPT outage: 3 people on 3 networks in 1 min');
    const missing = await open('wide');
    await missing.goto(`${url}/board/incidents/inc-does-not-exist`);
    await expect.poll(() => missing.locator('#detail-view').textContent()).toContain('No incident with this id');

    // Snooze for an hour: on the incident and its timeline.
    await view.getByLabel('Your name').fill('Kim');
    await view.getByLabel('Snooze for').selectOption('60');
    await view.getByRole('button', { name: 'Snooze', exact: true }).click();
    await expect.poll(() => view.locator('.facts').textContent()).toMatch(/Snoozed by Kim until/);
    expect(await view.getByLabel('Snooze for').inputValue()).toBe('60');
    expect(await view.locator('ol.timeline li').last().textContent()).toMatch(/Snoozed by Kim until/);

    // Post an update: every reporter gets it.
    await view.getByLabel('Update to every reporter').fill('OpenAI is rolling out a fix.');
    await view.getByRole('button', { name: 'Post update' }).click();
    await expect.poll(() => view.locator('#update-status').textContent()).toBe('Update on its way to 3 reporters.');
    await expect.poll(() => noticesOf(url, people[0]!), { timeout: 15_000 }).toContain('📣 Update from the desk: OpenAI is rolling out a fix.');
    await screenshot(board, 'board-incident', { docs: true });

    // Resolve asks first; Cancel changes nothing.
    await view.getByRole('button', { name: 'Resolve' }).click();
    const dialog = board.locator('#resolve-dialog');
    expect(await dialog.isVisible()).toBe(true);
    expect(await focusedId(board)).toBe('resolve-note');
    expect(await dialog.locator('#resolve-what').textContent()).toBe('ChatGPT outage: 3 people on 3 networks in 1 min');
    await screenshot(board, 'board-resolve-dialog', { docs: true });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await dialog.isVisible()).toBe(false);
    expect(await view.locator('.state').textContent()).toBe('Open');
    // Confirmed with a note: the note is on the incident and in every reporter's resolve notice.
    await view.getByRole('button', { name: 'Resolve' }).click();
    await dialog.getByLabel('Resolution note').fill('OpenAI fixed the login service at 14:05.');
    await dialog.getByRole('button', { name: 'Resolve and notify' }).click();
    await expect.poll(() => view.locator('.state').textContent()).toBe('Resolved');
    expect(await dialog.isVisible()).toBe(false);
    expect(await view.locator('.resolve-note').textContent()).toBe('Resolution note: OpenAI fixed the login service at 14:05.');
    expect(await view.locator('ol.timeline li').last().textContent()).toContain('Resolved by Kim: OpenAI fixed the login service at 14:05.');
    expect(await view.locator('.action-bar').count()).toBe(0);
    for (const person of people) {
      await expect.poll(async () => (await noticesOf(url, person)).find((text) => text.startsWith('✅ Resolved')), { timeout: 15_000 }).toMatch(/\nNote from the desk: OpenAI fixed the login service at 14:05\.$/);
    }

    // Back on the list: the resolved one is a compact line, not a card.
    await view.getByRole('link', { name: /All incidents/ }).click();
    await expect.poll(() => board.locator('#recent-list li').count()).toBe(1);
    expect(await board.locator('#open-list tr').count()).toBe(0);
    const line = await board.locator('#recent-list li').first().boundingBox();
    expect(line!.height).toBeLessThan(40);

    // 390 px: the incident page fits.
    const phone = await open('narrow');
    await phone.goto(permalink);
    await expect.poll(() => phone.locator('#detail-view h1').isVisible()).toBe(true);
    expect(await overflowsX(phone)).toBe(false);
    await screenshot(phone, 'board-incident-390', { docs: true });
    const dark = await open('wide', 'dark');
    await dark.goto(permalink);
    await expect.poll(() => dark.locator('#detail-view .resolve-note').isVisible()).toBe(true);
    await screenshot(dark, 'board-incident-dark', { docs: true });
    for (const page of [board, again, phone, dark]) expect(page.problems).toEqual([]);
    expect(missing.problems.filter((p) => !p.includes('404'))).toEqual([]);
  });

  it('with HELPDESK_TOKEN set shows only the sign-in form until the token is accepted, then the console', async () => {
    const { url } = await startInProcess({ HELPDESK_TOKEN: TOKEN, INCIDENT_MIN_REPORTERS: '3', WEB_REPORTERS_PER_ADDRESS: '10' });
    await outage(url);
    for (const [viewport, scheme] of [
      ['wide', 'light'],
      ['narrow', 'dark'],
    ] as const) {
      const page = await open(viewport, scheme);
      await page.goto(`${url}/board`);
      await expect.poll(() => page.locator('#token-form').isVisible()).toBe(true);
      expect(await focusedId(page)).toBe('token');
      // Only the form: no name field, no headings of an empty console, no "Loading…".
      expect(await page.locator('#console').isVisible()).toBe(false);
      expect(await page.getByLabel('Your name, for acknowledgements').isVisible()).toBe(false);
      expect(await page.locator('#updated').isVisible()).toBe(false);
      expect(await page.locator('main').textContent()).not.toContain('Loading');
      const headings = await page.locator('main h1:visible, main h2:visible').allTextContents();
      expect(headings).toEqual(['Sign in to the board']);
      await screenshot(page, viewport === 'wide' ? 'board-sign-in' : 'board-sign-in-390-dark', { docs: true });
      await page.locator('#token').fill('not-the-right-token-at-all');
      await page.getByRole('button', { name: 'Open the board' }).click();
      await expect.poll(() => page.locator('#token-reason').textContent()).toBe('That token was not accepted. Check it and try again.');
      expect(await page.locator('#console').isVisible()).toBe(false);
      await page.locator('#token').fill(TOKEN);
      await page.getByRole('button', { name: 'Open the board' }).click();
      await expect.poll(() => page.locator('#open-list tr').count()).toBe(1);
      expect(await page.locator('#token-form').isVisible()).toBe(false);
      expect(await page.locator('#updated').textContent()).toMatch(/^Updated at /);
      // The permalink in the same tab needs no second sign-in.
      await page.locator('#open-list .incident-link').click();
      await expect.poll(() => page.locator('#detail-view h1').isVisible()).toBe(true);
      // The browser logs the refused requests (401) as console errors; nothing else may fail.
      expect(page.problems.filter((p) => !p.includes('401'))).toEqual([]);
    }
  });

  it('rates an incident the status page calls a partial outage sev2, and links that status incident on its page', async () => {
    // The status poller opens an upstream incident from the status page before anyone reports.
    const { url } = await startInProcess({}, { statusPayload: incidentioPartial() });
    const board = await open('wide');
    await board.goto(`${url}/board`);
    const row = board.locator('#open-list tr').first();
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.locator('.sev').textContent()).toBe('SEV2 high');
    await row.locator('.incident-link').click();
    const view = board.locator('#detail-view');
    const link = view.getByRole('link', { name: 'Elevated errors across ChatGPT and Codex' });
    await expect.poll(() => link.getAttribute('href')).toBe('https://status.openai.com/incidents/01M1KWEDH417T2CF44YYHZDFCR');
    expect(await view.getByText('No reports yet.').isVisible()).toBe(true);
    expect(board.problems).toEqual([]);
  });

  it('shows how many people the outage announcement reached instead of a triage, on the incident page (at 390 px, dark)', async () => {
    let desk: BotParts['desk'] | undefined;
    const compose: ComposeBot = async (config, deps) => {
      const parts = await composeBot(config, deps);
      desk = parts.desk;
      return parts;
    };
    const { url } = await startInProcess({ INCIDENT_MIN_REPORTERS: '3', WEB_REPORTERS_PER_ADDRESS: '10' }, { compose });
    await outage(url);
    const listed = (await (await fetch(`${url}/api/incidents`)).json()) as { incidents: { id: string }[] };
    const id = listed.incidents[0]!.id;
    // Two people press "I'm affected too" (one twice): counted once each, without a triage.
    for (const user of ['U1', 'U2', 'U1']) await desk!.incidents.follow(id, { personId: `slack:T1:${user}`, person: { platform: 'slack', user } });
    const board = await open('narrow', 'dark');
    await board.goto(`${url}/board/incidents/${encodeURIComponent(id)}`);
    const reached = board.locator('#detail-view .reached');
    await expect.poll(() => reached.textContent()).toBe('Reached by the announcement: 2 people said “I’m affected too” instead of reporting');
    expect(await board.locator('#detail-view .facts').textContent()).toContain('People: 3');
    expect(await overflowsX(board)).toBe(false);
    expect(board.problems).toEqual([]);
  });

  it('serves a favicon and the mark, and shows the mark in the header', async () => {
    const { url } = await startInProcess({});
    const page = await open('wide');
    await page.goto(`${url}/board`);
    // The browser decodes /favicon.ico as an image (the server's answer itself: test/adapters/web/static-pages.test.ts).
    // On a page without request interception: Playwright's routing does not let favicon requests through.
    const plain = await contexts.at(-1)!.newPage();
    await plain.goto(`${url}/board`);
    const iconWidth = await plain.evaluate<number>(
      `new Promise((resolve, reject) => { const img = new Image(); img.onload = () => resolve(img.naturalWidth); img.onerror = () => reject(new Error('favicon.ico did not load')); img.src = '/favicon.ico'; })`,
    );
    expect(iconWidth).toBeGreaterThanOrEqual(16);
    expect(await page.evaluate<string[]>(`[...document.querySelectorAll('link[rel="icon"]')].map((l) => l.getAttribute('href'))`)).toEqual(['/favicon.ico', '/icon.svg']);
    await expect.poll(() => page.evaluate<boolean>(`(() => { const img = document.querySelector('.brand-mark'); return img.complete && img.naturalWidth > 0; })()`)).toBe(true);
    expect(page.problems).toEqual([]);
  });
});
