/** The backoff of failed deliveries (DELIVERY_RETRY_MIN_SECONDS, DELIVERY_RETRY_MAX_SECONDS). */
export interface RetryPolicy {
  /** The first wait, ms (default 1000). */
  baseMs: number;
  /** The longest wait, ms (default 30 min). */
  maxMs: number;
}

/** The waits before the retries, in units of the base: doubling to 16, then 30, then ×4 up to the cap. */
const STEPS = [1, 2, 4, 8, 16, 30];

/**
 * How long to wait before attempt `failures + 1`, after `failures` failed attempts: about 1, 2, 4,
 * 8, 16 and 30 s, then 2, 8 and 30 min (with the defaults), each ±20 % jitter so that many entries
 * that failed together do not come back together. With DELIVERY_MAX_ATTEMPTS = 10 the last attempt
 * comes about 40 minutes after the first.
 */
export function retryDelay(failures: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const n = Math.max(1, failures);
  const units = n <= STEPS.length ? STEPS[n - 1]! : STEPS.at(-1)! * 4 ** (n - STEPS.length);
  const plain = Math.min(policy.maxMs, policy.baseMs * units);
  return Math.max(1, Math.round(plain * (0.8 + 0.4 * random())));
}
