import { API_SYMPTOMS, type Facts } from './fact-values.ts';

/**
 * Facts after new ones are stated: the new values win (people correct themselves), and a new
 * surface drops a known symptom that does not belong to it.
 */
export function mergeFacts(known: Facts, stated: Facts): Facts {
  const facts: Facts = { ...known, ...stated };
  if (facts.surface && facts.symptom && !stated.symptom) {
    const apiSymptom = (API_SYMPTOMS as readonly string[]).includes(facts.symptom);
    if (apiSymptom !== (facts.surface === 'api')) delete facts.symptom;
  }
  return facts;
}
