import { setTimeout as sleep } from 'node:timers/promises';
import { startBot, startOurs, type BenchContext } from './bench-context.ts';
import { procStats } from './proc-stats.ts';

/** Seconds after the bot said it was ready at which its RSS is read. */
export const IDLE_SAMPLES_S = [2, 5, 10, 15, 20, 30];

export interface IdleMemoryRow {
  setup: string;
  /** RSS in MB at each of IDLE_SAMPLES_S (undefined where it could not be read). */
  rssMb: (number | undefined)[];
}

/**
 * RSS of one idle replica over its first half minute, no request sent: in Slack HTTP mode on
 * Redis (the set-up of the side-by-side and the storm), and as `npm start` runs it on a fresh
 * machine (memory store, no Slack, web page on). Each with the bench's node options.
 */
export async function idleMemory(ctx: BenchContext, keyPrefix: string): Promise<IdleMemoryRow[]> {
  const rows: IdleMemoryRow[] = [];
  const setups = [
    { setup: 'Slack HTTP mode, Redis, web off', start: () => startOurs(ctx, 'ours-idle-slack', keyPrefix) },
    { setup: 'npm start default: memory store, no Slack, web on', start: () => startBot(ctx, 'ours-idle-default', {}) },
  ];
  for (const { setup, start } of setups) {
    const app = await start();
    const started = Date.now();
    const rssMb: (number | undefined)[] = [];
    try {
      for (const at of IDLE_SAMPLES_S) {
        await sleep(Math.max(0, started + at * 1000 - Date.now()));
        rssMb.push(procStats(app.pid)?.rssMb);
      }
    } finally {
      await app.stop();
    }
    rows.push({ setup, rssMb });
  }
  return rows;
}
