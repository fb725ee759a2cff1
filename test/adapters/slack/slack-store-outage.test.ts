import { afterEach, describe, expect, it } from 'vitest';
import { TRY_AGAIN_TEXT } from '../../../adapters/slack/say-try-again.ts';
import { loadConfig } from '../../../src/config.ts';
import { connectRedis, createRedis, type RedisClient } from '../../../src/store/create-redis.ts';
import { createRedisStore } from '../../../src/store/create-redis-store.ts';
import { spawnRedisServer, stopChild, uniquePrefix } from '../../helpers/redis-server.ts';
import { DEFAULT_RULES } from '../../helpers/store-backends.ts';
import { Conversation, TEAM, clickPayload, replyEvent, startDeskHarness, waitFor, type DeskHarness } from './slack-desk-kit.ts';
import { slashCommandBody } from './slack-test-kit.ts';

/**
 * Slack while Redis is down (a real redis-server, stopped mid-test), over the real bolt app and
 * desk: every interaction is acked in time, and the person is told at once (an ephemeral message
 * by a direct Web API call, since the outbox lives in the store) to try again in a minute.
 */
describe('Slack while the store is down', () => {
  let h: DeskHarness | undefined;
  let client: RedisClient | undefined;
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await h?.close();
    client?.disconnect();
    await stop?.();
    h = undefined;
  });

  async function harness() {
    const server = await spawnRedisServer();
    stop = () => stopChild(server.child);
    client = createRedis(loadConfig({ REDIS_URL: `redis://127.0.0.1:${server.port}` }), { connectTimeoutMs: 1000 });
    await connectRedis(client, 5000);
    const store = createRedisStore(client, { prefix: uniquePrefix('so'), conversationTtlMs: 3_600_000, rules: DEFAULT_RULES, now: Date.now });
    h = await startDeskHarness(store, { keepStore: true });
    return h;
  }

  const ephemerals = () => h!.fake.callsTo('chat.postEphemeral').filter((c) => c.body.text === TRY_AGAIN_TEXT);

  it('a reply in the thread, a button click and the slash command each get "try again in a minute"', async () => {
    const hh = await harness();
    const c = new Conversation(hh, 'U0OUTAGE01');
    const question = await c.start();
    await stop!();

    // A reply in the thread: acked, then an ephemeral in that thread.
    const t0 = Date.now();
    expect((await hh.send(replyEvent({ user: c.user, channel: c.channel, threadTs: c.rootTs, text: 'in the browser' }))).status).toBe(200);
    const toReply = await waitFor('the try-again note for the reply', () => ephemerals()[0], 15_000);
    expect(toReply.body).toMatchObject({ channel: c.channel, user: c.user, thread_ts: c.rootTs });
    expect(Date.now() - t0).toBeLessThan(10_000);

    // An answer button on the question.
    const button = (question.blocks as { type: string; block_id?: string; elements?: { action_id: string; value: string; text: { text: string } }[] }[])
      .filter((b) => b.type === 'actions')
      .flatMap((b) => (b.elements ?? []).map((e) => ({ ...e, ...(b.block_id ? { blockId: b.block_id } : {}) })))
      .find((e) => e.action_id.startsWith('c500.answer'));
    expect(button).toBeDefined();
    expect((await hh.send(clickPayload({ user: c.user, message: question, button: button! }))).status).toBe(200);
    const toClick = await waitFor('the try-again note for the click', () => ephemerals()[1], 15_000);
    expect(toClick.body).toMatchObject({ channel: c.channel, user: c.user });

    // The slash command says it inside its ack (within Slack's 3 s).
    const s0 = Date.now();
    const ack = await hh.send(slashCommandBody({ user_id: 'U0OUTAGE02', user_name: 'someone', text: 'chatgpt is down', team_id: TEAM }));
    expect(Date.now() - s0).toBeLessThan(3000);
    expect(((await ack.json()) as { text: string }).text).toMatch(/try again in a minute/);

    // `/chatgpt-500 report`: the latest conversation cannot be read; said inside the ack too, no modal.
    const r0 = Date.now();
    const report = await hh.send(slashCommandBody({ user_id: c.user, user_name: 'someone', text: 'report', team_id: TEAM, trigger_id: 'trig-outage' }));
    expect(Date.now() - r0).toBeLessThan(3000);
    expect(((await report.json()) as { text: string }).text).toMatch(/try again in a minute/);
    expect(hh.fake.callsTo('views.open')).toHaveLength(0);
  }, 60_000);
});
