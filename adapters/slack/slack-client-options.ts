import type { webApi } from '@slack/bolt';
import type { Logger as BoltLogger } from '@slack/bolt';

/**
 * Options of every WebClient the adapter makes (its own, and bolt's `clientOptions`):
 * - `slackApiUrl` from SLACK_API_URL (enterprise proxy, tests), else Slack's;
 * - `rejectRateLimitedCalls: true` and `retryConfig: { retries: 0 }`: on a 429 the stock client
 *   pauses its single global queue for Retry-After, stalling every channel; instead the call fails
 *   at once and the adapter's channel queue (channel-queue.ts) waits in that channel's lane only,
 *   and retries 5xx itself within a bound;
 * - a request timeout, so a hung connection cannot hold a lane forever.
 */
export function slackClientOptions(input: { slackApiUrl?: string; logger: BoltLogger; timeoutMs?: number }): webApi.WebClientOptions {
  return {
    ...(input.slackApiUrl ? { slackApiUrl: input.slackApiUrl } : {}),
    logger: input.logger,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: input.timeoutMs ?? 15_000,
  };
}
