import { z } from 'zod';
import type { Logger } from '../../src/logger.ts';
import { classifySlackError } from './classify-slack-error.ts';
import type { SlackWebApi } from './create-slack-web-api.ts';
import { SlackAdapterError } from './slack-adapter-error.ts';

/** A Slack conversation id (C…, G… or D…); channel names are lower case, so they never look like one. */
const CHANNEL_ID = /^[CGD][A-Z0-9]{6,}$/;
/** Platform errors of the lookup worth another try later (Slack's own transient ones). */
const RETRYABLE_LOOKUP = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** conversations.list pages looked at, at most (1,000 channels each). */
const MAX_PAGES = 50;

const pageSchema = z.object({
  channels: z.array(z.object({ id: z.string(), name: z.string().optional(), name_normalized: z.string().optional() })).optional(),
  response_metadata: z.object({ next_cursor: z.string().optional() }).optional(),
});

export interface HelpdeskChannel {
  /** The channel id, once known (undefined: not configured, or not resolved yet). */
  id(): string | undefined;
  /**
   * Resolves a channel given by name to its id, once (conversations.list, a bounded number of
   * pages). Throws `slack.config` when Slack answers that no such channel exists for the bot; when
   * Slack cannot be reached, keeps trying in the background (cards wait meanwhile).
   */
  resolve(): Promise<void>;
  stop(): void;
}

/** SLACK_HELPDESK_CHANNEL as an id (given, or looked up by name at start). */
export function createHelpdeskChannel(deps: { client: SlackWebApi; logger: Logger; configured?: string; retryMs?: number }): HelpdeskChannel {
  const configured = deps.configured?.trim();
  let id = configured && CHANNEL_ID.test(configured) ? configured : undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function lookUp(name: string): Promise<string | undefined> {
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await deps.client.call('conversations.list', { types: 'public_channel,private_channel', exclude_archived: true, limit: 1000, ...(cursor ? { cursor } : {}) });
      const parsed = pageSchema.safeParse(answer);
      if (!parsed.success) throw new SlackAdapterError('slack.api_error', 'conversations.list answered an unexpected shape');
      const hit = parsed.data.channels?.find((c) => c.name === name || c.name_normalized === name);
      if (hit) return hit.id;
      cursor = parsed.data.response_metadata?.next_cursor || undefined;
      if (!cursor) return undefined;
    }
    return undefined;
  }

  async function attempt(name: string, delayMs: number): Promise<void> {
    try {
      const found = await lookUp(name);
      if (!found) {
        throw new SlackAdapterError(
          'slack.config',
          `SLACK_HELPDESK_CHANNEL: no channel named #${name} that the bot can see; invite the bot to it or set the channel id (e.g. C0123456789)`,
        );
      }
      id = found;
      deps.logger.info({ channel: name, id }, 'helpdesk channel resolved');
    } catch (error) {
      if (error instanceof SlackAdapterError) throw error;
      const failure = classifySlackError(error);
      if (failure.kind === 'api_error' && !RETRYABLE_LOOKUP.has(failure.error)) {
        throw new SlackAdapterError('slack.config', `SLACK_HELPDESK_CHANNEL: cannot look up #${name} (${failure.error}); set the channel id instead (e.g. C0123456789)`, { cause: error });
      }
      if (stopped) return;
      const next = Math.min(60_000, delayMs * 2);
      deps.logger.warn({ channel: name, failure: failure.kind, retryInMs: delayMs }, 'cannot reach Slack to resolve the helpdesk channel; trying again later');
      timer = setTimeout(() => {
        attempt(name, next).catch((e: unknown) => deps.logger.error({ err: e }, 'the helpdesk channel could not be resolved: no cards will be drawn'));
      }, delayMs);
      timer.unref();
    }
  }

  return {
    id: () => id,
    async resolve() {
      if (!configured || id) return;
      await attempt(configured.replace(/^#/, '').toLowerCase(), deps.retryMs ?? 5000);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
