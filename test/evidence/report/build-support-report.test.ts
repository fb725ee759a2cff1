import { describe, expect, it } from 'vitest';
import { buildSupportReport, type ReportSource } from '../../../src/evidence/report/build-support-report.ts';
import { formatSupportReport } from '../../../src/evidence/report/format-support-report.ts';
import { callsForReport, REPORT_BRANCHES } from '../../../src/evidence/report/report-branches.ts';
import { checkReportInput } from '../../../src/evidence/report/report-input.ts';
import { reportsFiled } from '../../../src/evidence/report/reports-filed.ts';
import type { Locale } from '../../../src/messages/locale.ts';
import type { Facts } from '../../../src/triage/fact-values.ts';
import { messagesFor } from '../../../src/messages/messages-for.ts';
import { EVIDENCE_LABELS } from '../../../src/triage/verdicts/build-evidence.ts';

/** 15 January 2026, 13:05 UTC (14:05 in Berlin). */
const AT = Date.UTC(2026, 0, 15, 13, 5);
const quiet = { status: 'operational', crowd: 'none' } as const;

/** Facts that lead to each verdict that calls for a support report. */
const CALLING: { name: string; branch: string; kind: 'web' | 'api'; facts: Facts }[] = [
  { name: 'escalate (web)', branch: 'escalate', kind: 'web', facts: { surface: 'web', symptom: 'http_500', clean_browser: 'fails', other_network: 'fails', api_health: 'fails', ...quiet } },
  { name: 'escalate (api)', branch: 'escalate', kind: 'api', facts: { surface: 'api', symptom: 'api_other', ...quiet } },
  { name: 'api_server', branch: 'api_server', kind: 'api', facts: { surface: 'api', symptom: 'api_500', ...quiet } },
  { name: 'web_session', branch: 'web_session', kind: 'web', facts: { surface: 'web', symptom: 'http_500', clean_browser: 'fails', other_network: 'fails', api_health: 'works', ...quiet } },
];

const TITLES: Record<Locale, Record<'web' | 'api', string>> = {
  en: { web: 'Support report: ChatGPT (web or app)', api: 'Support report: OpenAI API' },
  de: { web: 'Support-Bericht: ChatGPT (Web oder App)', api: 'Support-Bericht: OpenAI API' },
  es: { web: 'Informe para soporte: ChatGPT (web o app)', api: 'Informe para soporte: API de OpenAI' },
  fr: { web: 'Rapport pour le support : ChatGPT (web ou application)', api: 'Rapport pour le support : API OpenAI' },
};
const STATES: Record<Locale, { done: string; missing: string; sep: string }> = {
  en: { done: 'done', missing: 'missing', sep: ': ' },
  de: { done: 'erledigt', missing: 'fehlt', sep: ': ' },
  es: { done: 'hecho', missing: 'falta', sep: ': ' },
  fr: { done: 'fait', missing: 'manquant', sep: ' : ' },
};

const source = (facts: Facts, locale: Locale, extra: Partial<ReportSource> = {}): ReportSource => ({ facts, details: {}, locale, reportedAt: AT, ...extra });

describe('the support report of each verdict that calls for one', () => {
  it('is called for by escalate, api_server and web_session only', () => {
    expect([...REPORT_BRANCHES]).toEqual(['escalate', 'api_server', 'web_session']);
    expect(callsForReport('outage')).toBe(false);
    expect(callsForReport(undefined)).toBe(false);
  });

  for (const c of CALLING) {
    for (const locale of ['en', 'de'] as const) {
      it(`${c.name} in ${locale}: kind, fields, its evidence labels verbatim, done or missing`, () => {
        const details = { requestIds: ['req_7f3a9c21'], timezone: 'Europe/Berlin', browser: 'Firefox', browserVersion: '128' };
        const report = buildSupportReport(source(c.facts, locale, { details }));
        expect(report.branch).toBe(c.branch);
        expect(report.calledFor).toBe(true);
        expect(report.kind).toBe(c.kind);
        expect(report.evidence.map((e) => e.label)).toEqual([...EVIDENCE_LABELS]);
        if (c.kind === 'web') {
          // The request id satisfies the fourth item; no HAR was attached.
          expect(report.evidence[3]).toMatchObject({ done: true });
          expect(report.evidence[2]).toMatchObject({ done: false });
          expect(report.evidence[0]!.done).toBe(true);
          expect(report.evidence[1]!.done).toBe(true);
        } else {
          // The API's report: the request ID is what counts; the browser items are there, marked as not needed.
          expect(report.evidence[3]).toMatchObject({ done: true });
          for (const item of report.evidence.slice(0, 3)) expect(item).toMatchObject({ done: false, detail: messagesFor(locale).t('triage.evidence.not_for_api') });
        }

        const text = formatSupportReport(report);
        expect(text.startsWith(`${TITLES[locale][c.kind]}\n`)).toBe(true);
        const { done, missing, sep } = STATES[locale];
        for (const item of report.evidence) {
          const state = item.done ? done : missing;
          expect(text).toContain(`- ${item.label}${sep}${state}`);
        }
        expect(text).toContain('req_7f3a9c21');
        if (c.kind === 'web') {
          expect(text).toContain('Firefox 128');
          expect(text).toMatch(locale === 'en' ? /Jan 15, 2026, 2:05\sPM Europe\/Berlin/u : /15\.01\.2026, 14:05 Europe\/Berlin/u);
        } else {
          expect(report.fields.map((f) => f.id)).toEqual(expect.arrayContaining(['org', 'tier', 'model', 'endpoint', 'status_code', 'time_range', 'failing_percent', 'error_payload', 'request_ids']));
          expect(report.missing).toContain('org');
        }
      });
    }
  }

  it('is written in Spanish and French too, with the labels unchanged', () => {
    for (const locale of ['es', 'fr'] as const) {
      const text = formatSupportReport(buildSupportReport(source(CALLING[0]!.facts, locale)));
      expect(text.startsWith(TITLES[locale].web)).toBe(true);
      for (const label of EVIDENCE_LABELS) expect(text).toContain(`- ${label}${STATES[locale].sep}`);
    }
  });

  it('can be asked for on another verdict (not called for), and before any verdict', () => {
    const outage = buildSupportReport(source({ surface: 'web', symptom: 'http_500', status: 'chatgpt_incident', crowd: 'none' }, 'en'));
    expect(outage.branch).toBe('outage');
    expect(outage.calledFor).toBe(false);
    const early = buildSupportReport(source({ surface: 'web' }, 'en', { branch: null }));
    expect(early.branch).toBeUndefined();
    expect(early.kind).toBe('web');
  });
});

describe('what the conversation knows and what the person adds', () => {
  const web = CALLING[0]!.facts;

  it("the person's fields win over the conversation's; their time keeps their timezone", () => {
    const report = buildSupportReport(
      source(web, 'en', {
        details: { browser: 'Chrome', timezone: 'Europe/Berlin', requestIds: ['req_1'] },
        input: { browser: 'Edge 126', time: '14:05', whatHappened: 'Sent a message in a long conversation', screenshots: true, conversationUrl: 'https://chatgpt.com/c/abc-123', requestIds: ['req_2'] },
      }),
    );
    const value = (id: string) => report.fields.find((f) => f.id === id);
    expect(value('browser')).toMatchObject({ value: 'Edge 126', from: 'person' });
    expect(value('time')).toMatchObject({ value: '14:05 (Europe/Berlin)', from: 'person' });
    expect(value('what_happened')?.value).toBe('Sent a message in a long conversation');
    expect(value('screenshots')?.value).toBe('attached');
    expect(value('conversation_url')?.value).toBe('https://chatgpt.com/c/abc-123');
    expect(value('request_ids')?.value).toBe('req_2, req_1');
    expect(report.missing).toEqual(['device']);
    expect(report.evidence[3]!.detail).toContain('https://chatgpt.com/c/abc-123');
  });

  it('writes the time of the report in the timezone the person gave, else in UTC, and says when it could not read one', () => {
    const time = (timezone?: string) => buildSupportReport(source(web, 'en', { details: timezone ? { timezone } : {} })).fields.find((f) => f.id === 'time')!.value;
    expect(time()).toMatch(/Jan 15, 2026, 1:05\sPM UTC, when it was reported$/u);
    expect(time('UTC+5:30')).toMatch(/Jan 15, 2026, 6:35\sPM UTC\+05:30/u);
    expect(time('GMT-3')).toMatch(/10:05\sAM UTC-03:00/u);
    expect(time('America/New_York')).toMatch(/8:05\sAM America\/New_York/u);
    expect(time('Mars/Olympus')).toMatch(/^failing at Jan 15, 2026, 1:05\sPM UTC, when it was reported \(the timezone "Mars\/Olympus" was not recognised\)$/u);
  });

  it('lists the HAR summary kept in the details (details.har), and they satisfy "HAR + console logs" and the request id', () => {
    const harFindings = [
      { kind: 'server_error', host: 'chatgpt.com', path: '/backend-api/conversation', status: 500, detail: 'http_500', time: '2026-01-15T14:05:01.000+01:00', requestId: 'req_from_har' },
      { kind: 'no_response', host: 'cdn.oaistatic.com', path: '/assets/app.js', status: 0, detail: 'extension', error: 'net::ERR_BLOCKED_BY_CLIENT' },
      { kind: 'bogus' },
    ];
    const report = buildSupportReport(source(web, 'en', { details: { har: { findings: harFindings } } as never }));
    // One entry that is not a finding makes the list unreadable: nothing is invented from it.
    expect(report.fields.find((f) => f.id === 'har_findings')!.value).toBeNull();

    const har = { entries: 40, redacted: 3, findings: harFindings.slice(0, 2), omitted: 2, reached: ['chatgpt.com'], failed: ['cdn.oaistatic.com'] };
    const good = buildSupportReport(source(web, 'en', { details: { har } as never }));
    expect(good.evidence[2]).toMatchObject({ label: 'HAR + console logs', done: true });
    expect(good.evidence[3]).toMatchObject({ done: true });
    const text = formatSupportReport(good);
    expect(text).toContain('What the HAR shows:\n  Server error 500 from chatgpt.com/backend-api/conversation');
    expect(text).toContain('x-request-id req_from_har');
    expect(text).toContain('No answer from cdn.oaistatic.com/assets/app.js: blocked by a browser extension (net::ERR_BLOCKED_BY_CLIENT)');
    expect(text).toContain('  …and 2 more findings, not listed.\n  Allowlist domains that failed: cdn.oaistatic.com\n');
    expect(good.fields.find((f) => f.id === 'request_ids')!.value).toBe('req_from_har');
  });

  it('names the status page and its ChatGPT incident at the time; leaves unknown observed fields out of the text', () => {
    const status = { line: 'ChatGPT: Conversations degraded', incidents: [{ name: 'Elevated errors', url: 'https://status.openai.com/incidents/x', chatgpt: true }, { name: 'Sora slow', chatgpt: false }] };
    const text = formatSupportReport(buildSupportReport(source(web, 'en', { status, platform: 'slack' })));
    expect(text).toContain('OpenAI status page at the time: ChatGPT: Conversations degraded; incidents: Elevated errors (https://status.openai.com/incidents/x)');
    expect(text).not.toContain('Sora slow');
    expect(text).toContain('Where it fails: ChatGPT in a web browser (reported through slack)');
    const bare = formatSupportReport(buildSupportReport(source(web, 'en')));
    expect(bare).not.toContain('OpenAI status page');
    expect(bare).not.toContain('What the HAR shows');
    expect(bare).toContain('Device: (not given)');
  });

  it('the API report takes the status code from the symptom and writes the failing percentage the way the language does', () => {
    const report = buildSupportReport(source(CALLING[2]!.facts, 'de', { input: { failingPercent: 12.5, timeRange: '09:00–09:30', org: 'org-AbC123xyz' } }));
    const value = (id: string) => report.fields.find((f) => f.id === id)!.value;
    expect(value('status_code')).toBe('500');
    expect(value('failing_percent')).toBe('12,5\u00a0%');
    expect(value('time_range')).toBe('09:00–09:30 (Zeitzone nicht angegeben)');
    expect(value('org')).toBe('org-AbC123xyz');
  });
});

describe('the input a person gives', () => {
  it('names the field that is wrong', () => {
    const problem = (value: unknown) => {
      const checked = checkReportInput(value);
      return checked.ok ? null : checked.problem;
    };
    expect(problem({ time: '14:05', requestIds: ['req_1'] })).toBeNull();
    expect(problem({ statusCode: 99 })).toMatchObject({ field: 'statusCode' });
    expect(problem({ failingPercent: 101 })).toMatchObject({ field: 'failingPercent' });
    expect(problem({ requestIds: ['ok', 'has space'] })).toMatchObject({ field: 'requestIds.1' });
    expect(problem({ whatHappened: 'x'.repeat(2001) })).toMatchObject({ field: 'whatHappened', message: 'must be at most 2000 characters' });
    expect(problem({ browser: 'Chrome\u0000' })).toMatchObject({ field: 'browser' });
    expect(problem({ conversationUrl: 'javascript:alert(1)' })).toMatchObject({ field: 'conversationUrl' });
    expect(problem({ tier: 'gold' })).toMatchObject({ field: 'tier' });
    expect(problem({ whatHappend: 'typo' })).toMatchObject({ field: 'whatHappend' });
    expect(problem([])).toMatchObject({ field: 'body' });
  });

  it('reportsFiled reads the conversations linked from an incident timeline', () => {
    const timeline = [
      { type: 'note' as const, at: 1, by: 'report:c1', text: '…' },
      { type: 'note' as const, at: 2, by: 'desk', text: 'update' },
      { type: 'note' as const, at: 3, by: 'report:c2', text: '…' },
    ];
    expect(reportsFiled({ timeline })).toEqual(['c1', 'c2']);
  });
});

describe('secrets pasted into the free text', () => {
  it('are replaced before the input is kept or printed', () => {
    const key = 'sk-proj-' + 'A1b2C3d4E5f6G7h8I9j0K1l2';
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXZhbHVl';
    const checked = checkReportInput({ errorPayload: `{"error": "bad", "auth": "Bearer ${jwt}"} with ${key}`, whatHappened: `api_key=${key}`, requestSummary: 'POST /v1/responses' });
    expect(checked.ok).toBe(true);
    const input = checked.ok ? checked.input : {};
    const text = formatSupportReport(buildSupportReport(source(CALLING[2]!.facts, 'en', { input })));
    expect(text).not.toContain(key);
    expect(text).not.toContain(jwt);
    expect(text).toContain('[REDACTED]');
    expect(text).toContain('Request summary: POST /v1/responses');
  });
});

describe('the network check from the person browser', () => {
  it('names the blocked and reached domains in the web report; absent when none was run', () => {
    const facts = CALLING[0]!.facts;
    const networkCheck = { at: AT, reachable: ['chatgpt.com'], blocked: ['cdn.oaistatic.com', 'ab.chatgpt.com'] };
    const text = formatSupportReport(buildSupportReport(source(facts, 'en', { details: { networkCheck } })));
    expect(text).toContain('Network check from my browser: blocked: cdn.oaistatic.com, ab.chatgpt.com; reached: chatgpt.com');
    const clear = formatSupportReport(buildSupportReport(source(facts, 'de', { details: { networkCheck: { at: AT, reachable: ['chatgpt.com'], blocked: [] } } })));
    expect(clear).toContain('Netzwerkprüfung aus meinem Browser: alle geprüften Domains erreicht (chatgpt.com)');
    expect(formatSupportReport(buildSupportReport(source(facts, 'en')))).not.toContain('Network check');
  });
});
