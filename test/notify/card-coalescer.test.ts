import { describe, expect, it } from 'vitest';
import { CardCoalescer } from '../../src/notify/card-coalescer.ts';
import type { CardStateStore } from '../../src/notify/card-state.port.ts';
import { manualClock, type ManualClock } from '../helpers/manual-clock.ts';
import { BACKENDS, useStoreBackends } from '../helpers/store-backends.ts';

const backends = useStoreBackends();
const INTERVAL = 5000;

type Card = { incidentId: string; version: number };

/** Shared "incident state" (what load reads) and a record of every card write. */
function world(clock: ManualClock) {
  const versions = new Map<string, number>();
  const writes: { incidentId: string; version: number; at: number }[] = [];
  const errors: unknown[] = [];
  let failNext = 0;
  const replica = (cards: CardStateStore, intervalMs = INTERVAL): CardCoalescer<Card> =>
    new CardCoalescer<Card>({
      cards,
      intervalMs,
      now: clock.now,
      schedule: clock.schedule,
      load: async (incidentId) => (versions.has(incidentId) ? { incidentId, version: versions.get(incidentId)! } : null),
      deliver: async (state) => {
        if (failNext > 0) {
          failNext -= 1;
          throw new Error('chat.update: ratelimited');
        }
        writes.push({ ...state, at: clock.now() });
      },
      onError: (error) => errors.push(error),
    });
  /** The incident changes (a new version is stored), then the replica hears of it. */
  const change = (c: CardCoalescer<Card>, incidentId = 'inc-1') => {
    versions.set(incidentId, (versions.get(incidentId) ?? 0) + 1);
    return c.changed(incidentId);
  };
  return { versions, writes, errors, replica, change, failOnce: () => (failNext += 1) };
}

describe.each(BACKENDS)('card edit coalescing on %s', (name) => {
  const setup = async () => {
    const clock = manualClock();
    const store = await backends.make(name, { now: clock.now });
    return { clock, cards: store.cards, w: world(clock) };
  };

  it('flush at shutdown writes a waiting change at once, with the latest state, and leaves no timer', async () => {
    const { clock, cards, w } = await setup();
    const a = w.replica(cards);
    expect(await w.change(a)).toBe('written');
    await clock.advance(1000, () => a.drain());
    expect(await w.change(a)).toBe('deferred');
    expect(await w.change(a)).toBe('deferred');
    await a.flush();
    a.close();
    expect(w.writes.map((x) => x.version)).toEqual([1, 3]);
    expect(clock.pending()).toBe(0);
  });

  it('writes the first change at once and the rest of the interval as one write of the last state', async () => {
    const { clock, cards, w } = await setup();
    const a = w.replica(cards);
    const settle = () => a.drain();
    expect(await w.change(a)).toBe('written');
    for (let i = 0; i < 4; i += 1) {
      await clock.advance(1000, settle);
      expect(await w.change(a)).toBe('deferred');
    }
    expect(w.writes.map((x) => x.version)).toEqual([1]);
    await clock.advance(1000, settle);
    expect(w.writes).toEqual([
      { incidentId: 'inc-1', version: 1, at: clock.now() - 5000 },
      { incidentId: 'inc-1', version: 5, at: clock.now() },
    ]);
    await clock.advance(30_000, settle);
    expect(w.writes).toHaveLength(2);
    expect(clock.pending()).toBe(0);
    expect(w.errors).toEqual([]);
  });

  it('keeps to one write per interval across replicas, and the last state wins', async () => {
    const { clock, cards, w } = await setup();
    const replicas = [w.replica(cards), w.replica(cards), w.replica(cards)];
    const settle = async () => {
      await Promise.all(replicas.map((r) => r.drain()));
    };
    for (let i = 0; i < 24; i += 1) {
      await w.change(replicas[i % 3]!);
      await clock.advance(700, settle);
    }
    await clock.advance(20_000, settle);
    const times = w.writes.map((x) => x.at);
    for (let i = 1; i < times.length; i += 1) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(INTERVAL);
    expect(w.writes.length).toBeGreaterThanOrEqual(4);
    expect(w.writes.at(-1)!.version).toBe(24);
    expect(w.errors).toEqual([]);
  });

  it('retries a failed write with the latest state', async () => {
    const { clock, cards, w } = await setup();
    const a = w.replica(cards);
    const settle = () => a.drain();
    w.failOnce();
    expect(await w.change(a)).toBe('written');
    expect(w.writes).toEqual([]);
    expect(w.errors).toHaveLength(1);
    await clock.advance(1000, settle);
    await w.change(a);
    await clock.advance(INTERVAL, settle);
    expect(w.writes.map((x) => x.version)).toEqual([2]);
  });

  it('does not lose a change whose replica died before its timer: the writer re-checks', async () => {
    const { clock, cards, w } = await setup();
    const writer = w.replica(cards);
    const doomed = w.replica(cards);
    await w.change(writer);
    expect(await w.change(doomed)).toBe('deferred');
    doomed.close();
    await clock.advance(INTERVAL, () => writer.drain());
    expect(w.writes.map((x) => x.version)).toEqual([1, 2]);
  });

  it('gives each incident its own lease', async () => {
    const { cards, w } = await setup();
    const a = w.replica(cards);
    expect(await w.change(a, 'inc-1')).toBe('written');
    expect(await w.change(a, 'inc-2')).toBe('written');
    expect(await w.change(a, 'inc-1')).toBe('deferred');
    expect(w.writes.map((x) => x.incidentId)).toEqual(['inc-1', 'inc-2']);
  });

  it('writes every change when the interval is 0', async () => {
    const { cards, w } = await setup();
    const a = w.replica(cards, 0);
    for (let i = 0; i < 3; i += 1) expect(await w.change(a)).toBe('written');
    expect(w.writes.map((x) => x.version)).toEqual([1, 2, 3]);
  });

  it('keeps the card reference', async () => {
    const { cards } = await setup();
    expect(await cards.getRef('inc-1')).toBeNull();
    await cards.setRef('inc-1', 'C123:1712345678.000100');
    expect(await cards.getRef('inc-1')).toBe('C123:1712345678.000100');
  });
});
