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
    if (authRefused(error)) return { ok: false, state: 'auth_failed', detail: 'store: authentication failed' };
    if (storeErrorCode(error) === 'store.unavailable') return { ok: false, state: 'unreachable', detail: 'store: unreachable' };
    return { ok: false, state: 'error', detail: 'store: the check failed (the log says why)' };
  }
}

/** The error, or an error it was caused by, is the server refusing the credentials. */
function authRefused(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  return AUTH_REFUSED.test(error.message) || authRefused(error.cause, depth + 1);
}
