import { describe, expect, it } from 'vitest';
import { incidentSeverity } from '../../src/incidents/incident-severity.ts';

describe('incidentSeverity', () => {
  it('grows with the people count', () => {
    expect(incidentSeverity({ reporters: 3, networks: 1 })).toBe('sev4');
    expect(incidentSeverity({ reporters: 4, networks: 1 })).toBe('sev4');
    expect(incidentSeverity({ reporters: 5, networks: 1 })).toBe('sev3');
    expect(incidentSeverity({ reporters: 15, networks: 2 })).toBe('sev2');
    expect(incidentSeverity({ reporters: 49, networks: 2 })).toBe('sev2');
    expect(incidentSeverity({ reporters: 50, networks: 1 })).toBe('sev1');
  });

  it('is one level worse when the people are on three or more networks, never beyond sev1', () => {
    expect(incidentSeverity({ reporters: 3, networks: 3 })).toBe('sev3');
    expect(incidentSeverity({ reporters: 20, networks: 4 })).toBe('sev1');
    expect(incidentSeverity({ reporters: 80, networks: 4 })).toBe('sev1');
  });

  it('is never better than the status page says', () => {
    expect(incidentSeverity({ reporters: 1, networks: 1, statusImpact: 'full_outage', statusLinked: true })).toBe('sev1');
    expect(incidentSeverity({ reporters: 1, networks: 1, statusImpact: 'partial_outage', statusLinked: true })).toBe('sev2');
    expect(incidentSeverity({ reporters: 1, networks: 1, statusImpact: 'degraded_performance', statusLinked: true })).toBe('sev3');
    expect(incidentSeverity({ reporters: 0, networks: 0, statusLinked: true })).toBe('sev3');
    expect(incidentSeverity({ reporters: 60, networks: 1, statusImpact: 'degraded_performance', statusLinked: true })).toBe('sev1');
  });

  it('ignores an operational or maintenance status', () => {
    expect(incidentSeverity({ reporters: 2, networks: 1, statusImpact: 'operational' })).toBe('sev4');
    expect(incidentSeverity({ reporters: 2, networks: 1, statusImpact: 'under_maintenance' })).toBe('sev4');
  });
});
