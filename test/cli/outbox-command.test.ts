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
    expect(retried.stdout).toBe('Sent 2 messages back to the outbox; a running bot delivers them now.\n');
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

  it('speaks the language asked for (--locale, else LANG, else DESK_LOCALE); JSON and ids stay as they are', async () => {
    const { prefix } = await seeded();
    const env = { REDIS_URL: redis.url(), REDIS_KEY_PREFIX: prefix };
    const de = await runCli(['outbox', '--locale', 'de'], env);
    expect(de.stderr).toBe('');
    expect(de.stdout).toContain('Postausgang: 1 wartend, 0 in Zustellung, 0 warten auf einen neuen Versuch, 2 nicht zustellbar.');
    expect(de.stdout).toMatch(/ {4}2 {2}slack:channel_not_found/);
    expect(de.stdout).toContain('Anzeigen mit `chatgpt-500 outbox --dead`');
    const fr = await runCli(['outbox', '--dead'], { ...env, LANG: 'fr_FR.UTF-8' });
    expect(fr.stdout).toMatch(/direct {3}slack:channel_not_found {2}1 tentative\n {2}gone-/);
    const es = await runCli(['outbox', '--dead'], { ...env, DESK_LOCALE: 'es' });
    expect(es.stdout).toContain('slack:channel_not_found  1 intento');
    // --locale beats LANG, LANG beats DESK_LOCALE.
    const both = await runCli(['outbox', '--dead', '--locale', 'en'], { ...env, LANG: 'de_DE.UTF-8', DESK_LOCALE: 'fr' });
    expect(both.stdout).toContain('slack:channel_not_found  1 attempt\n');
    const json = await runCli(['outbox', '--json', '--locale', 'de'], env);
    expect(JSON.parse(json.stdout)).toMatchObject({ ready: 1, inFlight: 0, delayed: 0, dead: 2 });

    const help = await runCli(['outbox', '--help', '--locale', 'es'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Uso: chatgpt-500 outbox \[--dead \[--limit N\]\] \[--retry-dead\] \[--json\] \[--locale <tag>\]\n/);
    expect(help.stdout).toContain('--retry-dead   volver a enviar todos los mensajes no entregados');
    const none = await runCli(['outbox'], { LC_ALL: 'de_DE.UTF-8' });
    expect(none.stderr).toMatch(/^chatgpt-500 outbox: kein Redis eingerichtet/);
    const bad = await runCli(['outbox', '--limit', '0', '--locale', 'fr'], env);
    expect(bad).toMatchObject({ code: 2, stderr: 'chatgpt-500 outbox: --limit doit être un nombre entier de 1 à 10000\n' });
    const unreachable = await runCli(['outbox', '--locale', 'de'], { REDIS_URL: 'redis://127.0.0.1:1' });
    expect(unreachable.stderr).toMatch(/^chatgpt-500 outbox: Redis 127\.0\.0\.1:1 ist nicht erreichbar: /);
    const unsupported = await runCli(['outbox', '--locale', 'pt'], { LANG: 'de_DE.UTF-8' });
    expect(unsupported).toMatchObject({ code: 2, stderr: 'chatgpt-500: nicht unterstützte Sprache „pt“; unterstützt: en, de, es, fr\n' });
  });
});
