import { z } from 'zod';
import { FACT_VALUES, OBSERVED_FACTS, type AskedFactId, type FactValue } from '../triage/fact-values.ts';
import type { ReadFact } from './read-facts.ts';

/**
 * One thing the person said in a conversation, as the desk keeps it to show the conversation again
 * (a reload, a new tab): a button's answer, or typed text and what the bot read from it. `asked` is
 * the question it answered (absent for the opening text); `surface`, what the symptom question was
 * asked for. Texts are not kept: they are written again in the conversation's language.
 */
export type TranscriptEntry =
  | { by: 'choice'; asked: AskedFactId; surface?: FactValue<'surface'>; value: string }
  | { by: 'text'; asked?: AskedFactId; surface?: FactValue<'surface'>; text: string; read: ReadFact[]; understood: boolean };

/** The entries a conversation keeps (the oldest go first); a triage asks at most six questions. */
export const MAX_TRANSCRIPT = 40;
/** The typed text kept per entry (the page's input takes 2,000). */
export const MAX_TRANSCRIPT_TEXT = 2000;

const ASKED = Object.keys(FACT_VALUES).filter((f) => !(OBSERVED_FACTS as readonly string[]).includes(f)) as [AskedFactId, ...AskedFactId[]];
const asked = z.enum(ASKED);
const surface = z.enum(FACT_VALUES.surface);

export const transcriptSchema = z
  .array(
    z.union([
      z.object({ by: z.literal('choice'), asked, surface: surface.optional(), value: z.string() }),
      z.object({
        by: z.literal('text'),
        asked: asked.optional(),
        surface: surface.optional(),
        text: z.string(),
        read: z.array(z.object({ fact: asked, value: z.string() })),
        understood: z.boolean(),
      }),
    ]),
  )
  .max(MAX_TRANSCRIPT);

/** `entries` with `entry` added (the last MAX_TRANSCRIPT kept). */
export function addToTranscript(entries: readonly TranscriptEntry[] | undefined, entry: TranscriptEntry): TranscriptEntry[] {
  const kept = entry.by === 'text' ? { ...entry, text: entry.text.slice(0, MAX_TRANSCRIPT_TEXT) } : entry;
  return [...(entries ?? []), kept].slice(-MAX_TRANSCRIPT);
}
