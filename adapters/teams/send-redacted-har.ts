import { createReadStream } from 'node:fs';
import { AppError } from '../../src/app-error.ts';
import { DeliveryFailure } from '../../src/delivery/delivery-failure.ts';
import type { DeliveryContext } from '../../src/delivery/platform-sender.port.ts';
import { HarError } from '../../src/evidence/har/har-error.ts';
import type { Logger } from '../../src/logger.ts';
import type { Locale } from '../../src/messages/locale.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { withRedactedCopy } from '../shared/with-redacted-copy.ts';
import type { OutgoingActivity } from './teams-connector.ts';
import type { TeamsHarDeps, TeamsUploadInfo } from './teams-files.ts';

/** The outbox entry of an accepted FileConsentCard (teams-sender.ts, `har_upload`). */
export interface RedactedHarUpload {
  downloadUrl: string;
  name: string;
  upload: TeamsUploadInfo;
  locale: Locale;
}

/**
 * Sends a shared HAR's redacted copy into the person's chat once they accepted the FileConsentCard:
 * the original is downloaded again from its URL (nothing of it was kept), streamed through
 * processHar into a temporary owner-only file (withRedactedCopy), PUT whole into Teams' upload
 * session and deleted; then a FileInfoCard shows the file in the chat. Each step once per entry
 * (`ctx.once`). A file Teams no longer serves, or that is no longer a whole HAR, gets a note
 * instead; an upload session that refuses is final (the person can ask again), network and 5xx
 * failures are retried by the outbox.
 */
export async function sendRedactedHar(deps: { har: TeamsHarDeps; send: (activity: OutgoingActivity) => Promise<string>; logger: Logger }, entry: RedactedHarUpload, ctx: DeliveryContext): Promise<void> {
  const m = messagesFor(entry.locale);
  const name = `"${entry.name.replace(/[*_`<>[\]]/g, '')}"`;
  const result = await ctx.once('upload', async () => {
    try {
      await withRedactedCopy(() => deps.har.files.open(entry.downloadUrl, deps.har.maxBytes), deps.har, (copy) => deps.har.files.upload(entry.upload.uploadUrl, () => createReadStream(copy.path), copy.size));
      return 'sent';
    } catch (error) {
      if (error instanceof HarError || (error instanceof AppError && error.code === 'teams.file_download')) {
        deps.logger.info({ err: error }, 'teams: the shared HAR could not be read again for its redacted copy');
        return 'gone';
      }
      if (error instanceof AppError && error.code === 'teams.file_upload' && /HTTP 4\d\d/.test(error.message)) throw new DeliveryFailure('refused', 'teams:upload_refused', { cause: error });
      throw new DeliveryFailure('transient', 'teams:upload_failed', { uncertain: false, cause: error });
    }
  });
  if (result === 'gone') {
    await ctx.once('msg', () => deps.send({ type: 'message', text: m.t('harChat.gone', { name }), textFormat: 'markdown' }));
    return;
  }
  const info = { contentType: 'application/vnd.microsoft.teams.card.file.info', contentUrl: entry.upload.contentUrl, name: entry.upload.name, content: { uniqueId: entry.upload.uniqueId, fileType: entry.upload.fileType } };
  await ctx.once('msg', () => deps.send({ type: 'message', text: m.t('harChat.sent', { name }), textFormat: 'markdown', attachments: [info] }));
}
