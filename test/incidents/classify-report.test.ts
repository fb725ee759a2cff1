import { describe, expect, it } from 'vitest';
import { classifyReport, placeOf, siteKey } from '../../src/incidents/classify-report.ts';
import { prepareReportInput } from '../../src/incidents/prepare-report-input.ts';

describe('classifyReport', () => {
  it('does not count a report with no facts yet (an opening sentence): pending', () => {
    expect(classifyReport({})).toBe('pending');
  });

  it.each([
    [{ branch: 'outage' as const }, 'pending'],
    [{ surface: 'web' as const, branch: 'outage' as const }, 'candidate'],
    [{ surface: 'desktop' as const, branch: 'escalate' as const }, 'candidate'],
    [{ surface: 'web' as const, branch: 'web_session' as const }, 'candidate'],
    [{ surface: 'web' as const }, 'pending'],
    [{ symptom: 'http_500' as const }, 'pending'],
    [{ surface: 'web' as const, symptom: 'http_403' as const }, 'pending'],
    [{ surface: 'mobile' as const, symptom: 'other' as const }, 'pending'],
    [{ surface: 'mobile' as const, symptom: 'http_500' as const }, 'candidate'],
    [{ surface: 'web' as const, symptom: 'http_500' as const, uncounted: true }, 'not_counted'],
    [{ branch: 'browser' as const }, 'local_device'],
    [{ branch: 'app' as const }, 'local_device'],
    [{ branch: 'app_tls' as const }, 'local_device'],
    [{ branch: 'cloudflare_challenge' as const }, 'local_device'],
    [{ branch: 'network' as const }, 'local_network'],
    [{ otherNetwork: 'works' as const }, 'local_network'],
    [{ otherNetwork: 'fails' as const }, 'pending'],
    [{ surface: 'web' as const, symptom: 'http_500' as const, otherNetwork: 'fails' as const }, 'candidate'],
    [{ surface: 'api' as const }, 'not_counted'],
    [{ surface: 'api' as const, symptom: 'api_500' as const }, 'api_server'],
    [{ symptom: 'api_503' as const }, 'api_server'],
    [{ surface: 'api' as const, symptom: 'api_429' as const }, 'not_counted'],
    [{ surface: 'api' as const, branch: 'api_server' as const }, 'api_server'],
    [{ surface: 'web' as const, symptom: 'http_500' as const }, 'candidate'],
  ])('%j is %s', (facts, expected) => {
    expect(classifyReport(facts)).toBe(expected);
  });
});

describe('placeOf', () => {
  it('prefers the site label, normalised, over the network', () => {
    expect(placeOf({ site: '  Berlin   HQ ', network: 'office' })).toBe('site:berlin hq');
    expect(placeOf({ network: 'office' })).toBe('network:office');
    expect(placeOf({ site: '   ' })).toBeUndefined();
    expect(siteKey('Berlin\tHQ')).toBe('berlin hq');
  });
});

describe('prepareReportInput', () => {
  const base = { conversationId: 'c1', reporterId: 'u1', platform: 'slack', firstAt: 1_700_000_000_000 };

  it('trims the site and adds its key; drops a blank site', () => {
    expect(prepareReportInput({ ...base, site: ' Berlin  HQ ' })).toEqual({ ...base, site: 'Berlin HQ', siteKey: 'berlin hq' });
    expect(prepareReportInput({ ...base, site: ' ' })).toEqual(base);
  });

  it('carries the uncounted mark as the flag both aggregators store', () => {
    expect(prepareReportInput({ ...base, uncounted: true })).toEqual({ ...base, uncounted: '1' });
    expect(prepareReportInput({ ...base, uncounted: false })).toEqual(base);
  });

  it.each([
    [{ conversationId: '' }, 'incidents.invalid_report'],
    [{ reporterId: '' }, 'incidents.invalid_report'],
    [{ platform: '' }, 'incidents.invalid_report'],
    [{ firstAt: Number.NaN }, 'incidents.invalid_report'],
  ])('rejects %j', (override, code) => {
    expect(() => prepareReportInput({ ...base, ...override })).toThrow(expect.objectContaining({ code }));
  });
});
