import { describe, expect, it } from 'vitest';
import { BACKENDS, useStoreBackends } from '../helpers/store-backends.ts';
import { aggregatorFixture, MIN, T0 } from './aggregator-fixture.ts';

const backends = useStoreBackends();

describe.each(BACKENDS)('aggregation rules on %s', (name) => {
  it('keeps one report per conversation from its first message, sharpened as facts arrive', async () => {
    const { clock, agg, bare } = await aggregatorFixture(backends, name);
    const first = await bare('u1');
    expect(first.created).toBe(true);
    expect(first.report).toMatchObject({ conversationId: 'c-u1', reporterId: 'u1', platform: 'slack', firstAt: T0, class: 'pending', subscribed: false });
    expect(first.report.place).toBeUndefined();
    clock.set(T0 + 30_000);
    expect((await bare('u1')).created).toBe(false);
    const sharper = await bare('u1', { firstAt: T0 + 30_000, surface: 'web', symptom: 'http_500', network: 'office', site: 'Berlin HQ' });
    expect(sharper.created).toBe(false);
    expect(sharper.report).toMatchObject({
      firstAt: T0,
      updatedAt: T0 + 30_000,
      surface: 'web',
      symptom: 'http_500',
      network: 'office',
      site: 'Berlin HQ',
      place: 'site:berlin hq',
      class: 'candidate',
    });
    const later = await bare('u1', { branch: 'browser' });
    expect(later.report).toMatchObject({ class: 'local_device', network: 'office', surface: 'web' });
    expect(await agg.getReport('c-u1')).toEqual(later.report);
    expect(await agg.getReport('nope')).toBeNull();
  });

  it('an opening sentence alone counts toward nothing: six of them open no outage, and the seventh person is asked', async () => {
    const { agg, bare, send } = await aggregatorFixture(backends, name);
    const networks = ['office', 'home', 'vpn', 'mobile_data', 'office', 'home'] as const;
    for (const [i, network] of networks.entries()) await bare(`s${i}`, { network });
    await bare('s6', { surface: 'web' });
    await bare('s7', { surface: 'web', symptom: 'other' });
    await bare('s8', { surface: 'desktop', symptom: 'http_403' });
    expect(await agg.list()).toEqual([]);
    expect((await agg.crowd({ network: 'office' })).fact).toBe('none');
    // Once people say what fails (a ChatGPT surface and the server's 500), they count.
    await send('s0', { network: 'office' });
    await send('s1', { network: 'home' });
    const third = await send('s2', { network: 'vpn' });
    expect(third.crowd).toMatchObject({ fact: 'surge', reporters: 3, places: 3 });
  });

  it('a verdict that keeps the failure upstream counts without a 500 (outage, web session, escalate)', async () => {
    const { agg, bare, only } = await aggregatorFixture(backends, name);
    await bare('u1', { surface: 'web', branch: 'web_session', network: 'office' });
    await bare('u2', { surface: 'desktop', symptom: 'other', branch: 'escalate', network: 'home' });
    expect(await agg.list()).toEqual([]);
    await bare('u3', { surface: 'mobile', branch: 'outage', network: 'vpn' });
    expect(await only()).toMatchObject({ kind: 'upstream', reporters: 3 });
  });

  it('opens an upstream incident at 3 distinct reporters on 2 places, and says surge', async () => {
    const { clock, agg, send, only } = await aggregatorFixture(backends, name);
    expect((await send('u1', { network: 'office' })).changes).toEqual([]);
    clock.set(T0 + MIN);
    const second = await send('u2', { network: 'office' });
    expect(second.crowd.fact).toBe('none');
    clock.set(T0 + 2 * MIN);
    const third = await send('u3', { network: 'home', surface: 'desktop' });
    const incident = await only();
    expect(third.changes).toEqual([{ type: 'opened', incidentId: incident.id }]);
    expect(third.crowd).toEqual({ fact: 'surge', incidentId: incident.id, reporters: 3, places: 2, openedAt: T0 + 2 * MIN, samePlace: 1 });
    expect(third.report.incidentId).toBe(incident.id);
    expect(incident).toMatchObject({ kind: 'upstream', state: 'open', openedBy: 'crowd', openedAt: T0 + 2 * MIN, reporters: 3, reports: 3, places: 2, networks: 2, sites: 0 });
    expect(incident.breakdown).toEqual({
      networks: { office: 2, home: 1 },
      sites: { unknown: 3 },
      surfaces: { web: 2, desktop: 1 },
      symptoms: { http_500: 3 },
    });
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
    expect(incident).toMatchObject({ reporters: 5, places: 2, networks: 1, sites: 1 });
    expect(incident.breakdown.networks).toEqual({ office: 3, unknown: 2 });
    expect(incident.breakdown.sites).toEqual({ Lisbon: 1, unknown: 4 });
  });

  it('networks and sites are separate dimensions: every reporter appears in each, site labels keep their case', async () => {
    const { send, only } = await aggregatorFixture(backends, name);
    await send('u1', { network: 'office', site: 'Berlin' });
    await send('u2', { network: 'office', site: 'berlin ' });
    await send('u3', { network: 'vpn', site: 'Paris' });
    await send('u4', { network: 'home' });
    const incident = await only();
    expect(incident).toMatchObject({ reporters: 4, places: 3, networks: 3, sites: 2 });
    expect(incident.breakdown.networks).toEqual({ office: 2, vpn: 1, home: 1 });
    expect(incident.breakdown.sites).toEqual({ Berlin: 2, Paris: 1, unknown: 1 });
    const sum = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0);
    for (const table of Object.values(incident.breakdown)) expect(sum(table)).toBe(incident.reporters);
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

  it("leaves out reports placed on the person's own browser or app, also when that is learnt late", async () => {
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
    expect(incident.breakdown.networks).toEqual({ home: 1, vpn: 1, mobile_data: 1 });
  });

  it('a counted reporter whose verdict turns local leaves the outage, and the timeline says so', async () => {
    const { clock, send, only, agg } = await aggregatorFixture(backends, name);
    for (const [u, network] of [['u1', 'office'], ['u2', 'home'], ['u3', 'vpn'], ['u4', 'office'], ['u5', 'office']] as const) await send(u, { network });
    const before = await only();
    expect(before).toMatchObject({ reporters: 5, reports: 5 });
    await agg.subscribe('c-u4');
    clock.set(T0 + 2 * MIN);
    // "Company network, hotspot works" for two people, browser state for a third.
    const leaving = await send('u4', { otherNetwork: 'works', branch: 'network' });
    expect(leaving.report.incidentId).toBeUndefined();
    expect(leaving.changes).toContainEqual({ type: 'changed', incidentId: before.id });
    await send('u5', { otherNetwork: 'works' });
    await send('u2', { branch: 'browser' });
    const after = (await agg.get(before.id))!;
    expect(after).toMatchObject({ reporters: 2, reports: 2 });
    expect(after.breakdown.networks).toEqual({ office: 1, vpn: 1 });
    expect(after.timeline.filter((e) => e.type === 'left')).toEqual([
      { type: 'left', at: T0 + 2 * MIN, branch: 'network', reporters: 4 },
      { type: 'left', at: T0 + 2 * MIN, reporters: 3 },
      { type: 'left', at: T0 + 2 * MIN, branch: 'browser', reporters: 2 },
    ]);
    expect(await agg.subscribers(before.id)).toEqual([]);
    expect(await agg.conversations(before.id)).toEqual(['c-u1', 'c-u3']);
    expect(after.perMinute.reduce((sum, m) => sum + m.reports, 0)).toBe(2);
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

  it('opens a network-local incident for 3 reporters whose hotspot worked on one site, named as they wrote it', async () => {
    const { agg, send, only } = await aggregatorFixture(backends, name);
    await send('u1', { site: ' Berlin  HQ', otherNetwork: 'works' });
    await send('u2', { site: 'berlin hq', branch: 'network' });
    expect(await agg.list()).toEqual([]);
    const third = await send('u3', { site: 'BERLIN HQ', network: 'office', otherNetwork: 'works' });
    const incident = await only();
    expect(incident).toMatchObject({ kind: 'network_local', place: 'site:berlin hq', placeName: 'site Berlin HQ', reporters: 3, places: 1, sites: 1 });
    expect(incident.breakdown.sites).toEqual({ 'Berlin HQ': 3 });
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
    await send('a5', { surface: 'api', symptom: undefined, branch: 'api_server' });
    const incident = await only();
    expect(incident).toMatchObject({ kind: 'api', reporters: 3 });
    expect(incident.breakdown.symptoms).toEqual({ api_500: 1, api_503: 1, unknown: 1 });
  });

  it('an outage does not swallow network-local incidents: their people found another network works', async () => {
    const { clock, agg, send } = await aggregatorFixture(backends, name);
    for (const u of ['o1', 'o2', 'o3']) await send(u, { network: 'office', otherNetwork: 'works' });
    clock.set(T0 + MIN);
    const local = (await agg.list({ openOnly: true }))[0]!;
    expect(local).toMatchObject({ kind: 'network_local', place: 'network:office', placeName: 'office network' });
    await send('h1', { network: 'home' });
    await send('h2', { network: 'vpn' });
    await send('m1', { network: 'mobile_data' });
    const open = await agg.list({ openOnly: true });
    expect(open.map((i) => [i.kind, i.reporters]).sort()).toEqual([['network_local', 3], ['upstream', 3]]);
    // A later local report on the office network joins the local incident, not the outage.
    const more = await send('o4', { network: 'office', otherNetwork: 'works' });
    expect(more.report.incidentId).toBe(local.id);
    expect(more.crowd.fact).toBe('surge');
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
      networks: { office: 1, home: 1, unknown: 1 },
      sites: { Oslo: 1, unknown: 2 },
      surfaces: { web: 2, desktop: 1 },
      symptoms: { http_500: 3 },
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

  it('a reporter marked uncounted never counts', async () => {
    const { agg, send } = await aggregatorFixture(backends, name);
    await send('u1', { network: 'office', uncounted: true });
    await send('u2', { network: 'home', uncounted: true });
    const third = await send('u3', { network: 'vpn', uncounted: true });
    expect(third.report).toMatchObject({ class: 'not_counted', uncounted: true });
    expect(await agg.list()).toEqual([]);
  });
});
