/** Runs `fn` after `ms`; returns a function that cancels it. */
export type Schedule = (fn: () => void, ms: number) => () => void;

/** A clock and timer queue that move only when the test says so. */
export interface ManualClock {
  now: () => number;
  schedule: Schedule;
  /** Moves time forward, running due timers in order; `settle` runs after each (await async work). */
  advance(ms: number, settle?: () => Promise<void>): Promise<void>;
  set(time: number): void;
  pending(): number;
}

export function manualClock(start = Date.UTC(2025, 0, 15, 9, 0, 0)): ManualClock {
  let time = start;
  let seq = 0;
  const timers: { due: number; seq: number; fn: () => void }[] = [];
  return {
    now: () => time,
    schedule(fn, ms) {
      const timer = { due: time + Math.max(0, ms), seq: (seq += 1), fn };
      timers.push(timer);
      return () => {
        const at = timers.indexOf(timer);
        if (at >= 0) timers.splice(at, 1);
      };
    },
    async advance(ms, settle = async () => {}) {
      const target = time + ms;
      for (;;) {
        timers.sort((a, b) => a.due - b.due || a.seq - b.seq);
        const next = timers[0];
        if (!next || next.due > target) break;
        timers.shift();
        time = Math.max(time, next.due);
        next.fn();
        await settle();
      }
      time = target;
      await settle();
    },
    set(value) {
      time = value;
    },
    pending: () => timers.length,
  };
}
