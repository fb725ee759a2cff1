import type { NetCause } from './classify-net-error.ts';
import type { FilterEvidence, FilterProduct } from './detect-filtering.ts';
import type { ChallengeEvidence } from './detect-challenge.ts';

/** What a HAR can show (the `kind` of a finding). These ids are public: the CLI's JSON, the catalog and stored reports use them. */
export const FINDING_KINDS = [
  'server_error',
  'cloudflare_challenge',
  'challenge_failed',
  'no_response',
  'filtered',
  'unauthorized',
  'forbidden',
  'rate_limited',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

/**
 * One thing the HAR shows about one request. Only the host and the path of its URL (never a
 * query string or a full URL); `detail` is a stable code: `http_<status>` for answers, the cause
 * (`NetCause`) for requests without one, the product (`FilterProduct` or `unknown`) for a
 * filtering product, the evidence (`ChallengeEvidence`) for a challenge.
 */
export interface HarFinding {
  kind: FindingKind;
  host: string;
  path: string;
  status: number;
  detail: string;
  /** When the request started, as the HAR gives it (ISO 8601 with its offset). */
  time?: string;
  /** OpenAI's `x-request-id` (or `x-oai-request-id`) of the answer. */
  requestId?: string;
  /** Cloudflare's `cf-ray` of the answer. */
  cfRay?: string;
  /** no_response: the browser's error code (`ERR_BLOCKED_BY_CLIENT`). */
  error?: string;
  /** filtered: how the product was recognised. */
  evidence?: FilterEvidence;
}

export type FindingDetail = NetCause | FilterProduct | 'unknown' | ChallengeEvidence | `http_${number}`;
