import type { AskedFactId, Facts } from './fact-values.ts';
import { QUESTIONS } from './questions.ts';
import { symptomQuestion } from './symptom-questions.ts';

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  sixth: 6,
  '6th': 6,
};

const BY_ORDINAL = /^(?:the )?(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th|last)(?: (?:one|option|choice|answer))?$/;
const BY_NUMBER = /^(?:option|choice|answer|number|no|nr|#) ?([1-6])$/;
const PLACE_WORD = /[1-6]|first|second|third|fourth|fifth|sixth|last/;

/**
 * A reply that picks one of the offered choices by its place ("the first one", "option 2",
 * "last one"), read against the choices of the question asked. Only a whole reply counts, and
 * only when the choices on screen are known: the symptom choices depend on the surface, so
 * without a known surface a place in the list means nothing.
 */
export function ordinalChoice(text: string, expecting: AskedFactId | undefined, known: Facts): string | undefined {
  if (expecting === undefined) return undefined;
  const lower = text.toLowerCase();
  // Every choice by place names a place: an ordinal, "last", or a digit 1–6.
  if (!PLACE_WORD.test(lower)) return undefined;
  const phrase = lower
    .replace(/[.!,:;)(*_~"'`]+/g, ' ')
    .replace(/\b(?:please|pls|i guess so)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const ordinal = BY_ORDINAL.exec(phrase)?.[1];
  const number = BY_NUMBER.exec(phrase)?.[1];
  if (ordinal === undefined && number === undefined) return undefined;
  let choices: readonly { value: string }[];
  if (expecting === 'symptom') {
    if (known.surface === undefined) return undefined;
    choices = symptomQuestion([known.surface]).choices;
  } else {
    choices = QUESTIONS[expecting].choices;
  }
  const place = ordinal === 'last' ? choices.length : ordinal !== undefined ? ORDINALS[ordinal] : Number(number);
  return place === undefined ? undefined : choices[place - 1]?.value;
}
