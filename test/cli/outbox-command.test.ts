import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { useRedisStore } from '../helpers/use-redis-store.ts';

describe('chatgpt-500 outbox', () => {
  const redis = useRedisStore('outbox');

  /** A prefix whose outbox holds one waiting message and two that could not be delivered. */
  async function seeded() {
    const { prefix, store } = redis.fresh();
    const direct = (id: string) => ({ id, lane: `lane:${id}`, body: { kind: 'direct' as const, platform: 'slack', payload: { type: 'home', user: id } } });
    await store.outbox.enqueue([direct('gone-1'), direct('gone-2')]);
    for (const claimed of await store.outbox.read('test', 2, 100)) await store.outbox.deadLetter(claimed, 'slack:channel_not_found');
    await store.outbox.enqueue([direct('waiting')]);
    return { prefix, store };
  }

  it('sums up what is on its way and what could not be delivered, with the reasons', async () => {
    const { prefix } = await seeded();
    const { code, stdout, stderr } = await runCli(['outbox'], { REDIS_URL: redis.url(), REDIS_KEY_PREFIX: prefix });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Outbox: 1 waiting, 0 being delivered, 0 waiting for a retry, 2 could not be delivered.');
    expect(stdout).toMatch(/ {4}2 {2}slack:channel_not_found/);
    const json = await runCli(['outbox', '--json'], { REDIS_URL: redis.url(), REDIS_KEY_PREFIX: prefix });
    expect(JSON.parse(json.stdout)).toMatchObject({ ready: 1, inFlight: 0, delayed: 0, dead: 2 });
  });

  it('lists the dead letters and sends them again with --retry-dead', async () => {
    const { prefix, store } = await seeded();
    const listed = await runCli(['outbox', '--dead', '--json'], { REDIS_URL: redis.url(), REDIS_KEY_PREFIX: prefix });
    const dead = (JSON.parse(listed.stdout) as { dead: { id: string; reason: string }[] }).dead;
    expect(dead.map((d) => [d.id, d.reason]).sort()).toEqual([
      ['gone-1', 'slack:channel_not_found'],
      ['gone-2', 'slack:channel_not_found'],
    ]);
    const text = await runCli(['outbox', '--dead', '--limit', '1'], { REDIS_URL: redis.url(), REDIS_KEY_PREFIX: prefix });
    expect(text.stdout.match(/slack:channel_not_found/g)).toHaveLength(1);

    const retried = await runCli(['outbox', '--retry-dead'], { REDIS_URL: redis.url(), REDIS_KEY_PREFIX: prefix });
    expect(retried.code).toBe(0);
    expect(retried.stdout).toContain('Sent 2 message(s) back to the outbox');
    expect(await store.outbox.stats()).toMatchObject({ ready: 3, dead: 0 });
    const again = await store.outbox.read('test', 5, 100);
    expect(again.map((c) => [c.entry.id, c.entry.attempt]).sort()).toEqual([
      ['gone-1', 0],
      ['gone-2', 0],
      ['waiting', 0],
    ]);
  });

  it('says plainly when there is no Redis to read, and refuses a bad --limit', async () => {
    const none = await runCli(['outbox'], {});
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no Redis configured');
    const bad = await runCli(['outbox', '--dead', '--limit', 'lots'], { REDIS_URL: redis.url() });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--limit must be a whole number');
    const unreachable = await runCli(['outbox'], { REDIS_URL: 'redis://127.0.0.1:1' });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^chatgpt-500 outbox: cannot reach Redis 127\.0\.0\.1:1/);
  });
});
