import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { assembleDesk } from '../../src/desk/assemble-desk.ts';
import { connectRedis, createRedis } from '../../src/store/create-redis.ts';
import { redisKeys } from '../../src/store/redis-keys.ts';
import { StoreError, storeErrorCode } from '../../src/store/store-error.ts';
import { wellFormedStore } from '../../src/store/well-formed-store.ts';
import type { AskedFactId } from '../../src/triage/fact-values.ts';
import { FAILS_EVERYWHERE } from '../adapters/web/helpers/report-over-api.ts';
import { useRedisStore } from '../helpers/use-redis-store.ts';
import { statusSource } from '../helpers/status-readings.ts';
import { BACKENDS, useStoreBackends } from '../helpers/store-backends.ts';

const backends = useStoreBackends();
const redis = useRedisStore('wf');
const config = loadConfig({ INCIDENT_CARD_MIN_INTERVAL_SECONDS: '0', DELIVERY_RETRY_MIN_SECONDS: '0.05' });
const LONE = '\ud800';

/**
 * The second line behind the adapters' checks: a lone UTF-16 surrogate that reaches the desk by a
 * path that forgot to check it is stored as U+FFFD, so Redis's Lua JSON decoder never meets one
 * and every read still works.
 */
describe.each(BACKENDS)('a lone surrogate that reaches the store (%s)', (name) => {
  it('is stored as U+FFFD: the conversation, its incident and the timeline still read', async () => {
    const store = await backends.make(name);
    const assembled = assembleDesk({ store, status: statusSource(), config, consumer: `wf-${name}`, blockMs: 20 });
    assembled.start();
    onTestFinished(() => assembled.close(500));
    const { desk } = assembled;
    // Three people on three networks: enough for an upstream incident (INCIDENT_MIN_REPORTERS=3).
    const ids: string[] = [];
    for (const network of ['office', 'home', 'vpn']) {
      const turn = await desk.start({
        reporter: { id: `web:${network}${LONE}`, name: `Ana ${LONE}`, platform: 'web' },
        thread: { platform: 'web', ref: {} },
        site: `${network} site ${LONE}`,
        text: `chatgpt.com shows HTTP ERROR 500 ${LONE}\udc00`,
      });
      let next = turn;
      for (let n = 0; next.next && n < 20; n++) {
        const fact = next.next.fact as AskedFactId;
        const answers: Record<string, string> = { ...FAILS_EVERYWHERE, network };
        next = await desk.answer(turn.conversationId, fact, answers[fact] ?? next.next.choices[0]!.value);
      }
      expect(next.verdict).toBeDefined();
      ids.push(turn.conversationId);
    }
    const turn = { conversationId: ids[0]! };
    const snapshot = await desk.get(turn.conversationId);
    expect(snapshot?.reporter.name).toBe('Ana \uFFFD');
    const incidents = await desk.incidents.list();
    expect(incidents.length).toBeGreaterThan(0);
    for (const incident of incidents) {
      expect((await desk.incidents.acknowledge(incident.id, `Eve ${LONE}`)).ok).toBe(true);
      expect((await desk.incidents.postUpdate(incident.id, `on it ${LONE}`, `Eve ${LONE}`)).ok).toBe(true);
      const read = await desk.incidents.get(incident.id);
      expect(read?.acknowledged?.by).toBe('Eve \uFFFD');
      expect(read?.timeline).toContainEqual(expect.objectContaining({ type: 'note', text: 'on it \uFFFD' }));
    }
    expect(await desk.get(turn.conversationId)).not.toBeNull();
    expect(await desk.incidents.list()).toBeDefined();
  });
});

describe('the well-formed wrapper', () => {
  it('makes one wrapper per method, and calls the method the port has now', async () => {
    const inner = await backends.make('memory');
    const store = wellFormedStore(inner);
    expect(store.conversations.get).toBe(store.conversations.get);
    const seen: string[] = [];
    inner.conversations.get = async (id: string) => {
      seen.push(id);
      return null;
    };
    expect(await store.conversations.get(`a${LONE}`)).toBeNull();
    expect(seen).toEqual(['a\uFFFD']);
  });
});

describe('store errors', () => {
  it('says a conversation that cannot be decoded is store.corrupt, not a bare SyntaxError', async () => {
    const { store, prefix } = redis.fresh();
    expect(await store.conversations.save('c1', { a: 1 }, 0)).toBe('ok');
    // A damaged value, written around the store (as a bug or a person with redis-cli would).
    const client = createRedis(loadConfig({ REDIS_URL: redis.url() }));
    await connectRedis(client, 5000);
    onTestFinished(() => client.disconnect());
    await client.hset(`${redisKeys(prefix).desk}:cv:c1`, 's', '{"a": 1');
    await expect(store.conversations.get('c1')).rejects.toMatchObject({ code: 'store.corrupt' });
    expect(storeErrorCode(new SyntaxError('Unexpected token'))).toBe('store.failed');
    const corrupt = Object.assign(new Error('ERR user_script:84: Expected value but found invalid unicode escape code at character 198'), { name: 'ReplyError' });
    expect(storeErrorCode(corrupt)).toBe('store.corrupt');
  });

  it('codes an unreachable or refusing Redis as store.unavailable', () => {
    const reply = (message: string) => Object.assign(new Error(message), { name: 'ReplyError' });
    expect(storeErrorCode(reply('WRONGPASS invalid username-password pair or user is disabled.'))).toBe('store.unavailable');
    expect(storeErrorCode(reply('LOADING Redis is loading the dataset in memory'))).toBe('store.unavailable');
    expect(storeErrorCode(reply('ERR unknown command'))).toBe('store.failed');
    expect(storeErrorCode(Object.assign(new Error('Reached the max retries per request limit (which is 3).'), { name: 'MaxRetriesPerRequestError' }))).toBe('store.unavailable');
    expect(storeErrorCode(new Error('Command timed out'))).toBe('store.unavailable');
    expect(storeErrorCode(new Error('Connection is closed.'))).toBe('store.unavailable');
    expect(storeErrorCode(new StoreError('store.corrupt', 'x'))).toBe('store.corrupt');
  });
});
