import { messagesFor } from '../messages/messages-for.ts';
import type { AskedFactId } from './fact-values.ts';
import type { FactView } from './fact-view.ts';
import { QUESTIONS, type QuestionData } from './questions.ts';
import { symptomQuestion } from './symptom-questions.ts';
import type { Question, TriageInput } from './types.ts';

/**
 * The question for `fact`, in the input's language. `askedAgain` comes from the caller (an unclear
 * reply) or, when the current answer is `not_tried`, is `not_tried`: the help text then explains
 * how to run the test.
 */
export function buildQuestion(fact: AskedFactId, input: TriageInput, view: FactView): Question {
  const { t } = messagesFor(input.locale ?? 'en');
  const data: QuestionData = fact === 'symptom' ? symptomQuestion(view.surfaces) : QUESTIONS[fact];
  const question: Question = { fact, text: t(data.text), choices: data.choices.map((c) => ({ value: c.value, label: t(c.label) })) };
  if (data.help) question.help = t(data.help);
  const askedAgain = input.askedAgain ?? (input.facts[fact] === 'not_tried' ? 'not_tried' : undefined);
  if (askedAgain) question.askedAgain = askedAgain;
  return question;
}
