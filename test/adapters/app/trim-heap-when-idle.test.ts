import { spawn } from 'node:child_process';
import type { EventLoopUtilization } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trimHeapWhenIdle, type IdleTrimProbe } from '../../../adapters/app/trim-heap-when-idle.ts';

const MB = 1024 * 1024;

/**
 * A process as the trim sees it: the event loop's utilization over each period is the next value
 * of `periods` (then idle), the new space is `newSpace` bytes, and a collection sets it to what
 * `afterCollect` gives next.
 */
function fakeProcess(periods: number[], afterCollect: number[]) {
  let newSpace = 16 * MB;
  const collections: number[] = [];
  const elu = (utilization: number): EventLoopUtilization => ({ idle: 0, active: 0, utilization });
  const probe: IdleTrimProbe = {
    // Called with `since` once per period (the period's figure), and without to start the next.
    utilization: (since) => (since ? elu(periods.shift() ?? 0) : elu(0)),
    newSpaceBytes: () => newSpace,
    collect: () => {
      collections.push(Date.now());
      newSpace = afterCollect.shift() ?? newSpace;
    },
  };
  return { probe, collections, grow: () => (newSpace = 16 * MB) };
}

describe('trimHeapWhenIdle', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('collects after an idle period, again 6 s later when the first left the new space as it was, then no more', () => {
    vi.useFakeTimers({ now: 0 });
    const { probe, collections } = fakeProcess([], [16 * MB, 1 * MB]);
    const trim = trimHeapWhenIdle({ everyMs: 3000, probe });
    vi.advanceTimersByTime(2999);
    expect(collections).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(collections).toEqual([3000]);
    vi.advanceTimersByTime(5999);
    expect(collections).toEqual([3000]);
    vi.advanceTimersByTime(1);
    expect(collections).toEqual([3000, 9000]);
    // At its floor: nothing more, however long the process stays idle.
    vi.advanceTimersByTime(60_000);
    expect(collections).toEqual([3000, 9000]);
    trim.stop();
  });

  it('with now, collects once at once (busy or not), and the next time 6 s later', () => {
    vi.useFakeTimers({ now: 0 });
    const { probe, collections } = fakeProcess([0.9], [16 * MB, 1 * MB]);
    const trim = trimHeapWhenIdle({ everyMs: 3000, now: true, probe });
    expect(collections).toEqual([0]);
    vi.advanceTimersByTime(60_000);
    expect(collections).toEqual([0, 6000]);
    trim.stop();
  });

  it('does not collect while the event loop is busy, and tries at most three times per idle period', () => {
    vi.useFakeTimers({ now: 0 });
    // Busy for three periods, idle for the rest; collections never shrink the new space.
    const { probe, collections, grow } = fakeProcess([0.5, 0.2, 0.06], []);
    const trim = trimHeapWhenIdle({ everyMs: 1000, probe });
    vi.advanceTimersByTime(3000);
    expect(collections).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(collections).toEqual([4000, 10_000, 16_000]);
    trim.stop();
    grow();
  });

  it('tries again after the event loop was busy again', () => {
    vi.useFakeTimers({ now: 0 });
    // Periods read at 1, 7, 13 (the three tries), 19, 20 s (idle, no try left), then a busy one read at 21 s.
    const { probe, collections } = fakeProcess([0, 0, 0, 0, 0, 0.9], []);
    const trim = trimHeapWhenIdle({ everyMs: 1000, probe });
    vi.advanceTimersByTime(30_000);
    // A new idle period from 22 s: tries again (and 6 s later, the new space being as it was).
    expect(collections).toEqual([1000, 7000, 13_000, 22_000, 28_000]);
    trim.stop();
  });

  it('collects nothing when turned off (0 s) or when the new space is at its floor', () => {
    vi.useFakeTimers({ now: 0 });
    const off = fakeProcess([], []);
    trimHeapWhenIdle({ everyMs: 0, probe: off.probe });
    vi.advanceTimersByTime(60_000);
    expect(off.collections).toEqual([]);
    const small = fakeProcess([], []);
    small.probe.newSpaceBytes = () => 1 * MB;
    const trim = trimHeapWhenIdle({ everyMs: 1000, probe: small.probe });
    vi.advanceTimersByTime(60_000);
    expect(small.collections).toEqual([]);
    trim.stop();
  });

  it('in a real process, gives the new space a burst grew back once the process is idle (no --expose-gc needed)', async () => {
    // A child node: a burst that grows the new space to its cap, then idle with the trim running every 500 ms.
    const module = fileURLToPath(new URL('../../../adapters/app/trim-heap-when-idle.ts', import.meta.url));
    const script = `
      import { getHeapSpaceStatistics } from 'node:v8';
      const { trimHeapWhenIdle } = await import(${JSON.stringify(module)});
      const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
      const keep = [];
      for (let i = 0; i < 400000; i++) keep.push({ i, s: 'x' + i });
      const before = newSpace();
      const trim = trimHeapWhenIdle({ everyMs: 500 });
      const started = Date.now();
      const timer = setInterval(() => {
        if (newSpace() < before && newSpace() <= 2 * 1024 * 1024 || Date.now() - started > 25000) {
          clearInterval(timer);
          trim.stop();
          process.stdout.write(JSON.stringify({ before, after: newSpace(), kept: keep.length }));
        }
      }, 200);
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--max-semi-space-size=8', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
    const { before, after, kept } = JSON.parse(out) as { before: number; after: number; kept: number };
    expect(kept).toBe(400_000);
    expect(before).toBeGreaterThanOrEqual(8 * MB);
    expect(after).toBeLessThanOrEqual(2 * MB);
  }, 40_000);
});
