import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawCommand, spawnRedisServer, stopChild } from '../../helpers/redis-server.ts';
import { runBin } from '../../helpers/run-cli.ts';
import { get } from './helpers/serve-app.ts';
import { spawnBot } from './helpers/spawn-bot.ts';

const RIGHT = 'RightPass-7f3a9c';
const WRONG = 'WrongPass-c81d44';
const LATER = 'RotatedPass-55e0b2';

/** No secret in any output: a password, its percent-encoding, or part of it. */
function expectNoSecret(output: string, ...secrets: string[]) {
  for (const secret of secrets) {
    expect(output).not.toContain(secret);
    expect(output).not.toContain(secret.slice(0, 9));
  }
}

/**
 * Credentials in REDIS_URL never reach an output, black box: the real CLI as a child process at
 * LOG_LEVEL=debug against a real redis-server started with --requirepass. ioredis puts the
 * failed AUTH command (its arguments: the password) on its errors; the logger drops it.
 */
describe('Redis credentials (real bot, real redis-server with requirepass)', () => {
  let server: Awaited<ReturnType<typeof spawnRedisServer>>;
  beforeAll(async () => {
    // As `--requirepass`, set once the server answers (the helper waits for an unauthenticated PONG).
    server = await spawnRedisServer();
    expect(await rawCommand(server.port, `CONFIG SET requirepass ${RIGHT}`)).toMatch(/^\+OK/);
  });
  afterAll(async () => {
    if (server) await stopChild(server.child);
  });
  const url = (password: string) => `redis://:${password}@127.0.0.1:${server.port}`;

  it('a wrong password: the start fails with a clear line, and the password is in no output', async () => {
    const run = await runBin(['start'], { env: { REDIS_URL: url(WRONG), LOG_LEVEL: 'debug', PORT: '0', HOST: '127.0.0.1', STATUS_URL: 'http://127.0.0.1:9/' }, timeoutMs: 40_000 });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/WRONGPASS|authentication/i);
    expectNoSecret(run.stdout + run.stderr, WRONG);
  }, 60_000);

  it('a password rotated under a running bot: /readyz says "store: authentication failed", the API 503, no password in any output', async () => {
    const bot = await spawnBot({ REDIS_URL: url(RIGHT), LOG_LEVEL: 'debug', STATUS_URL: 'http://127.0.0.1:9/' });
    // The banner names the store without its password.
    expect(bot.output()).toMatch(new RegExp(`Store +Redis redis://:\\*\\*\\*@127\\.0\\.0\\.1:${server.port} \\(REDIS_URL\\)`));
    const ready = await get(`${bot.url}/readyz`);
    expect(ready.body).toMatchObject({ checks: { store: { ok: true, state: 'reachable' } } });

    // The password changes and every connection is dropped: the bot reconnects with the old one.
    await rawCommand(server.port, `AUTH ${RIGHT}\r\nCONFIG SET requirepass ${LATER}`);
    await rawCommand(server.port, `AUTH ${LATER}\r\nCLIENT KILL TYPE normal`);
    await expect
      .poll(async () => (await get(`${bot.url}/readyz`)).body, { timeout: 15_000, interval: 300 })
      .toMatchObject({ ok: false, checks: { store: { ok: false, state: 'auth_failed', detail: 'store: authentication failed' } } });
    const api = await fetch(`${bot.url}/api/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"reporter":{"id":"r-1"}}' });
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await api.json()).toMatchObject({ code: 'store_unavailable' });
    const readyText = (await get(`${bot.url}/readyz`)).text;
    // (Its exit code may say that a shutdown step could not finish without the store.)
    await bot.stop();
    const output = bot.output() + readyText;
    expect(output).toMatch(/WRONGPASS|NOAUTH/);
    expectNoSecret(output, RIGHT, LATER);
    expect(output).not.toMatch(/"command"|"args"/);
  }, 60_000);
});
