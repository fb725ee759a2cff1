import { accessSync, constants, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's `chromium` package; `.ci/run` installs it when missing. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Where screenshots go (gitignored). */
export const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));

export function chromiumAvailable(path = CHROMIUM_PATH): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why the browser tests cannot run here, or undefined when they can. Only a developer machine
 * without Chromium skips them: under CI they run, and fail loudly if Chromium is missing.
 */
export function browserSkipReason(env: Record<string, string | undefined> = process.env): string | undefined {
  if (chromiumAvailable() || env.CI) return undefined;
  return `${CHROMIUM_PATH} is not installed (apt-get install chromium); CI runs these tests`;
}

/**
 * The time one browser scenario may take. A scenario drives several pages and waits for deliveries;
 * alone it takes 2-18 s, but on the 2-core CI machine beside two other test files one passed
 * vitest's 30 s default (board-console, CI run of 2026-12-02), so browser scenarios get more.
 */
export const BROWSER_SCENARIO = { timeout: 90_000 } as const;

/**
 * Launches headless Chromium. Playwright gives every launch a fresh, temporary user-data-dir,
 * deleted on close, so no profile state leaks between runs.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 30_000 });
}

export interface PageProblems {
  /** Console errors (CSP violations show up here), uncaught exceptions, failed requests. */
  problems: string[];
}

/** A new page that records console errors, uncaught exceptions and requests leaving 127.0.0.1. */
export async function newWatchedPage(context: BrowserContext): Promise<Page & PageProblems> {
  const page = (await context.newPage()) as Page & PageProblems;
  page.problems = [];
  // A missing element fails the test in seconds, with the locator named, instead of at the test timeout.
  page.setDefaultTimeout(5000);
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    page.problems.push(`blocked request to ${url.href}`);
    return route.abort();
  });
  return page;
}

/** The screenshots the README shows (committed). */
export const DOCS_SCREENSHOTS_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/**
 * A full-page screenshot into test-results/; with `docs` and UPDATE_SCREENSHOTS=1, also the
 * visible part (the viewport, so the file stays small) into docs/screenshots/ for the README
 * (`UPDATE_SCREENSHOTS=1 npx vitest run test/e2e`), so an ordinary test run changes no tracked file.
 */
export async function screenshot(page: Page, name: string, options: { docs?: boolean } = {}): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = `${RESULTS_DIR}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  if (options.docs && process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
    await page.screenshot({ path: `${DOCS_SCREENSHOTS_DIR}${name}.png`, fullPage: false, animations: 'disabled', caret: 'hide' });
  }
  return path;
}

// Browser-side reads, as expressions: the project compiles without the DOM library.
/** The id of the focused element ('' when none). */
export const focusedId = (page: Page) => page.evaluate<string>('document.activeElement ? document.activeElement.id : ""');
/** The text of the focused element. */
export const focusedText = (page: Page) => page.evaluate<string>('document.activeElement ? document.activeElement.textContent : ""');
export const clipboardText = (page: Page) => page.evaluate<string>('navigator.clipboard.readText()');
