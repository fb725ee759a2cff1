import type { webApi } from '@slack/bolt';
import type { ChannelQueue } from './channel-queue.ts';

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

export function createSlackApi(deps: { client: webApi.WebClient; queue: ChannelQueue }): SlackApi {
  const { client, queue } = deps;
  return {
    async openView(triggerId, view) {
      // A trigger expires 3 s after the click: its own lane, so no queue ahead of it delays it.
      await queue.run(`view:${triggerId}`, 'views.open', () => client.views.open({ trigger_id: triggerId, view: view as Parameters<typeof client.views.open>[0]['view'] }));
    },
    async postEphemeral({ channel, user, threadTs, text }) {
      await queue.run(`direct:${channel}`, 'chat.postEphemeral', () => client.chat.postEphemeral({ channel, user, text, ...(threadTs ? { thread_ts: threadTs } : {}) }));
    },
  };
}
