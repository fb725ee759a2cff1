/** Teams' documented limits per bot per thread: at most `count` sends in any `ms`. */
export const TEAMS_THREAD_LIMITS: readonly { ms: number; count: number }[] = [
  { ms: 1000, count: 7 },
  { ms: 2000, count: 8 },
  { ms: 30_000, count: 60 },
  { ms: 3_600_000, count: 1800 },
];

export interface TeamsPacer {
  /** Takes a send slot of the thread (0), or says how long until there is one (ms, nothing taken). */
  take(thread: string): number;
  /** The thread answered 429: nothing goes there for `ms`. */
  pause(thread: string, ms: number): void;
}

/**
 * Paces the sends of this process per conversation (thread) to Teams' limits, so the bot waits
 * before Teams makes it wait; a 429 pauses the thread for Retry-After. One thread's pace never
 * touches another's.
 */
export function createTeamsPacer(options: { now?: () => number; limits?: readonly { ms: number; count: number }[] } = {}): TeamsPacer {
  const now = options.now ?? Date.now;
  const limits = options.limits ?? TEAMS_THREAD_LIMITS;
  const longest = Math.max(...limits.map((l) => l.ms));
  const sent = new Map<string, number[]>();
  const paused = new Map<string, number>();

  function prune(t: number): void {
    if (sent.size < 5000) return;
    for (const [thread, times] of sent) if (times.length === 0 || t - times.at(-1)! > longest) sent.delete(thread);
    for (const [thread, until] of paused) if (until <= t) paused.delete(thread);
  }

  return {
    take(thread) {
      const t = now();
      const until = paused.get(thread) ?? 0;
      if (until > t) return until - t;
      const times = (sent.get(thread) ?? []).filter((at) => t - at < longest);
      let wait = 0;
      for (const { ms, count } of limits) {
        const inWindow = times.filter((at) => t - at < ms);
        if (inWindow.length >= count) wait = Math.max(wait, inWindow[inWindow.length - count]! + ms - t);
      }
      if (wait > 0) {
        sent.set(thread, times);
        return wait;
      }
      times.push(t);
      sent.set(thread, times);
      prune(t);
      return 0;
    },
    pause(thread, ms) {
      paused.set(thread, Math.max(paused.get(thread) ?? 0, now() + ms));
    },
  };
}
