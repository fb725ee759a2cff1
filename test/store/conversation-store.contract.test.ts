import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BACKENDS, useStoreBackends } from '../helpers/store-backends.ts';
import { z } from 'zod';

const backends = useStoreBackends();

describe.each(BACKENDS)('conversations, threads and event claims on %s', (name) => {
  it('creates with expected version 0, then versions 1, 2, ...', async () => {
    const store = await backends.make(name);
    expect(await store.conversations.get('c1')).toBeNull();
    expect(await store.conversations.save('c1', { step: 'surface' }, 0)).toBe('ok');
    expect(await store.conversations.get('c1')).toEqual({ state: { step: 'surface' }, version: 1 });
    expect(await store.conversations.save('c1', { step: 'symptom' }, 1)).toBe('ok');
    expect(await store.conversations.get('c1')).toEqual({ state: { step: 'symptom' }, version: 2 });
  });

  it('refuses a stale version and a second create', async () => {
    const store = await backends.make(name);
    expect(await store.conversations.save('c1', { a: 1 }, 0)).toBe('ok');
    expect(await store.conversations.save('c1', { a: 2 }, 0)).toBe('conflict');
    expect(await store.conversations.save('c1', { a: 3 }, 5)).toBe('conflict');
    expect(await store.conversations.get('c1')).toEqual({ state: { a: 1 }, version: 1 });
  });

  it('lets exactly one of many concurrent writers of the same version win', async () => {
    const store = await backends.make(name);
    await store.conversations.save('c1', { answers: [] }, 0);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => store.conversations.save('c1', { answers: [i] }, 1)));
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    const winner = results.indexOf('ok');
    expect(await store.conversations.get('c1')).toEqual({ state: { answers: [winner] }, version: 2 });
  });

  it('never loses an answer when two replicas retry on conflict', async () => {
    const store = await backends.make(name);
    await store.conversations.save('c1', { answers: [] as string[] }, 0);
    const answer = async (text: string) => {
      for (;;) {
        const current = (await store.conversations.get('c1'))!;
        if ((await store.conversations.save('c1', { answers: [...answersOf(current.state), text] }, current.version)) === 'ok') return;
      }
    };
    await Promise.all(['web', 'http_500', 'works', 'office', 'fails', 'home'].map(answer));
    const final = (await store.conversations.get('c1'))!;
    expect([...answersOf(final.state)].sort()).toEqual(['fails', 'home', 'http_500', 'office', 'web', 'works']);
    expect(final.version).toBe(7);
  });

  it('round-trips state through JSON like Redis', async () => {
    const store = await backends.make(name);
    const at = new Date(Date.UTC(2025, 0, 1));
    await store.conversations.save('c1', { at, gone: undefined, nested: { list: [1, 'two', null] } }, 0);
    const stored = await store.conversations.get('c1');
    expect(stored!.state).toEqual({ at: '2025-01-01T00:00:00.000Z', nested: { list: [1, 'two', null] } });
  });

  it('deletes', async () => {
    const store = await backends.make(name);
    await store.conversations.save('c1', { a: 1 }, 0);
    await store.conversations.delete('c1');
    expect(await store.conversations.get('c1')).toBeNull();
    expect(await store.conversations.save('c1', { a: 2 }, 0)).toBe('ok');
  });

  it('expires a conversation after its TTL of silence; a save starts the TTL again', async () => {
    const store = await backends.make(name, { conversationTtlMs: 1500 });
    await store.conversations.save('quiet', { a: 1 }, 0);
    await store.conversations.save('busy', { a: 1 }, 0);
    await sleep(900);
    await store.conversations.save('busy', { a: 2 }, 1);
    await sleep(900);
    expect(await store.conversations.get('quiet')).toBeNull();
    expect(await store.conversations.get('busy')).toEqual({ state: { a: 2 }, version: 2 });
    await sleep(1700);
    expect(await store.conversations.get('busy')).toBeNull();
  });

  it('binds a thread to the first conversation; concurrent binders all get the winner', async () => {
    const store = await backends.make(name);
    expect(await store.threads.find('slack:T1:C1:1712345678.000100')).toBeNull();
    const winners = await Promise.all(['a', 'b', 'c', 'd'].map((id) => store.threads.bind('slack:T1:C1:1712345678.000100', id)));
    expect(new Set(winners).size).toBe(1);
    expect(await store.threads.find('slack:T1:C1:1712345678.000100')).toBe(winners[0]);
    expect(await store.threads.bind('slack:T1:C1:1712345678.000100', 'later')).toBe(winners[0]);
  });

  it('rebinds a thread to a new conversation whoever had it; a later bind gets the new one', async () => {
    const store = await backends.make(name);
    await store.threads.rebind('teams:a:29:user', 'first');
    expect(await store.threads.find('teams:a:29:user')).toBe('first');
    await store.threads.rebind('teams:a:29:user', 'second');
    expect(await store.threads.find('teams:a:29:user')).toBe('second');
    expect(await store.threads.bind('teams:a:29:user', 'third')).toBe('second');
  });

  it('keeps a thread binding while it is found, and drops it after the TTL of silence', async () => {
    const store = await backends.make(name, { conversationTtlMs: 1500 });
    await store.threads.bind('busy', 'c1');
    await store.threads.bind('quiet', 'c2');
    await sleep(900);
    expect(await store.threads.find('busy')).toBe('c1');
    await sleep(900);
    expect(await store.threads.find('quiet')).toBeNull();
    expect(await store.threads.find('busy')).toBe('c1');
  });

  it('claims an event once, even when replicas claim it at the same time', async () => {
    const store = await backends.make(name);
    const claims = await Promise.all(Array.from({ length: 10 }, () => store.events.claim('Ev123', 3600)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await store.events.claim('Ev123', 3600)).toBe(false);
    expect(await store.events.claim('Ev124', 3600)).toBe(true);
  });

  it('lets an event be claimed again after its TTL', async () => {
    const store = await backends.make(name);
    expect(await store.events.claim('Ev1', 0.5)).toBe(true);
    expect(await store.events.claim('Ev1', 0.5)).toBe(false);
    await sleep(700);
    expect(await store.events.claim('Ev1', 0.5)).toBe(true);
  });
});

/** The test's own stored shape, checked. */
function answersOf(state: unknown): string[] {
  return z.object({ answers: z.array(z.string()) }).parse(state).answers;
}
