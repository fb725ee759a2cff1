import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { NewOutboxEntry } from '../../src/outbox/outbox-entry.ts';
import type { Store } from '../../src/store/store.port.ts';
import { loadConfig } from '../../src/config.ts';
import { HOUR_MS } from '../../src/incidents/incident-rules.ts';
import { OUTBOX_ID_TTL_MS } from '../../src/outbox/outbox-lua.ts';
import { connectRedis, createRedis } from '../../src/store/create-redis.ts';
import { createRedisStore } from '../../src/store/create-redis-store.ts';
import { BACKENDS, DEFAULT_RULES, useStoreBackends } from '../helpers/store-backends.ts';
import { spawnRedisServer, stopChild } from '../helpers/redis-server.ts';

const backends = useStoreBackends();

const direct = (id: string, lane = `lane:${id}`): NewOutboxEntry => ({ id, lane, body: { kind: 'direct', platform: 'test', payload: { n: id } } });

/** Reads up to `count` entries: until that many arrived, a read comes back empty after some did, or a second passed. */
async function readAll(store: Store, consumer: string, count: number) {
  const out = [];
  const until = Date.now() + 1000;
  while (out.length < count && Date.now() < until) {
    const got = await store.outbox.read(consumer, count - out.length, 50);
    if (got.length === 0 && out.length > 0) break;
    out.push(...got);
  }
  return out;
}

describe.each(BACKENDS)('outbox on %s', (name) => {
  it('enqueues an id once, hands each entry to one consumer, and remembers what was delivered', async () => {
    const store = await backends.make(name);
    expect(await store.outbox.enqueue([direct('a'), direct('b')])).toBe(2);
    expect(await store.outbox.enqueue([direct('a')])).toBe(0);
    const first = await store.outbox.read('r1', 1, 50);
    const second = await store.outbox.read('r2', 5, 50);
    expect(first.map((c) => c.entry.id)).toEqual(['a']);
    expect(second.map((c) => c.entry.id)).toEqual(['b']);
    expect(first[0]!.entry).toMatchObject({ lane: 'lane:a', attempt: 0, limited: 0, verify: false, body: { kind: 'direct', platform: 'test', payload: { n: 'a' } } });
    expect(first[0]!.reclaimed).toBe(false);
    expect(await store.outbox.stats()).toMatchObject({ ready: 0, inFlight: 2, delayed: 0, dead: 0 });
    await store.outbox.ack(first[0]!);
    expect(await store.outbox.isDone('a')).toBe(true);
    expect(await store.outbox.isDone('b')).toBe(false);
    expect(await store.outbox.enqueue([direct('a')])).toBe(0);
    expect(await store.outbox.stats()).toMatchObject({ ready: 0, inFlight: 1 });
    expect(await store.outbox.read('r3', 5, 20)).toEqual([]);
  });

  it('keeps a retry back until it is due, then hands it out again with its new fields', async () => {
    const store = await backends.make(name);
    await store.outbox.enqueue([direct('r')]);
    const [claimed] = await store.outbox.read('r1', 1, 50);
    await store.outbox.retry(claimed!, { attempt: 1, limited: 0, verify: true, lastError: 'http_503' }, Date.now() + 150);
    expect(await store.outbox.stats()).toMatchObject({ ready: 0, inFlight: 0, delayed: 1 });
    expect(await store.outbox.promote(10)).toMatchObject({ moved: 0 });
    await sleep(200);
    expect(await store.outbox.promote(10)).toEqual({ moved: 1, nextDueAt: null });
    const [again] = await readAll(store, 'r2', 1);
    expect(again!.entry).toMatchObject({ id: 'r', attempt: 1, verify: true, lastError: 'http_503' });
  });

  it('lets another consumer take over what a silent one holds, unless it keeps it alive', async () => {
    const store = await backends.make(name);
    await store.outbox.enqueue([direct('x'), direct('y')]);
    const held = await readAll(store, 'dead-replica', 2);
    expect(held).toHaveLength(2);
    expect(await store.outbox.reclaim('other', 60_000, 10)).toEqual([]);
    await sleep(150);
    await store.outbox.keepAlive('dead-replica', [held.find((c) => c.entry.id === 'y')!]);
    const taken = await store.outbox.reclaim('other', 100, 10);
    expect(taken.map((c) => [c.entry.id, c.reclaimed])).toEqual([['x', true]]);
    await store.outbox.ack(taken[0]!);
    expect(await store.outbox.isDone('x')).toBe(true);
  });

  it('releases what a stopping consumer holds back to the others at once', async () => {
    const store = await backends.make(name);
    await store.outbox.enqueue([direct('s1'), direct('s2')]);
    const held = await readAll(store, 'stopping', 2);
    await store.outbox.release(held);
    const taken = await readAll(store, 'other', 2);
    expect(taken.map((c) => c.entry.id).sort()).toEqual(['s1', 's2']);
    expect(taken.every((c) => !c.reclaimed)).toBe(true);
  });

  it('moves a hopeless entry to the dead letters and sends it again on request', async () => {
    const store = await backends.make(name);
    await store.outbox.enqueue([direct('d')]);
    const [claimed] = await readAll(store, 'r1', 1);
    await store.outbox.deadLetter({ ...claimed!, entry: { ...claimed!.entry, attempt: 10, lastError: 'slack:channel_not_found' } }, 'slack:channel_not_found');
    expect(await store.outbox.isDone('d')).toBe(true);
    expect(await store.outbox.stats()).toMatchObject({ inFlight: 0, dead: 1 });
    const [letter] = await store.outbox.deadLetters(10);
    expect(letter).toMatchObject({ id: 'd', reason: 'slack:channel_not_found', entry: { id: 'd', attempt: 10 } });
    expect(await store.outbox.retryDead(['no-such-id'])).toBe(0);
    expect(await store.outbox.retryDead([letter!.deadId])).toBe(1);
    expect(await store.outbox.stats()).toMatchObject({ dead: 0, ready: 1 });
    const [again] = await readAll(store, 'r2', 1);
    expect(again!.entry).toMatchObject({ id: 'd', attempt: 0 });
    expect(again!.entry.lastError).toBeUndefined();
  });

  it('remembers the steps of a delivery until it is acknowledged', async () => {
    const store = await backends.make(name);
    await store.outbox.enqueue([direct('st')]);
    const [claimed] = await readAll(store, 'r1', 1);
    expect(await store.outbox.step('st', 'root')).toBeNull();
    await store.outbox.setStep('st', 'root', 'D1:1.000');
    await store.outbox.setStep('st', 'msg', 'D1:2.000');
    expect(await store.outbox.step('st', 'root')).toBe('D1:1.000');
    await store.outbox.ack(claimed!);
    expect(await store.outbox.step('st', 'root')).toBeNull();
  });

  it('enqueues what a conversation save owes only when the save is written', async () => {
    const store = await backends.make(name);
    expect(await store.conversations.save('cv1', { n: 1 }, 0, [direct('turn:cv1:1', 'cv:cv1')])).toBe('ok');
    expect(await store.conversations.save('cv1', { n: 2 }, 0, [direct('turn:cv1:x', 'cv:cv1')])).toBe('conflict');
    const read = await readAll(store, 'r1', 2);
    expect(read.map((c) => c.entry.id)).toEqual(['turn:cv1:1']);
  });

  it('draws one card per change burst, with a lock and the interval between writes', async () => {
    const store = await backends.make(name);
    for (const who of ['a', 'b', 'c']) await store.incidents.record({ conversationId: `c-${who}`, reporterId: `slack:${who}`, platform: 'slack', firstAt: Date.now(), surface: 'web', symptom: 'http_500', network: who === 'c' ? 'home' : 'office' });
    const [incident] = await store.incidents.list();
    expect(incident).toBeDefined();
    expect(incident!.id).toMatch(/^inc-[0-9a-z]{26}$/);
    const cards = (await readAll(store, 'r1', 5)).filter((c) => c.entry.body.kind === 'card');
    expect(cards.map((c) => c.entry.body)).toEqual([{ kind: 'card', incidentId: incident!.id }]);

    const begin = await store.outbox.cardBegin(incident!.id, 'r1', 60_000, 30_000);
    expect(begin).toEqual({ go: true, refs: {}, drawn: {} });
    expect(await store.outbox.cardBegin(incident!.id, 'r2', 60_000, 30_000)).toMatchObject({ go: false });
    // A change while the card is drawn makes a new entry (the one being drawn may have read too early).
    await store.incidents.acknowledge(incident!.id, 'desk:kim');
    expect((await readAll(store, 'r1', 1)).map((c) => c.entry.body.kind)).toEqual(['card']);
    expect(await store.outbox.cardEnd(incident!.id, 'r2', { refs: { slack: 'C1:1.0' }, drawn: { slack: '9' }, written: true })).toBe(false);
    expect(await store.outbox.cardEnd(incident!.id, 'r1', { refs: { slack: 'C1:1.0' }, drawn: { slack: '2' }, written: true })).toBe(true);
    const wait = await store.outbox.cardBegin(incident!.id, 'r2', 60_000, 30_000);
    expect(wait.go).toBe(false);
    expect(!wait.go && wait.waitMs).toBeGreaterThan(59_000);
    expect(await store.outbox.cardBegin(incident!.id, 'r2', 0, 30_000)).toEqual({ go: true, refs: { slack: 'C1:1.0' }, drawn: { slack: '2' } });
    await store.outbox.cardAbandon(incident!.id, 'r2');
    expect(await store.outbox.cardBegin(incident!.id, 'r3', 0, 30_000)).toMatchObject({ go: true });
  });

  it('fans a resolve out to every subscriber in batches and counts the progress on the incident', async () => {
    const store = await backends.make(name);
    const people = ['a', 'b', 'c', 'd', 'e'];
    for (const who of people) await store.incidents.record({ conversationId: `c-${who}`, reporterId: `slack:${who}`, platform: 'slack', firstAt: Date.now(), surface: 'web', symptom: 'http_500', network: who === 'c' ? 'home' : 'office' });
    for (const who of people) await store.incidents.subscribe(`c-${who}`);
    const [incident] = await store.incidents.list();
    await readAll(store, 'drain', 10).then((all) => Promise.all(all.map((c) => store.outbox.ack(c))));
    const resolved = await store.incidents.resolve(incident!.id, 'desk:kim');
    expect(resolved.ok).toBe(true);
    expect((await store.incidents.get(incident!.id))!.notify).toEqual({ kind: 'resolved', total: 5, sent: 0, failed: 0, skipped: 0 });

    const fanout = (await readAll(store, 'r1', 2)).find((c) => c.entry.body.kind === 'fanout')!;
    expect(fanout.entry.body).toMatchObject({ kind: 'fanout', incidentId: incident!.id, notice: { type: 'resolved' }, cursor: 0, total: 5 });
    expect(await store.outbox.expand(fanout, { size: 2, text: 'Fixed.' })).toEqual({ added: 2, done: false });
    const batch1 = await readAll(store, 'r1', 3);
    const next = batch1.find((c) => c.entry.body.kind === 'fanout')!;
    expect(next.entry.body).toMatchObject({ cursor: 2 });
    // The same batch again (a crash before the expansion was acknowledged) adds nobody twice.
    expect(await store.outbox.expand({ ...next, entry: { ...next.entry, body: { ...next.entry.body, cursor: 0 } as typeof next.entry.body } }, { size: 2, text: 'Fixed.' })).toEqual({ added: 0, done: false });
    const again = (await readAll(store, 'r1', 1)).find((c) => c.entry.body.kind === 'fanout')!;
    expect(await store.outbox.expand(again, { size: 10, text: 'Fixed.' })).toEqual({ added: 3, done: true });
    const notices = [...batch1, ...(await readAll(store, 'r1', 3))].filter((c) => c.entry.body.kind === 'notice');
    expect(notices.map((c) => c.entry.body.kind === 'notice' && c.entry.body.conversationId).sort()).toEqual(['c-a', 'c-b', 'c-c', 'c-d', 'c-e']);
    expect(notices[0]!.entry.lane).toMatch(/^cv:c-/);
    // The card's pending redraw is drawn; progress then asks for the next one.
    for (const c of await readAll(store, 'r1', 5)) await store.outbox.ack(c);
    expect(await store.outbox.cardBegin(incident!.id, 'r1', 0, 30_000)).toMatchObject({ go: true });
    expect(await store.outbox.cardEnd(incident!.id, 'r1', { refs: {}, drawn: {}, written: true })).toBe(true);
    const progress = (outcome: 'sent' | 'failed' | 'skipped') => ({ incidentId: incident!.id, fanoutId: (fanout.entry.body as { fanoutId: string }).fanoutId, outcome });
    await store.outbox.ack(notices[0]!, progress('sent'));
    await store.outbox.ack(notices[1]!, progress('sent'));
    await store.outbox.deadLetter(notices[2]!, 'slack:channel_not_found', progress('failed'));
    await store.outbox.ack(notices[3]!, progress('skipped'));
    expect((await store.incidents.get(incident!.id))!.notify).toEqual({ kind: 'resolved', total: 5, sent: 2, failed: 1, skipped: 1 });
    expect((await readAll(store, 'r1', 2)).some((c) => c.entry.body.kind === 'card')).toBe(true);
  });

  it('sends a desk update to every conversation of the incident', async () => {
    const store = await backends.make(name);
    for (const who of ['a', 'b', 'c']) await store.incidents.record({ conversationId: `c-${who}`, reporterId: `slack:${who}`, platform: 'slack', firstAt: Date.now(), surface: 'web', symptom: 'http_500', network: who === 'c' ? 'home' : 'office' });
    const [incident] = await store.incidents.list();
    const outcome = await store.incidents.note(incident!.id, 'Vendor is on it', 'desk:kim', { notify: true });
    expect(outcome).toMatchObject({ ok: true, queued: 3 });
    const fanout = (await readAll(store, 'r1', 5)).find((c) => c.entry.body.kind === 'fanout');
    expect(fanout?.entry.body).toMatchObject({ notice: { type: 'update', text: 'Vendor is on it', by: 'desk:kim' }, total: 3 });
    expect((await store.incidents.note(incident!.id, 'internal only', 'desk:kim')).ok).toBe(true);
    expect((await readAll(store, 'r1', 5)).filter((c) => c.entry.body.kind === 'fanout')).toEqual([]);
  });
});

describe('outbox steps on Redis', () => {
  it("keeps a delivery's steps in one hash that expires with the entry's id", async () => {
    const { port, child } = await spawnRedisServer();
    const redis = createRedis(loadConfig({ REDIS_URL: `redis://127.0.0.1:${port}` }));
    await connectRedis(redis, 5000);
    try {
      const store = createRedisStore(redis, { prefix: 'steps:', conversationTtlMs: HOUR_MS, now: Date.now, rules: DEFAULT_RULES });
      await store.outbox.setStep('st', 'root', 'D1:1.000');
      await store.outbox.setStep('st', 'msg', 'D1:2.000');
      const key = 'steps:{desk}:ob:s:st';
      expect(await redis.hgetall(key)).toEqual({ root: 'D1:1.000', msg: 'D1:2.000' });
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(OUTBOX_ID_TTL_MS - 60_000);
      expect(ttl).toBeLessThanOrEqual(OUTBOX_ID_TTL_MS);
    } finally {
      redis.disconnect();
      await stopChild(child);
    }
  });
});

describe('outbox on a Redis that lost its data', () => {
  it('creates the consumer group again and goes on; a new incident gets a new id', async () => {
    const { port, child } = await spawnRedisServer();
    const redis = createRedis(loadConfig({ REDIS_URL: `redis://127.0.0.1:${port}` }));
    await connectRedis(redis, 5000);
    try {
      const store = createRedisStore(redis, { prefix: 'lost:', conversationTtlMs: HOUR_MS, now: Date.now, rules: DEFAULT_RULES });
      const outage = async (tag: string) => {
        for (const who of ['a', 'b', 'c']) await store.incidents.record({ conversationId: `${tag}-${who}`, reporterId: `slack:${tag}${who}`, platform: 'slack', firstAt: Date.now(), surface: 'web', symptom: 'http_500', network: who === 'c' ? 'home' : 'office' });
        return (await store.incidents.list())[0]!.id;
      };
      const first = await outage('one');
      await store.outbox.enqueue([direct('before')]);
      expect((await readAll(store, 'r1', 3)).map((c) => c.entry.id)).toContain('before');
      await redis.flushall();
      await store.outbox.enqueue([direct('after')]);
      expect((await readAll(store, 'r1', 1)).map((c) => c.entry.id)).toEqual(['after']);
      const second = await outage('two');
      expect(second).not.toBe(first);
      expect((await readAll(store, 'r1', 3)).map((c) => c.entry.body)).toContainEqual({ kind: 'card', incidentId: second });
    } finally {
      redis.disconnect();
      await stopChild(child);
    }
  });
});
