const BARS = '▁▂▃▄▅▆▇█';
const MINUTE_MS = 60_000;

/**
 * Reports per minute as a sparkline ("▁▂▅█▇▃"), scaled to the busiest minute; minutes without
 * reports count as zero and show the lowest bar. Only the last `maxMinutes` minutes are drawn.
 */
export function renderSparkline(perMinute: readonly { at: number; reports: number }[], maxMinutes = 30): { line: string; minutes: number; peak: number } {
  if (perMinute.length === 0) return { line: '', minutes: 0, peak: 0 };
  const byMinute = new Map<number, number>();
  for (const p of perMinute) {
    const minute = Math.floor(p.at / MINUTE_MS);
    byMinute.set(minute, (byMinute.get(minute) ?? 0) + Math.max(0, p.reports));
  }
  const last = Math.max(...byMinute.keys());
  const first = Math.max(Math.min(...byMinute.keys()), last - maxMinutes + 1);
  const values: number[] = [];
  for (let m = first; m <= last; m++) values.push(byMinute.get(m) ?? 0);
  const peak = Math.max(...values);
  const line = values
    .map((v) => {
      if (peak === 0 || v === 0) return BARS[0];
      return BARS[Math.min(BARS.length - 1, Math.max(0, Math.ceil((v / peak) * BARS.length) - 1))];
    })
    .join('');
  return { line, minutes: values.length, peak };
}
