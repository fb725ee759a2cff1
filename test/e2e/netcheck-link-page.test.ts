import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../src/desk/desk.port.ts';
import { createMemoryStore } from '../../src/store/create-store.ts';
import { DEFAULT_RULES } from '../helpers/store-backends.ts';
import { NETCHECK_SECRET, serveNetcheck } from '../helpers/serve-netcheck.ts';
import { blockText, Conversation, headerOf, startDeskHarness, type DeskHarness, waitFor } from '../adapters/slack/slack-desk-kit.ts';
import { BROWSER_SCENARIO, browserSkipReason, launchChromium, screenshot } from './chromium.ts';
import { answeringServer, closedPort, hangingServer, watchedPage } from './probe-targets.ts';

const skip = browserSkipReason();

/**
 * Issue 14 item 5 from a Slack thread, in headless Chromium: the network verdict's "Check my
 * network" button opens PUBLIC_URL/check/<token> (the app's real routes and security headers);
 * the page probes NETWORK_CHECK_TARGETS on loopback (one answers, one refuses, one never answers)
 * and posts the result with the token; the bot posts it in the Slack thread (real bolt, the fake
 * Slack API), the IT note naming the two blocked domains.
 */
describe.skipIf(skip !== undefined)(`"Check my network" from a chat thread in headless Chromium${skip ? ` — SKIPPED: ${skip}` : ''}`, BROWSER_SCENARIO, () => {
  let browser: Browser;
  let context: BrowserContext;
  let h: DeskHarness | undefined;
  let ok: Awaited<ReturnType<typeof answeringServer>>;
  let hang: Awaited<ReturnType<typeof hangingServer>>;
  let refused: number;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    ok = await answeringServer();
    hang = await hangingServer();
    refused = await closedPort();
    context = await browser.newContext({ viewport: { width: 900, height: 800 } });
  });
  afterEach(async () => {
    await context?.close();
    await h?.close();
    h = undefined;
    await ok?.close();
    await hang?.close();
  });

  it('the link from the network verdict runs the check in the browser; the result comes back in the thread', async () => {
    const targets = [`http://127.0.0.1:${ok.port}/favicon.ico`, `http://127.0.0.1:${refused}/favicon.ico`, `http://127.0.0.1:${hang.port}/favicon.ico`];
    const domain = (port: number) => `127.0.0.1:${port}`;
    // The page's server is PUBLIC_URL, so it is up before the bot that links to it; it reaches the desk once there is one.
    const bot: { desk?: Desk } = {};
    const server = await serveNetcheck({ get: (id) => bot.desk!.get(id), attachEvidence: (...args) => bot.desk!.attachEvidence(...args) }, targets);
    h = await startDeskHarness(createMemoryStore({ conversationTtlMs: 3_600_000, now: Date.now, rules: DEFAULT_RULES }), {
      env: { PUBLIC_URL: server.url, SESSION_SECRET: NETCHECK_SECRET, NETWORK_CHECK_TARGETS: targets.join(',') },
    });
    bot.desk = h.assembled.desk;

    const c = new Conversation(h, 'U0NETPAGE1');
    await c.start('chatgpt.com shows HTTP ERROR 500');
    await c.say('no, it fails in incognito too');
    await c.click('office');
    const verdict = await c.click('works');
    expect(headerOf(verdict)).toContain('network path');
    const button = (verdict.blocks as { type: string; block_id?: string; elements?: { url?: string }[] }[]).find((b) => b.block_id === 'c500.netcheck')?.elements?.[0];
    expect(button?.url?.startsWith(`${server.url}/check/`)).toBe(true);

    const page = await watchedPage(context);
    const response = await page.goto(button!.url!);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain(`connect-src 'self' http://127.0.0.1:${ok.port}`);
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    expect(await page.locator('h1').textContent()).toBe('Check my network');

    const count = c.posts().length;
    await page.getByRole('button', { name: 'Check my network' }).click();
    await expect.poll(() => page.locator('#network-check-results li[data-state="blocked"]').count(), { timeout: 15_000 }).toBe(2);
    expect(await page.locator('#network-check-results li[data-state="reachable"]').count()).toBe(1);
    expect(await page.locator(`#network-check-results li[data-domain="${domain(ok.port)}"]`).textContent()).toBe(`${domain(ok.port)}: reachable`);
    expect(await page.locator(`#network-check-results li[data-domain="${domain(refused)}"]`).textContent()).toBe(`${domain(refused)}: blocked`);
    expect(await page.locator(`#network-check-results li[data-domain="${domain(hang.port)}"]`).getAttribute('data-state')).toBe('blocked');
    await expect.poll(() => page.locator('#network-check-outcome').textContent(), { timeout: 10_000 }).toBe('Done: the result is in your chat. You can close this page.');
    expect(await page.locator('#network-check-lines').textContent()).toContain(`Blocked: ${domain(refused)}, ${domain(hang.port)}.`);
    expect(ok.hits()).toBeGreaterThan(0);
    await screenshot(page, 'netcheck-link-page');

    // In the Slack thread: the verdict again, with the result and the IT note naming exactly the two blocked domains.
    const after = await waitFor('the result in the thread', () => (c.posts().length > count ? c.last() : undefined), 10_000);
    const text = blockText(after.blocks);
    expect(text).toContain(`Blocked: ${domain(refused)}, ${domain(hang.port)}.`);
    expect(text).toContain(`Reachable: ${domain(ok.port)}.`);
    expect(text).toContain(`could not reach: ${domain(refused)}, ${domain(hang.port)}.`);

    // Expected by design: the refused probe, and the browser's own /favicon.ico (the app has none). Nothing else.
    const expected = ['console: Failed to load resource: net::ERR_CONNECTION_REFUSED', 'console: Failed to load resource: the server responded with a status of 404 (Not Found)'];
    expect(page.problems.filter((p) => !expected.includes(p) && !p.endsWith('/favicon.ico'))).toEqual([]);
  }, 60_000);

  it('a forged link opens a page that says so (403)', async () => {
    const bot: { desk?: Desk } = {};
    const server = await serveNetcheck({ get: (id) => bot.desk!.get(id), attachEvidence: (...args) => bot.desk!.attachEvidence(...args) }, [`http://127.0.0.1:${ok.port}/favicon.ico`]);
    h = await startDeskHarness(createMemoryStore({ conversationTtlMs: 3_600_000, now: Date.now, rules: DEFAULT_RULES }), { env: { PUBLIC_URL: server.url, SESSION_SECRET: NETCHECK_SECRET } });
    bot.desk = h.assembled.desk;
    const page = await watchedPage(context);
    const response = await page.goto(`${server.url}/check/${Buffer.from('cv-1').toString('base64url')}.zzzzzz.${'A'.repeat(43)}`);
    expect(response?.status()).toBe(403);
    expect(await page.locator('#link-problem').textContent()).toContain('This link is not valid or has expired.');
    expect(await page.locator('#link-problem').getAttribute('data-code')).toBe('netcheck_forged');
  }, 30_000);
});
