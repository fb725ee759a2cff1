import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PLANTED_STRINGS, plantedSecretsHar } from '../helpers/planted-secrets-har.ts';
import { startInProcess } from '../adapters/app/helpers/start-in-process.ts';
import { BROWSER_SCENARIO, browserSkipReason, launchChromium, screenshot } from './chromium.ts';
import { answeringServer, closedPort, hangingServer, watchedPage } from './probe-targets.ts';

const skip = browserSkipReason();

/** Issue 14 items 2 and 5 on the triage page: a HAR upload with its findings and redacted copy, and "Check my network". */
describe.skipIf(skip !== undefined)(`Evidence on the triage page in headless Chromium${skip ? ` — SKIPPED: ${skip}` : ''}`, BROWSER_SCENARIO, () => {
  let browser: Browser;
  let context: BrowserContext;
  let url: string;
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
    const targets = [`http://127.0.0.1:${ok.port}/favicon.ico`, `http://127.0.0.1:${refused}/favicon.ico`, `http://127.0.0.1:${hang.port}/favicon.ico`];
    ({ url } = await startInProcess({ NETWORK_CHECK_TARGETS: targets.join(',') }));
    context = await browser.newContext({ viewport: { width: 1000, height: 900 }, acceptDownloads: true });
  });
  afterEach(async () => {
    await context?.close();
    await ok?.close();
    await hang?.close();
  });

  it('network verdict: the check shows 1 reachable and 2 blocked, the IT note names the 2; a HAR shows its findings and downloads redacted', async () => {
    const page = await watchedPage(context);
    await page.goto(`${url}/`);
    await page.getByLabel('What do you see?').fill('chatgpt.com shows HTTP ERROR 500');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('Does ChatGPT work in a private (incognito) window?');
    expect(await page.locator('#network-check').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'No, it fails there too' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('Which network are you on when it fails?');
    // Offered while the network questions are asked.
    expect(await page.locator('#network-check').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Office / company Wi-Fi' }).click();
    await expect.poll(() => page.locator('#question-text').textContent()).toBe('Does ChatGPT work on another network, such as a phone hotspot?');
    await page.getByRole('button', { name: 'Yes, it works there' }).click();
    await expect.poll(() => page.locator('#verdict').getAttribute('data-branch')).toBe('network');

    // ---- Check my network: one answers, one refuses, one never answers (5 s timeout) ----
    await page.locator('#network-check-button').click();
    const domain = (port: number) => `127.0.0.1:${port}`;
    await expect.poll(() => page.locator('#network-check-results li[data-state="blocked"]').count(), { timeout: 15_000 }).toBe(2);
    expect(await page.locator('#network-check-results li[data-state="reachable"]').count()).toBe(1);
    expect(await page.locator(`#network-check-results li[data-domain="${domain(ok.port)}"]`).getAttribute('data-state')).toBe('reachable');
    expect(await page.locator(`#network-check-results li[data-domain="${domain(refused)}"]`).textContent()).toBe(`${domain(refused)}: blocked`);
    expect(await page.locator(`#network-check-results li[data-domain="${domain(hang.port)}"]`).getAttribute('data-state')).toBe('blocked');
    expect(ok.hits()).toBeGreaterThan(0);
    const blockedLine = `A network check from the person's own browser could not reach: ${domain(refused)}, ${domain(hang.port)}.`;
    await expect.poll(() => page.locator('#it-note-text').textContent(), { timeout: 10_000 }).toContain(blockedLine);
    expect(await page.locator('#it-note-text').textContent()).not.toContain(domain(ok.port));
    expect(await page.locator('#network-check-lines').textContent()).toContain(`Blocked from your browser: ${domain(refused)}, ${domain(hang.port)}.`);

    // ---- A HAR: findings on the page, "HAR + console logs" satisfied, a redacted copy to download ----
    const harItem = page.locator('#verdict ul.evidence li', { hasText: 'HAR + console logs' });
    expect(await harItem.getAttribute('class')).toBe('todo');
    await page.locator('#har-file').setInputFiles({ name: 'chatgpt.har', mimeType: 'application/json', buffer: Buffer.from(plantedSecretsHar()) });
    await page.locator('#har-redacted').check();
    await page.getByRole('button', { name: 'Analyse the HAR' }).click();
    await expect.poll(() => page.locator('#har-findings').isVisible()).toBe(true);
    expect(await page.locator('#har-finding-list').textContent()).toContain('Server error 500 from chatgpt.com/backend-api/conversation');
    expect(await page.locator('#har-summary').textContent()).toMatch(/^HAR read: \d+ requests; \d+ secret values redacted\.$/);
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the redacted HAR' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('chatgpt-500-redacted.har');
    const copy = await readFile((await download.path())!, 'utf8');
    expect((JSON.parse(copy) as { log: { entries: unknown[] } }).log.entries.length).toBeGreaterThan(0);
    for (const secret of PLANTED_STRINGS) expect(copy).not.toContain(secret);
    const pageText = (await page.locator('main').textContent()) ?? '';
    for (const secret of PLANTED_STRINGS) expect(pageText).not.toContain(secret);
    // The verdict was built again: the HAR counts as evidence, and the check's domains stay in the IT note.
    await expect.poll(() => harItem.getAttribute('class')).toBe('done');
    expect(await harItem.textContent()).toContain('Attached (redacted)');
    expect(await page.locator('#it-note-text').textContent()).toContain(blockedLine);
    await screenshot(page, 'evidence-page');
    // Expected by design: the refused probe, and the browser's own /favicon.ico (the app has none;
    // newWatchedPage's routing hides that one, this page has no routing). Nothing else.
    const expected = ['console: Failed to load resource: net::ERR_CONNECTION_REFUSED', 'console: Failed to load resource: the server responded with a status of 404 (Not Found)'];
    expect(page.problems.filter((p) => !expected.includes(p))).toEqual([]);
    expect(page.problems.filter((p) => p.includes('ERR_CONNECTION_REFUSED'))).toHaveLength(1);
  }, 60_000);
});
