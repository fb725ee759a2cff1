import type { Store } from '../../src/store/store.port.ts';

/**
 * Waits until the outbox has nothing left to deliver (nothing ready, held or waiting for a retry)
 * for two polls in a row; fails after `timeoutMs` with what is left.
 */
export async function outboxSettled(store: Store, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let quiet = 0;
  for (;;) {
    const s = await store.outbox.stats();
    quiet = s.ready + s.inFlight + s.delayed === 0 ? quiet + 1 : 0;
    if (quiet >= 2) return;
    if (Date.now() > until) throw new Error(`the outbox did not settle: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
