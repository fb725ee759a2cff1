import { Agent, type Dispatcher } from 'undici';
import { z } from 'zod';
import { downloadBody } from '../shared/download-body.ts';
import { SLACK_API_URL, type SlackWebApi } from './create-slack-web-api.ts';
import { SlackWebApiError } from './slack-web-api-error.ts';

/** A file shared in a message, as the event or files.info describes it. */
export interface SlackFileRef {
  id: string;
  name?: string;
  size?: number;
  urlPrivateDownload?: string;
}

export interface SlackFiles {
  /** files.info: the file's name, size and private download URL (events may carry only the id). */
  info(fileId: string): Promise<SlackFileRef>;
  /**
   * Starts the download of a file's `url_private_download` with the bot token and hands the body
   * over as it arrives. Refuses (HarError `har.too_large`) a Content-Length above `maxBytes`.
   */
  open(url: string, maxBytes: number): Promise<AsyncIterable<Uint8Array>>;
  close(): Promise<void>;
}

const fileInfoSchema = z.looseObject({
  file: z.looseObject({ id: z.string(), name: z.string().optional(), size: z.number().optional(), url_private_download: z.string().optional() }),
});


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
      return { id: f.id, ...(f.name !== undefined ? { name: f.name } : {}), ...(f.size !== undefined ? { size: f.size } : {}), ...(f.url_private_download ? { urlPrivateDownload: f.url_private_download } : {}) };
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
