import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeStatusServer, type FakeStatusServer } from '../../helpers/fake-status-server.ts';
import { startRedisServer, uniquePrefix, waitFor, type TestRedis } from '../../helpers/redis-server.ts';
import { IDS, incidentioIncident, incidentioQuiet, incidentioWith } from '../../status/status-payloads.ts';
import { spawnBot } from './helpers/spawn-bot.ts';

const TOKEN = 'reconcile-helpdesk-token';

interface ListedIncident {
  id: string;
  state: string;
  kind: string;
  statusIncident?: { name: string };
}

async function incidents(url: string): Promise<ListedIncident[]> {
  const res = await fetch(`${url}/api/incidents`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { incidents: ListedIncident[] };
  return body.incidents;
}

/**
 * The status page incident resolves while no replica runs: the next bot to start reads the page
 * once and resolves the incident it had linked (nobody saw the change between two readings).
 */
describe('a bot restarted after the status incident resolved', () => {
  let redis: TestRedis;
  let status: FakeStatusServer;

  beforeAll(async () => {
    [redis, status] = await Promise.all([startRedisServer(), startFakeStatusServer({ kind: 'json', body: incidentioQuiet() })]);
  });
  afterAll(async () => {
    await status?.close();
    await redis?.stop();
  });

  it('resolves the linked incident within its first poll', async () => {
    const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: uniquePrefix('reconcile'), STATUS_URL: status.url, HELPDESK_TOKEN: TOKEN, LOG_LEVEL: 'warn' };
    status.setDefault({ kind: 'json', body: incidentioWith(incidentioIncident({ id: 'inc-gone-while-down', name: 'Elevated errors on ChatGPT', components: [{ component_id: IDS.conversations }] })) });

    const first = await spawnBot({ ...env, STATUS_POLL_SECONDS: '1' });
    let linked: ListedIncident | undefined;
    await waitFor('the status incident to open an incident', async () => {
      linked = (await incidents(first.url)).find((i) => i.state === 'open');
      return linked !== undefined;
    });
    expect(linked).toMatchObject({ kind: 'upstream', statusIncident: { name: 'Elevated errors on ChatGPT' } });
    expect(await first.stop('SIGKILL')).toBeNull();

    // While no replica runs, the status incident resolves and leaves the page.
    status.setDefault({ kind: 'json', body: incidentioQuiet() });

    // One poll an hour: only the reading at start can resolve it.
    const second = await spawnBot({ ...env, STATUS_POLL_SECONDS: '3600' });
    await waitFor('the incident to resolve on the first reading', async () => (await incidents(second.url)).find((i) => i.id === linked!.id)?.state === 'resolved', 10_000);
    expect((await incidents(second.url)).filter((i) => i.state === 'open')).toEqual([]);
    expect(status.requests.length).toBeGreaterThan(0);
    await second.stop();
  }, 60_000);
});
