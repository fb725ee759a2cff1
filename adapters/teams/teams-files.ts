import type { Readable } from 'node:stream';
import { Agent, type Dispatcher } from 'undici';
import { z } from 'zod';
import type { HarAnalysisOptions } from '../../src/evidence/har/create-har-analyzer.ts';
import { downloadBody } from '../shared/download-body.ts';
import { AppError } from '../../src/app-error.ts';
import { LOCALES } from '../../src/messages/locale.ts';
import type { TeamsActivity } from './teams-activity.ts';

/** The attachment Teams puts on a message a person sent a file with (personal chat, `supportsFiles`). */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

const downloadInfo = z.object({ downloadUrl: z.string().url(), uniqueId: z.string().optional(), fileType: z.string().optional() }).loose();

/** What a HAR's FileConsentCard carries and Teams hands back with the answer: the original's download URL, its name, the language. */
export const fileConsentContextSchema = z.object({ d: z.string().url(), n: z.string().min(1).max(200), l: z.enum(LOCALES) });
export type FileConsentContext = z.infer<typeof fileConsentContextSchema>;

/** The upload session Teams opens in the person's OneDrive when they accept a FileConsentCard. */
export const uploadInfoSchema = z.object({
  name: z.string().min(1).max(400),
  uploadUrl: z.string().url(),
  contentUrl: z.string().url(),
  uniqueId: z.string().min(1).max(200),
  fileType: z.string().max(40).default('har'),
});
export type TeamsUploadInfo = z.infer<typeof uploadInfoSchema>;

export interface TeamsSharedFile {
  id: string;
  name: string;
  downloadUrl: string;
}

/** HAR files attached to a message (at most three), by their download info. */
export function harAttachments(activity: TeamsActivity): TeamsSharedFile[] {
  const out: TeamsSharedFile[] = [];
  for (const [i, a] of (activity.attachments ?? []).entries()) {
    if (a.contentType !== FILE_DOWNLOAD_INFO) continue;
    const info = downloadInfo.safeParse(a.content);
    if (!info.success) continue;
    const name = (a.name ?? '').slice(0, 200);
    if (info.data.fileType?.toLowerCase() !== 'har' && !/\.har$/i.test(name)) continue;
    out.push({ id: info.data.uniqueId ?? String(i), name: name || 'HAR', downloadUrl: info.data.downloadUrl });
  }
  return out.slice(0, 3);
}

export interface TeamsFiles {
  /** GETs a file's pre-authenticated `downloadUrl` (no credential of the bot goes with it) and hands the body over as it arrives. */
  open(url: string, maxBytes: number): Promise<AsyncIterable<Uint8Array>>;
  /**
   * PUTs a file's bytes, whole, to the upload session Teams opened when the person accepted a
   * FileConsentCard (`uploadInfo.uploadUrl`, pre-authenticated like a download URL):
   * Content-Range `bytes 0-(length-1)/length`. Throws AppError `teams.file_upload` with the status.
   */
  upload(url: string, body: () => Readable, length: number): Promise<void>;
  close(): Promise<void>;
}

/** What reading a HAR attached in Teams needs (TeamsEventsDeps.har). */
export interface TeamsHarDeps {
  files: TeamsFiles;
  /** HAR_MAX_BYTES. */
  maxBytes: number;
  allowlist: HarAnalysisOptions['allowlist'];
}


/**
 * Downloads of files people attach in Teams: https only (`allowHttp` for tests on loopback), no
 * redirect followed, 200 only, a Content-Length above `maxBytes` refused (`har.too_large`) and the
 * connection dropped. The download URL carries its own short-lived authorization; the bot adds none.
 */
export function createTeamsFiles(options: { allowHttp?: boolean; dispatcher?: Dispatcher; timeoutMs?: number } = {}): TeamsFiles {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const own = options.dispatcher ? undefined : new Agent({ keepAliveTimeout: 10_000, connect: { timeout: 10_000 } });
  const dispatcher = options.dispatcher ?? own!;
  const checked = (href: string): URL => {
    const url = new URL(href);
    if (url.protocol !== 'https:' && !(options.allowHttp && url.protocol === 'http:')) throw new AppError('teams.file_url', 'a file URL that is not https');
    return url;
  };
  return {
    async upload(href, body, length) {
      const url = checked(href);
      let response: Dispatcher.ResponseData;
      try {
        response = await dispatcher.request({
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: 'PUT',
          headers: { 'content-type': 'application/octet-stream', 'content-length': String(length), 'content-range': `bytes 0-${length - 1}/${length}` },
          body: body(),
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
      } catch (error) {
        throw new AppError('teams.file_upload', 'the file upload failed', { cause: error });
      }
      await response.body.dump();
      if (response.statusCode !== 200 && response.statusCode !== 201) throw new AppError('teams.file_upload', `the file upload answered HTTP ${response.statusCode}`);
    },

    async open(href, maxBytes) {
      const url = checked(href);
      let response: Dispatcher.ResponseData;
      try {
        response = await dispatcher.request({ origin: url.origin, path: `${url.pathname}${url.search}`, method: 'GET', headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
      } catch (error) {
        throw new AppError('teams.file_download', 'the file download failed', { cause: error });
      }
      return downloadBody(response, maxBytes, (status) => new AppError('teams.file_download', `the file download answered HTTP ${status}`));
    },
    async close() {
      await own?.close();
    },
  };
}
