import { afterEach, describe, expect, it } from 'vitest';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { Conversation, HELPDESK, TEAM, blockText, headerOf, replyEvent, startDeskHarness, waitFor, type DeskHarness } from './slack-desk-kit.ts';
import { fixtureJson, fixtureText, slashCommandBody } from './slack-test-kit.ts';

/**
 * Retries, duplicates, rate limits and hostile input against the real bolt app over the real
 * desk: nothing counts twice, a rate-limited helpdesk channel does not hold up a reporter, and
 * refused requests change nothing.
 */
const backends = useStoreBackends();

describe('Slack adapter resilience over the real desk', () => {
  let h: DeskHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function harness(backend: 'memory' | 'redis' = 'memory', env: Record<string, string> = {}): Promise<DeskHarness> {
    h = await startDeskHarness(await backends.make(backend), { status: 'operational', env });
    return h;
  }

  it.each(['memory', 'redis'] as const)('the same button click delivered twice (X-Slack-Retry-Num) is answered once (%s)', async (backend) => {
    const c = new Conversation(await harness(backend), 'U0TWICE001');
    const first = await c.start();
    await c.click('web', { twice: true });
    await new Promise((r) => setTimeout(r, 200));
    expect(c.posts()).toHaveLength(2);
    expect(h!.fake.callsTo('chat.update').filter((u) => u.body.ts === first.ts)).toHaveLength(1);
    const snapshot = await h!.assembled.desk.get((await h!.assembled.desk.findByThread({ platform: 'slack', ref: { channel: c.channel, threadTs: c.rootTs, user: c.user } }))!);
    expect(snapshot!.facts).toMatchObject({ surface: 'web' });
    expect(snapshot!.facts.symptom).toBeUndefined();
  });

  it.each(['memory', 'redis'] as const)('the same message event delivered twice gets one reply (%s)', async (backend) => {
    const c = new Conversation(await harness(backend), 'U0TWICE002');
    await c.start();
    await c.say('in the browser on chatgpt.com', { twice: true });
    await new Promise((r) => setTimeout(r, 200));
    expect(c.posts()).toHaveLength(2);
    expect(blockText(c.last().blocks)).toContain('What exactly do you see?');
  });

  it('a 429 with Retry-After on the helpdesk channel does not hold up a reporter in another channel', async () => {
    const hh = await harness('memory', { INCIDENT_MIN_REPORTERS: '3' });
    hh.fake.fail({ method: 'chat.postMessage', channel: HELPDESK, status: 429, retryAfter: 3, times: 1 });
    const waiting = new Conversation(hh, 'U0WAITING1');
    await waiting.start();
    // Three reporters on three networks open an upstream incident: its card meets the 429.
    for (const [i, where] of ['on the office wifi', 'through the vpn', 'at home'].entries()) {
      await new Conversation(hh, `U0STORM00${i}`).start(`chatgpt.com shows HTTP ERROR 500 ${where}`);
    }
    const limited = await waitFor('the 429 on the helpdesk channel', () => hh.fake.callsTo('chat.postMessage').find((c) => c.body.channel === HELPDESK && c.status === 429));
    // While the helpdesk lane waits out Retry-After, the reporter's reply is answered in their thread.
    const reply = await waiting.say('code calling the API');
    expect(blockText(reply.blocks)).toContain('Which status code');
    const answered = waiting.posts().at(-1)!;
    expect(hh.fake.callsTo('chat.postMessage').some((c) => c.body.channel === HELPDESK && c.status === 200)).toBe(false);
    expect(answered.at).toBeGreaterThanOrEqual(limited.at);
    // Then the card arrives, after Retry-After, exactly once.
    const card = await waitFor('the card after Retry-After', () => hh.fake.callsTo('chat.postMessage').find((c) => c.body.channel === HELPDESK && c.status === 200), 10_000);
    expect(card.at - limited.at).toBeGreaterThanOrEqual(2900);
    expect(hh.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === HELPDESK && c.status === 200)).toHaveLength(1);
    expect(answered.at).toBeLessThan(card.at);
  }, 20_000);

  it('a 500 from the Web API is retried: the question still arrives once', async () => {
    const hh = await harness();
    const c = new Conversation(hh, 'U0FIVEHUN1');
    await c.start();
    hh.fake.fail({ method: 'chat.postMessage', channel: c.channel, status: 500, times: 1 });
    const next = await c.say('in the browser on chatgpt.com');
    expect(blockText(next.blocks)).toContain('What exactly do you see?');
    expect(c.posts().filter((p) => blockText(p.body.blocks).includes('What exactly do you see?'))).toHaveLength(1);
    expect(hh.fake.callsTo('chat.postMessage').filter((p) => p.status === 500)).toHaveLength(1);
  });

  describe('refused requests change nothing', () => {
    const nothingChanged = async (hh: DeskHarness) => {
      await new Promise((r) => setTimeout(r, 100));
      expect(hh.fake.calls).toEqual([]);
      expect(await hh.assembled.desk.incidents.list()).toEqual([]);
    };

    it('unsigned, wrongly signed and stale (> 5 min) commands: 401', async () => {
      const hh = await harness();
      const body = slashCommandBody({ text: 'chatgpt.com shows HTTP ERROR 500', team_id: TEAM });
      expect((await hh.send(body, { signature: null })).status).toBe(401);
      expect((await hh.send(body, { secret: 'another-secret' })).status).toBe(401);
      expect((await hh.send(body, { timestamp: Math.floor(Date.now() / 1000) - 301 })).status).toBe(401);
      await nothingChanged(hh);
    });

    it('a stale thread reply to a real conversation: 401, the conversation is unchanged', async () => {
      const hh = await harness();
      const c = new Conversation(hh, 'U0STALE001');
      await c.start();
      const count = hh.fake.calls.length;
      const res = await hh.send(replyEvent({ user: c.user, channel: c.channel, threadTs: c.rootTs, text: 'web' }), { timestamp: Math.floor(Date.now() / 1000) - 600 });
      expect(res.status).toBe(401);
      await new Promise((r) => setTimeout(r, 100));
      expect(hh.fake.calls.length).toBe(count);
      const id = await hh.assembled.desk.findByThread({ platform: 'slack', ref: { channel: c.channel, threadTs: c.rootTs, user: c.user } });
      expect((await hh.assembled.desk.get(id!))!.facts.surface).toBeUndefined();
    });

    it('malformed payloads: 400', async () => {
      const hh = await harness();
      for (const body of ['{"type":"event_callback",', 'payload=%7Bnot-json', `payload=${encodeURIComponent(JSON.stringify({ type: 'view_submission', user: { id: 'U1' } }))}`]) {
        expect((await hh.send(body)).status).toBe(400);
      }
      await nothingChanged(hh);
    });
  });

  it('captured payloads from ../shared/fixtures/slack: no crash, nothing reaches the desk wrongly, and the app keeps working', async () => {
    const hh = await harness();
    const inputs = [
      fixtureText('opsdroid_slash_command.urlencoded.txt').trimEnd(),
      fixtureText('opsdroid_block_actions_button.urlencoded.txt').trimEnd(),
      fixtureText('slackapi_url_verification.json'),
      ...['action', 'staticSelectAction', 'radioButtonsAction'].map((k) => `payload=${encodeURIComponent(JSON.stringify(fixtureJson('vercel-chat_actions-reactions_slack.json')[k]))}`),
      ...['mention', 'reaction'].map((k) => JSON.stringify(fixtureJson('vercel-chat_actions-reactions_slack.json')[k])),
      JSON.stringify(fixtureJson('vercel-chat_thread-reply_slack.json').followUp),
      JSON.stringify(fixtureJson('vercel-chat_dm-direct_slack.json').directDM),
    ];
    for (const body of inputs) {
      const res = await hh.send(body);
      expect(res.status).toBe(200);
      // The same delivery retried by Slack.
      expect((await hh.send(body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    }
    // The top-level DM got exactly one hint, although it was delivered twice.
    const dm = fixtureJson<{ dmChannelId: string }>('vercel-chat_dm-direct_slack.json').dmChannelId;
    await waitFor('the DM hint', () => hh.fake.callsTo('chat.postMessage').some((c) => c.body.channel === dm));
    await new Promise((r) => setTimeout(r, 100));
    expect(hh.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === dm)).toHaveLength(1);
    expect(await hh.assembled.desk.incidents.list()).toEqual([]);
    expect(hh.log.lines.filter((l) => l.level >= 50)).toEqual([]);
    const c = new Conversation(hh, 'U0AFTER001');
    await c.start();
    expect(headerOf(await c.click('api')) || blockText(c.last().blocks)).toContain('status code');
  });
});
