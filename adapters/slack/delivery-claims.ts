/**
 * De-duplication of Slack deliveries the desk does not de-duplicate itself (card buttons, the
 * "Notify me" button, modal submissions, hints): the first claim of an id wins. The store's
 * `events` (src/store) has this shape and is shared by all replicas; the memory version is for
 * one process and tests.
 */
export interface DeliveryClaims {
  /** True for the first claim of `id` within `ttlSeconds`, false for every later one. */
  claim(id: string, ttlSeconds: number): Promise<boolean>;
}

/** How long a delivery id is remembered: Slack retries within minutes. */
export const CLAIM_TTL_SECONDS = 3600;

/** A bounded in-process DeliveryClaims (insertion order = age). */
export function createMemoryDeliveryClaims(options: { maxEntries?: number; now?: () => number } = {}): DeliveryClaims {
  const maxEntries = options.maxEntries ?? 100_000;
  const now = options.now ?? Date.now;
  const claims = new Map<string, number>();
  return {
    async claim(id, ttlSeconds) {
      const expires = claims.get(id);
      if (expires !== undefined && expires > now()) return false;
      claims.delete(id);
      claims.set(id, now() + ttlSeconds * 1000);
      while (claims.size > maxEntries) claims.delete(claims.keys().next().value!);
      return true;
    },
  };
}
