import { describe, expect, it } from 'vitest';
import { readReportForm } from '../../../adapters/shared/read-report-form.ts';
import { REPORT_FORM_KEYS, reportFormInputs } from '../../../adapters/shared/report-form-inputs.ts';
import { buildSupportReport } from '../../../src/evidence/report/build-support-report.ts';
import { messagesFor } from '../../../src/messages/messages-for.ts';

const en = messagesFor('en');
const de = messagesFor('de');
const AT = Date.UTC(2026, 10, 30, 13, 5);

describe('the report form shared by Slack, Teams and the web page', () => {
  it('prefills from the conversation, the time when it was reported written in the known timezone; the person’s filed fields win', () => {
    const draft = buildSupportReport({ facts: { surface: 'web', symptom: 'http_500' }, details: { browser: 'Chrome', browserVersion: '131', timezone: 'Europe/Berlin', requestIds: ['req_1'] }, locale: 'en', reportedAt: AT });
    expect(draft.prefill).toMatchObject({ browser: 'Chrome 131', timezone: 'Europe/Berlin', requestIds: 'req_1' });
    expect(draft.prefill.time).toContain('2:05'); // 13:05 UTC is 14:05 in Berlin
    const inputs = reportFormInputs(draft, de);
    expect(inputs.map((i) => i.key)).toEqual([...REPORT_FORM_KEYS.web]);
    expect(inputs.find((i) => i.key === 'timezone')).toMatchObject({ label: 'Ihre Zeitzone', value: 'Europe/Berlin', multiline: false });
    const filed = buildSupportReport({ facts: { surface: 'web' }, details: { browser: 'Chrome' }, locale: 'en', reportedAt: AT, input: { browser: 'Firefox 133', time: '14:05' } });
    expect(filed.prefill).toMatchObject({ browser: 'Firefox 133', time: '14:05', timezone: 'UTC' });
  });

  it('reads the typed values as the report input: empty left out, ids split, numbers read; a bad value names its input in the form’s language', () => {
    expect(readReportForm({ org: ' org-1 ', model: '', requestIds: 'req_a, req_b;req_c', statusCode: '503', failingPercent: '12,5 %', tier: 'Priority', other: 'ignored' }, 'api', en)).toEqual({
      ok: true,
      input: { org: 'org-1', requestIds: ['req_a', 'req_b', 'req_c'], statusCode: 503, failingPercent: 12.5, tier: 'priority' },
    });
    expect(readReportForm({ statusCode: 'five hundred' }, 'api', de)).toEqual({ ok: false, key: 'statusCode', text: 'Geben Sie einen HTTP-Status als Zahl an, etwa 500.' });
    expect(readReportForm({ conversationUrl: 'chatgpt.com/c/1' }, 'web', en)).toMatchObject({ ok: false, key: 'conversationUrl' });
    expect(readReportForm({ device: 'x'.repeat(101) }, 'web', en)).toEqual({ ok: false, key: 'device', text: en.t('reportForm.invalid.text') });
    // A key of the other kind's form is not read.
    expect(readReportForm({ org: 'org-1' }, 'web', en)).toEqual({ ok: true, input: {} });
  });
});
