import { AppError } from '../../src/app-error.ts';

/**
 * A Web API call that did not succeed (create-slack-web-api.ts). Codes:
 * - 'slack_api.rate_limited': HTTP 429; `retryAfterMs` from Retry-After (absent when Slack gave none);
 * - 'slack_api.http': another HTTP status that is not 200 (`status`);
 * - 'slack_api.network': the call did not complete (connection refused or reset, the timeout);
 * - 'slack_api.unreadable': a 200 whose body is not Slack's JSON answer (a proxy's page, cut off);
 * - 'slack_api.platform': Slack answered `ok: false`; `slackError` is its `error` ("channel_not_found").
 * The message names the method and the status or code, never the token or the request.
 */
export class SlackWebApiError extends AppError {
  readonly method: string;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly slackError: string | undefined;

  constructor(
    code: 'slack_api.rate_limited' | 'slack_api.http' | 'slack_api.network' | 'slack_api.unreadable' | 'slack_api.platform',
    method: string,
    details: { status?: number; retryAfterMs?: number; slackError?: string; cause?: unknown } = {},
  ) {
    const what = details.slackError ?? (details.status !== undefined ? `HTTP ${details.status}` : code.slice('slack_api.'.length));
    super(code, `Slack ${method}: ${what}`, details.cause === undefined ? undefined : { cause: details.cause });
    this.method = method;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.slackError = details.slackError;
  }
}
