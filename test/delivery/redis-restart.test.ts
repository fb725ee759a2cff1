import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../adapters/slack/action-ids.ts';
import { loadConfig } from '../../src/config.ts';
import { connectRedis, createRedis, type RedisClient } from '../../src/store/create-redis.ts';
import { createRedisStore } from '../../src/store/create-redis-store.ts';
import { Conversation, HELPDESK, blockText, cardButton, clickPayload, startDeskHarness, waitFor, type DeskHarness } from '../adapters/slack/slack-desk-kit.ts';
import { BOT_TOKEN } from '../adapters/slack/slack-test-kit.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { rawCommand, REDIS_SERVER, spawnRedisServer, stopChild, waitFor as waitUntil } from '../helpers/redis-server.ts';
import { DEFAULT_RULES } from '../helpers/store-backends.ts';

/**
 * Redis restarted without its data in the middle of an incident (no persistence): the bot goes on
 * on its own (the outbox's consumer group comes back), the next incident gets a new id and a card
 * of its own, and the old card's buttons do not act on the new incident.
 */
describe('Redis restarted without its data mid-incident', () => {
  let child: ChildProcess | undefined;
  let client: RedisClient | undefined;
  let fake: FakeSlackApi | undefined;
  let h: DeskHarness | undefined;

  afterEach(async () => {
    await h?.close();
    client?.disconnect();
    await fake?.close();
    if (child) await stopChild(child);
  });

  /** The same port, an empty server: what a restart without persistence leaves. */
  async function restartEmpty(port: number): Promise<void> {
    await stopChild(child!);
    child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitUntil('the restarted redis-server', async () => (await rawCommand(port, 'PING')).startsWith('+PONG'));
  }

  it('the next incident gets a new id and its own card; the old card cannot resolve it', async () => {
    const spawned = await spawnRedisServer();
    child = spawned.child;
    client = createRedis(loadConfig({ REDIS_URL: `redis://127.0.0.1:${spawned.port}` }));
    await connectRedis(client, 10_000);
    const store = createRedisStore(client, { prefix: 'restart:', conversationTtlMs: 3_600_000, now: Date.now, rules: DEFAULT_RULES });
    fake = await startFakeSlackApi({ token: BOT_TOKEN });
    h = await startDeskHarness(store, { env: { INCIDENT_MIN_REPORTERS: '3', DELIVERY_RETRY_MIN_SECONDS: '0.05', DELIVERY_RETRY_MAX_SECONDS: '1' }, fake, keepStore: true });

    const outage = async (tag: string) => {
      for (const [i, where] of ['on the office wifi', 'at home', 'through the vpn'].entries()) {
        await new Conversation(h!, `U0${tag}${i}RESTART`.slice(0, 11)).start(`chatgpt.com shows HTTP ERROR 500 ${where}`);
      }
    };
    await outage('A');
    const first = (await h.assembled.desk.incidents.list({ openOnly: true }))[0]!;
    await waitFor('the first card', () => fake!.messagesIn(HELPDESK).filter((m) => !m.threadTs).length === 1 && blockText(fake!.messagesIn(HELPDESK)[0]!.blocks).includes(first.id));
    const oldCard = fake.messagesIn(HELPDESK)[0]!;

    await restartEmpty(spawned.port);
    await waitUntil('the store to answer again', async () => (await client!.ping()) === 'PONG');

    await outage('B');
    const [second] = await h.assembled.desk.incidents.list({ openOnly: true });
    expect(second).toBeDefined();
    expect(second!.id).not.toBe(first.id);
    expect(second!.reporters).toBe(3);
    await waitFor('a card of its own', () => fake!.messagesIn(HELPDESK).filter((m) => !m.threadTs).length === 2, 15_000);
    const newCard = fake.messagesIn(HELPDESK).find((m) => m.ts !== oldCard.ts)!;
    expect(blockText(newCard.blocks)).toContain(second!.id);
    expect(blockText(fake.message(HELPDESK, oldCard.ts)!.blocks)).toContain(first.id);

    // The old card's Resolve names the old incident: refused, the new one stays open.
    const before = fake.callsTo('chat.postEphemeral').length;
    const res = await h.send(clickPayload({ user: 'U0DESKMAN1', message: fake.message(HELPDESK, oldCard.ts)!, button: cardButton(fake.message(HELPDESK, oldCard.ts)!, ACTION_IDS.incidentResolve) }));
    expect(res.status).toBe(200);
    await waitFor('the refusal', () => fake!.callsTo('chat.postEphemeral').length > before);
    expect(String(fake.callsTo('chat.postEphemeral').at(-1)!.body.text)).toContain('no longer known');
    expect((await h.assembled.desk.incidents.get(second!.id))!.state).toBe('open');
  }, 60_000);
});
