import type { FactValue } from './fact-values.ts';
import type { ReplyContext, Surface } from './reply-context.ts';
import type { SegmentReading, SymptomToken } from './reply-read-segment.ts';

type Symptom = FactValue<'symptom'>;

export interface SymptomResolution {
  symptom?: Symptom;
  /** The symptom only exists on the API (a 429 said with no surface known): the surface is the API. */
  impliesApi: boolean;
}

/**
 * The error the person sees. Status numbers map by surface: on the API 500/503/429 are
 * api_500/api_503/api_429 and anything else api_other; elsewhere 500 and 403 are http_500 and
 * http_403 and other statuses (502, 503, 429...) are `other`. With no surface known, 500/403 read
 * as the web's, a 429 (or "rate limit", "quota") means the API, and other numbers stay unclear.
 * "Something else" counts only when the symptom was asked; a description of the page ("blank
 * page", "keeps spinning") also when the reply names the app or the web and no symptom is known,
 * and never over a code or a named error. Two different symptoms in one reply cancel out.
 */
export function resolveSymptom(
  readings: readonly SegmentReading[],
  ctx: ReplyContext,
  surface: Surface | undefined,
  skip: readonly boolean[],
): SymptomResolution {
  // Asked which error, doubt said anywhere ("could be 403, but I'm not sure") leaves it unclear.
  if (ctx.expecting === 'symptom' && readings.some((r, i) => !skip[i] && (r.hedge || r.unknown) && !(r.cleanBrowser || r.networks.length > 0 || r.api || r.browser || r.app || r.retryWord))) {
    return { impliesApi: false };
  }
  const found = new Set<Symptom>();
  // What a page looks like ("blank page", "something went wrong", "keeps spinning").
  const described = new Set<Symptom>();
  const asked = ctx.expecting === 'symptom';
  // A description is the symptom when it was asked, or when the reply names an app or the web and
  // no symptom is known yet ("android app: Something went wrong"); later, it is about a test.
  const describes = asked || (ctx.known.symptom === undefined && surface !== undefined && surface !== 'api');
  readings.forEach((r, i) => {
    if (skip[i] || r.hedge || r.unknown || r.polarity === 'works') return;
    for (const code of r.codes) {
      const symptom = fromCode(code, surface);
      if (symptom !== undefined) found.add(symptom);
    }
    for (const token of r.symptoms) {
      const description = token === 'othererr' || token === 'timeout';
      const symptom = fromToken(token, surface, description ? describes : asked);
      if (symptom !== undefined) (description && surface !== 'api' ? described : found).add(symptom);
    }
  });
  // A status code or a named error beats a description of the page ("a white page saying 500").
  if (found.size === 0) described.forEach((d) => found.add(d));
  // "not 429, we checked the rate limit headers: it's 503": the error denied is not the symptom.
  for (const r of readings) for (const code of r.deniedCodes) {
    const denied = fromCode(code, surface);
    if (denied !== undefined && found.size > 1) found.delete(denied);
  }
  if (found.size !== 1) return { impliesApi: false };
  const symptom = [...found][0] as Symptom;
  return { symptom, impliesApi: surface === undefined && symptom === 'api_429' };
}

function fromCode(code: number, surface: Surface | undefined): Symptom | undefined {
  if (surface === 'api') return code === 500 ? 'api_500' : code === 503 ? 'api_503' : code === 429 ? 'api_429' : 'api_other';
  if (code === 500) return 'http_500';
  if (code === 403) return 'http_403';
  if (surface !== undefined) return 'other';
  return code === 429 ? 'api_429' : undefined;
}

function fromToken(token: SymptomToken, surface: Surface | undefined, asked: boolean): Symptom | undefined {
  if (surface === 'api') {
    if (token === 'ratelimit') return 'api_429';
    if (token === 'ssl') return 'api_other';
    if (token === 'timeout') return asked ? 'api_other' : undefined;
    return asked && (token === 'othersym' || token === 'othererr') ? 'api_other' : undefined;
  }
  switch (token) {
    case 'ssl':
      return 'ssl_or_network_config';
    case 'challenge':
      return 'cloudflare_challenge';
    case 'unusual':
      return 'unusual_activity';
    case 'ratelimit':
      return surface === undefined ? 'api_429' : 'other';
    default:
      return asked ? 'other' : undefined;
  }
}
