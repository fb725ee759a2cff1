import { webApi } from '@slack/bolt';

/** How a failed Slack call should be treated. */
export type SlackCallFailure =
  | { kind: 'rate_limited'; retryAfterMs: number }
  /** A 5xx, a transient platform error, or an answer that could not be read (`unreadable`). */
  | { kind: 'server_error'; unreadable?: boolean }
  | { kind: 'network_error' }
  | { kind: 'api_error'; error: string };

/** Platform errors Slack documents as transient: worth a bounded retry. */
const TRANSIENT_PLATFORM_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** What Slack's platform error codes look like ("channel_not_found"). */
const SLACK_ERROR_CODE = /^[a-z][a-z0-9_.]{0,79}$/;

/** When a 429 says nothing about when to come back. */
const DEFAULT_RETRY_AFTER_MS = 1000;

function field(error: object, key: string): unknown {
  return (error as Record<string, unknown>)[key];
}

/**
 * Maps an error from @slack/web-api (configured with `rejectRateLimitedCalls: true` and no
 * retries of its own) onto what the channel queue and the outbox do with it.
 * Decides by error codes and statuses, never by messages.
 */
export function classifySlackError(error: unknown): SlackCallFailure {
  if (typeof error !== 'object' || error === null) return { kind: 'api_error', error: 'unknown' };
  const code = field(error, 'code');
  const { ErrorCode } = webApi;
  if (code === ErrorCode.RateLimitedError) {
    const seconds = field(error, 'retryAfter');
    return { kind: 'rate_limited', retryAfterMs: typeof seconds === 'number' && seconds >= 0 ? seconds * 1000 : DEFAULT_RETRY_AFTER_MS };
  }
  if (code === ErrorCode.HTTPError) {
    const status = field(error, 'statusCode');
    return typeof status === 'number' && status >= 500 ? { kind: 'server_error' } : { kind: 'api_error', error: `http_${String(status)}` };
  }
  if (code === ErrorCode.RequestError) return { kind: 'network_error' };
  if (code === ErrorCode.PlatformError) {
    const data = field(error, 'data');
    const name = typeof data === 'object' && data !== null ? field(data, 'error') : undefined;
    // A 200 whose body is not Slack's JSON (a proxy's HTML page, a cut-off answer): not a refusal.
    // @slack/web-api reports such a body as the error itself, so anything that is not one of
    // Slack's error codes (snake_case) is an unreadable answer.
    if (typeof name !== 'string' || !SLACK_ERROR_CODE.test(name)) return { kind: 'server_error', unreadable: true };
    const platformError = name;
    if (platformError === 'ratelimited') return { kind: 'rate_limited', retryAfterMs: DEFAULT_RETRY_AFTER_MS };
    return TRANSIENT_PLATFORM_ERRORS.has(platformError) ? { kind: 'server_error' } : { kind: 'api_error', error: platformError };
  }
  return { kind: 'api_error', error: 'unknown' };
}
