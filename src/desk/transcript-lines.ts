import type { Locale } from '../messages/locale.ts';
import { buildQuestion } from '../triage/build-question.ts';
import { factView } from '../triage/fact-view.ts';
import type { AskedFactId, FactValue } from '../triage/fact-values.ts';
import type { TranscriptEntry } from './transcript.ts';
import { understoodText } from './understood-text.ts';

/**
 * One message of a conversation as it is shown again: the bot's question, the person's answer
 * (a button's label, or what they typed), how the bot read a typed answer, or that it could not
 * match one (`unclear`: the renderer writes that line, its text is its own).
 */
export type TranscriptLine =
  | { who: 'bot'; kind: 'question'; fact: AskedFactId; text: string }
  | { who: 'you'; kind: 'choice' | 'text'; text: string }
  | { who: 'bot'; kind: 'read'; text: string }
  | { who: 'bot'; kind: 'unclear' };

/**
 * The conversation's transcript in `locale`, oldest first: each question once (asked again after an
 * answer that was not understood, it is not repeated), then the answer, then how a typed answer was read.
 */
export function transcriptLines(entries: readonly TranscriptEntry[] | undefined, locale: Locale): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  let open: AskedFactId | undefined;
  for (const entry of entries ?? []) {
    if (entry.asked && entry.asked !== open) lines.push({ who: 'bot', kind: 'question', fact: entry.asked, text: questionText(entry.asked, entry.surface, locale) });
    open = undefined;
    if (entry.by === 'choice') {
      const label = choiceLabel(entry.asked, entry.surface, entry.value, locale);
      lines.push({ who: 'you', kind: 'choice', text: label });
      continue;
    }
    lines.push({ who: 'you', kind: 'text', text: entry.text });
    const read = entry.understood ? understoodText(entry.read, locale) : undefined;
    if (read) lines.push({ who: 'bot', kind: 'read', text: read });
    else if (!entry.understood) {
      lines.push({ who: 'bot', kind: 'unclear' });
      // The same question comes again: it is on screen already.
      open = entry.asked;
    }
  }
  return lines;
}

function question(fact: AskedFactId, surface: FactValue<'surface'> | undefined, locale: Locale) {
  const facts = surface ? { surface } : {};
  return buildQuestion(fact, { facts, locale }, factView(facts));
}

function questionText(fact: AskedFactId, surface: FactValue<'surface'> | undefined, locale: Locale): string {
  return question(fact, surface, locale).text;
}

function choiceLabel(fact: AskedFactId, surface: FactValue<'surface'> | undefined, value: string, locale: Locale): string {
  return question(fact, surface, locale).choices.find((c) => c.value === value)?.label ?? value;
}
