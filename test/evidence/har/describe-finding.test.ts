import { describe, expect, it } from 'vitest';
import { harText } from '../../../src/cli/har-command.ts';
import { NET_CAUSES } from '../../../src/evidence/har/classify-net-error.ts';
import { describeFinding } from '../../../src/evidence/har/describe-finding.ts';
import { FILTER_PRODUCTS, type FilterEvidence } from '../../../src/evidence/har/detect-filtering.ts';
import { FINDING_KINDS, type HarFinding } from '../../../src/evidence/har/har-finding.ts';
import type { HarReport } from '../../../src/evidence/har/process-har.ts';
import { LOCALES } from '../../../src/messages/locale.ts';
import { messagesFor } from '../../../src/messages/messages-for.ts';

const base = { host: 'chatgpt.com', path: '/backend-api/x', status: 0, time: '2026-11-30T09:15:02.123Z' };

/** One finding of every kind with every detail it can carry. */
const everyFinding: HarFinding[] = [
  { ...base, kind: 'server_error', status: 502, detail: 'http_502', requestId: 'req_1', cfRay: 'ray-FRA' },
  { ...base, kind: 'cloudflare_challenge', status: 403, detail: 'cf_mitigated' },
  { ...base, kind: 'cloudflare_challenge', status: 403, detail: 'challenge_page' },
  ...NET_CAUSES.map((detail): HarFinding => ({ ...base, kind: 'no_response', detail, error: 'ERR_X' })),
  ...NET_CAUSES.map((detail): HarFinding => ({ ...base, host: 'challenges.cloudflare.com', kind: 'challenge_failed', detail })),
  { ...base, host: 'challenges.cloudflare.com', kind: 'challenge_failed', status: 403, detail: 'http_403' },
  ...[...FILTER_PRODUCTS, 'unknown'].flatMap((detail) =>
    (['header', 'redirect', 'block_page', 'proxy_auth'] as FilterEvidence[]).map((evidence): HarFinding => ({ ...base, kind: 'filtered', status: 403, detail, evidence })),
  ),
  { ...base, kind: 'unauthorized', status: 401, detail: 'http_401' },
  { ...base, kind: 'forbidden', status: 403, detail: 'http_403' },
  { ...base, kind: 'rate_limited', status: 429, detail: 'http_429' },
];

describe('describeFinding', () => {
  it('covers every kind', () => {
    expect(new Set(everyFinding.map((f) => f.kind))).toEqual(new Set(FINDING_KINDS));
  });

  it.each(LOCALES)('%s: every finding on one line, every parameter filled, the place and the ids named', (locale) => {
    const m = messagesFor(locale);
    for (const finding of everyFinding) {
      const line = describeFinding(finding, m);
      expect({ finding, line, leftover: /\{[a-zA-Z]+\}|\n/.test(line) }).toEqual({ finding, line, leftover: false });
      expect(line).toContain('chatgpt.com/backend-api/x'.replace('chatgpt.com', finding.host));
    }
    expect(describeFinding(everyFinding[0]!, m)).toMatch(/req_1.*ray-FRA/);
  });

  it('English wording, by example', () => {
    const m = messagesFor('en');
    expect(describeFinding({ ...base, kind: 'filtered', status: 403, detail: 'zscaler', evidence: 'block_page' }, m)).toBe(
      'Zscaler answered instead of chatgpt.com/backend-api/x (its block page); at 2026-11-30T09:15:02.123Z',
    );
    expect(describeFinding({ ...base, kind: 'no_response', detail: 'extension', error: 'ERR_BLOCKED_BY_CLIENT' }, m)).toBe(
      'No answer from chatgpt.com/backend-api/x: blocked by a browser extension (ERR_BLOCKED_BY_CLIENT); at 2026-11-30T09:15:02.123Z',
    );
  });

  it('the report as text: counts, omitted findings, symptom, allowlist', () => {
    const report: HarReport = {
      entries: 1200,
      findings: [everyFinding[0]!],
      omitted: 3,
      facts: { symptom: 'http_500' },
      allowlist: { reached: ['chatgpt.com'], failed: ['challenges.cloudflare.com', '*.oaistatic.com'] },
      redacted: 1,
      bytes: 10,
      shortened: 0,
    };
    expect(harText(report, messagesFor('en'), 'out.har')).toBe(
      [
        'HAR read: 1,200 requests; 1 secret value redacted.',
        '4 findings:',
        '  - Server error 502 from chatgpt.com/backend-api/x; at 2026-11-30T09:15:02.123Z, x-request-id req_1, cf-ray ray-FRA',
        '  …and 3 more findings, not listed.',
        'The HAR settles the symptom: http_500.',
        'Allowlist domains that failed: challenges.cloudflare.com, *.oaistatic.com',
        'Allowlist domains reached: chatgpt.com',
        'Redacted HAR written to out.har: cookies, tokens, keys and session ids are replaced by [REDACTED]. Look it over before you attach it to a ticket.',
        '',
      ].join('\n'),
    );
  });
});
