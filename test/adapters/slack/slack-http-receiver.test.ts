import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/app-error.ts';
import type { Desk, StatusSummary } from '../../../src/desk/desk.port.ts';
import { fixtureJson, fixtureText, slashCommandBody, startSlackHarness, type SlackHarness } from './slack-test-kit.ts';

/**
 * The real bolt app with its HTTP receiver on a free port, a fake Slack Web API on loopback, and a
 * minimal stand-in for the Desk port that records calls: what must never reach the desk (or
 * Slack's Web API) does not.
 */
function recordingDesk() {
  const calls: string[] = [];
  const status: StatusSummary = {
    status: 'chatgpt_incident',
    line: 'ChatGPT: Conversations degraded (as of 1 min ago)',
    ageSeconds: 60,
    incidents: [{ name: 'Elevated errors <for> *some* users', url: 'https://status.openai.com/incidents/01', chatgpt: true }],
  };
  const refuse = (name: string) => async (): Promise<never> => {
    calls.push(name);
    throw new AppError('test.unexpected', `desk.${name} must not be called in this test`);
  };
  const desk: Desk = {
    start: refuse('start'),
    open: refuse('open'),
    answer: refuse('answer'),
    reply: refuse('reply'),
    change: refuse('change'),
    attachEvidence: refuse('attachEvidence'),
    reportDraft: refuse('reportDraft'),
    report: refuse('report'),
    subscribe: refuse('subscribe'),
    get: refuse('get'),
    async findByThread() {
      calls.push('findByThread');
      return null;
    },
    incidents: {
      list: refuse('incidents.list'),
      get: refuse('incidents.get'),
      acknowledge: refuse('incidents.acknowledge'),
      resolve: refuse('incidents.resolve'),
      snooze: refuse('incidents.snooze'),
      reportersByPlatform: refuse('incidents.reportersByPlatform'),
      postUpdate: refuse('incidents.postUpdate'),
      follow: refuse('incidents.follow'),
    },
    status() {
      calls.push('status');
      return status;
    },
  };
  return { desk, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('Slack HTTP receiver (real bolt app, fake Web API)', () => {
  let h: SlackHarness;
  let desk: ReturnType<typeof recordingDesk>;

  beforeAll(async () => {
    desk = recordingDesk();
    h = await startSlackHarness(desk.desk);
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => {
    desk.calls.length = 0;
    h.fake.reset();
    h.log.lines.length = 0;
  });

  it('makes no Web API call at start and answers url_verification with the challenge', async () => {
    const res = await h.send(fixtureText('slackapi_url_verification.json'), { contentType: 'application/json' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'valid_challenge_token' });
    await settle();
    expect(h.fake.calls).toEqual([]);
    expect(desk.calls).toEqual([]);
  });

  describe('refuses with 401 and changes nothing', () => {
    const body = () => fixtureText('opsdroid_slash_command.urlencoded.txt').trimEnd();
    const nowSeconds = () => Math.floor(Date.now() / 1000);
    const cases: [string, () => Parameters<SlackHarness['send']>[1], string][] = [
      ['no signature header', () => ({ signature: null }), 'missing_headers'],
      ['an all-zero signature', () => ({ signature: `v0=${'0'.repeat(64)}` }), 'mismatch'],
      ['a signature made with another secret', () => ({ secret: 'not-the-secret' }), 'mismatch'],
      ['a signature that is not v0=<hex>', () => ({ signature: 'v1=abc' }), 'bad_signature_format'],
      ['a timestamp that is not a number', () => ({ headers: { 'x-slack-request-timestamp': 'yesterday' } }), 'bad_timestamp'],
      ['a timestamp 5 min 1 s old, correctly signed', () => ({ timestamp: nowSeconds() - 301 }), 'stale'],
      ['a timestamp 5 min 2 s in the future, correctly signed', () => ({ timestamp: nowSeconds() + 302 }), 'future'],
    ];
    it.each(cases)('%s', async (_name, options, reason) => {
      const res = await h.send(body(), options());
      expect(res.status).toBe(401);
      expect(await res.text()).toBe('');
      await settle();
      expect(desk.calls).toEqual([]);
      expect(h.fake.calls).toEqual([]);
      expect(h.log.lines.some((l) => l.reason === reason && l.msg?.includes('signature verification failed'))).toBe(true);
    });

    it('an unsigned request with a missing timestamp too', async () => {
      const res = await fetch(`${h.baseUrl}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: fixtureText('slackapi_url_verification.json') });
      expect(res.status).toBe(401);
      expect(h.fake.calls).toEqual([]);
    });

    it('a body changed after signing', async () => {
      const timestamp = Math.floor(Date.now() / 1000);
      const { signSlackRequest } = await import('../../../adapters/slack/verify-slack-signature.ts');
      const signature = signSlackRequest('test-signing-secret-0123456789', String(timestamp), body());
      const res = await h.send(body().replace('user_id=U01NK1K9L68', 'user_id=U0ATTACKER'), { timestamp, signature });
      expect(res.status).toBe(401);
      expect(desk.calls).toEqual([]);
    });
  });

  describe('answers 400 to malformed payloads (signed), and keeps serving', () => {
    const cases: [string, string, string?][] = [
      ['JSON that does not parse', '{"type":"event_callback",'],
      ['a JSON array', '[1,2,3]', 'application/json'],
      ['JSON without a type', '{"hello":"world"}'],
      ['an unknown type', '{"type":"launch_missiles"}'],
      ['event_callback without an event', '{"type":"event_callback","event_id":"Ev1"}'],
      ['a message event without a channel', '{"type":"event_callback","event_id":"Ev1","event":{"type":"message","ts":"1.2","user":"U1","text":"hi"}}'],
      ['url_verification without a challenge', '{"type":"url_verification"}'],
      ['a payload field that is not JSON', 'payload=%7Bnot-json'],
      ['block_actions without actions', `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, container: { type: 'message' }, actions: [] }))}`],
      ['block_actions whose action has no action_ts', `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, container: { type: 'message' }, actions: [{ action_id: 'x' }] }))}`],
      ['a slash command without trigger_id', slashCommandBody().replace(/&trigger_id=[^&]*/, '')],
      ['a slash command whose response_url is not a URL', slashCommandBody({ response_url: 'not a url' })],
      ['a slash command with two text fields', `${slashCommandBody()}&text=again`],
      ['a content type Slack never sends', 'hello', 'text/plain'],
    ];
    it.each(cases)('%s', async (_name, body, contentType) => {
      const res = await h.send(body, contentType ? { contentType } : {});
      expect(res.status).toBe(400);
      await settle();
      expect(desk.calls).toEqual([]);
      expect(h.fake.calls).toEqual([]);
    });

    it('refuses a body over the limit with 413', async () => {
      const res = await h.send(`{"type":"event_callback","pad":"${'x'.repeat(1_100_000)}"}`);
      expect(res.status).toBe(413);
      expect(desk.calls).toEqual([]);
    });

    it('still answers after all of that', async () => {
      const res = await h.send(JSON.stringify({ type: 'url_verification', challenge: 'still-here' }));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ challenge: 'still-here' });
    });
  });

  describe('captured payloads (../shared/fixtures/slack)', () => {
    it('a slash command of another app: 200 with a short ephemeral note, no desk, no Web API', async () => {
      const res = await h.send(fixtureText('opsdroid_slash_command.urlencoded.txt').trimEnd());
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('/chatgpt-500') });
      await settle();
      expect(desk.calls).toEqual([]);
      expect(h.fake.calls).toEqual([]);
    });

    it("a click on another app's button: acked, ignored", async () => {
      const res = await h.send(fixtureText('opsdroid_block_actions_button.urlencoded.txt').trimEnd());
      expect(res.status).toBe(200);
      await settle();
      expect(desk.calls).toEqual([]);
      expect(h.fake.calls).toEqual([]);
    });

    it('a click on a button of this app that this version has no listener for: acked, logged, ignored', async () => {
      const click = { type: 'block_actions', user: { id: 'U1' }, container: { type: 'message', message_ts: '1.2', channel_id: 'C1' }, actions: [{ action_id: 'c500.someday', action_ts: '3.4', value: 'x' }] };
      const res = await h.send(`payload=${encodeURIComponent(JSON.stringify(click))}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('');
      expect(h.log.lines.some((l) => l.actionId === 'c500.someday' && l.msg === 'button not handled in this version')).toBe(true);
      expect(h.log.lines.some((l) => l.msg?.includes('acknowledged'))).toBe(false);
      await settle();
      expect(desk.calls).toEqual([]);
      expect(h.fake.calls).toEqual([]);
    });

    it('a command whose name only starts with the configured one: the short note, nothing else', async () => {
      const res = await h.send(slashCommandBody({ command: '/chatgpt-5000', text: 'help' }));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ response_type: 'ephemeral', text: 'This app answers /chatgpt-500.' });
      await settle();
      expect(desk.calls).toEqual([]);
      expect(h.fake.calls).toEqual([]);
    });

    it.each(['action', 'staticSelectAction', 'radioButtonsAction'])('vercel-chat %s (block_actions in a thread): acked, ignored', async (key) => {
      const payload = fixtureJson('vercel-chat_actions-reactions_slack.json')[key];
      const res = await h.send(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
      expect(res.status).toBe(200);
      await settle();
      expect(desk.calls).toEqual([]);
      expect(h.fake.calls).toEqual([]);
    });

    it.each(['mention', 'reaction'])('vercel-chat %s event: acked, ignored', async (key) => {
      const res = await h.send(JSON.stringify(fixtureJson('vercel-chat_actions-reactions_slack.json')[key]));
      expect(res.status).toBe(200);
      await settle();
      expect(desk.calls).toEqual([]);
      expect(h.fake.calls).toEqual([]);
    });

    it('a thread reply in a thread the bot does not know: acked, not sent to the desk', async () => {
      const res = await h.send(JSON.stringify(fixtureJson('vercel-chat_thread-reply_slack.json').followUp));
      expect(res.status).toBe(200);
      await settle();
      expect(desk.calls).toEqual([]);
      expect(h.fake.calls).toEqual([]);
    });

    it('a top-level DM to the bot: acked at once, then one hint in that DM', async () => {
      const fixture = fixtureJson<{ dmChannelId: string; directDM: object }>('vercel-chat_dm-direct_slack.json');
      const res = await h.send(JSON.stringify(fixture.directDM));
      expect(res.status).toBe(200);
      const [post] = await h.fake.waitForCalls('chat.postMessage', 1);
      expect(post!.body.channel).toBe(fixture.dmChannelId);
      expect(String(post!.body.text)).toContain('/chatgpt-500');
      expect(post!.headers.authorization).toBe('Bearer xoxb-test-0000-token');
      expect(desk.calls).toEqual([]);
    });

    it('a delivery marked as a retry (X-Slack-Retry-Num) is accepted and logged as a retry', async () => {
      const fixture = fixtureJson<{ followUp: object }>('vercel-chat_thread-reply_slack.json');
      const res = await h.send(JSON.stringify(fixture.followUp), { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
      expect(res.status).toBe(200);
      expect(h.log.lines.some((l) => l.retryNum === '1' && l.retryReason === 'http_timeout')).toBe(true);
    });
  });

  describe('subcommands answered inside the ack', () => {
    it('help: ephemeral, no Web API call', async () => {
      const res = await h.send(slashCommandBody({ text: 'help' }));
      expect(res.status).toBe(200);
      const body = (await res.json()) as { response_type: string; blocks: { text: { text: string } }[] };
      expect(body.response_type).toBe('ephemeral');
      expect(body.blocks[0]!.text.text).toContain('/chatgpt-500 status');
      await settle();
      expect(h.fake.calls).toEqual([]);
      expect(desk.calls).toEqual([]);
    });

    it("status: the desk's cached status, escaped, ephemeral, no Web API call", async () => {
      const res = await h.send(slashCommandBody({ text: ' Status ' }));
      expect(res.status).toBe(200);
      const body = (await res.json()) as { response_type: string; blocks: { text: { text: string } }[] };
      expect(body.response_type).toBe('ephemeral');
      const text = body.blocks[0]!.text.text;
      expect(text).toContain('🔴 ChatGPT: Conversations degraded');
      expect(text).toContain('<https://status.openai.com/incidents/01|Elevated errors &lt;for&gt;');
      expect(text).not.toContain('<for>');
      await settle();
      expect(h.fake.calls).toEqual([]);
      expect(desk.calls).toEqual(['status']);
    });
  });
});
