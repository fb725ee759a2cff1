import type { StatusReading } from '../../src/status/build-status-reading.ts';

const STATUS = new Set(['chatgpt_incident', 'other_product_incident', 'operational', 'unknown']);

/**
 * A status reading as the main thread posts it to the delivery thread (a structured clone of its
 * own StatusReading): the fields the thread reads are checked, anything else is refused.
 */
export function isStatusReading(value: unknown): value is StatusReading {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.status === 'string' &&
    STATUS.has(r.status) &&
    Array.isArray(r.chatgptComponents) &&
    r.chatgptComponents.every((c) => typeof c === 'string') &&
    Array.isArray(r.chatgptAffected) &&
    Array.isArray(r.incidents) &&
    (r.model === null || typeof r.model === 'object') &&
    (r.fetchedAt === null || typeof r.fetchedAt === 'string') &&
    (r.ageSeconds === null || typeof r.ageSeconds === 'number') &&
    typeof r.stale === 'boolean' &&
    typeof r.source === 'string'
  );
}
