import { createReadStream } from 'node:fs';
import { DeliveryFailure } from '../../src/delivery/delivery-failure.ts';
import type { HarAnalysisOptions } from '../../src/evidence/har/create-har-analyzer.ts';
import { HarError } from '../../src/evidence/har/har-error.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import { redactedHarName } from '../shared/redacted-har-name.ts';
import { withRedactedCopy } from '../shared/with-redacted-copy.ts';
import { classifySlackError } from './classify-slack-error.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import type { SlackFiles } from './slack-files.ts';
import { toDeliveryFailure } from './slack-outbound.ts';
import { SlackWebApiError } from './slack-web-api-error.ts';

/** What sending a redacted HAR back into a thread needs (SlackSenderDeps.har). */
export interface SlackRedactedHarDeps {
  files: SlackFiles;
  /** HAR_MAX_BYTES. */
  maxBytes: number;
  allowlist: HarAnalysisOptions['allowlist'];
  /** Where the redacted copy waits while it is uploaded (default: the OS's temporary directory). */
  tempDir?: string;
}

/** What the outbox entry names: the shared file by its id, and where it goes. */
export interface RedactedHarRequest {
  channel: string;
  threadTs: string;
  fileId: string;
  /** The file's name as it was shared (files.info's is used when Slack still has the file). */
  name: string;
}

/** Slack errors of files.info and the download that mean the file is gone or not ours to read. */
const GONE = new Set(['file_not_found', 'file_deleted', 'access_denied', 'http_403', 'http_404', 'http_410']);

/**
 * Sends the redacted copy of a HAR the reporter shared back into their thread, when they asked for
 * it (outbox entry `har_redacted`). Nothing of the HAR was kept when it was first read: the file
 * is fetched from Slack again (files.info, the download with the bot token), streamed through
 * processHar (redaction first) into a temporary file readable by its owner only
 * (withRedactedCopy), uploaded with files.uploadV2's steps into the thread and deleted, whatever
 * happens. Returns `gone` when Slack
 * no longer has the file (deleted, changed into something that is not a HAR): the caller says so
 * in the thread. Failures of Slack are DeliveryFailures (retried by class, like any post).
 */
export async function uploadRedactedHar(deps: SlackRedactedHarDeps, request: RedactedHarRequest, m: Messages): Promise<'sent' | { gone: string }> {
  let name = request.name;
  try {
    const info = await deps.files.info(request.fileId);
    name = info.name ?? name;
    const url = info.urlPrivateDownload;
    if (!url) return { gone: name };
    if (info.size !== undefined && info.size > deps.maxBytes) return { gone: name };
    await withRedactedCopy(() => deps.files.open(url, deps.maxBytes), deps, (copy) =>
      deps.files.upload({
        channel: request.channel,
        threadTs: request.threadTs,
        filename: redactedHarName(name),
        title: redactedHarName(name),
        initialComment: m.t('harChat.comment', { name: `*${escapeMrkdwn(name, { from: 'person' })}*` }),
        body: () => createReadStream(copy.path),
        length: copy.size,
      }),
    );
    return 'sent';
  } catch (error) {
    if (error instanceof HarError) return { gone: name };
    if (error instanceof SlackWebApiError) {
      const failure = classifySlackError(error);
      if (failure.kind === 'api_error' && GONE.has(failure.error) && error.method !== 'files.completeUploadExternal') return { gone: name };
      // Until completeUploadExternal answered, nothing is in the thread: sending again is safe.
      throw toDeliveryFailure(failure, error, error.method === 'files.completeUploadExternal');
    }
    if (error instanceof DeliveryFailure) throw error;
    throw new DeliveryFailure('transient', 'slack:redacted_har_failed', { uncertain: false, cause: error });
  }
}
