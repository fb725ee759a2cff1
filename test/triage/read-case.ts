import type { AskedFactId, Facts } from '../../src/triage/fact-values.ts';
import { parseReply } from '../../src/triage/parse-reply.ts';

/** One pinned reading: a reply, the question it answers, what was known before, and what it states (or 'unclear'). */
export type Case = [text: string, expecting: AskedFactId, known: Facts, want: Facts | 'unclear'];

/** What parseReply reads from a case's reply: the facts it states, or 'unclear' when nothing was understood. */
export function readCase([text, expecting, known]: Case): Facts | 'unclear' {
  const reading = parseReply(text, { expecting, facts: known });
  return reading.understood ? reading.facts : 'unclear';
}
