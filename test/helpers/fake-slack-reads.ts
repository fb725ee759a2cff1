/**
 * The read methods of the fake Slack Web API (conversations.replies, conversations.history,
 * conversations.list), kept apart from the server so each stays small. They answer from the
 * messages the fake was sent, in the shapes and orders real Slack uses, because the adapter's
 * "was this already posted?" lookup depends on exactly those: oldest first in a thread, newest
 * first in a channel, metadata only when asked for.
 */

export interface MessageMetadata {
  event_type: string;
  event_payload: Record<string, unknown>;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  threadTs?: string;
  text?: string;
  blocks?: unknown[];
  /** The chat.postMessage `metadata` (what the outbox's lookup matches on). */
  metadata?: MessageMetadata;
  /** How many times chat.update changed it. */
  edits: number;
}

export interface FakeChannel {
  id: string;
  name: string;
  is_archived?: boolean;
}

/** Who the fake says wrote every stored message (the bot: nobody else posts through it). */
export interface Author {
  botId: string;
  botUserId: string;
}

type Body = Record<string, unknown>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The metadata of a post, or a reason to refuse it (Slack answers invalid_metadata_format). */
export function readMetadata(v: unknown): { metadata?: MessageMetadata; invalid?: true } {
  if (v === undefined) return {};
  if (!isRecord(v) || typeof v.event_type !== 'string' || !v.event_type || !isRecord(v.event_payload)) return { invalid: true };
  return { metadata: { event_type: v.event_type, event_payload: v.event_payload } };
}

/** Orders Slack timestamps ("1700000001.000001") by their seconds, then by their sequence part. */
export function compareTs(a: string, b: string): number {
  const [as = '0', af = '0'] = a.split('.');
  const [bs = '0', bf = '0'] = b.split('.');
  return Number(as) - Number(bs) || Number(af.padEnd(6, '0')) - Number(bf.padEnd(6, '0'));
}

/** A form field ("true", "200") or a JSON value (true, 200), as the Web API accepts both. */
const flag = (v: unknown) => v === true || v === 'true' || v === '1';
function count(v: unknown, fallback: number, max: number): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 ? Math.min(n, max) : fallback;
}

const byTs = (a: StoredMessage, b: StoredMessage) => compareTs(a.ts, b.ts);

/** The messages of one channel, oldest first. */
export function messagesOf(messages: Iterable<StoredMessage>, channel: string): StoredMessage[] {
  return [...messages].filter((m) => m.channel === channel).sort(byTs);
}

/** A message as conversations.* show it; a parent with replies carries thread_ts = its own ts, like Slack. */
function view(m: StoredMessage, author: Author, withMetadata: boolean, isParent: boolean): Body {
  const threadTs = m.threadTs ?? (isParent ? m.ts : undefined);
  return {
    type: 'message',
    ts: m.ts,
    ...(threadTs ? { thread_ts: threadTs } : {}),
    text: m.text ?? '',
    bot_id: author.botId,
    user: author.botUserId,
    ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
  };
}

/** conversations.replies: the parent, then its replies, oldest first (limit default 1000). */
export function answerReplies(messages: Iterable<StoredMessage>, body: Body, author: Author): Body {
  const channel = typeof body.channel === 'string' ? body.channel : '';
  const ts = typeof body.ts === 'string' ? body.ts : '';
  const inChannel = messagesOf(messages, channel);
  const parent = inChannel.find((m) => m.ts === ts);
  if (!parent) return { ok: false, error: 'thread_not_found' };
  const replies = inChannel.filter((m) => m.threadTs === ts && m.ts !== ts);
  const thread = [parent, ...replies];
  const limit = count(body.limit, 1000, 1000);
  const withMetadata = flag(body.include_all_metadata);
  return {
    ok: true,
    messages: thread.slice(0, limit).map((m) => view(m, author, withMetadata, m === parent && replies.length > 0)),
    has_more: thread.length > limit,
  };
}

/**
 * conversations.history: the channel's top-level messages (thread replies only show in their
 * thread), newest first, after `oldest` (exclusive unless `inclusive`), at most `limit` (default 100).
 */
export function answerHistory(messages: Iterable<StoredMessage>, body: Body, author: Author): Body {
  const channel = typeof body.channel === 'string' ? body.channel : '';
  // A user id is not a conversation: Slack refuses it here, though chat.postMessage takes one.
  if (!channel || /^[UW][A-Z0-9]+$/.test(channel)) return { ok: false, error: 'channel_not_found' };
  const all = [...messages];
  const hasReplies = (m: StoredMessage) => all.some((r) => r.channel === m.channel && r.threadTs === m.ts && r.ts !== m.ts);
  const oldest = typeof body.oldest === 'string' && body.oldest ? body.oldest : undefined;
  const inclusive = flag(body.inclusive);
  const top = messagesOf(all, channel)
    .filter((m) => m.threadTs === undefined || m.threadTs === m.ts)
    .filter((m) => oldest === undefined || compareTs(m.ts, oldest) > 0 || (inclusive && compareTs(m.ts, oldest) === 0))
    .reverse();
  const limit = count(body.limit, 100, 1000);
  const withMetadata = flag(body.include_all_metadata);
  return { ok: true, messages: top.slice(0, limit).map((m) => view(m, author, withMetadata, hasReplies(m))), has_more: top.length > limit };
}

const cursorOf = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64');
function offsetOf(cursor: string): number | undefined {
  const m = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return m ? Number(m[1]) : undefined;
}

/** conversations.list over the channels the fake was given, `limit` a page (default 100), an opaque cursor. */
export function answerList(channels: readonly FakeChannel[], body: Body): Body {
  const cursor = typeof body.cursor === 'string' ? body.cursor : '';
  const offset = cursor ? offsetOf(cursor) : 0;
  if (offset === undefined) return { ok: false, error: 'invalid_cursor' };
  const visible = flag(body.exclude_archived) ? channels.filter((c) => !c.is_archived) : [...channels];
  const limit = count(body.limit, 100, 1000);
  const page = visible.slice(offset, offset + limit);
  const next = offset + limit < visible.length ? cursorOf(offset + limit) : '';
  return {
    ok: true,
    channels: page.map((c) => ({ id: c.id, name: c.name, name_normalized: c.name, is_channel: true, is_archived: c.is_archived === true, is_member: true })),
    response_metadata: { next_cursor: next },
  };
}
