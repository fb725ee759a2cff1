import { EventEmitter } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';
import { answerHistory, answerList, answerReplies, messagesOf, readMetadata, type FakeChannel, type StoredMessage } from './fake-slack-reads.ts';

export type { FakeChannel, MessageMetadata, StoredMessage } from './fake-slack-reads.ts';

/**
 * A fake Slack Web API on 127.0.0.1 (port 0) for tests: point SLACK_API_URL at `fake.url`.
 * Speaks the Web API's shape (form or JSON bodies, `{ ok: true, ... }` answers), records every
 * call (method, parsed body, headers, time, status answered), keeps the messages it was sent
 * (so a test can tell an edit from a repost), refuses what real Slack refuses for Block Kit's
 * limits (`invalid_blocks`, also for views.publish and views.open), and can be told to answer 429 with Retry-After or 5xx, per method
 * and/or per channel, for a number of calls or for a while. It answers the reads the outbox's
 * "already posted?" lookup makes (conversations.replies / history with message metadata) and the
 * helpdesk lookup (conversations.list), the helpdesk user group (usergroups.users.list) and a
 * person's locale (users.info with include_locale: en-US unless setUserLocale said otherwise) and
 * timezone (setUserTimezone; none by default), can
 * hold posts to Slack's ~1 message/s/channel, and hands out a Socket Mode URL once a fake Socket Mode server is attached (fake-socket-mode.ts).
 * Interaction response_urls are served under `/response/<id>`.
 */

export interface RecordedCall {
  /** Web API method ("chat.postMessage") or "response_url". */
  method: string;
  path: string;
  /** Parsed body; the JSON-encoded form fields (blocks, view, metadata, attachments) decoded. */
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** Date.now() when the request arrived. */
  at: number;
  /** The HTTP status the fake answered. */
  status: number;
  /** The JSON the fake answered (for 200s). */
  answer?: Record<string, unknown>;
}

export interface FailureRule {
  /** Web API method or "response_url"; any when absent. */
  method?: string;
  /** Only calls whose `channel` field is this; any when absent. */
  channel?: string;
  /**
   * 200 answers `{ok: false, error}` (a Web API error such as missing_scope); 'invalid_json'
   * answers 200 with a JSON content type and a body that is not JSON (a gateway's error page).
   */
  status: 200 | 429 | 500 | 502 | 503 | 'invalid_json';
  /** With status 200: the Web API error code (default "internal_error"). */
  error?: string;
  /** Seconds, sent as Retry-After (429). */
  retryAfter?: number;
  /** How many matching calls fail (default 1, or Infinity with `until`); Infinity for all. */
  times?: number;
  /** Epoch ms: the rule applies only while Date.now() < until (an outage of a known length). */
  until?: number;
  /**
   * The call is carried out before the failure is answered: it reached Slack and only its answer
   * was lost (a timeout or a gateway error on the way back), the case where a retry must look
   * before posting again.
   */
  reached?: boolean;
}

export interface FakeSlackApi {
  /** Base URL for SLACK_API_URL, ending in "/api/". */
  readonly url: string;
  readonly origin: string;
  /** A response_url served by this fake. */
  responseUrl(id?: string): string;
  readonly calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Messages by channel and ts, after updates. */
  readonly messages: Map<string, StoredMessage>;
  message(channel: string, ts: string): StoredMessage | undefined;
  /** The messages of one channel (thread replies included), oldest first. */
  messagesIn(channel: string): StoredMessage[];
  fail(rule: FailureRule): void;
  /** Drops every failure rule (calls already answered stay recorded). */
  clearFailures(): void;
  /**
   * Makes apps.connections.open (with an xapp- token) answer `{ok: true, url: open()}` instead of
   * 501; returns the detach. Used by startFakeSocketMode.
   */
  attachSocketMode(open: () => string): () => void;
  /** Sets the members of a user group (what usergroups.users.list answers from now on). */
  setUsergroup(id: string, users: string[]): void;
  /** Sets the locale users.info names for a user ("de-DE"); default en-US. */
  setUserLocale(user: string, locale: string): void;
  /** Sets the timezone users.info names for a user (`user.tz`, "Europe/Berlin"); default none. */
  setUserTimezone(user: string, tz: string): void;
  /**
   * Serves a file: files.info names it (with `size` and `url_private_download` on this fake), and a
   * GET of that URL with the bot token answers its bytes (recorded as method "files.download",
   * with `aborted` when the client hung up before the end). `size` defaults to the content's length.
   */
  addFile(file: FakeFile): { id: string; name: string; size: number; url_private_download: string };
  /**
   * Files the bot uploaded (files.uploadV2's steps: files.getUploadURLExternal, the bytes POSTed
   * to its upload_url — recorded as method "files.upload", with the token header if one was sent —
   * and files.completeUploadExternal, which shares it in a channel/thread as a message with
   * `files`), by file id; `content` is undefined until the bytes arrived, `channel` until completed.
   */
  readonly uploads: Map<string, FakeUpload>;
  /** Deletes a file: files.info answers file_not_found, its download 404. */
  removeFile(id: string): void;
  /** Resolves with the calls to `method` once there are at least `count` (rejects after `timeoutMs`). */
  waitForCalls(method: string, count: number, timeoutMs?: number): Promise<RecordedCall[]>;
  reset(): void;
  close(): Promise<void>;
}

export interface FakeUpload {
  id: string;
  filename: string;
  /** The length announced to files.getUploadURLExternal. */
  length: number;
  content?: Buffer;
  title?: string;
  channel?: string;
  threadTs?: string;
  initialComment?: string;
  /** The ts of the message completeUploadExternal posted. */
  ts?: string;
}

export interface FakeFile {
  id: string;
  name: string;
  filetype?: string;
  /** Where files.info says the file was shared (`shares.private`, or `public` for C… channels). */
  shares?: { channel: string; ts: string; threadTs?: string }[];
  content: Buffer | string;
  /** The size files.info and the event announce (default the content's). */
  size?: number;
  /** Sent in chunks of this many bytes (default all at once). */
  chunkBytes?: number;
}

export interface FakeSlackApiOptions {
  /** The bot token calls must carry (Authorization: Bearer, or a token field); default any xoxb- token. */
  token?: string;
  teamId?: string;
  botUserId?: string;
  botId?: string;
  /** What conversations.list answers (paginated by `limit`). */
  channels?: FakeChannel[];
  /** What usergroups.users.list answers: members by user group id (an unknown id: `no_such_subteam`). */
  usergroups?: Record<string, string[]>;
  /** What users.info names as each user's locale (with include_locale); default en-US. */
  userLocales?: Record<string, string>;
  /**
   * chat.postMessage to one channel more often than this in any rolling second answers 429 with
   * Retry-After: 1, like Slack's ~1 message per second per channel. Off when absent.
   */
  perChannelPerSecond?: number;
  /**
   * A successful call is carried out at once and answered this many ms later: Slack has the
   * message while its answer is still on the way (the window a crashed sender cannot know about).
   */
  latencyMs?: number;
  /** The origin files.getUploadURLExternal names in its upload_url (default this fake's own). */
  uploadOrigin?: string;
}

const JSON_FIELDS = ['blocks', 'view', 'metadata', 'attachments'];

const LIMITS = { messageBlocks: 50, viewBlocks: 100, sectionText: 3000, buttonText: 75, buttonValue: 2000, actionsElements: 25, headerText: 150, contextElements: 10, fieldText: 2000 };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function textOf(v: unknown): string | undefined {
  return isRecord(v) && typeof v.text === 'string' ? v.text : undefined;
}

/** The first Block Kit limit `blocks` break, or undefined. */
export function blockKitProblem(blocks: unknown, maxBlocks: number): string | undefined {
  if (!Array.isArray(blocks)) return 'blocks is not an array';
  if (blocks.length > maxBlocks) return `more than ${maxBlocks} blocks (${blocks.length})`;
  const ids = new Set<string>();
  for (const [i, block] of blocks.entries()) {
    if (!isRecord(block) || typeof block.type !== 'string') return `block ${i} has no type`;
    if (typeof block.block_id === 'string') {
      if (ids.has(block.block_id)) return `duplicate block_id ${block.block_id}`;
      ids.add(block.block_id);
    }
    if (block.type === 'section') {
      const t = textOf(block.text);
      if (t !== undefined && t.length > LIMITS.sectionText) return `section ${i} text of ${t.length} characters`;
      if (t === undefined && !Array.isArray(block.fields)) return `section ${i} without text or fields`;
      if (Array.isArray(block.fields) && block.fields.some((f) => (textOf(f) ?? '').length > LIMITS.fieldText)) return `section ${i} field too long`;
      if (isRecord(block.accessory) && block.accessory.type === 'button' && (textOf(block.accessory.text) ?? '').length > LIMITS.buttonText) return `section ${i} button text too long`;
    }
    if (block.type === 'header' && (textOf(block.text) ?? '').length > LIMITS.headerText) return `header ${i} too long`;
    if (block.type === 'context' && Array.isArray(block.elements) && block.elements.length > LIMITS.contextElements) return `context ${i} has more than ${LIMITS.contextElements} elements`;
    if (block.type === 'actions') {
      if (!Array.isArray(block.elements) || block.elements.length === 0) return `actions ${i} without elements`;
      if (block.elements.length > LIMITS.actionsElements) return `actions ${i} has more than ${LIMITS.actionsElements} elements`;
      const actionIds = new Set<string>();
      for (const el of block.elements) {
        if (!isRecord(el)) return `actions ${i} element is not an object`;
        const label = textOf(el.text) ?? '';
        if (label.length === 0 || label.length > LIMITS.buttonText) return `button text of ${label.length} characters in block ${i}`;
        if (typeof el.value === 'string' && el.value.length > LIMITS.buttonValue) return `button value too long in block ${i}`;
        if (typeof el.action_id === 'string') {
          if (actionIds.has(el.action_id)) return `duplicate action_id ${el.action_id} in block ${i}`;
          actionIds.add(el.action_id);
        }
      }
    }
  }
  return undefined;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') {
    const v: unknown = raw ? JSON.parse(raw) : {};
    return isRecord(v) ? v : { value: v };
  }
  const fields: Record<string, unknown> = { ...parseQuery(raw) };
  for (const key of JSON_FIELDS) {
    const v = fields[key];
    if (typeof v === 'string' && /^[[{]/.test(v)) fields[key] = JSON.parse(v) as unknown;
  }
  return fields;
}

/** At most `perSecond` takes per key in any rolling 1000 ms (the times of the taken ones are kept). */
function rollingLimiter(perSecond: number) {
  const taken = new Map<string, number[]>();
  return {
    take(key: string): boolean {
      const now = Date.now();
      const recent = (taken.get(key) ?? []).filter((t) => now - t < 1000);
      const allowed = recent.length < perSecond;
      if (allowed) recent.push(now);
      taken.set(key, recent);
      return allowed;
    },
    clear: () => taken.clear(),
  };
}

export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const teamId = options.teamId ?? 'T0FAKE0001';
  const botUserId = options.botUserId ?? 'U0FAKEBOT1';
  const botId = options.botId ?? 'B0FAKEBOT1';
  const calls: RecordedCall[] = [];
  const messages = new Map<string, StoredMessage>();
  let rules: (FailureRule & { left: number })[] = [];
  let seq = 0;
  const events = new EventEmitter();
  const author = { botId, botUserId };
  const limiter = options.perChannelPerSecond ? rollingLimiter(options.perChannelPerSecond) : undefined;
  let openSocket: (() => string) | undefined;
  const usergroups = new Map<string, string[]>(Object.entries(options.usergroups ?? {}));
  const userLocales = new Map<string, string>(Object.entries(options.userLocales ?? {}));
  const userTimezones = new Map<string, string>();
  const files = new Map<string, FakeFile>();
  let fileOrigin = '';
  const uploads = new Map<string, FakeUpload>();
  const fileInfo = (file: FakeFile) => {
    const shares: Record<'public' | 'private', Record<string, { ts: string; thread_ts?: string }[]>> = { public: {}, private: {} };
    for (const share of file.shares ?? []) {
      const list = (shares[share.channel.startsWith('C') ? 'public' : 'private'][share.channel] ??= []);
      list.push({ ts: share.ts, ...(share.threadTs ? { thread_ts: share.threadTs } : {}) });
    }
    return {
      id: file.id,
      name: file.name,
      ...(file.filetype ? { filetype: file.filetype } : {}),
      size: file.size ?? Buffer.byteLength(file.content),
      url_private_download: `${fileOrigin}/files-pri/${teamId}-${file.id}/download/${encodeURIComponent(file.name)}`,
      ...(file.shares ? { shares } : {}),
    };
  };

  const nextTs = () => {
    seq++;
    // Like Slack's: the posting time in seconds (so `oldest` filters work), unique by a sequence.
    return `${Math.floor(Date.now() / 1000)}.${String(seq).padStart(6, '0')}`;
  };

  function authorized(method: string, headers: IncomingHttpHeaders, body: Record<string, unknown>): boolean {
    const header = headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : typeof body.token === 'string' ? body.token : undefined;
    if (!token) return false;
    // Socket Mode's apps.connections.open takes the app-level token.
    if (method === 'apps.connections.open') return token.startsWith('xapp-');
    return options.token ? token === options.token : token.startsWith('xoxb-');
  }

  /** The app's DM channel with a user, as conversations.open names it. */
  const dmOf = (users: string) => `D${Buffer.from(users).toString('hex').toUpperCase().slice(0, 24)}`;

  /** The channel a call is about; like Slack, chat.postMessage to a user id posts in the app's DM with them. */
  function channelOf(method: string, body: Record<string, unknown>): string | undefined {
    const named = typeof body.channel === 'string' ? body.channel : undefined;
    return named && method === 'chat.postMessage' && /^[UW][A-Z0-9]+$/.test(named) ? dmOf(named) : named;
  }

  function answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    const channel = channelOf(method, body);
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'chatgpt-500', team_id: teamId, user_id: botUserId, bot_id: botId };
      case 'conversations.open': {
        const users = typeof body.users === 'string' ? body.users : '';
        if (!users) return { ok: false, error: 'users_list_not_supplied' };
        return { ok: true, channel: { id: dmOf(users) } };
      }
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        if (!channel) return { ok: false, error: 'channel_not_found' };
        if (body.text === undefined && body.blocks === undefined) return { ok: false, error: 'no_text' };
        if (body.blocks !== undefined) {
          const problem = blockKitProblem(body.blocks, LIMITS.messageBlocks);
          if (problem) return { ok: false, error: 'invalid_blocks', errors: [problem] };
        }
        if (method === 'chat.postEphemeral') {
          if (typeof body.user !== 'string') return { ok: false, error: 'user_not_in_channel' };
          return { ok: true, message_ts: nextTs() };
        }
        const { metadata, invalid } = readMetadata(body.metadata);
        if (invalid) return { ok: false, error: 'invalid_metadata_format' };
        const ts = nextTs();
        const threadTs = typeof body.thread_ts === 'string' ? body.thread_ts : undefined;
        messages.set(`${channel}/${ts}`, {
          channel,
          ts,
          ...(threadTs ? { threadTs } : {}),
          ...(typeof body.text === 'string' ? { text: body.text } : {}),
          ...(Array.isArray(body.blocks) ? { blocks: body.blocks } : {}),
          ...(metadata ? { metadata } : {}),
          edits: 0,
        });
        return { ok: true, channel, ts, message: { type: 'message', user: botUserId, bot_id: botId, text: body.text, ts, ...(threadTs ? { thread_ts: threadTs } : {}) } };
      }
      case 'chat.update': {
        const ts = typeof body.ts === 'string' ? body.ts : '';
        const stored = channel ? messages.get(`${channel}/${ts}`) : undefined;
        if (!stored) return { ok: false, error: 'message_not_found' };
        if (body.blocks !== undefined) {
          const problem = blockKitProblem(body.blocks, LIMITS.messageBlocks);
          if (problem) return { ok: false, error: 'invalid_blocks', errors: [problem] };
          stored.blocks = body.blocks as unknown[];
        }
        const { metadata, invalid } = readMetadata(body.metadata);
        if (invalid) return { ok: false, error: 'invalid_metadata_format' };
        if (metadata) stored.metadata = metadata;
        if (typeof body.text === 'string') stored.text = body.text;
        stored.edits++;
        return { ok: true, channel, ts, text: stored.text };
      }
      case 'chat.delete': {
        const ts = typeof body.ts === 'string' ? body.ts : '';
        if (!channel || !messages.delete(`${channel}/${ts}`)) return { ok: false, error: 'message_not_found' };
        return { ok: true, channel, ts };
      }
      case 'views.publish': {
        if (typeof body.user_id !== 'string') return { ok: false, error: 'invalid_arguments' };
        const view = isRecord(body.view) ? body.view : undefined;
        if (!view || view.type !== 'home') return { ok: false, error: 'invalid_arguments' };
        const problem = blockKitProblem(view.blocks, LIMITS.viewBlocks);
        if (problem) return { ok: false, error: 'invalid_blocks', errors: [problem] };
        return { ok: true, view: { id: `V${String(++seq).padStart(8, '0')}`, type: 'home' } };
      }
      case 'views.open': {
        if (typeof body.trigger_id !== 'string' || !body.trigger_id) return { ok: false, error: 'invalid_trigger_id' };
        const view = isRecord(body.view) ? body.view : undefined;
        if (!view || view.type !== 'modal') return { ok: false, error: 'invalid_arguments' };
        const problem = blockKitProblem(view.blocks, LIMITS.viewBlocks);
        if (problem) return { ok: false, error: 'invalid_blocks', errors: [problem] };
        return { ok: true, view: { id: `V${String(++seq).padStart(8, '0')}`, type: 'modal', callback_id: view.callback_id, private_metadata: view.private_metadata } };
      }
      case 'conversations.replies':
        return answerReplies(messages.values(), body, author);
      case 'conversations.history':
        return answerHistory(messages.values(), body, author);
      case 'conversations.list':
        return answerList(options.channels ?? [], body);
      case 'users.info': {
        const user = typeof body.user === 'string' ? body.user : '';
        if (!/^[UW][A-Z0-9]+$/.test(user)) return { ok: false, error: 'user_not_found' };
        // Like Slack: the locale only when asked for (include_locale=true).
        const withLocale = body.include_locale === true || body.include_locale === 'true';
        const tz = userTimezones.get(user);
        return { ok: true, user: { id: user, team_id: teamId, name: user.toLowerCase(), ...(tz ? { tz } : {}), ...(withLocale ? { locale: userLocales.get(user) ?? 'en-US' } : {}) } };
      }
      case 'files.info': {
        const file = files.get(String(body.file));
        if (!file) return { ok: false, error: 'file_not_found' };
        return { ok: true, file: fileInfo(file) };
      }
      case 'files.getUploadURLExternal': {
        const length = Number(body.length);
        if (typeof body.filename !== 'string' || !body.filename || !Number.isInteger(length) || length <= 0) return { ok: false, error: 'invalid_arguments' };
        const id = `F0UP${String(++seq).padStart(6, '0')}`;
        uploads.set(id, { id, filename: body.filename, length });
        return { ok: true, upload_url: `${options.uploadOrigin ?? fileOrigin}/upload/v1/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        let list: unknown;
        try {
          list = typeof body.files === 'string' ? JSON.parse(body.files) : body.files;
        } catch {
          return { ok: false, error: 'invalid_arguments' };
        }
        if (!Array.isArray(list) || list.length === 0) return { ok: false, error: 'invalid_arguments' };
        const done: Record<string, unknown>[] = [];
        for (const item of list) {
          const upload = isRecord(item) && typeof item.id === 'string' ? uploads.get(item.id) : undefined;
          // Like Slack: the bytes must have arrived, whole, before the upload is completed.
          if (!upload || !upload.content || upload.content.length !== upload.length) return { ok: false, error: 'file_not_found' };
          if (typeof item.title === 'string') upload.title = item.title;
          done.push({ id: upload.id, title: upload.title ?? upload.filename });
        }
        const target = typeof body.channel_id === 'string' ? body.channel_id : undefined;
        const threadTs = typeof body.thread_ts === 'string' ? body.thread_ts : undefined;
        if (target) {
          const ts = nextTs();
          const text = typeof body.initial_comment === 'string' ? body.initial_comment : '';
          messages.set(`${target}/${ts}`, { channel: target, ts, ...(threadTs ? { threadTs } : {}), text, edits: 0 });
          for (const item of done) {
            const upload = uploads.get(String(item.id))!;
            Object.assign(upload, { channel: target, ts, ...(threadTs ? { threadTs } : {}), ...(text ? { initialComment: text } : {}) });
          }
        }
        return { ok: true, files: done };
      }
      case 'usergroups.users.list': {
        const users = typeof body.usergroup === 'string' ? usergroups.get(body.usergroup) : undefined;
        return users ? { ok: true, users: [...users] } : { ok: false, error: 'no_such_subteam' };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  function matchRule(method: string, body: Record<string, unknown>) {
    for (const rule of rules) {
      if (rule.left <= 0) continue;
      if (rule.until !== undefined && Date.now() >= rule.until) continue;
      if (rule.method && rule.method !== method) continue;
      if (rule.channel && rule.channel !== body.channel) continue;
      rule.left--;
      return rule;
    }
    return undefined;
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      const isResponseUrl = url.pathname.startsWith('/response/');
      const method = isResponseUrl ? 'response_url' : url.pathname.replace(/^\/api\//, '');
      let body: Record<string, unknown>;
      try {
        body = parseBody(raw, req.headers['content-type']);
      } catch {
        body = { unparsed: raw };
      }
      const call: RecordedCall = { method, path: url.pathname, body, headers: req.headers, at: Date.now(), status: 200 };
      if (req.method === 'GET' && url.pathname.startsWith('/files-pri/')) {
        serveFile(url.pathname, call, res);
        return;
      }
      if (req.method === 'POST' && url.pathname.startsWith('/upload/v1/')) {
        call.method = 'files.upload';
        call.body = { bytes: chunks.reduce((n, c) => n + c.length, 0) };
        const upload = uploads.get(url.pathname.slice('/upload/v1/'.length));
        call.status = upload ? 200 : 404;
        if (upload) upload.content = Buffer.concat(chunks);
        calls.push(call);
        res.writeHead(call.status, { 'content-type': 'text/plain' }).end(upload ? `OK - ${upload.content!.length}` : 'not found');
        events.emit('call', call);
        return;
      }
      const send = (status: number, payload: Record<string, unknown> | string, headers: Record<string, string> = {}) => {
        call.status = status;
        if (typeof payload !== 'string') call.answer = payload;
        calls.push(call);
        const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
        res.writeHead(status, { 'content-type': typeof payload === 'string' ? 'text/plain' : 'application/json; charset=utf-8', ...headers });
        res.end(text);
        events.emit('call', call);
      };
      if (req.method !== 'POST' || (!isResponseUrl && !url.pathname.startsWith('/api/'))) {
        send(404, 'not found');
        return;
      }
      const rule = matchRule(method, body);
      if (rule) {
        if (rule.reached && !isResponseUrl && authorized(method, req.headers, body)) answer(method, body);
        if (rule.status === 'invalid_json') send(200, '<html>gateway</html>', { 'content-type': 'application/json; charset=utf-8' });
        else if (rule.status === 200) send(200, { ok: false, error: rule.error ?? 'internal_error' });
        else if (rule.status === 429) send(429, { ok: false, error: 'ratelimited' }, rule.retryAfter !== undefined ? { 'retry-after': String(rule.retryAfter) } : {});
        else send(rule.status, 'upstream failure');
        return;
      }
      if (isResponseUrl) {
        send(200, { ok: true });
        return;
      }
      if (method === 'apps.connections.open' && authorized(method, req.headers, body)) {
        // Without a fake Socket Mode server: 501, which Socket Mode clients treat as final (no reconnect loop).
        if (openSocket) send(200, { ok: true, url: openSocket() });
        else send(501, 'the fake Slack API has no Socket Mode server');
        return;
      }
      if (!authorized(method, req.headers, body)) {
        send(200, { ok: false, error: 'not_authed' });
        return;
      }
      const postTo = method === 'chat.postMessage' ? channelOf(method, body) : undefined;
      if (limiter && postTo && !limiter.take(postTo)) {
        send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
        return;
      }
      const answered = answer(method, body);
      if (options.latencyMs) setTimeout(() => send(200, answered), options.latencyMs);
      else send(200, answered);
    });
  });

  /** A file download: the bot token required, the bytes in chunks, `aborted` recorded when the client hangs up. */
  function serveFile(path: string, call: RecordedCall, res: ServerResponse): void {
    call.method = 'files.download';
    const id = /^\/files-pri\/[^/]+-([^/]+)\/download\//.exec(path)?.[1];
    const file = id ? files.get(id) : undefined;
    calls.push(call);
    if (!authorized('files.download', call.headers, {}) || !file) {
      call.status = file ? 403 : 404;
      res.writeHead(call.status, { 'content-type': 'text/html' }).end('<html>no</html>');
      events.emit('call', call);
      return;
    }
    const bytes = Buffer.from(file.content);
    const chunk = file.chunkBytes ?? bytes.length;
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) });
    res.on('close', () => {
      if (!res.writableFinished) call.body = { aborted: true };
      events.emit('call', call);
    });
    let at = 0;
    const next = (): void => {
      if (res.destroyed) return;
      if (at >= bytes.length) {
        res.end();
        return;
      }
      const part = bytes.subarray(at, at + chunk);
      at += chunk;
      if (res.write(part)) setImmediate(next);
      else res.once('drain', next);
    };
    next();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  fileOrigin = origin;
  let responseSeq = 0;

  return {
    url: `${origin}/api/`,
    origin,
    responseUrl: (id) => `${origin}/response/${id ?? `R${++responseSeq}`}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    messages,
    message: (channel, ts) => messages.get(`${channel}/${ts}`),
    messagesIn: (channel) => messagesOf(messages.values(), channel),
    fail(rule) {
      rules.push({ ...rule, left: rule.times ?? (rule.until !== undefined ? Infinity : 1) });
    },
    clearFailures() {
      rules = [];
    },
    setUsergroup(id, users) {
      usergroups.set(id, [...users]);
    },
    setUserLocale(user, locale) {
      userLocales.set(user, locale);
    },
    setUserTimezone(user, tz) {
      userTimezones.set(user, tz);
    },
    addFile(file) {
      files.set(file.id, file);
      return fileInfo(file);
    },
    uploads,
    removeFile(id) {
      files.delete(id);
    },
    attachSocketMode(open) {
      openSocket = open;
      return () => {
        if (openSocket === open) openSocket = undefined;
      };
    },
    waitForCalls(method, count, timeoutMs = 5000) {
      const current = () => calls.filter((c) => c.method === method);
      if (current().length >= count) return Promise.resolve(current());
      return new Promise((resolve, reject) => {
        const onCall = () => {
          if (current().length >= count) {
            clearTimeout(timer);
            events.off('call', onCall);
            resolve(current());
          }
        };
        const timer = setTimeout(() => {
          events.off('call', onCall);
          reject(new Error(`fake Slack API: ${current().length} of ${count} ${method} calls after ${timeoutMs} ms (calls: ${calls.map((c) => c.method).join(', ') || 'none'})`));
        }, timeoutMs);
        events.on('call', onCall);
      });
    },
    reset() {
      calls.length = 0;
      messages.clear();
      uploads.clear();
      rules = [];
      limiter?.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
