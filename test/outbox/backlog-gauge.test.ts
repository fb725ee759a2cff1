import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/metrics.ts';
import { createBacklogGauge } from '../../src/outbox/backlog-gauge.ts';
import type { NewOutboxEntry } from '../../src/outbox/outbox-entry.ts';
import type { OutboxStore } from '../../src/outbox/outbox.port.ts';
import { memoryLogger } from '../adapters/app/helpers/memory-logger.ts';
import { useRedisStore } from '../helpers/use-redis-store.ts';

const entries = (from: number, n: number): NewOutboxEntry[] =>
  Array.from({ length: n }, (_, i) => ({ id: `g:${from + i}`, lane: `g:${from + i}`, body: { kind: 'direct', platform: 'test', payload: {} } }));

/** Delivers (acknowledges) `n` entries, as a worker would. */
async function deliver(outbox: OutboxStore, n: number): Promise<void> {
  const claimed = await outbox.read('probe', n, 5);
  expect(claimed).toHaveLength(n);
  for (const c of claimed) await outbox.ack(c);
}

const stateLogs = (lines: Record<string, unknown>[]) => lines.filter((l) => String(l.msg).startsWith('outbox backlog'));

describe('the outbox backlog gauge (admission control)', () => {
  const redis = useRedisStore('gauge');

  it('sheds above OUTBOX_MAX_BACKLOG until the backlog is down to 80 % of it, logging each change once', async () => {
    const { store } = redis.fresh();
    const log = memoryLogger();
    const metrics = createMetrics();
    const gauge = createBacklogGauge({ outbox: store.outbox, limit: 10, logger: log.logger, metrics });
    expect(gauge.shedding()).toBe(false);
    expect(gauge.value()).toBeNull();

    await store.outbox.enqueue(entries(0, 10));
    await gauge.refresh();
    expect([gauge.value(), gauge.shedding()]).toEqual([10, false]);

    await store.outbox.enqueue(entries(10, 5));
    for (let i = 0; i < 5; i++) await gauge.refresh();
    expect([gauge.value(), gauge.shedding()]).toEqual([15, true]);
    expect((await metrics.outboxBacklog.get()).values[0]!.value).toBe(15);
    gauge.shed('slack');
    gauge.shed('slack');
    gauge.shed('teams');
    expect((await metrics.reportsUndelivered.get()).values.map((v) => [v.labels.platform, v.value])).toEqual([
      ['slack', 2],
      ['teams', 1],
    ]);

    // Entries being sent and entries waiting for a retry are owed too.
    const [held] = await store.outbox.read('probe', 1, 5);
    await store.outbox.retry(held!, { attempt: 1, limited: 0, verify: false, lastError: 'x' }, Date.now() + 60_000);
    await gauge.refresh();
    expect(gauge.value()).toBe(15);

    await deliver(store.outbox, 6); // 9: under the limit, but not yet down to 8
    await gauge.refresh();
    expect([gauge.value(), gauge.shedding()]).toEqual([9, true]);
    await deliver(store.outbox, 1);
    for (let i = 0; i < 5; i++) await gauge.refresh();
    expect([gauge.value(), gauge.shedding()]).toEqual([8, false]);

    const changes = stateLogs(log.lines());
    expect(changes.map((l) => l.backlog)).toEqual([15, 8]);
    expect(changes.map((l) => l.level)).toEqual([40, 30]);
  });

  it('never sheds with OUTBOX_MAX_BACKLOG=0, and keeps its state while the store cannot be read', async () => {
    const { store } = redis.fresh();
    await store.outbox.enqueue(entries(0, 50));
    const off = createBacklogGauge({ outbox: store.outbox, limit: 0 });
    await off.refresh();
    expect([off.value(), off.shedding()]).toEqual([50, false]);

    let broken = false;
    const log = memoryLogger();
    const flaky = { stats: () => (broken ? Promise.reject(new Error('connection lost')) : store.outbox.stats()) };
    const gauge = createBacklogGauge({ outbox: flaky, limit: 10, logger: log.logger });
    await gauge.refresh();
    expect(gauge.shedding()).toBe(true);
    broken = true;
    for (let i = 0; i < 3; i++) await gauge.refresh();
    expect([gauge.value(), gauge.shedding()]).toEqual([50, true]);
    expect(log.lines().filter((l) => l.msg === 'outbox backlog: could not read it; keeping the last state')).toHaveLength(1);
  });

  it('reads in the background once started, and not after it stopped', async () => {
    const { store } = redis.fresh();
    let reads = 0;
    const counted = { stats: () => (reads++, store.outbox.stats()) };
    const gauge = createBacklogGauge({ outbox: counted, limit: 10, intervalMs: 20 });
    gauge.start();
    gauge.start();
    await store.outbox.enqueue(entries(0, 11));
    const until = Date.now() + 5000;
    while (!gauge.shedding() && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    expect(gauge.shedding()).toBe(true);
    gauge.stop();
    await new Promise((r) => setTimeout(r, 30));
    const after = reads;
    await new Promise((r) => setTimeout(r, 100));
    expect(reads).toBe(after);
  });
});
