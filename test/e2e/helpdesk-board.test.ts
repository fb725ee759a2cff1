import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { composeBot, type ComposeBot } from '../../adapters/app/compose-bot.ts';
import { DeliveryFailure } from '../../src/delivery/delivery-failure.ts';
import { startInProcess } from '../adapters/app/helpers/start-in-process.ts';
import { FAILS_EVERYWHERE, reportOverApi } from '../adapters/web/helpers/report-over-api.ts';
import { BROWSER_SCENARIO, browserSkipReason, focusedId, launchChromium, newWatchedPage, screenshot } from './chromium.ts';

const skip = browserSkipReason();
const TOKEN = 'board-token-0123456789abcdef';

/** The whole bot in this process: runStart + composeBot, INCIDENT_MIN_REPORTERS=3, STATUS_URL at a quiet fake status page. */
describe.skipIf(skip !== undefined)(`the triage page and the helpdesk board in headless Chromium${skip ? ` — SKIPPED: ${skip}` : ''}`, BROWSER_SCENARIO, () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1100, height: 820 } });
  });
  afterEach(async () => {
    await context?.close();
  });

  it('a triage on the page and two more reporters on other networks open an incident that appears on the open board by itself; Acknowledge and Resolve work', async () => {
    const { url } = await startInProcess({ INCIDENT_MIN_REPORTERS: '3', WEB_REPORTERS_PER_ADDRESS: '10' });
    const board = await newWatchedPage(context);
    await board.goto(`${url}/board`);
    await expect.poll(() => board.locator('#open-empty').isVisible()).toBe(true);

    // Reporter 1 on the page, on the office Wi-Fi: the failure follows them to the hotspot.
    const page = await newWatchedPage(context);
    await page.goto(`${url}/`);
    await page.getByLabel('Your name').fill('Ana');
    await page.locator('#start-text').fill('chatgpt.com shows HTTP ERROR 500 on the office Wi-Fi');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('Does ChatGPT work in a private (incognito) window?');
    await page.getByRole('button', { name: 'No, it fails there too' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('Does ChatGPT work on another network, such as a phone hotspot?');
    await page.getByRole('button', { name: 'No, it fails there too' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('Do API calls from your organization still work right now?');
    await page.getByRole('button', { name: "I don't know" }).click();
    await expect.poll(() => page.locator('#verdict h3').textContent()).toBe('Reproducible: time to contact OpenAI support');
    await screenshot(page, 'triage-verdict');
    expect(page.problems).toEqual([]);

    // Reporters 2 and 3 at home and on the VPN (over the API, as the Slack adapter would).
    await reportOverApi([url], 'r-home', { ...FAILS_EVERYWHERE, network: 'home' });
    await reportOverApi([url], 'r-vpn', FAILS_EVERYWHERE, 'chatgpt.com shows HTTP ERROR 500, I am on the VPN');

    // The board was not reloaded: it polls.
    const open = board.locator('#open-list tr');
    await expect.poll(() => open.count(), { timeout: 15_000 }).toBe(1);
    const row = open.first();
    expect(await row.locator('.incident-link').textContent()).toBe('ChatGPT outage: 3 people on 3 networks in 1 min');
    await expect.poll(() => board.locator('#announcer').textContent()).toBe('New incident: ChatGPT outage: 3 people on 3 networks in 1 min');
    expect(await row.locator('.state').textContent()).toBe('Open');
    expect(await row.locator('.sub').textContent()).toMatch(/^ChatGPT outage · 3 reports · /);

    await board.getByLabel('Your name, for acknowledgements').fill('Kim');
    await board.getByLabel('Your name, for acknowledgements').press('Tab');
    await row.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => row.locator('.state').textContent()).toBe('Acknowledged');
    expect(await row.locator('.c-owner').textContent()).toBe('Kim');
    // Resolve is on the incident's page, behind a confirmation.
    await row.locator('.incident-link').click();
    const detail = board.locator('#detail-view');
    expect(await detail.locator('dl.breakdowns dt').first().textContent()).toBe('Networks');
    expect(await detail.locator('dl.breakdowns dd').first().textContent()).toBe('office 1home 1vpn 1');
    expect(await detail.locator('ol.timeline li').first().textContent()).toContain('Opened from reports: 3 people in 3 places (networks or sites)');
    expect(await detail.locator('svg rect.bar').count()).toBeGreaterThan(0);
    await detail.getByRole('button', { name: 'Resolve' }).click();
    await board.getByRole('button', { name: 'Resolve and notify' }).click();
    await expect.poll(() => detail.locator('.state').textContent()).toBe('Resolved');
    await board.goto(`${url}/board`);
    await expect.poll(() => board.locator('#recent-list li').count()).toBe(1);
    expect(await board.locator('#open-list tr').count()).toBe(0);
    const incidents = (await (await fetch(`${url}/api/incidents`)).json()) as { incidents: { state: string; acknowledgedBy?: string; resolvedBy?: string }[] };
    expect(incidents.incidents).toEqual([expect.objectContaining({ state: 'resolved', acknowledgedBy: 'Kim', resolvedBy: 'Kim' })]);
    expect(board.problems).toEqual([]);
    // A browser, three triages and the board's polls: like the other end-to-end pages, up to a minute on a loaded 2-core runner.
  }, 60_000);

  it('asks for the helpdesk token when the API needs one, and keeps it for the tab', async () => {
    const { url } = await startInProcess({ HELPDESK_TOKEN: TOKEN, INCIDENT_MIN_REPORTERS: '3', WEB_REPORTERS_PER_ADDRESS: '10' });
    const page = await newWatchedPage(context);
    await page.goto(`${url}/board`);
    await expect.poll(() => page.locator('#token-form').isVisible()).toBe(true);
    expect(await focusedId(page)).toBe('token');
    await page.locator('#token').fill('not-the-right-token-at-all');
    await page.getByRole('button', { name: 'Open the board' }).click();
    await expect.poll(() => page.locator('#token-reason').textContent()).toBe('That token was not accepted. Check it and try again.');
    await page.locator('#token').fill(TOKEN);
    await page.getByRole('button', { name: 'Open the board' }).click();
    await expect.poll(() => page.locator('#open-empty').isVisible()).toBe(true);
    expect(await page.locator('#token-form').isVisible()).toBe(false);
    for (const network of ['office', 'home', 'vpn']) {
      await reportOverApi([url], `r-${network}`, network === 'vpn' ? FAILS_EVERYWHERE : { ...FAILS_EVERYWHERE, network }, network === 'vpn' ? 'chatgpt.com shows HTTP ERROR 500, I am on the VPN' : undefined);
    }
    await page.reload();
    await expect.poll(() => page.locator('#open-list tr').count()).toBe(1);
    // The browser logs the refused requests (401) as console errors; nothing else may fail.
    expect(page.problems.filter((p) => !p.includes('401'))).toEqual([]);
  });

  it('says how many messages could not be delivered, and why, and how far a resolve notice got', async () => {
    // A chat platform whose helpdesk channel refuses the bot: every card is a dead letter at once.
    const compose: ComposeBot = (config, deps) =>
      composeBot(config, {
        ...deps,
        senders: [
          {
            platform: 'teams',
            sender: {
              thread: async () => {},
              notice: async () => {},
              card: async () => {
                throw new DeliveryFailure('refused', 'teams:MessageWritesBlocked');
              },
            },
          },
        ],
      });
    const { url } = await startInProcess({ INCIDENT_MIN_REPORTERS: '3', WEB_REPORTERS_PER_ADDRESS: '10' }, { compose });
    const board = await newWatchedPage(context);
    await board.goto(`${url}/board`);
    await expect.poll(() => board.locator('#open-empty').isVisible()).toBe(true);
    expect(await board.locator('#deliveries').isVisible()).toBe(false);
    const people: Awaited<ReturnType<typeof reportOverApi>>[] = [];
    for (const network of ['office', 'home', 'vpn']) {
      people.push(await reportOverApi([url], `r-${network}`, network === 'vpn' ? FAILS_EVERYWHERE : { ...FAILS_EVERYWHERE, network }, network === 'vpn' ? 'chatgpt.com shows HTTP ERROR 500, I am on the VPN' : undefined));
    }
    await expect.poll(() => board.locator('#deliveries').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await board.locator('#deliveries-heading').textContent()).toMatch(/^\d+ messages? could not be delivered$/);
    expect(await board.locator('#deliveries-reasons').textContent()).toContain('teams:MessageWritesBlocked');
    for (const turns of people) expect((await turns.client.post(`${url}/api/conversations/${turns[0]!.id}/subscribe`, {})).status).toBe(200);
    await board.locator('#open-list .incident-link').first().click();
    await board.locator('#detail-view').getByRole('button', { name: 'Resolve' }).click();
    await board.getByRole('button', { name: 'Resolve and notify' }).click();
    await expect.poll(() => board.locator('#detail-view .notified').textContent(), { timeout: 15_000 }).toBe('Resolve notice: sent to all 3');
    await board.goto(`${url}/board`);
    await expect.poll(() => board.locator('#deliveries').isVisible()).toBe(true);
    expect(board.problems).toEqual([]);
  });
});
