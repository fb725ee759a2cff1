import { afterEach, describe, expect, it } from 'vitest';
import { TRY_AGAIN_TEXT } from '../../../adapters/teams/create-teams-events.ts';
import { loadConfig } from '../../../src/config.ts';
import { connectRedis, createRedis, type RedisClient } from '../../../src/store/create-redis.ts';
import { createRedisStore } from '../../../src/store/create-redis-store.ts';
import { spawnRedisServer, stopChild, uniquePrefix } from '../../helpers/redis-server.ts';
import { DEFAULT_RULES } from '../../helpers/store-backends.ts';
import { ALICE, adaptiveCardAction } from '../../helpers/teams-activities.ts';
import { APP_ID, actionsOf, cardOf, startTeamsHarness, TeamsConversation, type TeamsHarness } from './teams-kit.ts';

/**
 * Teams while Redis is down (a real redis-server, stopped mid-test), over the real botbuilder
 * adapter against the fake Bot Connector: Teams awaits the turn, so the bot answers in the turn
 * itself ("try again in a minute", sent straight to the connector: the outbox lives in the store),
 * not with a 500; a card button's invoke answers the same text.
 */
describe('Teams while the store is down', () => {
  let h: TeamsHarness | undefined;
  let client: RedisClient | undefined;
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await h?.close();
    client?.disconnect();
    await stop?.();
    h = undefined;
  });

  it('a message and a card button each get "try again in a minute", not a 500', async () => {
    const server = await spawnRedisServer();
    stop = () => stopChild(server.child);
    client = createRedis(loadConfig({ REDIS_URL: `redis://127.0.0.1:${server.port}` }), { connectTimeoutMs: 1000 });
    await connectRedis(client, 5000);
    const store = createRedisStore(client, { prefix: uniquePrefix('to'), conversationTtlMs: 3_600_000, rules: DEFAULT_RULES, now: Date.now });
    h = await startTeamsHarness(store, { keepStore: true });
    const c = new TeamsConversation(h, ALICE, { personal: true });
    await c.say('chatgpt-500 chatgpt.com shows an error');
    const question = c.last();
    const before = c.messages().length;
    await stop();

    const said = await c.say('in the browser');
    expect(c.messages().length).toBe(before + 1);
    expect(said.activity.text).toBe(TRY_AGAIN_TEXT);

    const button = actionsOf(cardOf(question)).find((a) => a.verb === 'c500.answer');
    expect(button).toBeDefined();
    const res = await h.post(adaptiveCardAction({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: ALICE, conversation: c.conversationId, verb: button!.verb!, data: button!.data!, replyToId: question.id }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: TRY_AGAIN_TEXT });
    expect(h.log.lines.some((l) => l.msg === 'teams activity failed')).toBe(false);
  }, 60_000);
});
