import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFakeDesk } from '../adapters/web/helpers/fake-desk.ts';
import { createFakeIncidentBoard, sampleIncident, type FakeIncidentBoard } from '../adapters/web/helpers/fake-incident-board.ts';
import { serveWeb } from '../adapters/web/helpers/serve-web.ts';
import { browserSkipReason, focusedId, launchChromium, newWatchedPage, screenshot } from './chromium.ts';

const skip = browserSkipReason();
const TOKEN = 'board-token-0123456789abcdef';

describe.skipIf(skip !== undefined)(`the helpdesk board in headless Chromium${skip ? ` — SKIPPED: ${skip}` : ''}`, () => {
  let browser: Browser;
  let context: BrowserContext;
  let board: FakeIncidentBoard;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    board = createFakeIncidentBoard([
      sampleIncident(),
      sampleIncident({
        id: 'inc-net-1',
        kind: 'network_local',
        title: 'Network problem on Berlin: 9 people',
        reporters: 9,
        reports: 9,
        places: 1,
        place: 'Berlin',
        breakdowns: { network: { office: 9 }, site: { Berlin: 9 }, surface: { web: 9 }, symptom: { http_500: 7, http_403: 2 } },
        statusIncident: undefined,
        timeline: [{ at: new Date().toISOString(), type: 'opened', text: 'Opened from reports: 3 people on 1 network' }],
      }),
      sampleIncident({ id: 'inc-old', title: 'ChatGPT outage: 12 people on 4 networks', state: 'resolved', resolvedBy: 'Kim', reporters: 12, reports: 12 }),
    ]);
    context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  });
  afterEach(async () => {
    await context?.close();
  });

  it('shows open and resolved incidents with counts, breakdowns, timeline and a chart; Acknowledge and Resolve work', async () => {
    const { url } = await serveWeb({ desk: createFakeDesk(), incidents: board });
    const page = await newWatchedPage(context);
    await page.goto(`${url}/board`);

    const open = page.locator('#open-list article');
    await expect.poll(() => open.count()).toBe(2);
    expect(await page.locator('#recent-list article').count()).toBe(1);
    const first = open.first();
    expect(await first.locator('h3').textContent()).toBe('ChatGPT outage: 41 people on 6 networks');
    expect(await first.locator('.state').textContent()).toBe('Open');
    expect(await first.locator('.counts').textContent()).toMatch(/^ChatGPT outage · 41 people, 43 reports · first/);
    expect(await first.locator('svg rect.bar').count()).toBe(7);
    expect(await first.locator('svg > title').textContent()).toMatch(/^Reports per minute over 7 minutes: 41 in all, at most 12 at /);
    expect(await first.locator('dl.breakdowns dt').allTextContents()).toEqual(['Networks', 'Sites', 'Surfaces', 'Symptoms']);
    expect(await first.locator('dl.breakdowns dd').first().textContent()).toBe('office 22vpn 9home 8mobile data 2');
    expect(await first.locator('ol.timeline li').count()).toBe(3);
    expect(await first.getByRole('link', { name: 'Elevated errors on ChatGPT' }).getAttribute('href')).toBe('https://status.openai.com/incidents/01ABC');
    await screenshot(page, 'board');

    await page.getByLabel('Your name, for acknowledgements').fill('Kim');
    await page.getByLabel('Your name, for acknowledgements').press('Tab');
    await first.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => first.locator('.state').textContent()).toBe('Acknowledged');
    expect(await first.locator('.ack').textContent()).toBe('Acknowledged by Kim');
    expect(await first.getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);

    await page.locator('#open-list article').nth(1).getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(() => page.locator('#recent-list article').count()).toBe(2);
    expect(board.actions).toEqual([
      { action: 'acknowledge', id: 'inc-upstream-1', by: 'Kim' },
      { action: 'resolve', id: 'inc-net-1', by: 'Kim' },
    ]);
    expect(page.problems).toEqual([]);
  });

  it('refreshes by itself: a new incident appears without a reload', async () => {
    board.incidents.splice(0);
    const { url } = await serveWeb({ desk: createFakeDesk(), incidents: board });
    const page = await newWatchedPage(context);
    await page.goto(`${url}/board`);
    await expect.poll(() => page.locator('#open-empty').isVisible()).toBe(true);
    board.incidents.push(sampleIncident());
    await expect.poll(() => page.locator('#open-list article').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('New incident: ChatGPT outage: 41 people on 6 networks');
    expect(page.problems.filter((p) => !p.includes('401'))).toEqual([]);
  });

  it('asks for the helpdesk token when the API needs one, and keeps it for the tab', async () => {
    const { url } = await serveWeb({ desk: createFakeDesk(), incidents: board, config: { slack: 'http', HELPDESK_TOKEN: TOKEN } });
    const page = await newWatchedPage(context);
    await page.goto(`${url}/board`);
    await expect.poll(() => page.locator('#token-form').isVisible()).toBe(true);
    expect(await focusedId(page)).toBe('token');
    expect(await page.locator('#open-list article').count()).toBe(0);
    await page.locator('#token').fill('not-the-right-token-at-all');
    await page.getByRole('button', { name: 'Open the board' }).click();
    await expect.poll(() => page.locator('#token-reason').textContent()).toBe('That token was not accepted. Check it and try again.');
    await page.locator('#token').fill(TOKEN);
    await page.getByRole('button', { name: 'Open the board' }).click();
    await expect.poll(() => page.locator('#open-list article').count()).toBe(2);
    expect(await page.locator('#token-form').isVisible()).toBe(false);
    await page.reload();
    await expect.poll(() => page.locator('#open-list article').count()).toBe(2);
    // The browser logs the refused requests (401) as console errors; nothing else may fail.
    expect(page.problems.filter((p) => !p.includes('401'))).toEqual([]);
  });
});
