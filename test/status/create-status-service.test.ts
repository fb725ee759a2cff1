import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStatusService, type StatusChangeEvent, type StatusConfig, type StatusService, type StatusTimers } from '../../src/status/create-status-service.ts';
import { startFakeStatusServer, type FakeStatusServer } from '../helpers/fake-status-server.ts';
import { FIXTURE_INCIDENT_ID, IDS, incidentioIncident, incidentioPartial, incidentioQuiet, incidentioWith, statuspageWithGroups } from './status-payloads.ts';

/** A clock and a timer queue the test moves by hand. */
function manualClock(start = Date.parse('2026-09-03T15:30:00Z')) {
  let t = start;
  const pending = new Map<number, { callback: () => void; at: number; ms: number }>();
  let seq = 0;
  const timers: StatusTimers = {
    setTimeout(callback, ms) {
      seq += 1;
      pending.set(seq, { callback, at: t + ms, ms });
      return seq;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  return {
    now: () => t,
    timers,
    pending,
    advance(ms: number) {
      t += ms;
    },
    /** Moves the clock to the next timer and runs it. */
    fireNext() {
      const [id, next] = [...pending].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined || !next) throw new Error('no timer pending');
      pending.delete(id);
      t = Math.max(t, next.at);
      next.callback();
    },
    delays: () => [...pending.values()].map((p) => p.ms),
  };
}

let server: FakeStatusServer;
let service: StatusService | undefined;

const config = (overrides: Partial<StatusConfig> = {}): StatusConfig => ({
  STATUS_URL: server.url,
  STATUS_PROVIDER: 'incidentio',
  STATUS_POLL_SECONDS: 60,
  STATUS_STALE_AFTER_SECONDS: 600,
  STATUS_CONNECT_TIMEOUT_MS: 1000,
  STATUS_TIMEOUT_MS: 2000,
  STATUS_MAX_BYTES: 2_000_000,
  ...overrides,
});

function make(clock = manualClock(), overrides: Partial<StatusConfig> = {}, logger?: pino.Logger) {
  service = createStatusService({ config: config(overrides), now: clock.now, timers: clock.timers, ...(logger ? { logger } : {}) });
  return service;
}

beforeEach(async () => {
  server = await startFakeStatusServer();
});
afterEach(async () => {
  await service?.stop();
  service = undefined;
  await server.close();
});

describe('status service: reading and cache', () => {
  it('serves "unknown" before the first read, without fetching', () => {
    const s = make();
    const reading = s.current();
    expect(reading).toMatchObject({ status: 'unknown', reason: 'the status page has not been read yet', model: null, fetchedAt: null, ageSeconds: null, stale: false });
    expect(server.requests).toHaveLength(0);
  });

  it('on a local address, reads /proxy/status.openai.com, and falls back to /proxy/<address> when that is 404', async () => {
    const s = make();
    server.enqueue({ kind: 'status', status: 404 });
    server.setDefault({ kind: 'json', body: incidentioPartial() });
    const reading = await s.refresh();
    expect(server.requests.map((r) => r.path)).toEqual(['/proxy/status.openai.com', '/proxy/127.0.0.1']);
    expect(reading).toMatchObject({ status: 'chatgpt_incident', source: `${server.url}/proxy/127.0.0.1` });
    await s.refresh();
    expect(server.requests.at(-1)!.path).toBe('/proxy/127.0.0.1');
  });

  it('reads the page into a classified reading; current() then serves it from cache with its age', async () => {
    const clock = manualClock();
    const s = make(clock);
    server.setDefault({ kind: 'json', body: incidentioPartial() });
    const reading = await s.refresh();
    expect(reading).toMatchObject({ status: 'chatgpt_incident', stale: false, ageSeconds: 0, source: `${server.url}/proxy/status.openai.com` });
    expect(reading.chatgptComponents.slice(0, 2)).toEqual(['Conversations', 'Login']);
    expect(reading.model?.incidents[0]?.id).toBe(FIXTURE_INCIDENT_ID);
    expect(reading.incidents[0]).toMatchObject({ chatgpt: true, url: `https://status.openai.com/incidents/${FIXTURE_INCIDENT_ID}` });
    expect(reading.fetchedAt).toBe(new Date(clock.now()).toISOString());
    expect(reading.error).toBeUndefined();

    clock.advance(42_000);
    const cached = s.current();
    expect(cached).toMatchObject({ status: 'chatgpt_incident', ageSeconds: 42 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers['user-agent']).toMatch(/^chatgpt-500\//);
  });

  it('current() is built again only when what it says changes: a read, the age in whole seconds, staleness to the millisecond', async () => {
    const clock = manualClock();
    const s = make(clock, { STATUS_STALE_AFTER_SECONDS: 10 });
    server.setDefault({ kind: 'json', body: incidentioPartial() });
    const read = await s.refresh();
    expect(s.current()).toBe(s.current());
    clock.advance(999);
    expect(s.current()).toMatchObject({ ageSeconds: 0 });
    clock.advance(1);
    const second = s.current();
    expect(second).toMatchObject({ ageSeconds: 1, stale: false, status: read.status });
    clock.advance(8_999);
    expect(s.current()).toMatchObject({ ageSeconds: 9, status: read.status });
    clock.advance(1);
    expect(s.current()).toMatchObject({ ageSeconds: 10, status: read.status, stale: false });
    clock.advance(1);
    expect(s.current()).toMatchObject({ ageSeconds: 10, status: 'unknown', stale: true });
    const again = await s.refresh();
    expect(s.current()).toBe(again);
    expect(again).toMatchObject({ ageSeconds: 0, status: read.status });
  });

  it('is single-flight: many concurrent refreshes cause one request', async () => {
    const s = make();
    server.setDefault({ kind: 'json', body: incidentioQuiet(), delayMs: 150 });
    const readings = await Promise.all(Array.from({ length: 25 }, () => s.refresh()));
    expect(server.requests).toHaveLength(1);
    expect(new Set(readings).size).toBe(1);
    expect(readings[0]!.status).toBe('operational');
  });

  it('revalidates with If-None-Match; a 304 keeps the model and renews its age', async () => {
    const clock = manualClock();
    const s = make(clock);
    server.setDefault({ kind: 'json', body: incidentioPartial(), etag: '"abc"' });
    const first = await s.refresh();
    clock.advance(70_000);
    const second = await s.refresh();
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.headers['if-none-match']).toBe('"abc"');
    expect(second.model).toBe(first.model);
    expect(second).toMatchObject({ status: 'chatgpt_incident', ageSeconds: 0, stale: false });
    expect(second.fetchedAt).toBe(new Date(clock.now()).toISOString());
  });

  it('stale-while-error: serves the last good reading with its age and the error, then "unknown" after STATUS_STALE_AFTER_SECONDS', async () => {
    const clock = manualClock();
    const s = make(clock);
    server.enqueue({ kind: 'json', body: incidentioPartial() });
    server.setDefault({ kind: 'raw', body: '<html>oops</html>', contentType: 'text/html' });
    await s.refresh();

    clock.advance(90_000);
    const failed = await s.refresh();
    expect(failed).toMatchObject({ status: 'chatgpt_incident', stale: true, ageSeconds: 90, errorCode: 'status.content_type' });
    expect(failed.error).toContain('text/html');
    expect(failed.model).not.toBeNull();

    clock.advance(511_000); // 601 s after the good reading
    const expired = s.current();
    expect(expired).toMatchObject({ status: 'unknown', stale: true, ageSeconds: 601, model: null, chatgptComponents: [] });
    expect(expired.reason).toContain('no good reading of the status page for 601 s');
    expect(expired.reason).toContain('text/html');
  });

  it('a failed first read is "unknown" with the reason', async () => {
    const s = make(manualClock(), { STATUS_TIMEOUT_MS: 300 });
    server.setDefault({ kind: 'hang' });
    const reading = await s.refresh();
    expect(reading).toMatchObject({ status: 'unknown', errorCode: 'status.timeout', model: null, stale: false });
    expect(reading.reason).toMatch(/^the status page could not be read: .*300 ms/);
  });

  it('reads a Statuspage v2 page from /api/v2/summary.json', async () => {
    const s = make(manualClock(), { STATUS_PROVIDER: 'statuspage' });
    server.setDefault({ kind: 'json', body: statuspageWithGroups({ login: 'partial_outage' }) });
    const reading = await s.refresh();
    expect(server.requests[0]!.path).toBe('/api/v2/summary.json');
    expect(reading).toMatchObject({ status: 'chatgpt_incident', chatgptComponents: ['Login'] });
  });
});

describe('status service: polling and backoff', () => {
  it('start() reads at once, then polls every STATUS_POLL_SECONDS; stop() leaves no timer', async () => {
    const clock = manualClock();
    const s = make(clock);
    server.setDefault({ kind: 'json', body: incidentioQuiet() });
    s.start();
    s.start(); // idempotent
    await vi.waitFor(() => expect(clock.pending.size).toBe(1));
    expect(server.requests).toHaveLength(1);
    expect(clock.delays()).toEqual([60_000]);

    clock.fireNext();
    await vi.waitFor(() => expect(server.requests).toHaveLength(2));
    await vi.waitFor(() => expect(clock.pending.size).toBe(1));
    expect(s.current()).toMatchObject({ status: 'operational', ageSeconds: 0 });

    await s.stop();
    expect(clock.pending.size).toBe(0);
  });

  it('backs off exponentially on 5xx, honours Retry-After, and returns to the interval after a success', async () => {
    const clock = manualClock();
    const s = make(clock);
    server.enqueue(
      { kind: 'status', status: 503 },
      { kind: 'status', status: 502 },
      { kind: 'status', status: 429, retryAfter: '1800' },
      { kind: 'json', body: incidentioQuiet() },
    );
    s.start();
    const nextDelay = async (requests: number) => {
      await vi.waitFor(() => expect(server.requests).toHaveLength(requests));
      await vi.waitFor(() => expect(clock.pending.size).toBe(1));
      return clock.delays()[0];
    };
    expect(await nextDelay(1)).toBe(120_000);
    clock.fireNext();
    expect(await nextDelay(2)).toBe(240_000);
    clock.fireNext();
    expect(await nextDelay(3)).toBe(1_800_000);
    clock.fireNext();
    expect(await nextDelay(4)).toBe(60_000);
    expect(s.current().status).toBe('operational');
  });

  it('refresh() during a Retry-After window serves the cache without a request', async () => {
    const clock = manualClock();
    const s = make(clock);
    server.enqueue({ kind: 'json', body: incidentioPartial() }, { kind: 'status', status: 429, retryAfter: '300' });
    server.setDefault({ kind: 'json', body: incidentioQuiet() });
    await s.refresh();
    clock.advance(60_000);
    const limited = await s.refresh();
    expect(limited).toMatchObject({ status: 'chatgpt_incident', stale: true, errorCode: 'status.http' });
    expect(limited.error).toContain('429');

    clock.advance(100_000);
    await s.refresh();
    expect(server.requests).toHaveLength(2);

    clock.advance(200_001);
    const after = await s.refresh();
    expect(server.requests).toHaveLength(3);
    expect(after).toMatchObject({ status: 'operational', stale: false });
    expect(after.error).toBeUndefined();
  });

  it('other failures (timeouts) retry at the poll interval, not with backoff', async () => {
    const clock = manualClock();
    const s = make(clock, { STATUS_TIMEOUT_MS: 200 });
    server.enqueue({ kind: 'hang' });
    s.start();
    await vi.waitFor(() => expect(clock.pending.size).toBe(1), { timeout: 3000 });
    expect(clock.delays()).toEqual([60_000]);
    expect(s.current().errorCode).toBe('status.timeout');
  });

  it('stop() cancels a read in flight and closes its own connections', async () => {
    const s = make(manualClock(), { STATUS_TIMEOUT_MS: 60_000 });
    server.setDefault({ kind: 'hang' });
    const pending = s.refresh();
    await server.waitForRequests(1);
    await s.stop();
    const reading = await pending;
    expect(reading.status).toBe('unknown');
    expect(reading.errorCode).toBeUndefined(); // our own cancel is not a page failure
  });
});

describe('status service: change events', () => {
  const loginIncident = (o: { status?: string; update?: string } = {}) =>
    incidentioIncident({
      id: 'inc-login',
      name: 'Login errors',
      status: o.status ?? 'investigating',
      components: [{ component_id: IDS.chatgptLogin }],
      updates: [{ published_at: '2026-09-03T15:00:00Z', message_string: o.update ?? 'Investigating' }],
    });

  it('emits opened, updated and resolved for ChatGPT incidents, and nothing for other products', async () => {
    const clock = manualClock();
    const s = make(clock);
    const events: StatusChangeEvent[] = [];
    s.onChange((e) => events.push(e));
    server.enqueue(
      { kind: 'json', body: incidentioQuiet() },
      { kind: 'json', body: incidentioWith(incidentioIncident({ id: 'inc-api', components: [{ component_id: IDS.apisLogin }] })) },
      { kind: 'json', body: incidentioWith(loginIncident()) },
      { kind: 'json', body: incidentioWith(loginIncident()) },
      { kind: 'json', body: incidentioWith(loginIncident({ status: 'monitoring', update: 'Fix deployed' })) },
      { kind: 'status', status: 503 },
      { kind: 'json', body: incidentioQuiet() },
    );
    const kinds = async () => {
      clock.advance(600_000); // past any backoff
      await s.refresh();
      return events.splice(0).map((e) => [e.kind, e.incident.id, e.initial]);
    };
    expect(await kinds()).toEqual([]); // quiet
    expect(await kinds()).toEqual([]); // API incident only
    expect(await kinds()).toEqual([['opened', 'inc-login', false]]);
    expect(await kinds()).toEqual([]); // unchanged
    expect(await kinds()).toEqual([['updated', 'inc-login', false]]);
    expect(await kinds()).toEqual([]); // a failed read resolves nothing
    expect(await kinds()).toEqual([['resolved', 'inc-login', false]]);
  });

  it('carries the incident, its last update and the reading; the first reading marks open incidents as initial', async () => {
    const s = make();
    const events: StatusChangeEvent[] = [];
    s.onChange((e) => events.push(e));
    server.setDefault({ kind: 'json', body: incidentioPartial() });
    await s.refresh();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'opened',
      initial: true,
      incident: { id: FIXTURE_INCIDENT_ID, chatgpt: true, lastUpdate: { text: 'We have applied the mitigation and are monitoring the recovery.' } },
      reading: { status: 'chatgpt_incident' },
    });
  });

  it('tells reading listeners after every good read (a 304 too), never after a failed one', async () => {
    const clock = manualClock();
    const s = make(clock);
    const seen: string[] = [];
    const off = s.onReading((r) => seen.push(`${r.status}:${r.incidents.map((i) => i.id).join(',')}`));
    server.enqueue(
      { kind: 'json', body: incidentioWith(loginIncident()) },
      { kind: 'status', status: 503 },
      { kind: 'json', body: incidentioQuiet(), etag: '"q"' },
    );
    const step = async () => {
      clock.advance(600_000);
      await s.refresh();
    };
    await step();
    await step();
    await step();
    server.setDefault({ kind: 'json', body: incidentioQuiet(), etag: '"q"' }); // answers 304 to If-None-Match "q"
    await step();
    expect(seen).toEqual(['chatgpt_incident:inc-login', 'operational:', 'operational:']);
    off();
    await step();
    expect(seen).toHaveLength(3);
  });

  it('a failing listener is logged and does not stop the others; unsubscribe works', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    const s = make(manualClock(), {}, logger);
    const seen: string[] = [];
    s.onChange(() => {
      throw new Error('listener broke');
    });
    const off = s.onChange((e) => seen.push(`b:${e.kind}`));
    server.enqueue({ kind: 'json', body: incidentioWith(loginIncident()) }, { kind: 'json', body: incidentioQuiet() });
    await s.refresh();
    expect(seen).toEqual(['b:opened']);
    expect(lines.some((l) => l.includes('a status change listener failed') && l.includes('listener broke'))).toBe(true);
    off();
    await s.refresh();
    expect(seen).toEqual(['b:opened']);
  });
});
