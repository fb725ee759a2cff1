/**
 * Parses an HTTP `Retry-After` value (delay seconds or an HTTP date) into ms from `now`.
 * Undefined when absent or unparseable; a date in the past gives 0.
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!raw) return undefined;
  if (/^\d+$/.test(raw)) return Number(raw) * 1000;
  // An HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse alone would read "-5" as a year.
  if (!/^[a-z]{3},\s/i.test(raw)) return undefined;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
