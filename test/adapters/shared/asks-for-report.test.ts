import { describe, expect, it } from 'vitest';
import { asksForReport } from '../../../adapters/shared/asks-for-report.ts';

describe('asksForReport', () => {
  it.each(['report', 'Report', ' REPORT! ', '/report', 'support report', 'Support-Report.', 'Bericht', 'Support-Bericht', 'supportbericht', 'informe', '¿informe para soporte?', 'reporte', 'rapport', 'Rapport pour le support !', 'rapport de support'])(
    '"%s" asks for the support report',
    (text) => {
      expect(asksForReport(text)).toBe(true);
    },
  );

  it('padding of any length around an ask is still an ask; a long text is folded only when its letters could be one', () => {
    expect(asksForReport(`${' '.repeat(200)}/support${'-'.repeat(50)}report${'!'.repeat(100)}`)).toBe(true);
    expect(asksForReport('Rapport pour le support'.replace(/ /g, ' \t '))).toBe(true);
    expect(asksForReport('chatgpt.com shows HTTP ERROR 500 on the office wifi, report')).toBe(false);
  });

  it.each(['', 'reports', 'I want to report that it still fails', 'report it fails in incognito too', 'no report', 'der Bericht ist falsch', 'rapporter', 'office wifi'])('"%s" is a reply, not a request', (text) => {
    expect(asksForReport(text)).toBe(false);
  });
});
