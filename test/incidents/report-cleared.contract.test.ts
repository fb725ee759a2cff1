import { describe, expect, it } from 'vitest';
import type { ClearableReportField } from '../../src/incidents/incident-types.ts';
import { BACKENDS, useStoreBackends } from '../helpers/store-backends.ts';
import { aggregatorFixture } from './aggregator-fixture.ts';

const backends = useStoreBackends();

/**
 * ReportInput.cleared (issue 13 item 5: a person took back what a typed reply was read as): the
 * fields named are forgotten before the others apply, the report is classified again, and a
 * report that no longer fits its incident leaves it. The same on every backend.
 */
describe.each(BACKENDS)('a report that takes fields back, on %s', (name) => {
  it('forgets the cleared fields, classifies again, and leaves a network incident it no longer fits', async () => {
    const { agg, bare, only } = await aggregatorFixture(backends, name, { minReporters: 2 });
    const hotspot = { surface: 'web', symptom: 'http_500', network: 'office', otherNetwork: 'works', branch: 'network' } as const;
    await bare('a', hotspot);
    await bare('b', hotspot);
    const incident = await only();
    expect(incident).toMatchObject({ kind: 'network_local', reporters: 2 });
    const taken = await bare('b', { surface: 'web', symptom: 'http_500', network: 'office', cleared: ['otherNetwork', 'branch'] });
    expect(taken.report.otherNetwork).toBeUndefined();
    expect(taken.report.branch).toBeUndefined();
    expect(taken.report).toMatchObject({ network: 'office', class: 'candidate' });
    expect(await agg.getReport('c-b')).toEqual(taken.report);
    expect((await agg.get(incident.id))?.reporters).toBe(1);
    // A later recording without the field does not bring it back.
    expect((await bare('b', { surface: 'web' })).report.otherNetwork).toBeUndefined();
  });

  it('refuses to clear anything but the facts and the branch', async () => {
    const { bare } = await aggregatorFixture(backends, name);
    await expect(bare('c', { cleared: ['reporterId' as ClearableReportField] })).rejects.toMatchObject({ code: 'incidents.invalid_report' });
  });
});
