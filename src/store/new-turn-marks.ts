import { randomUUID } from 'node:crypto';
import type { TurnMarks } from './store.port.ts';

/** Fresh placeholders for one turn's write step (random: nobody can type one). */
export function newTurnMarks(): TurnMarks {
  const nonce = randomUUID();
  return { asked: `@@asked:${nonce}@@`, crowd: `@@crowd:${nonce}@@` };
}
