import { AppError } from '../../src/app-error.ts';

/**
 * Errors of the Slack adapter. Codes:
 * - 'slack.config': the adapter cannot run with the given configuration;
 * - 'slack.rate_limited': a Web API call stayed rate limited (429) after its retries;
 * - 'slack.server_error': Slack answered 5xx (or a retryable platform error) after its retries;
 * - 'slack.network_error': the call did not reach Slack after its retries;
 * - 'slack.api_error': Slack refused the call (`ok: false`, e.g. channel_not_found); not retried;
 * - 'slack.render': a message could not be rendered within Block Kit's limits (a bug).
 */
export class SlackAdapterError extends AppError {}
