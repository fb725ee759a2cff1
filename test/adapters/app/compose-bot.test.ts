import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeBot, type ComposeBot } from '../../../adapters/app/compose-bot.ts';
import { rawCommand, startRedisServer, uniquePrefix, type TestRedis } from '../../helpers/redis-server.ts';
import { incidentioPartial } from '../../status/status-payloads.ts';
import { threeReportersOverApi } from '../web/helpers/report-over-api.ts';
import { startInProcess } from './helpers/start-in-process.ts';

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const readyz = async (url: string) => (await (await fetch(`${url}/readyz`)).json()) as { ok: boolean; checks: Record<string, { ok: boolean; state: string; detail?: string }> };
const metricsText = async (url: string) => (await fetch(`${url}/metrics`)).text();

describe('composeBot on the memory store', () => {
  it('reports the store and the status reader in /readyz, and counts status reads and open incidents in /metrics', async () => {
    // The three reporters all come from 127.0.0.1: room for them under the per-address cap.
    const bot = await startInProcess({ INCIDENT_MIN_REPORTERS: '3', WEB_REPORTERS_PER_ADDRESS: '10' });
    await bot.statusServer.waitForRequests(1);
    await expect.poll(async () => (await readyz(bot.url)).checks.status?.state).toBe('fresh');
    expect(await readyz(bot.url)).toEqual({ ok: true, checks: { store: { ok: true, state: 'memory' }, status: { ok: true, state: 'fresh' } } });
    expect(await metricsText(bot.url)).toContain('chatgpt500_status_fetches_total{result="ok"} 1');
    expect(await metricsText(bot.url)).toContain('chatgpt500_incidents_open{kind="upstream"} 0');

    await threeReportersOverApi([bot.url]);
    const metrics = await metricsText(bot.url);
    expect(metrics).toContain('chatgpt500_incidents_open{kind="upstream"} 1');
    expect(metrics).toContain('chatgpt500_conversations_started_total{platform="web"} 3');
    // The outbox, fleet-wide: the card redraws of the new incident went out (the web sender draws none).
    await expect.poll(async () => /chatgpt500_outbox_entries\{state="ready"\} 0/.test(await metricsText(bot.url))).toBe(true);
    expect(await metricsText(bot.url)).toContain('chatgpt500_outbox_entries{state="dead"} 0');
    expect(await metricsText(bot.url)).toMatch(/chatgpt500_outbox_deliveries_total\{kind="card",outcome="delivered"\} [1-9]/);
  });

  it('is ready while the status page fails (state unknown, the reason as detail), and counts the failed reads', async () => {
    const fresh = await startInProcess({}, { statusPayload: 'not a status page' });
    await fresh.statusServer.waitForRequests(1);
    await expect.poll(async () => (await readyz(fresh.url)).checks.status?.state).toBe('unknown');
    const report = await readyz(fresh.url);
    expect(report.ok).toBe(true);
    expect(report.checks.status).toMatchObject({ ok: true, state: 'unknown', detail: 'the status page could not be read: the status page answered with malformed JSON' });
    expect(await metricsText(fresh.url)).toContain('chatgpt500_status_fetches_total{result="error"} 1');
  });

  it('links a ChatGPT incident on the status page to an upstream incident on the board', async () => {
    const bot = await startInProcess({}, { statusPayload: incidentioPartial() });
    await expect
      .poll(async () => ((await (await fetch(`${bot.url}/api/incidents`)).json()) as { incidents: { kind: string; statusIncident?: { name: string } }[] }).incidents)
      .toEqual([expect.objectContaining({ kind: 'upstream', statusIncident: { name: 'Elevated errors across ChatGPT and Codex', url: expect.any(String) } })]);
  });
});

describe('composeBot on Redis', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  const clients = async () => Number(/connected_clients:(\d+)/.exec(await rawCommand(redis.port, 'INFO clients'))?.[1]);

  it('pings Redis for /readyz and closes its connection on shutdown', async () => {
    const before = await clients();
    const bot = await startInProcess({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: uniquePrefix('compose') });
    expect(bot.stderr()).toMatch(new RegExp(`Store +Redis ${redis.url} \\(REDIS_URL\\)`));
    expect((await readyz(bot.url)).checks.store).toEqual({ ok: true, state: 'reachable' });
    expect(await clients()).toBeGreaterThan(before);
    expect((await bot.stop()).code).toBe(0);
    await expect.poll(clients).toBe(before);
  });

  it('on SIGTERM lets the request in flight finish and a card delivery in flight complete before Redis is closed; exit 0', async () => {
    const order: string[] = [];
    const cards: (string | null)[] = [];
    const compose: ComposeBot = async (config, deps) => {
      const parts = await composeBot(config, {
        ...deps,
        // A slow chat platform: the card of the incident takes a while to post.
        senders: [
          {
            platform: 'teams',
            sender: {
              thread: async () => {},
              notice: async () => {},
              card: async (_incident, ref) => {
                await sleep(700);
                cards.push(ref);
                order.push(`card ${ref === null ? 'posted' : 'edited'}`);
                return ref ?? 'teams-card-1';
              },
            },
          },
        ],
      });
      const start = parts.desk.start;
      return {
        ...parts,
        desk: { ...parts.desk, start: async (input) => (await sleep(input.text === 'slow' ? 700 : 0), start(input)) },
        closers: parts.closers.map((c) => ({ ...c, close: async () => void (await c.close(), order.push(c.name)) })),
      };
    };
    const bot = await startInProcess({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: uniquePrefix('shutdown'), INCIDENT_CARD_MIN_INTERVAL_SECONDS: '0', WEB_REPORTERS_PER_ADDRESS: '10' }, { compose });

    await threeReportersOverApi([bot.url]);
    const inFlight = fetch(`${bot.url}/api/conversations`, json({ text: 'slow' }));
    await sleep(150);
    const stopping = bot.stop();
    const answer = await inFlight;
    expect(answer.status).toBe(201);
    expect(answer.headers.get('connection')).toBe('close');
    expect((await stopping).code).toBe(0);
    expect(cards[0]).toBeNull();
    expect(order.indexOf('card posted')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('card posted')).toBeLessThan(order.indexOf('store: close (redis)'));
    expect(order.at(-1)).toBe('store: close (redis)');
  });
});
