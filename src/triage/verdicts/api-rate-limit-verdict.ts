import type { VerdictBody } from './verdict-context.ts';

export function apiRateLimitVerdict(): VerdictBody {
  return {
    headline: '429: a rate limit or quota, not a server incident',
    summary:
      'A 429 means your requests hit a rate limit or ran out of quota. That is a different problem from a 500 or 503: ' +
      'retrying harder or waiting for the status page will not fix it.',
    steps: [
      'Read the error message: it says whether you hit a rate limit (requests or tokens per minute) or exhausted your quota or credits.',
      'Check the limits and usage of the project and model in the OpenAI dashboard.',
      'Check billing: the budget or usage limit of the org and project, and the remaining credit balance.',
      'Back off: honour the x-ratelimit-remaining-* and x-ratelimit-reset-* response headers, retry 429s with exponential backoff, and smooth bursts with a queue or lower concurrency.',
      'If you steadily need more throughput, raise the budget or ask for a higher usage tier instead of retrying harder.',
      'Do not use the 5xx playbook (aggressive retries, waiting on status): it hides the real cause.',
    ],
    stopWhen: 'Requests succeed while staying within your limits.',
  };
}
