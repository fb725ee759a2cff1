import type { ChannelQueue } from './channel-queue.ts';
import type { SlackWebApi } from './create-slack-web-api.ts';

/**
 * The Web API calls the adapter makes while it answers an interaction, through the channel queue
 * (bounded retries, Retry-After per lane). Everything else it sends goes through the outbox
 * (slack-outbound.ts), whose worker owns the retries.
 */
export interface SlackApi {
  /** views.open of a modal for the click that carried `triggerId` (valid for 3 s after the click). */
  openView(triggerId: string, view: object): Promise<void>;
  /**
   * chat.postEphemeral at once, not through the outbox: for "try again in a minute" while the
   * store (where the outbox lives) cannot be reached.
   */
  postEphemeral(input: { channel: string; user: string; threadTs?: string; text: string }): Promise<void>;
}

export function createSlackApi(deps: { client: SlackWebApi; queue: ChannelQueue }): SlackApi {
  const { client, queue } = deps;
  return {
    async openView(triggerId, view) {
      // A trigger expires 3 s after the click: its own lane, so no queue ahead of it delays it.
      await queue.run(`view:${triggerId}`, 'views.open', () => client.call('views.open', { trigger_id: triggerId, view }));
    },
    async postEphemeral({ channel, user, threadTs, text }) {
      await queue.run(`direct:${channel}`, 'chat.postEphemeral', () => client.call('chat.postEphemeral', { channel, user, text, ...(threadTs ? { thread_ts: threadTs } : {}) }));
    },
  };
}
