import { describe, expect, it } from 'vitest';
import type { ReportInput } from '../../src/incidents/incident-types.ts';
import type { NewOutboxEntry } from '../../src/outbox/outbox-entry.ts';
import { newTurnMarks } from '../../src/store/new-turn-marks.ts';
import type { TurnCommit, TurnMarks } from '../../src/store/store.port.ts';
import { BACKENDS, useStoreBackends } from '../helpers/store-backends.ts';

const backends = useStoreBackends();

const T0 = Date.UTC(2026, 10, 30, 12);

/** A report that counts toward an outage: ChatGPT on the web answers 500, from `network`. */
const report = (n: number, network: ReportInput['network']): Omit<ReportInput, 'branch'> => ({
  conversationId: `c${n}`,
  reporterId: `web:p${n}`,
  platform: 'web',
  firstAt: T0,
  surface: 'web',
  symptom: 'http_500',
  network,
});

/** Placeholders as the desk makes them: one set per turn (random). */
let marks: TurnMarks = newTurnMarks();

const entry = (n: number): NewOutboxEntry => ({
  id: `turn:c${n}:1`,
  lane: `cv:c${n}`,
  body: { kind: 'direct', platform: 'test', payload: { crowd: marks.crowd, n } },
});

const commit = (n: number, network: ReportInput['network'], overrides: Partial<TurnCommit> = {}): TurnCommit => {
  marks = newTurnMarks();
  return {
    conversationId: `c${n}`,
    expectedVersion: 0,
    state: { id: `c${n}`, asked: marks.asked, note: 'kept as is' },
    report: report(n, network),
    plans: { none: { asked: 'clean_browser' }, surge: { branch: 'outage' }, local_cluster: { branch: 'network' } },
    entries: [entry(n)],
    marks,
    ...overrides,
  };
};

describe.each(BACKENDS)('a turn in one step (TurnStore.commit) on %s', (name) => {
  it('saves the state with the question shown, records the report and enqueues the entry with the crowd it met', async () => {
    const store = await backends.make(name, { now: () => T0 });
    const out = await store.turns.commit(commit(1, 'office'));
    expect(out).toMatchObject({ outcome: 'ok', version: 1, crowd: { fact: 'none', reporters: 0 }, asked: 'clean_browser' });
    expect(await store.conversations.get('c1')).toEqual({ state: { id: 'c1', asked: 'clean_browser', note: 'kept as is' }, version: 1 });
    const r = await store.incidents.getReport('c1');
    expect(r).toMatchObject({ conversationId: 'c1', class: 'candidate', network: 'office' });
    expect(r?.branch).toBeUndefined();
    const [read] = await store.outbox.read('w', 10, 0);
    expect(read?.entry.body).toEqual({ kind: 'direct', platform: 'test', payload: { crowd: { fact: 'none', reporters: 0, places: 0, samePlace: 0 }, n: 1 } });
  });

  it('writes nothing on a version conflict', async () => {
    const store = await backends.make(name, { now: () => T0 });
    expect((await store.turns.commit(commit(1, 'office'))).outcome).toBe('ok');
    expect(await store.turns.commit(commit(1, 'home', { state: { id: 'c1', changed: true } }))).toEqual({ outcome: 'conflict' });
    expect((await store.conversations.get('c1'))?.state).toEqual({ id: 'c1', asked: 'clean_browser', note: 'kept as is' });
    expect((await store.incidents.getReport('c1'))?.network).toBe('office');
    expect((await store.outbox.read('w', 10, 0)).map((c) => c.entry.id)).toEqual(['turn:c1:1']);
    expect((await store.turns.commit(commit(1, 'home', { expectedVersion: 1 }))).outcome).toBe('ok');
  });

  it('claims a new conversation\'s delivery id with its first save: a later start under it writes nothing and learns the winner', async () => {
    const store = await backends.make(name, { now: () => T0 });
    expect((await store.turns.commit(commit(1, 'office', { claim: 'slack:cmd:T1' }))).outcome).toBe('ok');
    expect(await store.turns.commit(commit(2, 'home', { claim: 'slack:cmd:T1' }))).toEqual({ outcome: 'claimed', conversationId: 'c1' });
    expect(await store.conversations.get('c2')).toBeNull();
    expect(await store.incidents.getReport('c2')).toBeNull();
    expect((await store.outbox.read('w', 10, 0)).map((c) => c.entry.id)).toEqual(['turn:c1:1']);
    // A conflicting save claims nothing: the id stays free for the start that does save.
    expect((await store.turns.commit(commit(1, 'vpn', { claim: 'slack:cmd:T2' }))).outcome).toBe('conflict');
    expect((await store.turns.commit(commit(3, 'vpn', { claim: 'slack:cmd:T2' }))).outcome).toBe('ok');
    expect(await store.turns.commit(commit(4, 'vpn', { claim: 'slack:cmd:T2' }))).toEqual({ outcome: 'claimed', conversationId: 'c3' });
  });

  it('the report that opens an outage is recorded with the branch of the crowd it opened, and its entry shows that crowd', async () => {
    const store = await backends.make(name, { now: () => T0 });
    await store.turns.commit(commit(1, 'office'));
    await store.turns.commit(commit(2, 'home'));
    const third = await store.turns.commit(commit(3, 'vpn'));
    expect(third).toMatchObject({ outcome: 'ok', crowd: { fact: 'surge', reporters: 3, places: 3 } });
    expect(third).not.toHaveProperty('asked');
    expect((await store.incidents.getReport('c3'))?.branch).toBe('outage');
    expect((await store.conversations.get('c3'))?.state).toMatchObject({ asked: '' });
    const bodies = (await store.outbox.read('w', 50, 0)).filter((c) => c.entry.id === 'turn:c3:1').map((c) => c.entry.body);
    expect(bodies).toEqual([{ kind: 'direct', platform: 'test', payload: { crowd: expect.objectContaining({ fact: 'surge', reporters: 3 }), n: 3 } }]);
    // One who comes later meets the surge before counting: recorded with the outage branch at once.
    const fourth = await store.turns.commit(commit(4, 'office'));
    expect(fourth).toMatchObject({ outcome: 'ok', crowd: { fact: 'surge', reporters: 4 } });
    expect((await store.incidents.getReport('c4'))?.branch).toBe('outage');
  });

  it('text a person typed that looks like a placeholder stays as typed', async () => {
    const store = await backends.make(name, { now: () => T0 });
    const forged = { typed: '@@asked@@ @@crowd@@', alsoTyped: '@@crowd@@' };
    const turn = commit(1, 'office');
    const out = await store.turns.commit({
      ...turn,
      state: { typed: forged.typed, id: 'c1', asked: turn.marks.asked },
      entries: [{ id: 'turn:c1:1', lane: 'cv:c1', body: { kind: 'direct', platform: 'test', payload: { ...forged, crowd: turn.marks.crowd } } }],
    });
    expect(out.outcome).toBe('ok');
    expect((await store.conversations.get('c1'))?.state).toEqual({ typed: forged.typed, id: 'c1', asked: 'clean_browser' });
    const [read] = await store.outbox.read('w', 10, 0);
    expect(read?.entry.body).toEqual({ kind: 'direct', platform: 'test', payload: { ...forged, crowd: { fact: 'none', reporters: 0, places: 0, samePlace: 0 } } });
  });

  it('only one of many concurrent turns of the same version is written, recorded and enqueued', async () => {
    const store = await backends.make(name, { now: () => T0 });
    await store.turns.commit(commit(1, 'office'));
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => store.turns.commit(commit(1, 'office', { expectedVersion: 1, state: { id: 'c1', try: i }, entries: [{ ...entry(1), id: `turn:c1:2:${i}` }] }))),
    );
    expect(results.filter((r) => r.outcome === 'ok')).toHaveLength(1);
    const ids = (await store.outbox.read('w', 50, 0)).map((c) => c.entry.id).filter((id) => id.startsWith('turn:c1:2'));
    expect(ids).toHaveLength(1);
  });
});
