import { API_SYMPTOMS, FACT_IDS, FACT_VALUES, isFactId, isFactValue, type FactId, type Facts } from './fact-values.ts';
import { TriageInputError } from './triage-input-error.ts';

/**
 * Validates a JSON value (CLI `--facts`, a stored conversation) into Facts. Throws a
 * TriageInputError with a one-line, human-readable message naming the offending fact or value.
 */
export function parseFacts(input: unknown): Facts {
  if (!isPlainObject(input)) {
    throw new TriageInputError('triage.invalid_facts', `facts must be a JSON object like {"surface":"web"}, got ${describe(input)}`);
  }
  const facts: Facts = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!isFactId(key)) {
      throw new TriageInputError('triage.unknown_fact', `unknown fact "${key}" (known facts: ${FACT_IDS.join(', ')})`, { fact: key, expected: FACT_IDS });
    }
    if (typeof value !== 'string') {
      throw new TriageInputError(
        'triage.invalid_facts',
        `fact "${key}" must be a string (one of: ${FACT_VALUES[key].join(', ')}), got ${describe(value)}`,
        { fact: key, expected: FACT_VALUES[key] },
      );
    }
    setFact(facts, key, value);
  }
  checkSymptomFitsSurface(facts);
  return facts;
}

function setFact(facts: Facts, fact: FactId, value: string): void {
  if (!isFactValue(fact, value)) {
    throw new TriageInputError(
      'triage.unknown_value',
      `unknown value "${value}" for fact "${fact}" (expected one of: ${FACT_VALUES[fact].join(', ')})`,
      { fact, value, expected: FACT_VALUES[fact] },
    );
  }
  // isFactValue narrowed `value` to this fact's values; the record write needs the widened view.
  (facts as Record<FactId, string>)[fact] = value;
}

function checkSymptomFitsSurface(facts: Facts): void {
  const { surface, symptom } = facts;
  if (!surface || !symptom) return;
  const apiSymptom = (API_SYMPTOMS as readonly string[]).includes(symptom);
  if (apiSymptom === (surface === 'api')) return;
  const fitting = FACT_VALUES.symptom.filter((s) => (API_SYMPTOMS as readonly string[]).includes(s) === (surface === 'api'));
  throw new TriageInputError(
    'triage.unknown_value',
    `symptom "${symptom}" does not apply to surface "${surface}" (expected one of: ${fitting.join(', ')})`,
    { fact: 'symptom', value: symptom, expected: fitting, conflict: { fact: 'surface', value: surface } },
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return isPlainObject(value) ? 'an object' : 'a non-plain object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}
