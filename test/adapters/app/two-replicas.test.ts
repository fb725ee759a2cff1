import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeStatusServer, type FakeStatusServer } from '../../helpers/fake-status-server.ts';
import { startRedisServer, uniquePrefix, type TestRedis } from '../../helpers/redis-server.ts';
import { incidentioQuiet } from '../../status/status-payloads.ts';
import { FAILS_EVERYWHERE, reportOverApi, threeReportersOverApi } from '../web/helpers/report-over-api.ts';
import { spawnBot } from './helpers/spawn-bot.ts';

interface IncidentBody {
  id: string;
  kind: string;
  state: string;
  reporters: number;
  reports: number;
  places: number;
}

describe('two `chatgpt-500 start` processes on one Redis', () => {
  let redis: TestRedis;
  let statusServer: FakeStatusServer;
  beforeAll(async () => {
    [redis, statusServer] = await Promise.all([startRedisServer(), startFakeStatusServer({ kind: 'json', body: incidentioQuiet() })]);
  });
  afterAll(async () => {
    await statusServer?.close();
    await redis?.stop();
  });

  it('continue each other’s conversations and show the same incident on both boards', async () => {
    const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: uniquePrefix('replicas'), STATUS_URL: statusServer.url, INCIDENT_MIN_REPORTERS: '3', WEB_REPORTERS_PER_ADDRESS: '10' };
    const [a, b] = await Promise.all([spawnBot(env), spawnBot(env)]);
    expect(a.url).not.toBe(b.url);

    // Started on A, every other answer on B, to a verdict; either replica shows it as it stands.
    const turns = await reportOverApi([a.url, b.url], 'solo', { ...FAILS_EVERYWHERE, clean_browser: 'works' });
    expect(turns.at(-1)!.verdict).toMatchObject({ branch: 'browser' });
    const id = turns[0]!.id;
    // The session cookie A set is good on B: the replicas share the key the store generated once.
    const onB = (await turns.client.get(`${b.url}/api/conversations/${id}`)).body as { branch?: string; facts: Record<string, string> };
    expect(onB).toMatchObject({ branch: 'browser', facts: { surface: 'web', symptom: 'http_500', clean_browser: 'works' } });

    await threeReportersOverApi([b.url, a.url]);
    const boards = await Promise.all(
      [a, b].map(async (bot) => ((await (await fetch(`${bot.url}/api/incidents`)).json()) as { incidents: IncidentBody[] }).incidents),
    );
    const counts = (list: IncidentBody[]) => list.map((i) => [i.id, i.kind, i.state, i.reporters, i.reports, i.places]);
    expect(counts(boards[0]!)).toEqual([[expect.any(String), 'upstream', 'open', 3, 3, 3]]);
    expect(counts(boards[1]!)).toEqual(counts(boards[0]!));

    // An action on one replica is what the other shows.
    const incidentId = boards[0]![0]!.id;
    const ack = await fetch(`${b.url}/api/incidents/${incidentId}/acknowledge`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"by": "Kim"}' });
    expect(ack.status).toBe(200);
    const onA = (await (await fetch(`${a.url}/api/incidents`)).json()) as { incidents: (IncidentBody & { acknowledgedBy?: string })[] };
    expect(onA.incidents[0]).toMatchObject({ id: incidentId, state: 'acknowledged', acknowledgedBy: 'Kim' });

    expect(await Promise.all([a.stop(), b.stop()])).toEqual([0, 0]);
  });
});
