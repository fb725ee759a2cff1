import { existsSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFakeDesk, type FakeDesk } from '../adapters/web/helpers/fake-desk.ts';
import { serveWeb } from '../adapters/web/helpers/serve-web.ts';
import { browserSkipReason, clipboardText, focusedId, focusedText, launchChromium, newWatchedPage, screenshot } from './chromium.ts';

const skip = browserSkipReason();

describe.skipIf(skip !== undefined)(`the triage page in headless Chromium${skip ? ` — SKIPPED: ${skip}` : ''}`, () => {
  let browser: Browser;
  let context: BrowserContext;
  let desk: FakeDesk;
  let url: string;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    desk = createFakeDesk();
    ({ url } = await serveWeb({ desk }));
    context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
  });
  afterEach(async () => {
    await context?.close();
  });

  it('completes a triage with the mouse: questions as buttons, then the verdict with steps, evidence and the IT note', async () => {
    const page = await newWatchedPage(context);
    await page.goto(`${url}/`);
    await expect.poll(() => page.locator('#status-line').textContent()).toBe('ChatGPT: all systems operational (as of 1 min ago)');
    await page.getByLabel('Your name').fill('Ana');
    await page.getByRole('button', { name: 'Start' }).click();

    await expect.poll(() => page.locator('#question-text').textContent()).toBe('Where does ChatGPT fail for you?');
    expect(await focusedId(page)).toBe('question-text');
    await screenshot(page, 'triage-question');
    await page.getByRole('button', { name: 'In a web browser (chatgpt.com)' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('What exactly do you see?');
    await page.getByRole('button', { name: '"HTTP ERROR 500" or "Internal Server Error"' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('Does ChatGPT work in a private (incognito) window?');
    await page.getByRole('button', { name: 'No, it fails there too' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('Does ChatGPT work on another network, such as a phone hotspot?');
    await page.getByRole('button', { name: 'Yes, it works there' }).click();

    const verdict = page.locator('#verdict');
    await expect.poll(() => verdict.locator('h3').textContent()).toBe('The managed network blocks ChatGPT');
    expect(await focusedId(page)).toBe('verdict-headline');
    expect(await verdict.locator('ol.steps li').count()).toBe(3);
    // Data is text, never markup: the "<b>" in a step stays visible as typed.
    expect(await verdict.locator('ol.steps li').nth(1).textContent()).toBe('Then the second thing <b>not bold</b>.');
    expect(await verdict.locator('b').count()).toBe(0);
    expect(await verdict.locator('ol.steps a').first().getAttribute('href')).toBe('https://status.openai.com/');
    expect(await verdict.locator('.stop-when').textContent()).toBe('ChatGPT works again.');
    expect(await verdict.locator('ul.evidence li').allTextContents()).toEqual([
      '✓Done: Reproduced on another network',
      '✓Done: Incognito / clean profile tested',
      '○Still needed: HAR + console logs',
      '○Still needed: Conversation URL or request ID',
    ]);

    await page.getByRole('button', { name: 'Copy note for IT' }).click();
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('The note for IT is copied.');
    expect(await clipboardText(page)).toContain('Hello IT team,');
    await page.getByRole('button', { name: 'Copy domain list' }).click();
    await expect.poll(() => clipboardText(page)).toBe('chatgpt.com\nopenai.com\n*.openai.com');
    const path = await screenshot(page, 'triage-verdict');
    expect(existsSync(path)).toBe(true);

    const start = desk.calls.find((c) => c.method === 'start')!.args[0] as { reporter: { id: string; name: string } };
    expect(start.reporter).toMatchObject({ name: 'Ana', id: expect.stringMatching(/^web:[0-9a-f]{32}$/) });
    expect(page.problems).toEqual([]);
  });

  it('works with the keyboard only, and accepts free text', async () => {
    const page = await newWatchedPage(context);
    await page.goto(`${url}/`);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Skip to the conversation');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('reporter-name');
    await page.keyboard.press('Tab');
    await page.keyboard.type('chatgpt.com shows 500');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await expect.poll(() => focusedId(page)).toBe('question-text');
    expect(await page.locator('#question-text').textContent()).toBe('Does ChatGPT work in a private (incognito) window?');
    // Tab reaches the choices, then "How do I test this?", which shows the help.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Yes, it works there');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('How do I test this?');
    await page.keyboard.press('Enter');
    expect(await page.locator('#question-help').isVisible()).toBe(true);
    expect(await page.locator('#question-help').textContent()).toContain('Open a private window');

    await page.locator('#reply-text').focus();
    await page.keyboard.type('hmm, maybe?');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#question-note').textContent()).toContain('I couldn’t match that answer');
    await page.locator('#reply-text').focus();
    await page.keyboard.type('yes, it works in incognito');
    await page.keyboard.press('Enter');

    await expect.poll(() => focusedId(page)).toBe('verdict-headline');
    expect(await page.locator('#verdict h3').textContent()).toBe('Your browser’s state is the problem');
    expect(await page.locator('#messages li.you').allTextContents()).toEqual([
      'You: chatgpt.com shows 500',
      'You: hmm, maybe?',
      'You: yes, it works in incognito',
    ]);
    expect(page.problems).toEqual([]);
  });

  it('shows the live status banner during an incident, the outage verdict and "Notify me when it’s fixed"', async () => {
    desk.setStatus({
      status: 'chatgpt_incident',
      line: 'ChatGPT: Conversations degraded, as of 2 min ago',
      ageSeconds: 120,
      incidents: [{ name: 'Elevated error rates in ChatGPT', url: 'https://status.openai.com/incidents/01ABC', chatgpt: true }],
    });
    const page = await newWatchedPage(context);
    await page.goto(`${url}/`);
    await expect.poll(() => page.locator('#status-line').textContent()).toBe('ChatGPT: Conversations degraded, as of 2 min ago');
    expect(await page.locator('#status-banner').getAttribute('data-status')).toBe('chatgpt_incident');
    const link = page.getByRole('link', { name: 'Elevated error rates in ChatGPT' });
    expect(await link.getAttribute('href')).toBe('https://status.openai.com/incidents/01ABC');

    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'In a web browser (chatgpt.com)' }).click();
    await expect.poll(() => page.locator('#verdict h3').textContent()).toBe('A live ChatGPT outage: wait it out');
    await page.getByRole('button', { name: 'Notify me when it’s fixed' }).click();
    await expect.poll(() => page.locator('.notify-status').textContent()).toContain('it will tell you when ChatGPT is fixed');
    expect(desk.calls.some((c) => c.method === 'subscribe')).toBe(true);
    await screenshot(page, 'triage-outage');
    expect(page.problems).toEqual([]);
  });

  it('picks the conversation up again after a reload', async () => {
    const page = await newWatchedPage(context);
    await page.goto(`${url}/`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'In the phone app (iOS or Android)' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('What exactly do you see?');
    await page.reload();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('What exactly do you see?');
    expect(await page.locator('#messages').textContent()).toContain('Picking up where you left off.');
    expect(page.problems).toEqual([]);
  });

  it('gives API users the retry snippet with a copy button, in dark mode too', async () => {
    const dark = await browser.newContext({ viewport: { width: 1000, height: 900 }, colorScheme: 'dark' });
    await dark.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    try {
      const page = await newWatchedPage(dark);
      await page.goto(`${url}/`);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'In code calling the OpenAI API' }).click();
      await page.getByRole('button', { name: '500 Internal Server Error' }).click();
      await expect.poll(() => page.locator('#verdict h3').textContent()).toBe('OpenAI API server errors: retry with backoff');
      await page.getByRole('button', { name: 'Copy snippet' }).click();
      await expect.poll(() => clipboardText(page)).toContain('backoff with jitter');
      expect(await page.evaluate<string>('getComputedStyle(document.body).backgroundColor')).toBe('rgb(20, 23, 27)');
      await screenshot(page, 'triage-verdict-dark');
      expect(page.problems).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});
