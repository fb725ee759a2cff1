import type { Messages } from '../messages/messages-for.ts';
import type { TriageInputError } from '../triage/triage-input-error.ts';

/** A `--facts` that does not fit triage-spec.md, worded in the CLI's language (ids and values as given). */
export function factsProblem(error: TriageInputError, { t }: Messages): string {
  const expected = (error.expected ?? []).join(', ');
  if (error.code === 'triage.unknown_fact' && error.fact !== undefined) return t('cli.facts.unknown_fact', { fact: error.fact, expected });
  if (error.code === 'triage.unknown_value' && error.fact !== undefined && error.value !== undefined) {
    if (error.conflict) return t('cli.facts.does_not_fit', { fact: error.fact, value: error.value, other: error.conflict.fact, otherValue: error.conflict.value, expected });
    return t('cli.facts.unknown_value', { fact: error.fact, value: error.value, expected });
  }
  if (error.fact !== undefined) return t('cli.facts.not_string', { fact: error.fact, expected });
  return t('cli.facts.not_object', { example: '{"surface":"web"}' });
}
