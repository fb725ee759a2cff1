import { existsSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { incidentioPartial } from '../status/status-payloads.ts';
import { startInProcess } from '../adapters/app/helpers/start-in-process.ts';
import { BROWSER_SCENARIO, browserSkipReason, clipboardText, focusedId, focusedText, launchChromium, newWatchedPage, screenshot } from './chromium.ts';

const skip = browserSkipReason();

/** The whole bot (runStart + composeBot: real desk, memory store, real status service) in this process. */
describe.skipIf(skip !== undefined)(`the triage page in headless Chromium${skip ? ` — SKIPPED: ${skip}` : ''}`, BROWSER_SCENARIO, () => {
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
    ({ url } = await startInProcess({ INCIDENT_MIN_REPORTERS: '3' }));
    context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
  });
  afterEach(async () => {
    await context?.close();
  });

  it('completes a triage with the mouse: questions as buttons, then the network verdict with steps, evidence and the IT note', async () => {
    const page = await newWatchedPage(context);
    await page.goto(`${url}/`);
    await expect.poll(() => page.locator('#status-line').textContent()).toMatch(/^ChatGPT: no incident on the status page \(as of /);
    expect(await page.locator('#status-banner').getAttribute('data-status')).toBe('operational');
    await page.getByLabel('Your name').fill('Ana');
    await page.getByRole('button', { name: 'Start' }).click();

    await expect.poll(() => page.locator('#question-text').textContent()).toBe('Where does ChatGPT fail for you?');
    expect(await focusedId(page)).toBe('question-text');
    await page.getByRole('button', { name: 'In a web browser (chatgpt.com)' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('What exactly do you see?');
    await page.getByRole('button', { name: '"HTTP ERROR 500" or "Internal Server Error"' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('Does ChatGPT work in a private (incognito) window?');
    await page.getByRole('button', { name: 'No, it fails there too' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('Which network are you on when it fails?');
    await page.getByRole('button', { name: 'Office / company Wi-Fi' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('Does ChatGPT work on another network, such as a phone hotspot?');
    await page.getByRole('button', { name: 'Yes, it works there' }).click();

    const verdict = page.locator('#verdict');
    await expect.poll(() => verdict.locator('h3').textContent()).toBe('The network path is the problem: VPN, DNS, filtering or SSL inspection');
    expect(await focusedId(page)).toBe('verdict-headline');
    expect(await verdict.locator('ol.steps li').count()).toBeGreaterThan(1);
    expect(await verdict.locator('.stop-when').textContent()).not.toBe('');
    const evidence = await verdict.locator('ul.evidence li').allTextContents();
    expect(evidence.some((e) => e.startsWith('✓Done: '))).toBe(true);

    await page.getByRole('button', { name: 'Copy note for IT' }).click();
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('The note for IT is copied.');
    expect(await clipboardText(page)).toContain('chatgpt.com');
    await page.getByRole('button', { name: 'Copy domain list' }).click();
    await expect.poll(() => clipboardText(page)).toMatch(/^chatgpt\.com\n/);
    const path = await screenshot(page, 'triage-network-verdict');
    expect(existsSync(path)).toBe(true);
    expect(page.problems).toEqual([]);
  });

  it('works with the keyboard only, and accepts free text', async () => {
    const page = await newWatchedPage(context);
    await page.goto(`${url}/`);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Skip to the conversation');
    // The language menu is at the top, before the form.
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('language');
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
    expect((await page.locator('#question-help').textContent())!.length).toBeGreaterThan(20);

    await page.locator('#reply-text').focus();
    await page.keyboard.type('hmm, maybe?');
    await page.keyboard.press('Enter');
    // "I couldn't match that" is the bot's message, once; the question's note stays for "not tried".
    await expect.poll(() => page.locator('#messages li.unclear').textContent()).toContain('I couldn’t match that answer');
    expect(await page.locator('#question-note').isHidden()).toBe(true);
    await page.locator('#reply-text').focus();
    await page.keyboard.type('yes, it works in incognito');
    await page.keyboard.press('Enter');

    await expect.poll(() => focusedId(page)).toBe('verdict-headline');
    expect(await page.locator('#verdict h3').textContent()).toBe('Browser state: it works in a clean window');
    expect(await page.locator('#messages li.you').allTextContents()).toEqual(['You: chatgpt.com shows 500', 'You: hmm, maybe?', 'You: yes, it works in incognito']);
    expect(page.problems).toEqual([]);
  });

  it('shows the live status banner during an incident, the outage verdict and "Notify me when it’s fixed"; the board’s Resolve reaches the open page', async () => {
    const outage = await startInProcess({}, { statusPayload: incidentioPartial() });
    const page = await newWatchedPage(context);
    // ?poll=500: the page asks for the desk's notices every 0.5 s instead of every 15 s.
    await page.goto(`${outage.url}/?poll=500`);
    await expect.poll(() => page.locator('#status-banner').getAttribute('data-status')).toBe('chatgpt_incident');
    expect(await page.locator('#status-line').textContent()).toMatch(/^ChatGPT: Conversations, Login, .* partially down \(as of /);
    const link = page.getByRole('link', { name: 'Elevated errors across ChatGPT and Codex' });
    expect(await link.getAttribute('href')).toBe('https://status.openai.com/incidents/01M1KWEDH417T2CF44YYHZDFCR');

    await page.getByRole('button', { name: 'Start' }).click();
    // The status page's incident is on the board already (linked by the status poller); the page says so.
    await expect.poll(() => page.locator('#messages').textContent()).toContain('You\'re the first person who reported this');
    await page.getByRole('button', { name: 'In a web browser (chatgpt.com)' }).click();
    await expect.poll(() => page.locator('#verdict h3').textContent()).toBe('A live ChatGPT outage: wait it out');
    await page.getByRole('button', { name: 'Notify me when it’s fixed' }).click();
    await expect.poll(() => page.locator('.notify-status').textContent()).toContain('this page tells you when ChatGPT is fixed');
    await screenshot(page, 'triage-outage');
    expect(await page.locator('#desk-updates').isVisible()).toBe(false);

    // The desk resolves the incident on the board; the page, still open, shows the notice without a reload.
    const board = await newWatchedPage(context);
    await board.goto(`${outage.url}/board`);
    await board.locator('#open-list .incident-link').first().click();
    await board.locator('#detail-view').getByRole('button', { name: 'Resolve' }).click();
    await board.getByRole('button', { name: 'Resolve and notify' }).click();
    await expect.poll(() => board.locator('#detail-view .state').textContent()).toBe('Resolved');
    await board.close();
    await page.bringToFront();
    const updates = page.locator('#desk-updates-list li');
    await expect.poll(() => updates.count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('#desk-updates').isVisible()).toBe(true);
    expect(await page.locator('#desk-updates h3').textContent()).toBe('Updates from the desk');
    expect(await updates.first().textContent()).toMatch(/^\d{1,2}:\d\d\D* ✅ Resolved: ChatGPT outage: .*Reload ChatGPT and try again; if it still fails, report it again/);
    await expect.poll(() => page.locator('#announcer').textContent()).toMatch(/^Update from the desk: ✅ Resolved: /);
    // Polling on shows it once.
    await page.waitForTimeout(1200);
    expect(await updates.count()).toBe(1);
    expect(board.problems).toEqual([]);

    // The verdict says it is fixed now (page-chat.test.ts has the details).
    await expect.poll(() => page.locator('#verdict-headline').textContent()).toBe('Fixed: the incident is resolved');
    // A reload shows it again, once, under "Updates from the desk" (not also among the messages).
    await page.reload();
    await expect.poll(() => page.locator('#verdict-headline').textContent()).toBe('Fixed: the incident is resolved');
    await expect.poll(() => updates.count()).toBe(1);
    expect(await updates.first().textContent()).toContain('✅ Resolved: ');
    expect(await page.locator('#messages').textContent()).not.toContain('✅ Resolved');
    expect(await page.locator('.notify-status').count()).toBe(0);
    expect(page.problems).toEqual([]);
  });

  it('polls the conversation for desk notices only while the page is visible, one request at a time', async () => {
    const page = await newWatchedPage(context);
    const polls: number[] = [];
    page.on('request', (request) => {
      // The conversation's id, not `current` (the page asks once, on load, whether there is one to resume).
      if (request.method() === 'GET' && /\/api\/conversations\/(?!current$)[^/]+$/.test(new URL(request.url()).pathname)) polls.push(Date.now());
    });
    await page.goto(`${url}/?poll=500`);
    await page.waitForTimeout(1200);
    expect(polls).toEqual([]); // no conversation yet: nothing to poll
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => polls.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);

    // Hidden (another tab in front): the polling stops; visible again: it asks at once and goes on.
    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate(`Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => '${state}' }); document.dispatchEvent(new Event('visibilitychange'))`);
    await setVisibility('hidden');
    await page.waitForTimeout(600); // a request in flight when hidden may still land
    const whileHidden = polls.length;
    await page.waitForTimeout(1500);
    expect(polls.length).toBe(whileHidden);
    await setVisibility('visible');
    await expect.poll(() => polls.length, { timeout: 2000 }).toBeGreaterThan(whileHidden);
    // At most one poll per interval (never a pile-up of overlapping requests).
    const gaps = polls.slice(1).map((at, i) => at - polls[i]!);
    expect(gaps.filter((gap) => gap < 300)).toEqual([]);
    expect(page.problems).toEqual([]);
  });

  it('picks the whole conversation up again after a reload', async () => {
    const page = await newWatchedPage(context);
    await page.goto(`${url}/`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'In the phone app (iOS or Android)' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).not.toBe('Where does ChatGPT fail for you?');
    const asked = await page.locator('#question-text').textContent();
    await page.reload();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe(asked);
    // The whole conversation, from the server: the question answered and its answer.
    expect(await page.locator('#messages li.bot').first().textContent()).toBe('Bot: Where does ChatGPT fail for you?');
    expect(await page.locator('#messages li.you').first().textContent()).toBe('You: In the phone app (iOS or Android)');
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
      await expect.poll(() => page.locator('#verdict h3').textContent()).toBe('API 5xx: retry with backoff, log, and watch status');
      await page.getByRole('button', { name: 'Copy snippet' }).click();
      await expect.poll(async () => (await clipboardText(page)).length).toBeGreaterThan(40);
      expect(await page.evaluate<string>('getComputedStyle(document.body).backgroundColor')).toBe('rgb(20, 23, 27)');
      await screenshot(page, 'triage-verdict-dark');
      expect(page.problems).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});
