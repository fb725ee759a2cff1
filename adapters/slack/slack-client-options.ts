import type { webApi } from '@slack/bolt';
import type { Logger as BoltLogger } from '@slack/bolt';

/**
 * Options of bolt's WebClient (`clientOptions` of the App: the `client` bolt hands to listeners,
 * which the adapter's handlers do not use; the adapter's own calls go through
 * create-slack-web-api.ts):
 * - `slackApiUrl` from SLACK_API_URL (enterprise proxy, tests), else Slack's;
 * - `rejectRateLimitedCalls: true` and `retryConfig: { retries: 0 }`: on a 429 the stock client
 *   pauses its single global queue for Retry-After, stalling every channel;
 * - a request timeout, so a hung connection cannot hold a call forever.
 */
export function slackClientOptions(input: { slackApiUrl?: string; logger: BoltLogger }): webApi.WebClientOptions {
  return {
    ...(input.slackApiUrl ? { slackApiUrl: input.slackApiUrl } : {}),
    logger: input.logger,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: 15_000,
  };
}
