import { describe, expect, it } from 'vitest';
import { useStoreBackends } from '../helpers/store-backends.ts';

/**
 * The people an outage announcement reached, held to one contract on memory and a real
 * redis-server: a person counts once per incident, also when many clicks race; their address
 * comes back as stored; counts are per incident.
 */
const backends = useStoreBackends();
const DAY = 86_400_000;

describe.each(['memory', 'redis'] as const)('announcement followers (%s)', (backend) => {
  it('counts a person once per incident and keeps their address', async () => {
    const store = await backends.make(backend);
    const ana = { personId: 'slack:T1:U1', person: { platform: 'slack', user: 'U1', locale: 'de' } };
    expect(await store.followers.follow('inc-a', ana, DAY)).toEqual({ added: true, count: 1 });
    expect(await store.followers.follow('inc-a', { ...ana, person: { platform: 'slack', user: 'changed' } }, DAY)).toEqual({ added: false, count: 1 });
    expect(await store.followers.follow('inc-b', ana, DAY)).toEqual({ added: true, count: 1 });
    expect(await store.followers.list('inc-a')).toEqual([ana]);
    expect(await store.followers.counts(['inc-a', 'inc-b', 'inc-none'])).toEqual({ 'inc-a': 1, 'inc-b': 1, 'inc-none': 0 });
    expect(await store.followers.list('inc-none')).toEqual([]);
    await store.close();
  });

  it('is exact under concurrency: 20 people clicking 5 times each, all at once', async () => {
    const store = await backends.make(backend);
    const clicks = Array.from({ length: 100 }, (_, i) => store.followers.follow('inc-c', { personId: `teams:t:${i % 20}`, person: { platform: 'teams', user: `29:${i % 20}` } }, DAY));
    const outcomes = await Promise.all(clicks);
    expect(outcomes.filter((o) => o.added)).toHaveLength(20);
    expect((await store.followers.counts(['inc-c']))['inc-c']).toBe(20);
    expect(new Set((await store.followers.list('inc-c')).map((f) => f.personId)).size).toBe(20);
    await store.close();
  });

  it('forgets the followers with the incident (the TTL)', async () => {
    let now = 1_000_000;
    const store = await backends.make(backend, { now: () => now });
    await store.followers.follow('inc-d', { personId: 'slack:T1:U9', person: { platform: 'slack', user: 'U9' } }, 50);
    now += 100;
    await new Promise((r) => setTimeout(r, 120));
    expect((await store.followers.counts(['inc-d']))['inc-d']).toBe(0);
    await store.close();
  });
});
