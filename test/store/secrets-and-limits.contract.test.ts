import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BACKENDS, useStoreBackends } from '../helpers/store-backends.ts';

const backends = useStoreBackends();

describe.each(BACKENDS)('shared secrets and admission limits on %s', (name) => {
  it('creates a secret once; later and concurrent callers read the first value', async () => {
    const store = await backends.make(name);
    let made = 0;
    const create = () => `value-${++made}`;
    const first = await Promise.all(Array.from({ length: 8 }, () => store.secrets.getOrCreate('session', create)));
    expect(new Set(first).size).toBe(1);
    expect(await store.secrets.getOrCreate('session', () => 'other')).toBe(first[0]);
    expect(await store.secrets.getOrCreate('another', () => 'x')).toBe('x');
  });

  it('admits at most `limit` distinct members per key; a member admitted before stays admitted', async () => {
    const store = await backends.make(name);
    expect(await store.limits.admit('addr:1', 'a', 2, 60)).toBe(true);
    expect(await store.limits.admit('addr:1', 'b', 2, 60)).toBe(true);
    expect(await store.limits.admit('addr:1', 'c', 2, 60)).toBe(false);
    expect(await store.limits.admit('addr:1', 'a', 2, 60)).toBe(true);
    expect(await store.limits.admit('addr:1', 'c', 2, 60)).toBe(false);
    expect(await store.limits.admit('addr:2', 'c', 2, 60)).toBe(true);
  });

  it('admits exactly `limit` of many concurrent newcomers', async () => {
    const store = await backends.make(name);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.limits.admit('addr:x', `m${i}`, 3, 60)));
    expect(results.filter(Boolean)).toHaveLength(3);
  });

  it('starts the window with the first member: after it the key admits anew', async () => {
    let time = Date.UTC(2025, 0, 1);
    const store = await backends.make(name, { now: () => time });
    expect(await store.limits.admit('addr:1', 'a', 1, 1)).toBe(true);
    expect(await store.limits.admit('addr:1', 'b', 1, 1)).toBe(false);
    time += 1500;
    if (name !== 'memory') await sleep(1500);
    expect(await store.limits.admit('addr:1', 'b', 1, 1)).toBe(true);
  });
});
