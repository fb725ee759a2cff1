import type { AskedFactId, FactValue } from './fact-values.ts';

export type Surface = FactValue<'surface'>;

/** Which facts can ever be asked for each surface (triage-spec.md, "asked (web)" etc.). */
export const ASKABLE_FACTS: Readonly<Record<Surface, readonly AskedFactId[]>> = {
  web: ['surface', 'symptom', 'clean_browser', 'network', 'other_network', 'api_health'],
  desktop: ['surface', 'symptom', 'web_works', 'network', 'other_network'],
  mobile: ['surface', 'symptom', 'web_works', 'network', 'other_network'],
  api: ['surface', 'symptom', 'retries'],
};

/** When a row needs several missing facts, the first of this list is asked: cheapest test first. */
export const QUESTION_PRIORITY: readonly AskedFactId[] = [
  'surface',
  'symptom',
  'clean_browser',
  'web_works',
  'network',
  'other_network',
  'api_health',
  'retries',
];
