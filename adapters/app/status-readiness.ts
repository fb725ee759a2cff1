import type { StatusReading } from '../../src/status/build-status-reading.ts';
import type { CheckResult } from './readiness.ts';

/**
 * The status reader's state for /readyz: `fresh`, `stale` (the last read failed, an older reading
 * is served) or `unknown` (never read, or too old). Always ready: the page and the triage work
 * without the status page, they just say the status is unknown.
 */
export function statusReadiness(reading: StatusReading): CheckResult {
  const state = reading.status === 'unknown' ? 'unknown' : reading.stale ? 'stale' : 'fresh';
  const detail = reading.reason ?? reading.error;
  return { ok: true, state, ...(detail ? { detail } : {}) };
}
