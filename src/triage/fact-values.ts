/**
 * The facts of triage-spec.md and the answer values each may take. These ids are public names
 * shared by the engine, the adapters, the CLI, stored reports and tests: never rename them.
 */
export const FACT_VALUES = {
  status: ['chatgpt_incident', 'other_product_incident', 'operational', 'unknown'],
  crowd: ['surge', 'local_cluster', 'none'],
  surface: ['web', 'desktop', 'mobile', 'api'],
  symptom: [
    'http_500',
    'http_403',
    'ssl_or_network_config',
    'unusual_activity',
    'cloudflare_challenge',
    'other',
    'api_500',
    'api_503',
    'api_429',
    'api_other',
  ],
  clean_browser: ['works', 'fails', 'not_tried'],
  other_network: ['works', 'fails', 'not_tried'],
  network: ['office', 'vpn', 'home', 'mobile_data'],
  api_health: ['works', 'fails', 'unknown'],
  web_works: ['works', 'fails'],
  retries: ['persists', 'intermittent'],
} as const;

export type FactId = keyof typeof FACT_VALUES;
export type FactValue<F extends FactId> = (typeof FACT_VALUES)[F][number];

/** The facts a conversation has collected so far. Absent means "not known yet". */
export type Facts = { -readonly [F in FactId]?: FactValue<F> };

/** Facts the bot observes itself; every other fact is asked in the conversation. */
export const OBSERVED_FACTS = ['status', 'crowd'] as const satisfies readonly FactId[];
export type ObservedFactId = (typeof OBSERVED_FACTS)[number];
export type AskedFactId = Exclude<FactId, ObservedFactId>;

/** Symptom values that belong to the `api` surface; the rest belong to web, desktop and mobile. */
export const API_SYMPTOMS = ['api_500', 'api_503', 'api_429', 'api_other'] as const satisfies readonly FactValue<'symptom'>[];

export const FACT_IDS = Object.keys(FACT_VALUES) as FactId[];

export function isFactId(id: string): id is FactId {
  return Object.hasOwn(FACT_VALUES, id);
}

export function isFactValue<F extends FactId>(fact: F, value: unknown): value is FactValue<F> {
  return typeof value === 'string' && (FACT_VALUES[fact] as readonly string[]).includes(value);
}
