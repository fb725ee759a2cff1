import type { Readable } from 'node:stream';
import { Agent, type Dispatcher } from 'undici';
import { z } from 'zod';
import { downloadBody } from '../shared/download-body.ts';
import { SLACK_API_URL, type SlackWebApi } from './create-slack-web-api.ts';
import { SlackWebApiError } from './slack-web-api-error.ts';

/** Where a file was shared: a message in a channel, in a thread when `threadTs` differs from `ts`. */
export interface SlackFileShare {
  channel: string;
  ts: string;
  threadTs?: string;
}

/** A file shared in a message, as the event or files.info describes it. */
export interface SlackFileRef {
  id: string;
  name?: string;
  filetype?: string;
  size?: number;
  urlPrivateDownload?: string;
  /** files.info's `shares` (public and private channels alike). */
  shares?: SlackFileShare[];
}

/** A file the bot uploads into a thread (files.uploadV2's steps). */
export interface SlackUpload {
  channel: string;
  threadTs: string;
  filename: string;
  title: string;
  /** The message posted with the file (mrkdwn). */
  initialComment: string;
  /** Its bytes, read once; `length` is announced to Slack first. */
  body: () => Readable;
  length: number;
}

export interface SlackFiles {
  /** files.info: the file's name, size and private download URL (events may carry only the id). */
  info(fileId: string): Promise<SlackFileRef>;
  /**
   * Starts the download of a file's `url_private_download` with the bot token and hands the body
   * over as it arrives. Refuses (HarError `har.too_large`) a Content-Length above `maxBytes`.
   */
  open(url: string, maxBytes: number): Promise<AsyncIterable<Uint8Array>>;
  /**
   * Uploads a file into a thread the way files.uploadV2 does (scope files:write):
   * files.getUploadURLExternal, the bytes POSTed to the upload URL it names (no token: the URL is
   * the credential, and it must be Slack's or SLACK_API_URL's), then files.completeUploadExternal
   * with the channel and thread. Resolves with the file's id.
   */
  upload(file: SlackUpload): Promise<string>;
  close(): Promise<void>;
}

const shareListSchema = z.record(z.string(), z.array(z.looseObject({ ts: z.string(), thread_ts: z.string().optional() }))).optional();

const fileInfoSchema = z.looseObject({
  file: z.looseObject({
    id: z.string(),
    name: z.string().optional(),
    filetype: z.string().optional(),
    size: z.number().optional(),
    url_private_download: z.string().optional(),
    shares: z.looseObject({ public: shareListSchema, private: shareListSchema }).optional(),
  }),
});

const uploadUrlSchema = z.looseObject({ upload_url: z.string().url(), file_id: z.string().min(1) });

function sharesOf(shares: z.infer<typeof fileInfoSchema>['file']['shares']): SlackFileShare[] {
  const out: SlackFileShare[] = [];
  for (const list of [shares?.public, shares?.private]) {
    for (const [channel, messages] of Object.entries(list ?? {})) {
      for (const m of messages) out.push({ channel, ts: m.ts, ...(m.thread_ts ? { threadTs: m.thread_ts } : {}) });
    }
  }
  return out;
}


/**
 * Slack's files with the bot token (scope `files:read`). The token goes only to Slack's own
 * hosts (`https://*.slack.com`) or to the origin of SLACK_API_URL (an enterprise proxy, the
 * tests' fake): a download URL anywhere else is refused without a request. Redirects are not
 * followed (the token would go with them).
 */
export function createSlackFiles(options: { client: SlackWebApi; token: string; apiUrl?: string; dispatcher?: Dispatcher; timeoutMs?: number }): SlackFiles {
  const apiOrigin = new URL(options.apiUrl ?? SLACK_API_URL).origin;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const own = options.dispatcher ? undefined : new Agent({ keepAliveTimeout: 10_000, connect: { timeout: 10_000 } });
  const dispatcher = options.dispatcher ?? own!;
  const allowed = (url: URL): boolean => url.origin === apiOrigin || (url.protocol === 'https:' && (url.hostname === 'slack.com' || url.hostname.endsWith('.slack.com')));

  return {
    async info(fileId) {
      const answer = fileInfoSchema.safeParse(await options.client.call('files.info', { file: fileId }));
      if (!answer.success) throw new SlackWebApiError('slack_api.unreadable', 'files.info', { status: 200 });
      const f = answer.data.file;
      const shares = sharesOf(f.shares);
      return {
        id: f.id,
        ...(f.name !== undefined ? { name: f.name } : {}),
        ...(f.filetype !== undefined ? { filetype: f.filetype } : {}),
        ...(f.size !== undefined ? { size: f.size } : {}),
        ...(f.url_private_download ? { urlPrivateDownload: f.url_private_download } : {}),
        ...(shares.length > 0 ? { shares } : {}),
      };
    },

    async upload(file) {
      const answer = uploadUrlSchema.safeParse(await options.client.call('files.getUploadURLExternal', { filename: file.filename, length: file.length }));
      if (!answer.success) throw new SlackWebApiError('slack_api.unreadable', 'files.getUploadURLExternal', { status: 200 });
      const url = new URL(answer.data.upload_url);
      if (!allowed(url)) throw new SlackWebApiError('slack_api.http', 'files.upload', { status: 0 });
      let response: Dispatcher.ResponseData;
      try {
        response = await dispatcher.request({
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream', 'content-length': String(file.length) },
          body: file.body(),
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
      } catch (error) {
        throw new SlackWebApiError('slack_api.network', 'files.upload', { cause: error });
      }
      await response.body.dump();
      if (response.statusCode !== 200) throw new SlackWebApiError('slack_api.http', 'files.upload', { status: response.statusCode });
      await options.client.call('files.completeUploadExternal', {
        files: [{ id: answer.data.file_id, title: file.title }],
        channel_id: file.channel,
        thread_ts: file.threadTs,
        initial_comment: file.initialComment,
      });
      return answer.data.file_id;
    },

    async open(href, maxBytes) {
      const url = new URL(href);
      if (!allowed(url)) throw new SlackWebApiError('slack_api.http', 'files.download', { status: 0 });
      let response: Dispatcher.ResponseData;
      try {
        response = await dispatcher.request({
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: 'GET',
          headers: { authorization: `Bearer ${options.token}` },
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
      } catch (error) {
        throw new SlackWebApiError('slack_api.network', 'files.download', { cause: error });
      }
      return downloadBody(response, maxBytes, (status) => new SlackWebApiError('slack_api.http', 'files.download', { status }));
    },

    async close() {
      await own?.close();
    },
  };
}
