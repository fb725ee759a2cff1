import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  runs: number;
  opsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Runs `fn` `runs` times one after another (after `warmup` runs) and reports latency percentiles. */
export async function measure(name: string, runs: number, fn: (i: number) => unknown, warmup = Math.min(200, runs)): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples = new Float64Array(runs);
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    samples[i] = performance.now() - t;
  }
  const total = performance.now() - started;
  samples.sort();
  const at = (q: number) => samples[Math.min(runs - 1, Math.floor(q * runs))]!;
  return { name, runs, opsPerSecond: (runs / total) * 1000, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: samples[runs - 1]! };
}

export function table(rows: Measurement[]): string {
  const fmt = (n: number) => (Number.isNaN(n) ? '–' : n < 0.1 ? n.toFixed(4) : n < 10 ? n.toFixed(2) : n.toFixed(1));
  return [
    '| benchmark | runs | ops/s | p50 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.name} | ${r.runs} | ${Math.round(r.opsPerSecond).toLocaleString('en-US')} | ${fmt(r.p50Ms)} | ${fmt(r.p99Ms)} | ${fmt(r.maxMs)} |`),
  ].join('\n');
}
