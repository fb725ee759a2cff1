import { AppError } from '../app-error.ts';

export type StoreErrorCode = 'store.unavailable' | 'store.not_configured' | 'store.failed' | 'store.corrupt';

/**
 * A failure of the store: `store.unavailable` (Redis cannot be reached or refuses service right
 * now: down, loading, failing over, a command timed out, authentication failed; worth a retry),
 * `store.not_configured` (no Redis connection in the config), `store.corrupt` (stored data that
 * cannot be decoded), `store.failed` (any other failed command).
 */
export class StoreError extends AppError {
  declare readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** Replies of a server that is there but cannot serve right now (or not this client). */
const UNAVAILABLE_REPLY = /^(LOADING|MASTERDOWN|READONLY|CLUSTERDOWN|TRYAGAIN|BUSY|NOREPLICAS|NOAUTH|WRONGPASS|NOPERM)\b/;
/** ioredis' own errors when no server answers (connection lost, retries or time used up). */
const UNAVAILABLE_CLIENT =
  /Connection is closed|Command timed out|Stream isn't writeable|max retries per request|None of startup nodes is available|Failed to refresh slots cache|All sentinels are unreachable|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EPIPE/i;
/** cjson's refusal to decode stored JSON (in a Lua script). */
const UNDECODABLE = /invalid unicode escape|Expected value but found|cjson/i;

/** Which store error a Redis client error is (see StoreError). */
export function storeErrorCode(error: unknown): StoreErrorCode {
  if (error instanceof StoreError) return error.code;
  if (!(error instanceof Error)) return 'store.failed';
  const code = (error as { code?: unknown }).code;
  if (error.name === 'ReplyError') {
    if (UNAVAILABLE_REPLY.test(error.message)) return 'store.unavailable';
    return UNDECODABLE.test(error.message) ? 'store.corrupt' : 'store.failed';
  }
  if (error.name === 'MaxRetriesPerRequestError' || error.name === 'ClusterAllFailedError') return 'store.unavailable';
  if (typeof code === 'string' && UNAVAILABLE_CLIENT.test(code)) return 'store.unavailable';
  return UNAVAILABLE_CLIENT.test(error.message) ? 'store.unavailable' : 'store.failed';
}

/** True when the store cannot serve right now (a retry in a while may work). */
export function isStoreOutage(error: unknown): boolean {
  return error instanceof StoreError && error.code === 'store.unavailable';
}

/**
 * Runs one store operation; a Redis failure becomes a StoreError naming the operation (cause
 * kept), coded by storeErrorCode: `store.unavailable` when Redis cannot serve, and so on.
 */
export async function storeCall<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError(storeErrorCode(error), `${what} failed: ${reason}`, { cause: error });
  }
}
