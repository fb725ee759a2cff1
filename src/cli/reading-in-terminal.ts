import { forgetFacts } from '../desk/change-facts.ts';
import { readFacts, type ReadFact } from '../desk/read-facts.ts';
import { understoodText } from '../desk/understood-text.ts';
import type { Locale } from '../messages/locale.ts';
import { messagesFor } from '../messages/messages-for.ts';
import type { Facts } from '../triage/fact-values.ts';
import type { Question } from '../triage/types.ts';
import type { CliIo } from './cli-io.ts';

/** What the person types to take a reading back: "change", or the Change label of their language. */
const CHANGE_WORDS = (locale: Locale) => new Set(['change', messagesFor(locale).t('reading.change').toLowerCase()]);

/**
 * "Got it: …" in the interactive CLI: after a typed reply, says how it was read and that typing
 * "change" takes it back; remembers that reading until the next answer. A verdict reached by a
 * typed reply asks once whether the reading was right (the conversation would end otherwise).
 */
export function readingInTerminal(out: CliIo['stdout'], locale: Locale) {
  const m = messagesFor(locale);
  const words = CHANGE_WORDS(locale);
  let last: ReadFact[] = [];
  return {
    /** After a typed reply: says what it set, if anything. */
    said(before: Facts, after: Facts): void {
      last = readFacts(before, after);
      const text = understoodText(last, locale);
      if (text) out.write(`\n✎ ${text} ${m.t('reading.change_hint')}\n`);
    },
    /** A button-like answer (a choice number, an arrow pick): nothing typed is on offer any more. */
    forget(): void {
      last = [];
    },
    /** True when the reply asks to take the last reading back and there is one. */
    isChange(text: string): boolean {
      return last.length > 0 && words.has(text.trim().toLowerCase());
    },
    /** The facts without the last reading (said so); the facts as they were when there is none. */
    takeBack(facts: Facts): Facts {
      const kept = last.length > 0 ? forgetFacts(facts, last) : null;
      last = [];
      if (!kept) return facts;
      out.write(`\n↩ ${m.t('reading.changed')}\n`);
      return kept;
    },
    /** After a verdict: the question "was that right?" when a typed reply led to it, else undefined. */
    confirmQuestion(): Question | undefined {
      const text = understoodText(last, locale);
      const first = last[0];
      if (!text || !first) return undefined;
      return {
        fact: first.fact,
        text,
        choices: [
          { value: 'keep', label: m.t('reading.keep') },
          { value: 'change', label: m.t('reading.change') },
        ],
      };
    },
  };
}
