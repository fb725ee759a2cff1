import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startInProcess } from '../adapters/app/helpers/start-in-process.ts';
import { BROWSER_SCENARIO, browserSkipReason, launchChromium, newWatchedPage } from './chromium.ts';

const skip = browserSkipReason();

/** Issue 13 item 5 on the triage page: "Got it: …" after a typed answer, and its Change link. */
describe.skipIf(skip !== undefined)(`"Got it" and Change on the triage page in headless Chromium${skip ? ` — SKIPPED: ${skip}` : ''}`, BROWSER_SCENARIO, () => {
  let browser: Browser;
  let context: BrowserContext;
  let url: string;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    ({ url } = await startInProcess({}));
    context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  });
  afterEach(async () => {
    await context?.close();
  });

  it('a typed answer is said back with a Change link; the link asks the question again', async () => {
    const page = await newWatchedPage(context);
    await page.goto(`${url}/`);
    await page.getByLabel('What do you see?').fill('chatgpt.com shows HTTP ERROR 500');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('Does ChatGPT work in a private (incognito) window?');
    await expect.poll(() => page.locator('#messages').textContent()).toContain('Got it: it fails in a web browser and you see "HTTP ERROR 500".');

    await page.locator('#reply-text').fill('yes it works in incognito');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.locator('#verdict h3').textContent()).toMatch(/browser/i);
    await expect.poll(() => page.locator('#messages').textContent()).toContain('Got it: it works in a private window.');

    const links = page.getByRole('button', { name: 'Change' });
    await links.last().click();
    // The question element still holds this text from before the verdict: wait for the verdict to go.
    await expect.poll(() => page.locator('#verdict').isHidden()).toBe(true);
    expect(await page.locator('#question').isVisible()).toBe(true);
    expect(await page.locator('#question-text').textContent()).toBe('Does ChatGPT work in a private (incognito) window?');
    await expect.poll(() => links.last().isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'No, it fails there too' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('Which network are you on when it fails?');
    expect(page.problems).toEqual([]);
  });
});
