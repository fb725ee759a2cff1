import type { Surface } from './askable-facts.ts';
import type { FactValue } from './fact-values.ts';
import type { Choice } from './types.ts';

type Symptom = FactValue<'symptom'>;

export const SYMPTOM_LABELS: Readonly<Record<Symptom, string>> = {
  http_500: '"HTTP ERROR 500" or "Internal Server Error"',
  http_403: '"403" or "Access denied"',
  ssl_or_network_config: '"Network configuration issue" or an SSL certificate error',
  unusual_activity: '"Unusual activity detected"',
  cloudflare_challenge: 'A Cloudflare check ("Verify you are human") that never passes',
  other: 'Something else',
  api_500: '500 Internal Server Error',
  api_503: '503 Service Unavailable / overloaded',
  api_429: '429 Too Many Requests / quota exceeded',
  api_other: 'Another error code',
};

const APP_SYMPTOMS: readonly Symptom[] = ['http_500', 'http_403', 'ssl_or_network_config', 'cloudflare_challenge', 'other'];
/** `unusual_activity` is an iOS app error (triage-spec.md): it is offered for `mobile` only. */
const MOBILE_SYMPTOMS: readonly Symptom[] = ['http_500', 'http_403', 'ssl_or_network_config', 'unusual_activity', 'cloudflare_challenge', 'other'];
const API_SYMPTOM_CHOICES: readonly Symptom[] = ['api_500', 'api_503', 'api_429', 'api_other'];

/** The symptom question for the surfaces still possible (one, once the surface is known). */
export function symptomQuestion(surfaces: readonly Surface[]): { text: string; choices: Choice[] } {
  const values = new Set<Symptom>();
  for (const surface of surfaces) {
    const list = surface === 'api' ? API_SYMPTOM_CHOICES : surface === 'mobile' ? MOBILE_SYMPTOMS : APP_SYMPTOMS;
    list.forEach((v) => values.add(v));
  }
  const onlyApi = surfaces.length > 0 && surfaces.every((s) => s === 'api');
  return {
    text: onlyApi ? 'Which status code does the API return?' : 'What exactly do you see?',
    choices: [...values].map((value) => ({ value, label: SYMPTOM_LABELS[value] })),
  };
}
