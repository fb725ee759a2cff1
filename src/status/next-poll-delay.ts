/** Backoff after repeated 429/5xx never grows beyond this (unless Retry-After asks for more). */
export const MAX_BACKOFF_MS = 10 * 60_000;
/** A Retry-After beyond this is treated as this (a bogus date must not stop polling for days). */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/**
 * The wait before the next poll: the poll interval, or after `backoffFailures` consecutive 429/5xx
 * answers the largest of the interval, exponential backoff (interval × 2^failures, capped at
 * MAX_BACKOFF_MS) and the page's Retry-After (capped at MAX_RETRY_AFTER_MS).
 */
export function nextPollDelay(input: { pollMs: number; backoffFailures: number; retryAfterMs?: number }): number {
  const { pollMs, backoffFailures, retryAfterMs } = input;
  if (backoffFailures <= 0) return pollMs;
  const exponential = Math.min(pollMs * 2 ** Math.min(backoffFailures, 30), MAX_BACKOFF_MS);
  return Math.max(pollMs, exponential, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
}
