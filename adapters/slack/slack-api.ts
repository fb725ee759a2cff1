import type { webApi } from '@slack/bolt';
import type { ChannelQueue } from './channel-queue.ts';
import { SlackAdapterError } from './slack-adapter-error.ts';
import { SlackHttpStatusError } from './slack-http-status-error.ts';
import type { Block, SlackMessage } from './slack-message.ts';

/** The Web API calls the adapter makes, each through the channel queue. */
export interface SlackApi {
  /** chat.postMessage (into a thread when `threadTs` is set). Link previews are off. */
  postMessage(input: { channel: string; threadTs?: string; message: SlackMessage }): Promise<{ channel: string; ts: string }>;
  /** chat.update of a message the bot posted. */
  update(input: { channel: string; ts: string; message: SlackMessage }): Promise<void>;
  /** chat.delete of a message the bot posted. */
  delete(input: { channel: string; ts: string }): Promise<void>;
  /** chat.postEphemeral: visible to `user` only. */
  postEphemeral(input: { channel: string; user: string; threadTs?: string; message: SlackMessage }): Promise<void>;
  /** conversations.open with one user: the id of the bot's DM with them. */
  openDm(userId: string): Promise<string>;
  /** views.publish of the user's Home tab. */
  publishHome(userId: string, blocks: Block[]): Promise<void>;
  /** views.open of a modal for the click that carried `triggerId` (valid for 3 s after the click). */
  openView(triggerId: string, view: object): Promise<void>;
  /** POST to an interaction's response_url (ephemeral answers to slash commands). */
  respond(responseUrl: string, body: { text: string; blocks?: Block[]; response_type?: 'ephemeral' | 'in_channel'; replace_original?: boolean }): Promise<void>;
}

export interface SlackApiDeps {
  client: webApi.WebClient;
  queue: ChannelQueue;
  /** Origins a response_url may point to (default https://hooks.slack.com). */
  responseUrlOrigins?: readonly string[];
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** The adapter's Slack Web API, over a WebClient configured with slackClientOptions(). */
export function createSlackApi(deps: SlackApiDeps): SlackApi {
  const { client, queue } = deps;
  const origins = new Set(deps.responseUrlOrigins ?? ['https://hooks.slack.com']);
  const fetchFn = deps.fetch ?? fetch;
  const timeoutMs = deps.timeoutMs ?? 15_000;

  return {
    async postMessage({ channel, threadTs, message }) {
      const result = await queue.run(channel, 'chat.postMessage', () =>
        client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false, ...(threadTs ? { thread_ts: threadTs } : {}) }),
      );
      const ts = result.ts;
      if (!ts) throw new SlackAdapterError('slack.api_error', 'chat.postMessage answered without a ts');
      return { channel: result.channel ?? channel, ts };
    },
    async update({ channel, ts, message }) {
      await queue.run(channel, 'chat.update', () => client.chat.update({ channel, ts, text: message.text, blocks: message.blocks }));
    },
    async delete({ channel, ts }) {
      await queue.run(channel, 'chat.delete', () => client.chat.delete({ channel, ts }));
    },
    async postEphemeral({ channel, user, threadTs, message }) {
      await queue.run(channel, 'chat.postEphemeral', () =>
        client.chat.postEphemeral({ channel, user, text: message.text, blocks: message.blocks, ...(threadTs ? { thread_ts: threadTs } : {}) }),
      );
    },
    async openDm(userId) {
      const result = await queue.run(`user:${userId}`, 'conversations.open', () => client.conversations.open({ users: userId }));
      const id = result.channel?.id;
      if (!id) throw new SlackAdapterError('slack.api_error', 'conversations.open answered without a channel id');
      return id;
    },
    async publishHome(userId, blocks) {
      await queue.run(`home:${userId}`, 'views.publish', () => client.views.publish({ user_id: userId, view: { type: 'home', blocks } }));
    },
    async openView(triggerId, view) {
      // A trigger expires 3 s after the click: its own lane, so no queue ahead of it delays it.
      await queue.run(`view:${triggerId}`, 'views.open', () => client.views.open({ trigger_id: triggerId, view: view as Parameters<typeof client.views.open>[0]['view'] }));
    },
    async respond(responseUrl, body) {
      let url: URL;
      try {
        url = new URL(responseUrl);
      } catch (error) {
        throw new SlackAdapterError('slack.response_url', 'the response_url is not a URL', { cause: error });
      }
      if (!origins.has(url.origin)) throw new SlackAdapterError('slack.response_url', `response_url origin ${url.origin} is not allowed`);
      await queue.run(`response:${url.pathname}`, 'response_url', async () => {
        const res = await fetchFn(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify(body),
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
        await res.arrayBuffer(); // drain: the answer is "ok" or a short error
        if (!res.ok) {
          const retryAfter = Number.parseInt(res.headers.get('retry-after') ?? '', 10);
          throw new SlackHttpStatusError(res.status, Number.isNaN(retryAfter) ? undefined : retryAfter, `response_url answered ${res.status}`);
        }
      });
    },
  };
}
