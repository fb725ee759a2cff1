import { errorCode } from './error-code.ts';
import { isHarFile, shareHar } from './share-har.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';
import { slackEventId } from './slack-event-id.ts';
import type { SlackFileRef } from './slack-files.ts';
import { slackThread } from './slack-thread.ts';
import { verifiedDelivery } from './verified-delivery.ts';

/**
 * file_shared events (scope files:read). Slack sends one for a file shared in a channel the bot is
 * in, mostly besides the message event of the share (subtype file_share, handled by
 * handleMessage) and sometimes alone. It names only ids, so after the ack (bolt acks events
 * before its listeners run) files.info gives the file and where it was shared: a HAR shared in a
 * thread of one of the sharer's conversations is read like one from the message event. Whichever
 * of the two deliveries comes first reads the file; the other finds the claim taken (shareHar).
 */
export function handleFileShared(deps: SlackHandlerDeps) {
  return async ({ body, context }: { body: unknown; context?: Readonly<Record<string, unknown>> }): Promise<void> => {
    const delivery = verifiedDelivery.of({ body, context });
    const event = delivery.kind === 'event' ? delivery.fileShared : undefined;
    if (delivery.kind !== 'event' || !event) {
      deps.logger.warn('file_shared without the expected fields');
      return;
    }
    if (!deps.har) return;
    const har = deps.har;
    let file: SlackFileRef;
    try {
      file = await har.files.info(event.file_id);
    } catch (error) {
      deps.logger.warn({ fileId: event.file_id, err: error }, 'files.info failed for a shared file');
      return;
    }
    if (!isHarFile({ id: file.id, ...(file.name !== undefined ? { name: file.name } : {}), ...(file.filetype !== undefined ? { filetype: file.filetype } : {}) })) return;
    // Only a share in a thread (not the thread's root) of this channel can be a conversation's.
    const threads = [...new Set((file.shares ?? []).filter((s) => s.channel === event.channel_id && s.threadTs && s.threadTs !== s.ts).map((s) => s.threadTs!))];
    const eventId = slackEventId.event(delivery.envelope);
    for (const threadTs of threads) {
      const place = { channel: event.channel_id, threadTs, user: event.user_id };
      const conversationId = await deps.desk.findByThread(slackThread(place));
      if (!conversationId) continue;
      try {
        await shareHar({ ...deps, har }, place, conversationId, eventId, [
          {
            id: file.id,
            ...(file.name !== undefined ? { name: file.name } : {}),
            ...(file.filetype !== undefined ? { filetype: file.filetype } : {}),
            ...(file.size !== undefined ? { size: file.size } : {}),
            ...(file.urlPrivateDownload ? { url_private_download: file.urlPrivateDownload } : {}),
          },
        ]);
      } catch (error) {
        if (errorCode(error) !== 'desk.not_found') throw error;
        deps.logger.info({ conversationId }, 'HAR shared in the thread of an expired conversation');
      }
      return;
    }
  };
}
