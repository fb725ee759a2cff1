const BARS = '▁▂▃▄▅▆▇█';
const MINUTE_MS = 60_000;

/**
 * Reports per minute as a sparkline ("▁▂▅█▇▃"), as on the Slack card: scaled to the busiest
 * minute, minutes without reports drawn as the lowest bar, only the last `maxMinutes` minutes.
 */
export function renderSparkline(perMinute: readonly { at: number; reports: number }[], maxMinutes = 30): { line: string; minutes: number; peak: number } {
  const byMinute = new Map<number, number>();
  for (const p of perMinute) {
    if (!Number.isFinite(p.at)) continue;
    const minute = Math.floor(p.at / MINUTE_MS);
    byMinute.set(minute, (byMinute.get(minute) ?? 0) + Math.max(0, Number.isFinite(p.reports) ? p.reports : 0));
  }
  if (byMinute.size === 0 || maxMinutes < 1) return { line: '', minutes: 0, peak: 0 };
  // A loop rather than Math.max(...keys): thousands of minutes must not overflow the call stack.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const m of byMinute.keys()) {
    first = Math.min(first, m);
    last = Math.max(last, m);
  }
  first = Math.max(first, last - Math.floor(maxMinutes) + 1);
  const values: number[] = [];
  for (let m = first; m <= last; m++) values.push(byMinute.get(m) ?? 0);
  const peak = values.reduce((a, b) => Math.max(a, b), 0);
  const line = values.map((v) => (peak === 0 || v === 0 ? BARS[0] : BARS[Math.min(BARS.length - 1, Math.ceil((v / peak) * BARS.length) - 1)])).join('');
  return { line, minutes: values.length, peak };
}
