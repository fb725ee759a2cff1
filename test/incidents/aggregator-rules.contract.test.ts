import { describe, expect, it } from 'vitest';
import { BACKENDS, useStoreBackends } from '../helpers/store-backends.ts';
import { aggregatorFixture, MIN, T0 } from './aggregator-fixture.ts';

const backends = useStoreBackends();

describe.each(BACKENDS)('aggregation rules on %s', (name) => {
  it('keeps one report per conversation from its first message, sharpened as facts arrive', async () => {
    const { clock, agg, send } = await aggregatorFixture(backends, name);
    const first = await send('u1');
    expect(first.created).toBe(true);
    expect(first.report).toMatchObject({ conversationId: 'c-u1', reporterId: 'u1', platform: 'slack', firstAt: T0, class: 'candidate', subscribed: false });
    expect(first.report.place).toBeUndefined();
    clock.set(T0 + 30_000);
    expect((await send('u1')).created).toBe(false);
    const sharper = await send('u1', { firstAt: T0 + 30_000, surface: 'web', symptom: 'http_500', network: 'office', site: 'Berlin HQ' });
    expect(sharper.created).toBe(false);
    expect(sharper.report).toMatchObject({ firstAt: T0, updatedAt: T0 + 30_000, surface: 'web', symptom: 'http_500', network: 'office', site: 'Berlin HQ', place: 'site:berlin hq' });
    const later = await send('u1', { branch: 'browser' });
    expect(later.report).toMatchObject({ class: 'local_device', network: 'office', surface: 'web' });
    expect(await agg.getReport('c-u1')).toEqual(later.report);
    expect(await agg.getReport('nope')).toBeNull();
  });

  it('opens an upstream incident at 3 distinct reporters on 2 places, and says surge', async () => {
    const { clock, agg, send, only } = await aggregatorFixture(backends, name);
    expect((await send('u1', { network: 'office' })).changes).toEqual([]);
    clock.set(T0 + MIN);
    const second = await send('u2', { network: 'office' });
    expect(second.crowd.fact).toBe('none');
    clock.set(T0 + 2 * MIN);
    const third = await send('u3', { network: 'home', surface: 'web' });
    const incident = await only();
    expect(third.changes).toEqual([{ type: 'opened', incidentId: incident.id }]);
    expect(third.crowd).toEqual({ fact: 'surge', incidentId: incident.id, reporters: 3, places: 2, openedAt: T0 + 2 * MIN, samePlace: 1 });
    expect(third.report.incidentId).toBe(incident.id);
    expect(incident).toMatchObject({ kind: 'upstream', state: 'open', openedBy: 'crowd', openedAt: T0 + 2 * MIN, reporters: 3, reports: 3, places: 2 });
    expect(incident.breakdown).toEqual({ places: { 'network:office': 2, 'network:home': 1 }, localPlaces: {}, surfaces: { unknown: 2, web: 1 }, symptoms: { unknown: 3 } });
    expect(incident.timeline).toEqual([{ type: 'opened', at: T0 + 2 * MIN, reason: 'crowd', reporters: 3, places: 2 }]);
    expect(await agg.crowd({ network: 'office' })).toMatchObject({ fact: 'surge', samePlace: 2 });
  });

  it('needs two places: reporters on one place, or with no place, are not an upstream outage', async () => {
    const { agg, send, only } = await aggregatorFixture(backends, name);
    await send('u1', { network: 'office' });
    await send('u2', { network: 'office' });
    await send('u3');
    await send('u4', { network: 'office' });
    expect(await agg.list()).toEqual([]);
    await send('u5', { site: 'Lisbon' });
    const incident = await only();
    expect(incident).toMatchObject({ reporters: 5, places: 2 });
    expect(incident.breakdown.places).toEqual({ 'network:office': 3, 'site:lisbon': 1 });
  });

  it('counts one person once however often they report; every conversation is one report', async () => {
    const { agg, send, only } = await aggregatorFixture(backends, name);
    for (const [i, network] of (['office', 'home', 'office', 'home'] as const).entries()) await send('u1', { conversationId: `u1-${i}`, network });
    await send('u2', { network: 'home' });
    await send('u2', { network: 'home' });
    expect(await agg.list()).toEqual([]);
    await send('u3', { network: 'vpn' });
    await send('u3', { conversationId: 'u3-again', network: 'vpn' });
    const incident = await only();
    expect(incident).toMatchObject({ reporters: 3, reports: 7 });
  });

  it('leaves out reports placed on the person\'s own browser or app, also when that is learnt late', async () => {
    const { clock, send, only, agg } = await aggregatorFixture(backends, name);
    await send('u1', { network: 'office', branch: 'browser' });
    await send('u2', { network: 'home', branch: 'app' });
    await send('u3', { network: 'office' });
    await send('u3', { branch: 'browser' });
    await send('u4', { network: 'home' });
    await send('u5', { network: 'vpn' });
    expect(await agg.list()).toEqual([]);
    clock.set(T0 + MIN);
    await send('u6', { network: 'mobile_data' });
    const incident = await only();
    expect(incident.reporters).toBe(3);
    expect(incident.breakdown.places).toEqual({ 'network:home': 1, 'network:vpn': 1, 'network:mobile_data': 1 });
  });

  it('only counts reports within the window', async () => {
    const { clock, agg, send, only } = await aggregatorFixture(backends, name);
    await send('u1', { network: 'office' });
    clock.set(T0 + 6 * MIN);
    await send('u2', { network: 'home' });
    clock.set(T0 + 10 * MIN);
    await send('u3', { network: 'vpn' });
    expect(await agg.list()).toEqual([]);
    clock.set(T0 + 11 * MIN);
    await send('u4', { network: 'office' });
    expect((await only()).reporters).toBe(3);
  });

  it('opens a network-local incident for 3 reporters whose hotspot worked on one site', async () => {
    const { agg, send, only } = await aggregatorFixture(backends, name);
    await send('u1', { site: ' Berlin  HQ', otherNetwork: 'works' });
    await send('u2', { site: 'berlin hq', branch: 'network' });
    expect(await agg.list()).toEqual([]);
    const third = await send('u3', { site: 'BERLIN HQ', network: 'office', otherNetwork: 'works' });
    const incident = await only();
    expect(incident).toMatchObject({ kind: 'network_local', place: 'site:berlin hq', reporters: 3, places: 1 });
    expect(incident.breakdown.localPlaces).toEqual({ 'site:berlin hq': 3 });
    expect(third.crowd).toMatchObject({ fact: 'local_cluster', incidentId: incident.id, samePlace: 3 });
    expect(await agg.crowd({ site: 'Berlin HQ' })).toMatchObject({ fact: 'local_cluster' });
    expect(await agg.crowd({ network: 'office' })).toEqual({ fact: 'none', reporters: 0, places: 0, samePlace: 0 });
    await send('u4', { site: 'Berlin HQ', otherNetwork: 'works' });
    await send('u5', { network: 'home', otherNetwork: 'works' });
    expect(await only()).toMatchObject({ id: incident.id, reporters: 4 });
  });

  it('opens an API incident for 3 API 5xx reporters; rate limits do not count', async () => {
    const { agg, send, only } = await aggregatorFixture(backends, name);
    await send('a1', { surface: 'api', symptom: 'api_500' });
    await send('a2', { surface: 'api', symptom: 'api_429' });
    await send('a3', { surface: 'api', symptom: 'api_other' });
    await send('a4', { surface: 'api', symptom: 'api_503' });
    expect(await agg.list()).toEqual([]);
    await send('a5', { surface: 'api', branch: 'api_server' });
    const incident = await only();
    expect(incident).toMatchObject({ kind: 'api', reporters: 3 });
    expect(incident.breakdown.symptoms).toEqual({ api_500: 1, api_503: 1, unknown: 1 });
  });

  it('absorbs network-local incidents into one upstream incident, and later local signals too', async () => {
    const { clock, agg, send, only } = await aggregatorFixture(backends, name);
    for (const u of ['o1', 'o2', 'o3']) await send(u, { network: 'office', otherNetwork: 'works' });
    clock.set(T0 + MIN);
    for (const u of ['b1', 'b2', 'b3']) await send(u, { site: 'Berlin', otherNetwork: 'works' });
    expect(await agg.subscribe('c-b1')).toMatchObject({ outcome: 'subscribed' });
    const locals = await agg.list({ openOnly: true });
    expect(locals.map((i) => i.kind)).toEqual(['network_local', 'network_local']);
    const office = locals.find((i) => i.place === 'network:office')!;
    const berlin = locals.find((i) => i.place === 'site:berlin')!;
    clock.set(T0 + 2 * MIN);
    await send('h1', { network: 'home' });
    await send('h2', { network: 'home' });
    const crossing = await send('m1', { network: 'mobile_data' });
    expect(crossing.changes).toEqual(expect.arrayContaining([{ type: 'changed', incidentId: office.id }, { type: 'changed', incidentId: berlin.id }]));
    const upstream = await only();
    expect(upstream).toMatchObject({ id: office.id, kind: 'upstream', reporters: 9, reports: 9, places: 4 });
    expect(upstream.place).toBeUndefined();
    expect(upstream.breakdown.localPlaces).toEqual({ 'network:office': 3, 'site:berlin': 3 });
    expect(upstream.timeline).toEqual([
      { type: 'opened', at: T0, reason: 'crowd', reporters: 3, places: 1 },
      { type: 'kind_changed', at: T0 + 2 * MIN, from: 'network_local', to: 'upstream' },
      { type: 'threshold', at: T0 + 2 * MIN, places: 2 },
      { type: 'absorbed', at: T0 + 2 * MIN, incidentId: berlin.id, place: 'site:berlin' },
    ]);
    const merged = (await agg.get(berlin.id))!;
    expect(merged).toMatchObject({ state: 'merged', mergedInto: office.id, resolved: { by: 'aggregator', at: T0 + 2 * MIN, reason: 'merged' } });
    expect((await agg.getReport('c-b1'))!.incidentId).toBe(office.id);
    await send('b4', { site: 'Berlin', otherNetwork: 'works' });
    expect(await only()).toMatchObject({ id: office.id, reporters: 10 });
    const resolved = await agg.resolve(office.id, 'desk:ana');
    expect(resolved.ok && resolved.changes).toEqual([{ type: 'resolved', incidentId: office.id, subscribers: ['c-b1'] }]);
  });

  it('keeps the API incident apart from an upstream outage', async () => {
    const { send, agg } = await aggregatorFixture(backends, name);
    for (const u of ['a1', 'a2', 'a3']) await send(u, { surface: 'api', symptom: 'api_500' });
    for (const [u, network] of [['w1', 'office'], ['w2', 'home'], ['w3', 'vpn']] as const) await send(u, { network });
    const open = await agg.list({ openOnly: true });
    expect(open.map((i) => [i.kind, i.reporters]).sort()).toEqual([['api', 3], ['upstream', 3]]);
  });

  it('keeps breakdowns exact as a joined report sharpens', async () => {
    const { send, only } = await aggregatorFixture(backends, name);
    await send('u1', { network: 'office' });
    await send('u2', { network: 'home' });
    await send('u3');
    await send('u3', { conversationId: 'u3-b', network: 'vpn' });
    await send('u3', { surface: 'desktop', symptom: 'http_500', site: 'Oslo' });
    const incident = await only();
    expect(incident).toMatchObject({ reporters: 3, reports: 4, places: 3 });
    expect(incident.breakdown).toEqual({
      places: { 'network:office': 1, 'network:home': 1, 'site:oslo': 1 },
      localPlaces: {},
      surfaces: { unknown: 2, desktop: 1 },
      symptoms: { unknown: 2, http_500: 1 },
    });
  });

  it('writes reporter and place milestones to the timeline', async () => {
    const { send, only } = await aggregatorFixture(backends, name);
    const networks = ['office', 'home', 'vpn', 'mobile_data'] as const;
    for (let i = 0; i < 10; i += 1) await send(`u${i}`, i < 4 ? { network: networks[i]! } : { site: `site ${i}` });
    const incident = await only();
    expect(incident.reporters).toBe(10);
    expect(incident.timeline.filter((e) => e.type === 'threshold')).toEqual([
      { type: 'threshold', at: T0, places: 5 },
      { type: 'threshold', at: T0, places: 10 },
      { type: 'threshold', at: T0, reporters: 10 },
    ]);
  });
});
