import { describe, expect, it } from 'vitest';
import { spawnRedisServer, stopChild } from '../../helpers/redis-server.ts';
import { get, post } from './helpers/serve-app.ts';
import { spawnBot } from './helpers/spawn-bot.ts';

/**
 * A Redis outage, black box: the real CLI on a redis-server the test starts, then stops. Every
 * API call answers `503 {"code": "store_unavailable"}` with Retry-After, fast (no hanging), and
 * /readyz says "store: unreachable".
 */
describe('a store outage over HTTP (real bot, real redis-server stopped mid-test)', () => {
  it('answers 503 store_unavailable with Retry-After within seconds', async () => {
    const server = await spawnRedisServer();
    try {
      const bot = await spawnBot({ REDIS_URL: `redis://127.0.0.1:${server.port}`, HELPDESK_TOKEN: 'helpdesk-token-0123456789abcdef', STATUS_URL: 'http://127.0.0.1:9/' });
      const started = await post(`${bot.url}/api/conversations`, { reporter: { id: 'r-1' }, text: 'chatgpt.com shows HTTP ERROR 500' });
      expect(started.status).toBe(201);
      const id = String(started.body!.id);

      await stopChild(server.child);
      const calls: [string, () => Promise<{ status: number; headers: Headers; body: Record<string, unknown> | null }>][] = [
        ['GET conversation', () => get(`${bot.url}/api/conversations/${id}`)],
        ['answer', () => post(`${bot.url}/api/conversations/${id}/answers`, { text: 'in the browser' })],
        ['start', () => post(`${bot.url}/api/conversations`, { reporter: { id: 'r-2' } })],
        ['incidents', () => get(`${bot.url}/api/incidents`, { authorization: 'Bearer helpdesk-token-0123456789abcdef' })],
      ];
      for (const [what, call] of calls) {
        const t0 = Date.now();
        const res = await call();
        expect(res.status, what).toBe(503);
        expect(res.body, what).toMatchObject({ code: 'store_unavailable' });
        expect(Number(res.headers.get('retry-after')), what).toBeGreaterThanOrEqual(5);
        expect(Date.now() - t0, what).toBeLessThan(7000);
      }
      const ready = await get(`${bot.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ checks: { store: { ok: false } } });
      expect(ready.body).toMatchObject({ checks: { store: { ok: false, state: 'unreachable', detail: 'store: unreachable' } } });
      await bot.stop();
      expect(bot.output()).not.toContain('"code":"internal"');
    } finally {
      await stopChild(server.child);
    }
  }, 90_000);
});
