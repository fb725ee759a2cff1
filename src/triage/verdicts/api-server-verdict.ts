import { RETRY_SNIPPET } from './retry-snippet.ts';
import { supportReport } from './support-report-fields.ts';
import { incidentLine, STATUS_URL, type VerdictBody, type VerdictContext } from './verdict-context.ts';

const RETRIES_SENTENCE = {
  intermittent: 'Some retries succeed, so backoff with jitter should absorb most failures; log the rest to measure the failing rate.',
  persists: 'It keeps failing across retries, so collect the evidence below now: it may soon be a case for support.',
} as const;

export function apiServerVerdict({ facts, context }: VerdictContext): VerdictBody {
  const code = facts.symptom === 'api_503' ? '503 means overload or temporary unavailability' : '500 is a server-side processing error';
  const summary = [
    `${code}: worth retrying after a short wait. Retry only the 5xx path, and keep enough evidence to tell a local problem from an OpenAI-side one.`,
  ];
  if (facts.retries) summary.push(RETRIES_SENTENCE[facts.retries]);

  const otherIncidents = (context.incidents ?? []).filter((i) => !i.chatgpt);
  const watch = otherIncidents.length
    ? `Watch ${STATUS_URL}: OpenAI currently reports ${otherIncidents.map(incidentLine).join('; ')}. Check whether it covers the API and your model.`
    : `Watch ${STATUS_URL} (the API components) until the errors stop.`;

  return {
    headline: 'API 5xx: retry with backoff, log, and watch status',
    summary: summary.join(' '),
    steps: [
      'Retry only 500 and 503, with exponential backoff and jitter (snippet below); never retry 4xx errors this way.',
      'Log each failing call: the x-request-id response header, your X-Client-Request-Id (keep it through proxies and gateways), model, endpoint, service tier, project, timestamp with timezone, and the failing percentage.',
      'If you have Service Health access, filter it to one model, one service tier and the affected project before you read any spike: the aggregate view hides or inflates local failures.',
      'If the filtered view shows no matching spike, suspect timeouts, proxies or networking on your side before assuming an OpenAI outage.',
      watch,
      'If the errors persist, send support the API report below.',
    ],
    stopWhen: 'The API stabilizes, or you have enough evidence for support.',
    retrySnippet: RETRY_SNIPPET,
    supportReport: supportReport('api'),
  };
}
