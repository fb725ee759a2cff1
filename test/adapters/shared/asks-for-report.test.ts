import { describe, expect, it } from 'vitest';
import { asksForReport } from '../../../adapters/shared/asks-for-report.ts';

describe('asksForReport', () => {
  it.each(['report', 'Report', ' REPORT! ', '/report', 'support report', 'Support-Report.', 'Bericht', 'Support-Bericht', 'supportbericht', 'informe', '¿informe para soporte?', 'reporte', 'rapport', 'Rapport pour le support !', 'rapport de support'])(
    '"%s" asks for the support report',
    (text) => {
      expect(asksForReport(text)).toBe(true);
    },
  );

  it.each(['', 'reports', 'I want to report that it still fails', 'report it fails in incognito too', 'no report', 'der Bericht ist falsch', 'rapporter', 'office wifi'])('"%s" is a reply, not a request', (text) => {
    expect(asksForReport(text)).toBe(false);
  });
});
