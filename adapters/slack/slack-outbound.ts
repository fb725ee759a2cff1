import { z } from 'zod';
import { DeliveryFailure } from '../../src/delivery/delivery-failure.ts';
import type { Logger } from '../../src/logger.ts';
import type { CallOutcome } from './channel-queue.ts';
import { classifySlackError, type SlackCallFailure } from './classify-slack-error.ts';
import type { SlackWebApi } from './create-slack-web-api.ts';
import type { Block, SlackMessage } from './slack-message.ts';

/** Where a message landed. */
export interface Posted {
  channel: string;
  ts: string;
}

/** The metadata event type every message the bot posts carries, with the outbox key in its payload. */
export const DELIVERY_EVENT_TYPE = 'chatgpt_500_delivery';

/**
 * Platform errors that are a definite refusal: sending again cannot help, the entry goes to the
 * dead letters at once. Every other error is retried with backoff.
 */
const FINAL_ERRORS = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
  'missing_scope',
  'restricted_action',
  'user_not_found',
  'user_not_in_channel',
  'user_disabled',
  'cannot_dm_bot',
  'invalid_blocks',
  'invalid_arguments',
  'msg_too_long',
  'no_text',
  'message_not_found',
  'cant_update_message',
  'edit_window_closed',
  'team_access_not_granted',
  'ekm_access_denied',
  'not_allowed_token_type',
  'invalid_metadata_format',
  'invalid_metadata_schema',
]);

/** Errors of a history lookup that mean "cannot look here", not "try again". */
const CANNOT_LOOK = new Set(['unknown_method', 'missing_scope', 'not_allowed_token_type', 'method_not_supported_for_channel_type', 'channel_not_found', 'not_in_channel', 'thread_not_found', 'http_404']);

/** Maps a failed Web API call onto the outbox's failure classes; `posting`: the call may have posted. */
export function toDeliveryFailure(failure: SlackCallFailure, cause: unknown, posting: boolean): DeliveryFailure {
  switch (failure.kind) {
    case 'rate_limited':
      return new DeliveryFailure('rate_limited', 'slack:rate_limited', { retryAfterMs: failure.retryAfterMs, uncertain: false, cause });
    case 'server_error':
      return new DeliveryFailure('transient', failure.unreadable ? 'slack:unreadable_answer' : 'slack:server_error', { uncertain: posting, cause });
    case 'network_error':
      return new DeliveryFailure('transient', 'slack:network_error', { uncertain: posting, cause });
    case 'api_error':
      return FINAL_ERRORS.has(failure.error)
        ? new DeliveryFailure('refused', `slack:${failure.error}`, { cause })
        : new DeliveryFailure('transient', `slack:${failure.error}`, { uncertain: false, cause });
  }
}

/** The Slack platform error a DeliveryFailure stands for (`message_not_found`), if it was one. */
export function slackErrorOf(error: unknown): string | undefined {
  return error instanceof DeliveryFailure && error.reason.startsWith('slack:') ? error.reason.slice('slack:'.length) : undefined;
}

const postedSchema = z.object({ ts: z.string().min(1), channel: z.string().min(1).optional() });
const openedSchema = z.object({ channel: z.object({ id: z.string().min(1) }) });

const historySchema = z.object({
  messages: z
    .array(
      z.object({
        ts: z.string().optional(),
        metadata: z.object({ event_type: z.string().optional(), event_payload: z.record(z.string(), z.unknown()).optional() }).optional(),
      }),
    )
    .optional(),
});

export interface SlackOutbound {
  /** chat.postMessage tagged with the outbox key (message metadata); link previews off. */
  post(input: { channel: string; threadTs?: string; message: SlackMessage; key: string }): Promise<Posted>;
  /**
   * Posts unless an earlier attempt already did (`uncertain`: the message with this key is looked
   * up in the thread or the channel's latest messages first).
   */
  postOnce(input: { channel: string; threadTs?: string; message: SlackMessage; key: string; uncertain: boolean; since?: number }): Promise<Posted>;
  /**
   * The message with this outbox key, when Slack can be asked (null: none, or the scope to look is
   * missing). `since` (ms): the delivery's first attempt; a channel's history is read from then on.
   */
  findPosted(input: { channel: string; threadTs?: string; key: string; since?: number }): Promise<Posted | null>;
  update(input: { channel: string; ts: string; message: SlackMessage }): Promise<void>;
  postEphemeral(input: { channel: string; user: string; threadTs?: string; message: SlackMessage }): Promise<void>;
  openDm(userId: string): Promise<string>;
  publishHome(userId: string, blocks: Block[]): Promise<void>;
}

/** Slack takes about one message per second per channel, with short bursts: a bucket per channel. */
const BURST = 3;
const PER_SECOND = 1;

/**
 * The Web API calls the outbox makes, one attempt each: the outbox worker owns retries, so a
 * failure is thrown at once as a DeliveryFailure of the right class. A 429 pauses its channel in
 * this process for Retry-After: later calls to it fail fast (rate_limited, no call) until then.
 * Posts to one channel are paced to Slack's ~1 message per second (bursts of 3): a post over the
 * pace is not sent but comes back when the channel has room (rate_limited, without a call).
 */
export function createSlackOutbound(deps: { client: SlackWebApi; logger: Logger; now?: () => number; onAttempt?: (method: string, outcome: CallOutcome) => void }): SlackOutbound {
  const { client } = deps;
  const now = deps.now ?? Date.now;
  const pauses = new Map<string, number>();
  const buckets = new Map<string, { tokens: number; at: number }>();

  /** Takes a posting slot of the channel, or says how long until there is one. */
  function pace(channel: string): number {
    const t = now();
    const bucket = buckets.get(channel) ?? { tokens: BURST, at: t };
    bucket.tokens = Math.min(BURST, bucket.tokens + ((t - bucket.at) / 1000) * PER_SECOND);
    bucket.at = t;
    buckets.set(channel, bucket);
    // Forget channels whose bucket has filled up again (as good as new): the map stays small.
    if (buckets.size > 10_000) for (const [name, b] of buckets) if (b.tokens + ((t - b.at) / 1000) * PER_SECOND >= BURST) buckets.delete(name);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - bucket.tokens) / PER_SECOND) * 1000);
  }

  async function call<T>(lane: string, method: string, posting: boolean, run: () => Promise<T>): Promise<T> {
    const until = pauses.get(lane) ?? 0;
    if (until > now()) throw new DeliveryFailure('rate_limited', 'slack:rate_limited', { retryAfterMs: until - now(), uncertain: false });
    try {
      const result = await run();
      deps.onAttempt?.(method, 'ok');
      return result;
    } catch (error) {
      const failure = classifySlackError(error);
      deps.onAttempt?.(method, failure.kind);
      if (failure.kind === 'rate_limited') {
        pauses.set(lane, Math.max(until, now() + failure.retryAfterMs));
        if (pauses.size > 1000) for (const [name, t] of pauses) if (t <= now()) pauses.delete(name);
      }
      throw toDeliveryFailure(failure, error, posting);
    }
  }

  const outbound: SlackOutbound = {
    async post({ channel, threadTs, message, key }) {
      const paused = (pauses.get(channel) ?? 0) - now();
      if (paused > 0) throw new DeliveryFailure('rate_limited', 'slack:rate_limited', { retryAfterMs: paused, uncertain: false });
      const wait = pace(channel);
      if (wait > 0) throw new DeliveryFailure('rate_limited', 'slack:paced', { retryAfterMs: wait, uncertain: false });
      const answer = await call(channel, 'chat.postMessage', true, () =>
        client.call('chat.postMessage', {
          channel,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { key } },
          ...(threadTs ? { thread_ts: threadTs } : {}),
        }),
      );
      const result = postedSchema.safeParse(answer);
      if (!result.success) throw new DeliveryFailure('transient', 'slack:unreadable_answer', { uncertain: true });
      return { channel: result.data.channel ?? channel, ts: result.data.ts };
    },
    async postOnce(input) {
      if (input.uncertain) {
        const found = await outbound.findPosted(input);
        if (found) return found;
      }
      return outbound.post(input);
    },
    async findPosted({ channel, threadTs, key, since }) {
      const method = threadTs ? 'conversations.replies' : 'conversations.history';
      let answer: unknown;
      try {
        answer = await call(channel, method, false, () =>
          threadTs
            ? client.call('conversations.replies', { channel, ts: threadTs, include_all_metadata: true, limit: 200 })
            : client.call('conversations.history', {
                channel,
                include_all_metadata: true,
                limit: 200,
                // From a minute before the first attempt (clocks differ): a busy channel's older messages cannot push it out.
                ...(since ? { oldest: ((since - 60_000) / 1000).toFixed(6) } : {}),
              }),
        );
      } catch (error) {
        const code = slackErrorOf(error);
        if (code && CANNOT_LOOK.has(code)) {
          deps.logger.warn({ method, channel, error: code }, 'cannot look for an earlier delivery in Slack; sending again');
          return null;
        }
        throw error;
      }
      const parsed = historySchema.safeParse(answer);
      const hit = parsed.success
        ? parsed.data.messages?.find((m) => m.metadata?.event_type === DELIVERY_EVENT_TYPE && m.metadata.event_payload?.key === key && m.ts)
        : undefined;
      return hit?.ts ? { channel, ts: hit.ts } : null;
    },
    async update({ channel, ts, message }) {
      await call(channel, 'chat.update', false, () => client.call('chat.update', { channel, ts, text: message.text, blocks: message.blocks }));
    },
    async postEphemeral({ channel, user, threadTs, message }) {
      await call(channel, 'chat.postEphemeral', true, () =>
        client.call('chat.postEphemeral', { channel, user, text: message.text, blocks: message.blocks, ...(threadTs ? { thread_ts: threadTs } : {}) }),
      );
    },
    async openDm(userId) {
      const answer = await call(`user:${userId}`, 'conversations.open', false, () => client.call('conversations.open', { users: userId }));
      const result = openedSchema.safeParse(answer);
      if (!result.success) throw new DeliveryFailure('transient', 'slack:unreadable_answer', { uncertain: false });
      return result.data.channel.id;
    },
    async publishHome(userId, blocks) {
      await call(`home:${userId}`, 'views.publish', false, () => client.call('views.publish', { user_id: userId, view: { type: 'home', blocks } }));
    },
  };
  return outbound;
}
