import { spawn } from 'node:child_process';
import type { EventLoopUtilization } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trimHeapWhenIdle, type IdleTrimProbe } from '../../../adapters/app/trim-heap-when-idle.ts';

const MB = 1024 * 1024;

/**
 * A process as the trim sees it: the event loop's utilization over each second is the next value
 * of `periods` (then idle), the new space is `newSpace` bytes, and a collection sets it to what
 * `afterCollect` gives next.
 */
function fakeProcess(periods: number[], afterCollect: number[], initial = 16 * MB) {
  let newSpace = initial;
  const collections: number[] = [];
  const elu = (utilization: number): EventLoopUtilization => ({ idle: 0, active: 0, utilization });
  const probe: IdleTrimProbe = {
    // Called with `since` once per second (that second's figure), and without to start the next.
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

  it('with now and the new space at its floor (a start that held the nursery small), collects at once and in the first idle run, then not while it stays there', () => {
    vi.useFakeTimers({ now: 0 });
    const { probe, collections } = fakeProcess([], [], 1 * MB);
    const trim = trimHeapWhenIdle({ everyMs: 3000, now: true, probe });
    expect(collections).toEqual([0]);
    vi.advanceTimersByTime(60_000);
    expect(collections).toEqual([0, 6000]);
    trim.stop();
  });

  it('does not collect while the event loop is busy, and tries at most three times per idle run, 6 s apart', () => {
    vi.useFakeTimers({ now: 0 });
    // Busy for three seconds, idle from then on; collections never shrink the new space.
    const { probe, collections } = fakeProcess([0.5, 0.2, 0.06], []);
    const trim = trimHeapWhenIdle({ everyMs: 3000, probe });
    vi.advanceTimersByTime(5999);
    expect(collections).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(collections).toEqual([6000, 12_000, 18_000]);
    trim.stop();
  });

  it('does not count the quiet seconds before a burst: one busy second ends the idle run', () => {
    vi.useFakeTimers({ now: 0 });
    // Idle for 2 s, busy for one, idle for 2, busy for one...: never 3 idle seconds in a row.
    const { probe, collections } = fakeProcess([0, 0, 0.5, 0, 0, 0.5, 0, 0, 0.5, 0, 0, 0.5], []);
    const trim = trimHeapWhenIdle({ everyMs: 3000, probe });
    vi.advanceTimersByTime(12_000);
    expect(collections).toEqual([]);
    // Idle from 12 s on: collected once 3 s of it have passed.
    vi.advanceTimersByTime(3000);
    expect(collections).toEqual([15_000]);
    trim.stop();
  });

  it('tries again after the event loop was busy again', () => {
    vi.useFakeTimers({ now: 0 });
    // Idle seconds until a busy one read at 21 s.
    const { probe, collections } = fakeProcess([...Array<number>(20).fill(0), 0.9], []);
    const trim = trimHeapWhenIdle({ everyMs: 3000, probe });
    vi.advanceTimersByTime(30_000);
    // Three tries (3, 9, 15 s), none left at 21 s; after the busy second a new idle run from 21 s: 24 s, then 30 s.
    expect(collections).toEqual([3000, 9000, 15_000, 24_000, 30_000]);
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
  }, 90_000);
});
