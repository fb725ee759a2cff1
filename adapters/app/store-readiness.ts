import type { Store } from '../../src/store/store.port.ts';
import { storeErrorCode } from '../../src/store/store-error.ts';
import type { CheckResult } from './readiness.ts';

/** Replies of a server that refuses this client's credentials. */
const AUTH_REFUSED = /^(WRONGPASS|NOAUTH|NOPERM)\b/;

/**
 * /readyz's store check: a PING. A failure is reported with a fixed reason ("store: unreachable",
 * "store: authentication failed"), never the Redis client's own text, which can quote internals.
 */
export async function storeReadiness(store: Pick<Store, 'kind' | 'ping'>): Promise<CheckResult> {
  try {
    await store.ping();
    return { ok: true, state: store.kind === 'memory' ? 'memory' : 'reachable' };
  } catch (error) {
    if (error instanceof Error && AUTH_REFUSED.test(error.message)) return { ok: false, state: 'auth_failed', detail: 'store: authentication failed' };
    if (storeErrorCode(error) === 'store.unavailable') return { ok: false, state: 'unreachable', detail: 'store: unreachable' };
    return { ok: false, state: 'error', detail: 'store: the check failed (the log says why)' };
  }
}
