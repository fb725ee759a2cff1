import { performance } from 'node:perf_hooks';

export interface BusyWatch {
  stop(): void;
}

/**
 * Calls `onBusy` once when this thread's event loop was busy more than `threshold` of the time
 * (event-loop utilization) in `periods` consecutive periods of `periodMs`; then stops watching.
 * The timer does not keep the process alive.
 */
export function whenBusy(options: { onBusy: () => void; threshold?: number; periodMs?: number; periods?: number }): BusyWatch {
  const threshold = options.threshold ?? 0.5;
  const periods = options.periods ?? 2;
  let last = performance.eventLoopUtilization();
  let busyPeriods = 0;
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const utilization = performance.eventLoopUtilization(now, last).utilization;
    last = now;
    busyPeriods = utilization > threshold ? busyPeriods + 1 : 0;
    if (busyPeriods < periods) return;
    clearInterval(timer);
    options.onBusy();
  }, options.periodMs ?? 500);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
