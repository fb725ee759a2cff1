import type { FactValue } from '../../triage/fact-values.ts';
import { classifyNetError, netErrorCode, NETWORK_FAILURES } from './classify-net-error.ts';
import { CHALLENGE_HOST, detectChallenge } from './detect-challenge.ts';
import { detectFiltering } from './detect-filtering.ts';
import { headerOf, type HarEntryView } from './har-entry-view.ts';
import type { FindingKind, HarFinding } from './har-finding.ts';
import { CHATGPT_WEB_HOSTS, isOpenAiHost, matchesDomain } from './host-match.ts';

export interface HarAnalysisOptions {
  /** The IT allowlist of the configuration (IT_ALLOWLIST_MINIMUM, IT_ALLOWLIST_BROADER); wildcards allowed. */
  allowlist: { minimum: readonly string[]; broader: readonly string[] };
  /** Findings kept at most (the rest are counted in `omitted`); default MAX_FINDINGS. */
  maxFindings?: number;
}

/** The facts a HAR settles: only where it is certain (see `factsOf`). */
export interface HarFacts {
  symptom?: FactValue<'symptom'>;
}

export interface HarAnalysis {
  /** Entries read (all of them, including those the analysis could not use). */
  entries: number;
  findings: HarFinding[];
  /** Findings beyond `maxFindings`, counted but not listed. */
  omitted: number;
  facts: HarFacts;
  /**
   * The allowlist's entries the HAR reached (an answer from the site, and no failure) and those
   * where a request failed on the way (DNS, TLS, connection, proxy, a filtering product, the
   * challenge host failing), each in allowlist order.
   */
  allowlist: { reached: string[]; failed: string[] };
}

export interface HarAnalyzer {
  /** Adds one entry (undefined: an entry without a readable request URL, counted only). */
  add(view: HarEntryView | undefined): void;
  finish(): HarAnalysis;
}

export const MAX_FINDINGS = 200;

const SAFE_ID = /^[A-Za-z0-9_.:/+=-]{1,120}$/;
const SAFE_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9:.]{5,18}(?:Z|[+-][0-9]{2}:?[0-9]{2})?$/;

const isDocument = (view: HarEntryView): boolean =>
  view.resourceType === 'document' ||
  headerOf(view.requestHeaders, 'sec-fetch-dest') === 'document' ||
  (view.resourceType === undefined && view.method === 'GET' && /^text\/html/.test(headerOf(view.requestHeaders, 'accept') ?? ''));

/**
 * The HAR analysis, one entry at a time (it keeps only the findings and a set of allowlist
 * entries, never an entry): pure, so it runs on a stream of any length and in tests on a list.
 *
 * Findings are about hosts that matter to ChatGPT: OpenAI's domains, the allowlist's and
 * challenges.cloudflare.com. In order, for each entry: no answer (status 0 or a browser error;
 * an aborted load is not a finding) → `no_response` with its cause, or `challenge_failed` for
 * the challenge host; a filtering product's refusal, redirect or block page → `filtered`; a
 * Cloudflare challenge → `cloudflare_challenge`; the challenge host answering 4xx/5xx →
 * `challenge_failed`; on OpenAI's hosts 5xx → `server_error`, 401 → `unauthorized`, 403 →
 * `forbidden`, 429 → `rate_limited`.
 */
export function createHarAnalyzer(options: HarAnalysisOptions): HarAnalyzer {
  const maxFindings = options.maxFindings ?? MAX_FINDINGS;
  const domains = [...new Set([...options.allowlist.minimum, ...options.allowlist.broader].map((d) => d.toLowerCase()))];
  const reached = new Set<string>();
  const failed = new Set<string>();
  // Domains with a request that got no answer and no error (Firefox writes a blocked or unresolved
  // request that way; Chrome a cancelled one): failed only if nothing else from them was answered.
  const unanswered = new Set<string>();
  const findings: HarFinding[] = [];
  const symptoms = new Set<FactValue<'symptom'>>();
  let omitted = 0;
  let entries = 0;

  const finding = (view: HarEntryView, kind: FindingKind, detail: string, extra: Partial<HarFinding> = {}): void => {
    const web = (CHATGPT_WEB_HOSTS as readonly string[]).includes(view.host);
    if (kind === 'cloudflare_challenge' && isOpenAiHost(view.host)) symptoms.add('cloudflare_challenge');
    if (kind === 'server_error' && web) symptoms.add('http_500');
    if (kind === 'forbidden' && web && isDocument(view)) symptoms.add('http_403');
    if (kind === 'no_response' && detail === 'tls_interception' && web && isDocument(view)) symptoms.add('ssl_or_network_config');
    if (findings.length >= maxFindings) {
      omitted++;
      return;
    }
    const time = view.startedDateTime && SAFE_TIME.test(view.startedDateTime) && Number.isFinite(Date.parse(view.startedDateTime)) ? view.startedDateTime : undefined;
    const requestId = headerOf(view.responseHeaders, 'x-request-id') ?? headerOf(view.responseHeaders, 'x-oai-request-id');
    const cfRay = headerOf(view.responseHeaders, 'cf-ray');
    findings.push({
      kind,
      host: view.host,
      path: view.path,
      status: view.status,
      detail,
      ...(time ? { time } : {}),
      ...(requestId && SAFE_ID.test(requestId) ? { requestId } : {}),
      ...(cfRay && SAFE_ID.test(cfRay) ? { cfRay } : {}),
      ...extra,
    });
  };

  const mark = (host: string, ok: boolean | 'unanswered'): void => {
    for (const d of domains) if (matchesDomain(host, d)) (ok === 'unanswered' ? unanswered : ok ? reached : failed).add(d);
  };

  return {
    add(view) {
      entries++;
      if (!view) return;
      const openai = isOpenAiHost(view.host);
      const challengeHost = view.host === CHALLENGE_HOST;
      const listed = domains.some((d) => matchesDomain(view.host, d));
      if (!openai && !challengeHost && !listed) return;

      if (view.status <= 0 || (view.error !== undefined && view.status < 100)) {
        const cause = classifyNetError(view.error);
        if (cause === 'aborted') return;
        const code = netErrorCode(view.error);
        finding(view, challengeHost ? 'challenge_failed' : 'no_response', cause, code ? { error: code } : {});
        if (NETWORK_FAILURES.has(cause) || (challengeHost && cause === 'extension')) mark(view.host, false);
        else if (cause === 'unknown') mark(view.host, 'unanswered');
        return;
      }
      const filtered = detectFiltering(view);
      if (filtered) {
        finding(view, 'filtered', filtered.product, { evidence: filtered.evidence });
        mark(view.host, false);
        return;
      }
      mark(view.host, !(challengeHost && view.status >= 400));
      const challenge = detectChallenge(view);
      if (challenge) return finding(view, 'cloudflare_challenge', challenge);
      if (challengeHost && view.status >= 400) return finding(view, 'challenge_failed', `http_${view.status}`);
      if (!openai) return;
      if (view.status >= 500 && view.status <= 599) return finding(view, 'server_error', `http_${view.status}`);
      if (view.status === 401) return finding(view, 'unauthorized', 'http_401');
      if (view.status === 403) return finding(view, 'forbidden', 'http_403');
      if (view.status === 429) return finding(view, 'rate_limited', 'http_429');
    },
    finish() {
      return {
        entries,
        findings: [...findings],
        omitted,
        // Certain only when the HAR points at one symptom: a challenge and a 500 together settle nothing.
        facts: symptoms.size === 1 ? { symptom: [...symptoms][0]! } : {},
        allowlist: {
          reached: domains.filter((d) => reached.has(d) && !failed.has(d)),
          failed: domains.filter((d) => failed.has(d) || (unanswered.has(d) && !reached.has(d))),
        },
      };
    },
  };
}

/** The analysis of a whole list or stream of entries (see createHarAnalyzer). */
export async function analyzeHarEntries(entries: Iterable<HarEntryView | undefined> | AsyncIterable<HarEntryView | undefined>, options: HarAnalysisOptions): Promise<HarAnalysis> {
  const analyzer = createHarAnalyzer(options);
  for await (const view of entries) analyzer.add(view);
  return analyzer.finish();
}
