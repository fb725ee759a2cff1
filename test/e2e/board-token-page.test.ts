import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInProcess } from '../adapters/app/helpers/start-in-process.ts';
import { BROWSER_SCENARIO, browserSkipReason, launchChromium, newWatchedPage, screenshot } from './chromium.ts';

const skip = browserSkipReason();
const SLACK = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret' };

/** Slack configured, HELPDESK_TOKEN not: /board is the page that says how to set one (issue 15, item 5). */
describe.skipIf(skip !== undefined)(`the board without HELPDESK_TOKEN in headless Chromium${skip ? ` — SKIPPED: ${skip}` : ''}`, BROWSER_SCENARIO, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    [1280, 800],
    [390, 844],
  ])('at %i px: says how to set the token, fits the screen, links to the page; the page itself works', async (width, height) => {
    const { url } = await startInProcess(SLACK);
    const context = await browser.newContext({ viewport: { width, height } });
    try {
      const page = await newWatchedPage(context);
      const response = await page.goto(`${url}/board`);
      expect(response?.status()).toBe(403);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('The helpdesk board needs a token');
      expect(await page.getByText('openssl rand -base64 32').isVisible()).toBe(true);
      expect(await page.getByText('set HELPDESK_TOKEN to a long random value', { exact: false }).isVisible()).toBe(true);
      // Nothing wider than the screen (no sideways scrolling on a phone).
      expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
      await screenshot(page, width === 1280 ? 'board-token-needed' : `board-token-needed-${width}`, { docs: width === 1280 });
      // The triage page stays open for people.
      await page.getByRole('link', { name: '/' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('ChatGPT shows “HTTP ERROR 500”?');
      // A 403 main document is reported by Chromium as a failed resource; nothing else may go wrong.
      expect(page.problems.filter((p) => !/status of 403/.test(p))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
