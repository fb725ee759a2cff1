import { describe, expect, it } from 'vitest';
import { freePort, uniquePrefix } from '../helpers/redis-server.ts';
import { runCli } from '../helpers/run-cli.ts';
import { useRedisStore } from '../helpers/use-redis-store.ts';

describe('chatgpt-500 incidents', () => {
  const redis = useRedisStore('cli');

  /** A prefix with one open upstream incident and one resolved one. */
  async function seeded() {
    const { prefix, store } = redis.fresh();
    const firstAt = Date.now();
    for (const [reporter, network] of [['a', 'office'], ['b', 'home'], ['c', 'vpn']] as const) {
      await store.incidents.record({ conversationId: `old-${reporter}`, reporterId: reporter, platform: 'web', firstAt, network, surface: 'web', symptom: 'http_500' });
    }
    const [old] = await store.incidents.list({ openOnly: true });
    await store.incidents.resolve(old!.id, 'desk:ana');
    for (const [reporter, network] of [['d', 'office'], ['e', 'office'], ['f', 'home']] as const) {
      await store.incidents.record({ conversationId: `new-${reporter}`, reporterId: reporter, platform: 'slack', firstAt, network, surface: 'web', symptom: 'http_500' });
    }
    const [open] = await store.incidents.list({ openOnly: true });
    return { prefix, old: old!, open: open! };
  }

  it('prints the open incidents as JSON', async () => {
    const { prefix, open } = await seeded();
    const { code, stdout: out, stderr: err } = await runCli(['incidents', '--json'], { REDIS_URL: redis.url(), REDIS_KEY_PREFIX: prefix });
    expect(err).toBe('');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { incidents: { id: string; reporters: number; kind: string }[] };
    expect(parsed.incidents.map((i) => [i.id, i.kind, i.reporters])).toEqual([[open.id, 'upstream', 3]]);
  });

  it('prints them for a person, and the resolved ones with --recent', async () => {
    const { prefix, old, open } = await seeded();
    const env = { REDIS_URL: redis.url(), REDIS_KEY_PREFIX: prefix };
    const text = await runCli(['incidents'], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${open.id}  open  ChatGPT outage: 3 people on 2 networks in 1 min`);
    expect(text.stdout).toContain('networks: office network 2, home network 1');
    expect(text.stdout).toContain('sites: no site 3');
    expect(text.stdout).not.toContain(old.id);
    const recent = await runCli(['incidents', '--recent'], env);
    expect(recent.stdout).toContain(`${old.id}  resolved  ChatGPT outage: 3 people on 3 networks`);
    expect(recent.stdout).toContain('(desk)');
  });

  it('says so when there are none', async () => {
    const { code, stdout: out } = await runCli(['incidents'], { REDIS_URL: redis.url(), REDIS_KEY_PREFIX: uniquePrefix('empty') });
    expect(code).toBe(0);
    expect(out).toBe('No open incidents.\n');
  });

  it('on the in-memory store: says it cannot see a running bot\'s memory, how to ask the bot, and exits 1 with no list', async () => {
    const { code, stdout: out, stderr: err } = await runCli(['incidents', '--json'], { PORT: '3100' });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/no Redis is configured \(REDIS_URL.*in its own memory, which this command cannot see/);
    expect(err).toContain('Ask the running bot instead: chatgpt-500 incidents --url http://localhost:3100 (with HELPDESK_TOKEN in the environment when its board needs one), or open http://localhost:3100/board.');
    const german = await runCli(['incidents'], { PUBLIC_URL: 'https://desk.example.com/', DESK_LOCALE: 'de' });
    expect(german.code).toBe(1);
    expect(german.stderr).toContain('Fragen Sie stattdessen den laufenden Bot: chatgpt-500 incidents --url https://desk.example.com');
  });

  it('fails with one line and exit 1 when the store cannot be reached', async () => {
    const port = await freePort();
    const { code, stdout: out, stderr: err } = await runCli(['incidents', '--json'], { REDIS_URL: `redis://127.0.0.1:${port}` });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`chatgpt-500 incidents: cannot reach Redis 127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}\n`);
  });

  it('rejects an unknown flag as a usage error', async () => {
    const { code, stderr: err } = await runCli(['incidents', '--nope'], {});
    expect(code).toBe(2);
    expect(err).toMatch(/--nope/);
  });
});
