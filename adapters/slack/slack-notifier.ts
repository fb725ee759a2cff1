import type { ThreadAddress } from '../../src/desk/desk.port.ts';
import type { SlackApi } from './slack-api.ts';
import { SlackAdapterError } from './slack-adapter-error.ts';
import type { SlackMessage } from './slack-message.ts';

/**
 * Outbound delivery into Slack for the notifier port (src/notify, phase 2): a message into a
 * conversation's own thread (resolve notices, desk updates). Phase 2 adds the helpdesk cards.
 */
export interface SlackNotifier {
  postToThread(thread: ThreadAddress, message: SlackMessage): Promise<void>;
}

export function createSlackNotifier(api: SlackApi): SlackNotifier {
  return {
    async postToThread(thread, message) {
      const { channel, threadTs } = thread.ref;
      if (thread.platform !== 'slack' || !channel || !threadTs) {
        throw new SlackAdapterError('slack.config', `not a Slack thread address (platform ${thread.platform})`);
      }
      await api.postMessage({ channel, threadTs, message });
    },
  };
}
