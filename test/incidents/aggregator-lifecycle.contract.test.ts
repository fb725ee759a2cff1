import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BACKENDS, useStoreBackends } from '../helpers/store-backends.ts';
import { describeIncident } from '../../src/incidents/describe-incident.ts';
import { aggregatorFixture, MIN, T0, type AggregatorFixture } from './aggregator-fixture.ts';

const backends = useStoreBackends();

/** Three reporters on two networks: an upstream incident at the clock's time. */
async function outage(f: AggregatorFixture, tag = '') {
  await f.send(`a${tag}`, { network: 'office' });
  await f.send(`b${tag}`, { network: 'office' });
  await f.send(`c${tag}`, { network: 'home' });
  return f.only();
}

describe.each(BACKENDS)('incident lifecycle on %s', (name) => {
  it('acknowledges once (who, when), takes notes and snoozes, each on the timeline', async () => {
    const f = await aggregatorFixture(backends, name);
    const { id, version } = await outage(f);
    f.clock.set(T0 + MIN);
    const ack = await f.agg.acknowledge(id, 'desk:ana');
    expect(ack).toMatchObject({ ok: true, changes: [{ type: 'changed', incidentId: id }] });
    expect(ack.ok && ack.incident).toMatchObject({ state: 'acknowledged', acknowledged: { by: 'desk:ana', at: T0 + MIN }, version: version + 1 });
    f.clock.set(T0 + 2 * MIN);
    expect(await f.agg.acknowledge(id, 'desk:bo')).toMatchObject({ ok: true, changes: [], incident: { acknowledged: { by: 'desk:ana' } } });
    await f.agg.note(id, 'Status page silent so far', 'desk:bo');
    const snoozed = await f.agg.snooze(id, T0 + 20 * MIN, 'desk:bo');
    expect(snoozed.ok && snoozed.incident.snoozed).toEqual({ by: 'desk:bo', until: T0 + 20 * MIN });
    const incident = (await f.agg.get(id))!;
    expect(incident.timeline.slice(1)).toEqual([
      { type: 'acknowledged', at: T0 + MIN, by: 'desk:ana' },
      { type: 'note', at: T0 + 2 * MIN, by: 'desk:bo', text: 'Status page silent so far' },
      { type: 'snoozed', at: T0 + 2 * MIN, by: 'desk:bo', until: T0 + 20 * MIN },
    ]);
    expect(await f.agg.acknowledge('inc-404', 'desk:ana')).toEqual({ ok: false, reason: 'not_found' });
  });

  it('resolves with the desk’s note: on the timeline and in the resolve notice’s fan-out', async () => {
    const f = await aggregatorFixture(backends, name);
    const { id } = await outage(f);
    expect(await f.agg.subscribe('c-a')).toEqual({ outcome: 'subscribed', incidentId: id });
    f.clock.set(T0 + 5 * MIN);
    const resolved = await f.agg.resolve(id, 'desk:ana', 'Proxy rule reverted');
    expect(resolved.ok && resolved.incident.timeline.at(-1)).toEqual({ type: 'resolved', at: T0 + 5 * MIN, by: 'desk:ana', reason: 'desk', note: 'Proxy rule reverted' });
    const entries = await f.outbox.read('test', 100, 0);
    const fanouts = entries.map((e) => e.entry.body).filter((body) => body.kind === 'fanout');
    expect(fanouts).toEqual([expect.objectContaining({ incidentId: id, notice: { type: 'resolved', note: 'Proxy rule reverted' }, total: 1 })]);
    // Without a note, neither has one.
    const g = await aggregatorFixture(backends, name);
    const other = await outage(g);
    await g.agg.subscribe('c-a');
    const plain = await g.agg.resolve(other.id, 'desk:ana');
    expect(plain.ok && plain.incident.timeline.at(-1)).toEqual({ type: 'resolved', at: T0, by: 'desk:ana', reason: 'desk' });
    const plainFanouts = (await g.outbox.read('test', 100, 0)).map((e) => e.entry.body).filter((body) => body.kind === 'fanout');
    expect(plainFanouts).toEqual([expect.objectContaining({ notice: { type: 'resolved' } })]);
  });

  it('resolves by the desk and hands the subscribers over exactly once', async () => {
    const f = await aggregatorFixture(backends, name);
    expect(await f.agg.subscribe('c-nobody')).toEqual({ outcome: 'no_report' });
    await f.send('a', { network: 'office' });
    expect(await f.agg.subscribe('c-a')).toEqual({ outcome: 'pending' });
    await f.send('b', { network: 'office' });
    await f.send('c', { network: 'home' });
    const { id } = await f.only();
    expect(await f.agg.subscribe('c-c')).toEqual({ outcome: 'subscribed', incidentId: id });
    await f.send('d', { network: 'vpn' });
    f.clock.set(T0 + 5 * MIN);
    const resolved = await f.agg.resolve(id, 'desk:ana');
    expect(resolved).toMatchObject({ ok: true, changes: [{ type: 'resolved', incidentId: id, subscribers: ['c-a', 'c-c'] }] });
    expect(resolved.ok && resolved.incident).toMatchObject({ state: 'resolved', resolved: { by: 'desk:ana', at: T0 + 5 * MIN, reason: 'desk' } });
    expect(resolved.ok && resolved.incident.timeline.at(-1)).toEqual({ type: 'resolved', at: T0 + 5 * MIN, by: 'desk:ana', reason: 'desk' });
    expect(await f.agg.resolve(id, 'desk:bo')).toEqual({ ok: false, reason: 'not_open' });
    expect(await f.agg.acknowledge(id, 'desk:bo')).toEqual({ ok: false, reason: 'not_open' });
    expect(await f.agg.subscribe('c-d')).toEqual({ outcome: 'already_resolved', incidentId: id });
    expect(await f.agg.subscribers(id)).toEqual(['c-a', 'c-c']);
    expect(await f.agg.conversations(id)).toEqual(['c-a', 'c-b', 'c-c', 'c-d']);
    expect(await f.agg.conversations('inc-404')).toEqual([]);
    expect((await f.agg.note(id, 'root cause: upstream', 'desk:ana')).ok).toBe(true);
    expect(await f.agg.crowd({ network: 'office' })).toMatchObject({ fact: 'none' });
  });

  it('resolves after the quiet time without a report, at the moment it became quiet', async () => {
    const f = await aggregatorFixture(backends, name);
    const { id } = await outage(f);
    await f.agg.subscribe('c-a');
    f.clock.set(T0 + 10 * MIN);
    await f.send('late', { network: 'vpn' });
    f.clock.set(T0 + 40 * MIN - 1);
    expect(await f.agg.sweep()).toEqual([]);
    f.clock.set(T0 + 40 * MIN);
    expect(await f.agg.sweep()).toEqual([{ type: 'resolved', incidentId: id, subscribers: ['c-a'] }]);
    expect(await f.agg.get(id)).toMatchObject({ state: 'resolved', resolved: { by: 'aggregator', at: T0 + 40 * MIN, reason: 'quiet' } });
    expect(await f.agg.sweep()).toEqual([]);
  });

  it('resolves a quiet incident when the next report comes, even without a sweep', async () => {
    const f = await aggregatorFixture(backends, name);
    const { id } = await outage(f);
    f.clock.set(T0 + 45 * MIN);
    const next = await f.send('new', { network: 'office' });
    expect(next.changes).toEqual([{ type: 'resolved', incidentId: id, subscribers: [] }]);
    expect(next.report.incidentId).toBeUndefined();
    expect((await f.agg.get(id))!.resolved).toEqual({ by: 'aggregator', at: T0 + 30 * MIN, reason: 'quiet' });
  });

  it('opens a new incident after resolution only for fresh reports; old ones stay with the old incident', async () => {
    const f = await aggregatorFixture(backends, name);
    const first = await outage(f);
    f.clock.set(T0 + MIN);
    await f.agg.resolve(first.id, 'desk:ana');
    f.clock.set(T0 + 2 * MIN);
    const update = await f.send('a', { surface: 'web', symptom: 'http_500' });
    expect(update.report.incidentId).toBe(first.id);
    await f.send('b', { branch: 'outage' });
    await f.send('x', { network: 'office' });
    expect(await f.agg.list({ openOnly: true })).toEqual([]);
    await f.send('a', { conversationId: 'c-a-again', network: 'home' });
    const again = await f.send('y', { network: 'vpn' });
    const second = await f.only();
    expect(second.id).not.toBe(first.id);
    expect(again.changes).toEqual([{ type: 'opened', incidentId: second.id }]);
    expect(second).toMatchObject({ reporters: 3, reports: 3, openedAt: T0 + 2 * MIN });
    expect((await f.agg.get(first.id))!).toMatchObject({ state: 'resolved', reporters: 3, reports: 3 });
  });

  it('opens an upstream incident from the status page, links it once and resolves with it', async () => {
    const f = await aggregatorFixture(backends, name);
    const link = { id: 'st-1', name: 'Elevated errors on ChatGPT', url: 'https://status.openai.com/incidents/st-1' };
    const opened = await f.agg.linkStatusIncident(link);
    const incident = await f.only();
    expect(opened).toEqual([{ type: 'opened', incidentId: incident.id }]);
    expect(incident).toMatchObject({ kind: 'upstream', openedBy: 'status', reporters: 0, statusIncidents: [link] });
    expect(incident.timeline.map((e) => e.type)).toEqual(['opened', 'status_linked']);
    expect(await f.agg.linkStatusIncident(link)).toEqual([]);
    const joined = await f.send('solo', { network: 'office' });
    expect(joined.report.incidentId).toBe(incident.id);
    expect(joined.crowd.fact).toBe('surge');
    await f.agg.subscribe('c-solo');
    f.clock.set(T0 + 3 * 60 * MIN);
    expect(await f.agg.sweep()).toEqual([]);
    const resolved = await f.agg.resolveFromStatus('st-1');
    expect(resolved).toEqual([{ type: 'resolved', incidentId: incident.id, subscribers: ['c-solo'] }]);
    const after = (await f.agg.get(incident.id))!;
    expect(after).toMatchObject({ state: 'resolved', resolved: { by: 'status page', reason: 'status' } });
    expect(after.statusIncidents).toEqual([{ ...link, resolvedAt: T0 + 180 * MIN }]);
    expect(await f.agg.resolveFromStatus('st-1')).toEqual([]);
    expect(await f.agg.linkStatusIncident(link)).toEqual([]);
    expect(await f.agg.list({ openOnly: true })).toEqual([]);
  });

  it('links status incidents to the open crowd incident; it resolves when the last one does', async () => {
    const f = await aggregatorFixture(backends, name);
    const crowd = await outage(f);
    expect(await f.agg.linkStatusIncident({ id: 'st-a', name: 'Login errors' })).toEqual([{ type: 'changed', incidentId: crowd.id }]);
    await f.agg.linkStatusIncident({ id: 'st-b', name: 'Conversation errors' });
    expect(await f.agg.resolveFromStatus('st-a')).toEqual([{ type: 'changed', incidentId: crowd.id }]);
    expect((await f.only()).statusIncidents.map((s) => [s.id, s.resolvedAt !== undefined])).toEqual([['st-a', true], ['st-b', false]]);
    expect(await f.agg.resolveFromStatus('st-b')).toMatchObject([{ type: 'resolved', incidentId: crowd.id }]);
    expect(await f.agg.resolveFromStatus('st-unknown')).toEqual([]);
  });

  it('reconciles with each good status reading: a link whose status incident is gone resolves, even if nobody saw it go', async () => {
    const f = await aggregatorFixture(backends, name);
    const link = { id: 'st-1', name: 'Elevated errors on ChatGPT', url: 'https://status.openai.com/incidents/st-1' };
    const opened = await f.agg.reconcileStatus({ live: ['st-1', 'other-product'], chatgpt: [link] });
    const incident = await f.only();
    expect(opened).toEqual([{ type: 'opened', incidentId: incident.id }]);
    expect(describeIncident(incident, T0)).toBe('ChatGPT outage on the status page: Elevated errors on ChatGPT (no reports here yet, 1 min)');
    await f.send('a', { network: 'office' });
    await f.agg.subscribe('c-a');
    // The same reading again changes nothing; a reading without it (the bot was down when it resolved) resolves.
    expect(await f.agg.reconcileStatus({ live: ['st-1'], chatgpt: [link] })).toEqual([]);
    f.clock.set(T0 + 5 * 60 * MIN);
    expect(await f.agg.reconcileStatus({ live: ['other-product'], chatgpt: [] })).toEqual([{ type: 'resolved', incidentId: incident.id, subscribers: ['c-a'] }]);
    const after = (await f.agg.get(incident.id))!;
    expect(after).toMatchObject({ state: 'resolved', resolved: { by: 'status page', reason: 'status', at: T0 + 300 * MIN } });
    expect(after.statusIncidents).toEqual([{ ...link, resolvedAt: T0 + 300 * MIN }]);
    expect(await f.agg.reconcileStatus({ live: [], chatgpt: [] })).toEqual([]);
    expect((await f.agg.crowd({ network: 'office' })).fact).toBe('none');
  });

  it('with two links, the incident stays open until the last status incident is gone from the page', async () => {
    const f = await aggregatorFixture(backends, name);
    await f.agg.reconcileStatus({ live: ['st-a', 'st-b'], chatgpt: [{ id: 'st-a', name: 'Login errors' }, { id: 'st-b', name: 'Slow replies' }] });
    const { id } = await f.only();
    expect(await f.agg.reconcileStatus({ live: ['st-b'], chatgpt: [{ id: 'st-b', name: 'Slow replies' }] })).toEqual([{ type: 'changed', incidentId: id }]);
    expect((await f.only()).state).toBe('open');
    expect(await f.agg.reconcileStatus({ live: [], chatgpt: [] })).toMatchObject([{ type: 'resolved', incidentId: id }]);
  });

  it('an open pointer never outlives its incident: after retention there is no ghost surge', async () => {
    const f = await aggregatorFixture(backends, name, { retentionMs: 24 * 60 * MIN, quietMs: 48 * 60 * MIN });
    const link = { id: 'st-long', name: 'Long incident' };
    await f.agg.reconcileStatus({ live: ['st-long'], chatgpt: [link] });
    const { id } = await f.only();
    expect((await f.agg.crowd({ network: 'office' })).fact).toBe('surge');
    f.clock.set(T0 + 25 * 60 * MIN);
    expect(await f.agg.crowd({ network: 'office' })).toEqual({ fact: 'none', reporters: 0, places: 0, samePlace: 0 });
    expect(await f.agg.list()).toEqual([]);
    expect(await f.agg.get(id)).toBeNull();
    expect(await f.agg.sweep()).toEqual([]);
    // Reports start a new incident as usual.
    await f.send('a', { network: 'office' });
    await f.send('b', { network: 'home' });
    await f.send('c', { network: 'vpn' });
    expect((await f.only()).id).not.toBe(id);
  });

  it('counts reports per minute of their first message', async () => {
    const f = await aggregatorFixture(backends, name);
    await outage(f);
    f.clock.set(T0 + 70_000);
    await f.send('d');
    await f.send('e');
    f.clock.set(T0 + 3 * MIN + 5_000);
    await f.send('f');
    await f.send('f', { conversationId: 'c-f2' });
    expect((await f.only()).perMinute).toEqual([
      { at: T0, reports: 3 },
      { at: T0 + MIN, reports: 2 },
      { at: T0 + 3 * MIN, reports: 2 },
    ]);
  });

  it('lists open incidents and those changed in the last 24 hours, live first', async () => {
    const f = await aggregatorFixture(backends, name);
    const old = await outage(f, '1');
    await f.agg.resolve(old.id, 'desk:ana');
    f.clock.set(T0 + 2 * 60 * MIN);
    const recent = await outage(f, '2');
    await f.agg.resolve(recent.id, 'desk:ana');
    f.clock.set(T0 + 25 * 60 * MIN);
    const live = await outage(f, '3');
    expect((await f.agg.list()).map((i) => i.id)).toEqual([live.id, recent.id]);
    expect((await f.agg.list({ openOnly: true })).map((i) => i.id)).toEqual([live.id]);
    expect((await f.agg.list({ recentMs: 30 * 60 * MIN })).map((i) => i.id)).toEqual([live.id, recent.id, old.id]);
  });

  it('forgets reports after the retention time', async () => {
    const store = await backends.make(name, { rules: { retentionMs: 1000 } });
    await store.incidents.record({ conversationId: 'c1', reporterId: 'u1', platform: 'web', firstAt: Date.now() });
    expect(await store.incidents.getReport('c1')).not.toBeNull();
    await sleep(1300);
    expect(await store.incidents.getReport('c1')).toBeNull();
  });
});
