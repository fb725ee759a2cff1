import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlackApi, type FakeSlackApi, type FakeSlackApiOptions } from './fake-slack-api.ts';

/**
 * The fake Slack Web API is what the Slack tests trust, so its newer behaviours are held to what
 * real Slack does, over real HTTP: message metadata, the reads the outbox's lookup makes, the
 * helpdesk lookup's pagination, failures for a while or with an unreadable body, and the
 * per-channel posting limit.
 */

const TOKEN = 'xoxb-fake-test-token';
const META = { event_type: 'chatgpt_500_delivery', event_payload: { key: 'entry-1' } };

interface Answer {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
}

type Encoding = 'json' | 'form';

function encode(body: Record<string, unknown>, as: Encoding): string {
  if (as === 'json') return JSON.stringify(body);
  // As @slack/web-api sends forms: objects and arrays JSON-encoded, the rest as strings.
  return new URLSearchParams(Object.entries(body).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();
}

describe('fake Slack Web API', () => {
  let fake: FakeSlackApi | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  async function start(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
    fake = await startFakeSlackApi({ token: TOKEN, ...options });
    return fake;
  }

  async function raw(method: string, body: Record<string, unknown>, as: Encoding = 'json', token = TOKEN): Promise<Response> {
    const type = as === 'json' ? 'application/json; charset=utf-8' : 'application/x-www-form-urlencoded';
    return fetch(`${fake!.url}${method}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': type }, body: encode(body, as) });
  }

  async function call(method: string, body: Record<string, unknown>, as: Encoding = 'json', token = TOKEN): Promise<Answer> {
    const res = await raw(method, body, as, token);
    return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> };
  }

  async function post(channel: string, text: string, extra: Record<string, unknown> = {}, as: Encoding = 'json'): Promise<string> {
    const a = await call('chat.postMessage', { channel, text, ...extra }, as);
    expect(a.json.ok, JSON.stringify(a.json)).toBe(true);
    return String(a.json.ts);
  }

  describe('message metadata', () => {
    it('is kept from JSON and from form bodies, and a malformed one is refused', async () => {
      const f = await start();
      const fromJson = await post('C0CHAN0001', 'json', { metadata: META });
      const fromForm = await post('C0CHAN0001', 'form', { metadata: META }, 'form');
      const without = await post('C0CHAN0001', 'none');
      expect(f.message('C0CHAN0001', fromJson)?.metadata).toEqual(META);
      expect(f.message('C0CHAN0001', fromForm)?.metadata).toEqual(META);
      expect(f.message('C0CHAN0001', without)?.metadata).toBeUndefined();
      const bad = await call('chat.postMessage', { channel: 'C0CHAN0001', text: 'x', metadata: { event_type: 'x' } });
      expect(bad.json).toMatchObject({ ok: false, error: 'invalid_metadata_format' });
      expect(f.messagesIn('C0CHAN0001')).toHaveLength(3);
    });
  });

  describe('usergroups.users.list', () => {
    it('answers the members of a group it was given (and later changes), no_such_subteam otherwise', async () => {
      const f = await start({ usergroups: { S0DESK0001: ['U0DESK0001', 'U0DESK0002'] } });
      expect((await call('usergroups.users.list', { usergroup: 'S0DESK0001' })).json).toEqual({ ok: true, users: ['U0DESK0001', 'U0DESK0002'] });
      expect((await call('usergroups.users.list', { usergroup: 'S0OTHER001' }, 'form')).json).toEqual({ ok: false, error: 'no_such_subteam' });
      f.setUsergroup('S0DESK0001', ['U0DESK0003']);
      expect((await call('usergroups.users.list', { usergroup: 'S0DESK0001' }, 'form')).json).toEqual({ ok: true, users: ['U0DESK0003'] });
      expect((await call('usergroups.users.list', { usergroup: 'S0DESK0001' }, 'json', 'xoxb-wrong')).json).toEqual({ ok: false, error: 'not_authed' });
    });
  });

  describe('conversations.replies', () => {
    it('answers the parent and its replies oldest first, with metadata only when asked for', async () => {
      await start();
      const parent = await post('D0DM000001', 'root', { metadata: META });
      const r1 = await post('D0DM000001', 'first', { thread_ts: parent });
      const r2 = await post('D0DM000001', 'second', { thread_ts: parent, metadata: { ...META, event_payload: { key: 'entry-2' } } });
      await post('D0DM000001', 'elsewhere');

      const plain = await call('conversations.replies', { channel: 'D0DM000001', ts: parent });
      expect(plain.json.ok).toBe(true);
      const messages = plain.json.messages as Record<string, unknown>[];
      expect(messages.map((m) => m.ts)).toEqual([parent, r1, r2]);
      expect(messages[0]).toEqual({ type: 'message', ts: parent, thread_ts: parent, text: 'root', bot_id: 'B0FAKEBOT1', user: 'U0FAKEBOT1' });
      expect(messages[2]).toEqual({ type: 'message', ts: r2, thread_ts: parent, text: 'second', bot_id: 'B0FAKEBOT1', user: 'U0FAKEBOT1' });

      // Form bodies carry the flag as the string "true".
      const withMeta = await call('conversations.replies', { channel: 'D0DM000001', ts: parent, include_all_metadata: true, limit: 200 }, 'form');
      const keys = (withMeta.json.messages as { metadata?: typeof META }[]).map((m) => m.metadata?.event_payload.key);
      expect(keys).toEqual(['entry-1', undefined, 'entry-2']);

      const limited = await call('conversations.replies', { channel: 'D0DM000001', ts: parent, limit: 2 });
      expect((limited.json.messages as unknown[]).length).toBe(2);
      expect(limited.json.has_more).toBe(true);
    });

    it('answers thread_not_found for a thread it does not know', async () => {
      await start();
      const ts = await post('C0CHAN0001', 'root');
      expect((await call('conversations.replies', { channel: 'C0CHAN0001', ts: '1.000001' })).json).toEqual({ ok: false, error: 'thread_not_found' });
      expect((await call('conversations.replies', { channel: 'C0OTHER001', ts })).json).toEqual({ ok: false, error: 'thread_not_found' });
    });
  });

  describe('conversations.history', () => {
    it('answers the top-level messages newest first, limited and after `oldest`, metadata only when asked for', async () => {
      await start();
      const a = await post('C0CHAN0001', 'a', { metadata: META });
      await post('C0CHAN0001', 'reply to a', { thread_ts: a });
      const b = await post('C0CHAN0001', 'b');
      const c = await post('C0CHAN0001', 'c');
      await post('C0OTHER001', 'other channel');

      const all = await call('conversations.history', { channel: 'C0CHAN0001' });
      const messages = all.json.messages as Record<string, unknown>[];
      expect(messages.map((m) => m.text)).toEqual(['c', 'b', 'a']);
      expect(messages[2]).toEqual({ type: 'message', ts: a, thread_ts: a, text: 'a', bot_id: 'B0FAKEBOT1', user: 'U0FAKEBOT1' });
      expect(messages[1]).not.toHaveProperty('thread_ts');

      expect(((await call('conversations.history', { channel: 'C0CHAN0001', limit: 2 })).json.messages as { ts: string }[]).map((m) => m.ts)).toEqual([c, b]);
      expect(((await call('conversations.history', { channel: 'C0CHAN0001', oldest: a })).json.messages as { ts: string }[]).map((m) => m.ts)).toEqual([c, b]);
      expect(((await call('conversations.history', { channel: 'C0CHAN0001', oldest: a, inclusive: true })).json.messages as { ts: string }[]).map((m) => m.ts)).toEqual([c, b, a]);

      const withMeta = await call('conversations.history', { channel: 'C0CHAN0001', include_all_metadata: 'true' }, 'form');
      expect((withMeta.json.messages as { metadata?: unknown }[]).map((m) => m.metadata)).toEqual([undefined, undefined, META]);
    });

    it('finds a post made to a user id in their DM, and refuses the user id itself as a channel', async () => {
      const f = await start();
      const answer = await call('chat.postMessage', { channel: 'U0USER0001', text: 'hi', metadata: META });
      const dm = String(answer.json.channel);
      expect(dm).toMatch(/^D/);
      expect(f.messagesIn(dm).map((m) => m.text)).toEqual(['hi']);
      expect(((await call('conversations.history', { channel: dm, include_all_metadata: true })).json.messages as unknown[]).length).toBe(1);
      expect((await call('conversations.history', { channel: 'U0USER0001' })).json).toEqual({ ok: false, error: 'channel_not_found' });
    });
  });

  describe('conversations.list', () => {
    const channels = [
      { id: 'C0AAAAAAA1', name: 'general' },
      { id: 'C0AAAAAAA2', name: 'old-helpdesk', is_archived: true },
      { id: 'C0AAAAAAA3', name: 'random' },
      { id: 'C0AAAAAAA4', name: 'helpdesk' },
    ];

    it('pages through the channels with an opaque cursor, empty at the end', async () => {
      await start({ channels });
      const names: string[] = [];
      let cursor = '';
      let pages = 0;
      do {
        const page = await call('conversations.list', { types: 'public_channel,private_channel', exclude_archived: true, limit: 2, ...(cursor ? { cursor } : {}) }, 'form');
        expect(page.json.ok).toBe(true);
        const got = page.json.channels as { id: string; name: string; is_archived: boolean }[];
        expect(got.length).toBeLessThanOrEqual(2);
        names.push(...got.map((c) => c.name));
        cursor = (page.json.response_metadata as { next_cursor: string }).next_cursor;
        expect(cursor).not.toMatch(/^\d+$/);
        pages++;
      } while (cursor && pages < 10);
      expect(names).toEqual(['general', 'random', 'helpdesk']);
      expect(pages).toBe(2);
      const withArchived = await call('conversations.list', { limit: 1000 });
      expect((withArchived.json.channels as { name: string }[]).map((c) => c.name)).toContain('old-helpdesk');
      expect((await call('conversations.list', { cursor: 'not-a-cursor' })).json).toEqual({ ok: false, error: 'invalid_cursor' });
    });

    it('answers no channels when given none', async () => {
      await start();
      expect((await call('conversations.list', {})).json).toMatchObject({ ok: true, channels: [], response_metadata: { next_cursor: '' } });
    });
  });

  describe('failure rules', () => {
    it("'invalid_json' answers 200 with a JSON content type and a body that is not JSON", async () => {
      const f = await start();
      f.fail({ method: 'chat.postMessage', status: 'invalid_json' });
      const res = await raw('chat.postMessage', { channel: 'C0CHAN0001', text: 'x' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body = await res.text();
      expect(() => JSON.parse(body) as unknown).toThrow();
      expect(f.messagesIn('C0CHAN0001')).toEqual([]);
      // Once (the default), then answered normally.
      await post('C0CHAN0001', 'y');
    });

    it('`until` fails every matching call while it lasts, then none', async () => {
      const f = await start();
      const until = Date.now() + 300;
      f.fail({ status: 500, until });
      const during = await Promise.all([1, 2, 3].map(() => raw('auth.test', {})));
      expect(during.map((r) => r.status)).toEqual([500, 500, 500]);
      await new Promise((r) => setTimeout(r, Math.max(0, until - Date.now()) + 20));
      expect((await call('auth.test', {})).json.ok).toBe(true);
      expect(f.callsTo('auth.test').map((c) => c.status)).toEqual([500, 500, 500, 200]);
    });

    it('clearFailures drops the rules still in force', async () => {
      const f = await start();
      f.fail({ status: 503, times: Infinity });
      expect((await raw('auth.test', {})).status).toBe(503);
      f.clearFailures();
      expect((await raw('auth.test', {})).status).toBe(200);
    });

    it('`reached` carries the call out and loses its answer', async () => {
      const f = await start();
      f.fail({ method: 'chat.postMessage', status: 502, reached: true });
      expect((await raw('chat.postMessage', { channel: 'C0CHAN0001', text: 'lost answer', metadata: META })).status).toBe(502);
      expect(f.messagesIn('C0CHAN0001').map((m) => [m.text, m.metadata?.event_payload.key])).toEqual([['lost answer', 'entry-1']]);
    });
  });

  describe('perChannelPerSecond', () => {
    it('answers 429 with Retry-After: 1 past the limit in a rolling second, per channel', async () => {
      const f = await start({ perChannelPerSecond: 2 });
      const first = Date.now();
      await post('C0CHAN0001', '1');
      await post('C0CHAN0001', '2');
      const third = await call('chat.postMessage', { channel: 'C0CHAN0001', text: '3' });
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toBe('1');
      expect(third.json).toEqual({ ok: false, error: 'ratelimited' });
      // Another channel has its own second; other methods are not limited.
      await post('C0OTHER001', 'elsewhere');
      expect((await call('conversations.history', { channel: 'C0CHAN0001' })).json.ok).toBe(true);
      await new Promise((r) => setTimeout(r, Math.max(0, first + 1000 - Date.now()) + 20));
      await post('C0CHAN0001', '4');
      expect(f.messagesIn('C0CHAN0001').map((m) => m.text)).toEqual(['1', '2', '4']);
    });

    it('is off by default', async () => {
      const f = await start();
      for (let i = 0; i < 5; i++) await post('C0CHAN0001', String(i));
      expect(f.messagesIn('C0CHAN0001')).toHaveLength(5);
    });
  });

  describe('messagesIn', () => {
    it('lists one channel by ts, thread replies included, after edits', async () => {
      const f = await start();
      const a = await post('C0CHAN0001', 'a');
      const b = await post('C0CHAN0001', 'b', { thread_ts: a });
      await post('C0OTHER001', 'x');
      await call('chat.update', { channel: 'C0CHAN0001', ts: a, text: 'a2' });
      expect(f.messagesIn('C0CHAN0001').map((m) => [m.ts, m.text, m.edits])).toEqual([
        [a, 'a2', 1],
        [b, 'b', 0],
      ]);
      expect(f.messagesIn('C0NONE0001')).toEqual([]);
    });
  });

  describe('apps.connections.open', () => {
    it('answers 501 until a Socket Mode server is attached, then its URL, and 501 again once detached', async () => {
      const f = await start();
      expect((await raw('apps.connections.open', {}, 'form', 'xapp-1-A0-test')).status).toBe(501);
      let n = 0;
      const detach = f.attachSocketMode(() => `ws://127.0.0.1:1/link/?ticket=t${++n}`);
      expect((await call('apps.connections.open', {}, 'form', 'xapp-1-A0-test')).json).toEqual({ ok: true, url: 'ws://127.0.0.1:1/link/?ticket=t1' });
      // The bot token is not the app-level token.
      expect((await call('apps.connections.open', {}, 'form', TOKEN)).json).toEqual({ ok: false, error: 'not_authed' });
      detach();
      expect((await raw('apps.connections.open', {}, 'form', 'xapp-1-A0-test')).status).toBe(501);
    });
  });
});
