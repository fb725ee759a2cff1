import { SlackWebApiError } from './slack-web-api-error.ts';

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

/**
 * Maps an error of the adapter's Web API client (SlackWebApiError, create-slack-web-api.ts) onto
 * what the channel queue and the outbox do with it. Decides by error codes and statuses, never by
 * messages. Anything else thrown (a bug) is an api_error: not retried.
 */
export function classifySlackError(error: unknown): SlackCallFailure {
  if (!(error instanceof SlackWebApiError)) return { kind: 'api_error', error: 'unknown' };
  switch (error.code) {
    case 'slack_api.rate_limited':
      return { kind: 'rate_limited', retryAfterMs: error.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS };
    case 'slack_api.http':
      return error.status !== undefined && error.status >= 500 ? { kind: 'server_error' } : { kind: 'api_error', error: `http_${String(error.status)}` };
    case 'slack_api.network':
      return { kind: 'network_error' };
    case 'slack_api.unreadable':
      return { kind: 'server_error', unreadable: true };
    case 'slack_api.platform': {
      const name = error.slackError;
      // Not one of Slack's codes (snake_case): something other than Slack answered.
      if (name === undefined || !SLACK_ERROR_CODE.test(name)) return { kind: 'server_error', unreadable: true };
      if (name === 'ratelimited') return { kind: 'rate_limited', retryAfterMs: DEFAULT_RETRY_AFTER_MS };
      return TRANSIENT_PLATFORM_ERRORS.has(name) ? { kind: 'server_error' } : { kind: 'api_error', error: name };
    }
    default:
      return { kind: 'api_error', error: 'unknown' };
  }
}
