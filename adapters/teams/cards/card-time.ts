/**
 * A time as the reader's Teams shows it in their own timezone and locale: the Adaptive Card
 * DATE()/TIME() functions (TextBlock only). Their rules are strict (upper case, no spaces, RFC 3339
 * without fractions), else the raw string is shown, so the ISO form drops the milliseconds.
 */
export function cardTime(ms: number, format: 'datetime' | 'time' = 'datetime'): string {
  const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return format === 'time' ? `{{TIME(${iso})}}` : `{{DATE(${iso}, SHORT)}} {{TIME(${iso})}}`;
}
