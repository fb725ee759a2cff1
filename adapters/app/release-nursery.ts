import { setFlagsFromString } from 'node:v8';

/** Where bin/chatgpt-500.js notes that it held the nursery for the start. */
export const NURSERY_HELD = Symbol.for('chatgpt-500.nursery-held');
/** V8's own factor by which its nursery (the new space) grows when much of what it holds survives. */
const V8_GROWTH_FACTOR = 2;

/**
 * bin/chatgpt-500.js starts `start` with V8's nursery held at its first size (growth factor 1): the
 * start builds tables that live as long as the process, and a nursery grown to its cap for them
 * (16 MB with `--max-semi-space-size=8`) stays that size until V8's memory reducer runs, a minute
 * or more later. Once the bot serves, this lets the nursery grow under load again. It does nothing
 * when the process was not started that way (tests, or a growth factor set in node's options).
 */
export function releaseNursery(): void {
  const held: unknown = (globalThis as Record<symbol, unknown>)[NURSERY_HELD];
  if (held !== true) return;
  setFlagsFromString(`--semi-space-growth-factor=${V8_GROWTH_FACTOR}`);
  (globalThis as Record<symbol, unknown>)[NURSERY_HELD] = false;
}
