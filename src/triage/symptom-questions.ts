import type { MessageId } from '../messages/catalogs.ts';
import type { Surface } from './askable-facts.ts';
import type { FactValue } from './fact-values.ts';
import type { QuestionData } from './questions.ts';

type Symptom = FactValue<'symptom'>;

/** The catalog id of each symptom's label. */
export const SYMPTOM_LABELS: Readonly<Record<Symptom, MessageId>> = {
  http_500: 'triage.symptom.http_500',
  http_403: 'triage.symptom.http_403',
  ssl_or_network_config: 'triage.symptom.ssl_or_network_config',
  unusual_activity: 'triage.symptom.unusual_activity',
  cloudflare_challenge: 'triage.symptom.cloudflare_challenge',
  other: 'triage.symptom.other',
  api_500: 'triage.symptom.api_500',
  api_503: 'triage.symptom.api_503',
  api_429: 'triage.symptom.api_429',
  api_other: 'triage.symptom.api_other',
};

const APP_SYMPTOMS: readonly Symptom[] = ['http_500', 'http_403', 'ssl_or_network_config', 'cloudflare_challenge', 'other'];
/** `unusual_activity` is an iOS app error (triage-spec.md): it is offered for `mobile` only. */
const MOBILE_SYMPTOMS: readonly Symptom[] = ['http_500', 'http_403', 'ssl_or_network_config', 'unusual_activity', 'cloudflare_challenge', 'other'];
const API_SYMPTOM_CHOICES: readonly Symptom[] = ['api_500', 'api_503', 'api_429', 'api_other'];

/** The symptom question for the surfaces still possible (one, once the surface is known), as catalog ids. */
export function symptomQuestion(surfaces: readonly Surface[]): QuestionData {
  const values = new Set<Symptom>();
  for (const surface of surfaces) {
    const list = surface === 'api' ? API_SYMPTOM_CHOICES : surface === 'mobile' ? MOBILE_SYMPTOMS : APP_SYMPTOMS;
    list.forEach((v) => values.add(v));
  }
  const onlyApi = surfaces.length > 0 && surfaces.every((s) => s === 'api');
  return {
    text: onlyApi ? 'triage.question.symptom_api' : 'triage.question.symptom',
    choices: [...values].map((value) => ({ value, label: SYMPTOM_LABELS[value] })),
  };
}
