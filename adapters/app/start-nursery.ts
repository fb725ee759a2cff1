import { setFlagsFromString } from 'node:v8';

/**
 * The mark bin/chatgpt-500.js leaves when it held V8's nursery at its first size for `start`
 * (`--semi-space-growth-factor=1` before the modules load): the start's garbage (the modules, the
 * parser's tables) then goes through a 1 MB new space instead of growing it to its cap, which an
 * idle replica kept until its heap trim, 10 s after the start.
 */
export const START_NURSERY_HELD = Symbol.for('chatgpt-500.start-nursery-held');

/** V8's own growth factor of the new space (`--semi-space-growth-factor`'s default). */
const V8_GROWTH_FACTOR = 2;

/**
 * Gives V8 its usual growth of the new space back once the bot serves, so that under load the
 * nursery grows to its cap as before (fewer scavenges, less promoted). Does nothing when the
 * process was not started held (a test calling the start in-process, an operator's own factor).
 * Returns whether it released the hold.
 */
export function releaseStartNursery(scope: Record<symbol, unknown> = globalThis as unknown as Record<symbol, unknown>): boolean {
  if (scope[START_NURSERY_HELD] !== true) return false;
  delete scope[START_NURSERY_HELD];
  setFlagsFromString(`--semi-space-growth-factor=${V8_GROWTH_FACTOR}`);
  return true;
}
