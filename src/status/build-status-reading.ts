import type { ChatgptComponentImpact, ClassifiedIncident, StatusClassification, StatusFact } from './classify-status.ts';
import type { StatusModel } from './status-model.ts';

/** What the bot knows about OpenAI's status right now: the `status` fact and what backs it. */
export interface StatusReading {
  /** The engine's `status` fact. */
  status: StatusFact;
  /** Why the status is `unknown`, for a person. */
  reason?: string;
  /** Why the last read failed (set while an older good reading is served, or none exists). */
  error?: string;
  /** The failed read's error code (status.timeout, status.http, status.malformed…). */
  errorCode?: string;
  /** Names of the affected ChatGPT components: "Conversations", "Login"… */
  chatgptComponents: string[];
  chatgptAffected: ChatgptComponentImpact[];
  /** Ongoing incidents and in-progress maintenance, ChatGPT ones flagged; fits TriageContext['incidents']. */
  incidents: ClassifiedIncident[];
  /** The normalized model behind the status; null when there is none or it is too old to use. */
  model: StatusModel | null;
  /** ISO time of the last good reading (a 304 counts: it confirms the cached one). */
  fetchedAt: string | null;
  ageSeconds: number | null;
  /** True while the last read failed and an older good reading is served. */
  stale: boolean;
  /** The URL read. */
  source: string;
}

export interface GoodReading {
  model: StatusModel;
  classification: StatusClassification;
  /** Epoch ms. */
  fetchedAt: number;
}

export interface ReadError {
  message: string;
  code: string;
  /** The HTTP status of a failed read, when the server answered. */
  httpStatus?: number;
}

/**
 * The reading served from cache at `now`: the last good reading with its age while it is younger
 * than `staleAfterMs` (stale-while-error), `unknown` after that or when there has never been one.
 */
export function buildStatusReading(input: {
  good: GoodReading | null;
  lastError: ReadError | null;
  now: number;
  staleAfterMs: number;
  source: string;
}): StatusReading {
  const { good, lastError, now, staleAfterMs, source } = input;
  const errorFields = lastError ? { error: lastError.message, errorCode: lastError.code } : {};
  const empty = { chatgptComponents: [], chatgptAffected: [], incidents: [], model: null };
  if (!good) {
    const reason = lastError ? `the status page could not be read: ${lastError.message}` : 'the status page has not been read yet';
    return { status: 'unknown', reason, ...errorFields, ...empty, fetchedAt: null, ageSeconds: null, stale: false, source };
  }
  const ageMs = Math.max(0, now - good.fetchedAt);
  const ageSeconds = Math.floor(ageMs / 1000);
  const fetchedAt = new Date(good.fetchedAt).toISOString();
  if (ageMs > staleAfterMs) {
    const why = lastError ? `; the last read failed: ${lastError.message}` : '';
    const reason = `no good reading of the status page for ${ageSeconds} s (limit ${Math.floor(staleAfterMs / 1000)} s)${why}`;
    return { status: 'unknown', reason, ...errorFields, ...empty, fetchedAt, ageSeconds, stale: true, source };
  }
  const c = good.classification;
  return {
    status: c.status,
    ...(c.reason !== undefined ? { reason: c.reason } : {}),
    ...errorFields,
    chatgptComponents: c.chatgptComponents,
    chatgptAffected: c.chatgptAffected,
    incidents: c.incidents,
    model: good.model,
    fetchedAt,
    ageSeconds,
    stale: lastError !== null,
    source,
  };
}
