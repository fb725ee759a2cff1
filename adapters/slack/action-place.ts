import type { BlockActions } from './slack-payloads.ts';

/** Where a click happened: its channel, the clicked message, and the thread to answer in. */
export function actionPlace(actions: BlockActions): { channel?: string; messageTs?: string; threadTs?: string } {
  const channel = actions.container.channel_id ?? actions.channel?.id;
  const messageTs = actions.container.message_ts ?? actions.message?.ts;
  const threadTs = actions.container.thread_ts ?? actions.message?.thread_ts ?? messageTs;
  return { channel, messageTs, threadTs };
}
