import { describe, expect, it } from 'vitest';
import { toComponentStatus, worseStatus } from '../../src/status/component-status.ts';
import { MAX_BACKOFF_MS, MAX_RETRY_AFTER_MS, nextPollDelay } from '../../src/status/next-poll-delay.ts';
import { parseRetryAfter } from '../../src/status/parse-retry-after.ts';
import { statusEndpoints } from '../../src/status/status-endpoint.ts';

describe('toComponentStatus', () => {
  it.each([
    ['operational', 'operational'],
    ['degraded_performance', 'degraded_performance'],
    ['partial_outage', 'partial_outage'],
    ['full_outage', 'full_outage'],
    ['major_outage', 'full_outage'],
    ['under_maintenance', 'under_maintenance'],
    ['Partial_Outage', 'partial_outage'],
    ['sparkling', 'unknown'],
    ['', 'unknown'],
    [undefined, 'unknown'],
    [3, 'unknown'],
  ])('%j → %s', (word, expected) => {
    expect(toComponentStatus(word)).toBe(expected);
  });

  it('merges to the worse state, with unknown above operational only', () => {
    expect(worseStatus('operational', 'unknown')).toBe('unknown');
    expect(worseStatus('unknown', 'degraded_performance')).toBe('degraded_performance');
    expect(worseStatus('full_outage', 'partial_outage')).toBe('full_outage');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-09-03T12:00:00Z');
  it('reads delay seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(['30', '60'], now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 03 Sep 2026 12:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('Thu, 03 Sep 2026 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('nextPollDelay', () => {
  const pollMs = 60_000;
  it('is the poll interval without failures', () => {
    expect(nextPollDelay({ pollMs, backoffFailures: 0, retryAfterMs: 999_999 })).toBe(pollMs);
  });
  it('doubles per consecutive 429/5xx up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((n) => nextPollDelay({ pollMs, backoffFailures: n }))).toEqual([120_000, 240_000, 480_000, MAX_BACKOFF_MS, MAX_BACKOFF_MS]);
  });
  it('honours a longer Retry-After, within its own cap', () => {
    expect(nextPollDelay({ pollMs, backoffFailures: 1, retryAfterMs: 900_000 })).toBe(900_000);
    expect(nextPollDelay({ pollMs, backoffFailures: 1, retryAfterMs: 10_000 })).toBe(120_000);
    expect(nextPollDelay({ pollMs, backoffFailures: 1, retryAfterMs: 86_400_000 })).toBe(MAX_RETRY_AFTER_MS);
  });
});

describe('statusEndpoints', () => {
  it("derives incident.io's native document from the page's base URL", () => {
    expect(statusEndpoints('incidentio', 'https://status.openai.com')[0]).toBe('https://status.openai.com/proxy/status.openai.com');
    expect(statusEndpoints('incidentio', 'https://status.openai.com/')[0]).toBe('https://status.openai.com/proxy/status.openai.com');
    expect(statusEndpoints('incidentio', 'http://127.0.0.1:4100')[0]).toBe('http://127.0.0.1:4100/proxy/status.openai.com');
    expect(statusEndpoints('incidentio', 'http://localhost:4100/')).toEqual(['http://localhost:4100/proxy/status.openai.com', 'http://localhost:4100/proxy/localhost']);
    expect(statusEndpoints('incidentio', 'https://status.example.com')).toEqual(['https://status.example.com/proxy/status.example.com']);
    expect(statusEndpoints('statuspage', 'http://127.0.0.1:4100')).toEqual(['http://127.0.0.1:4100/api/v2/summary.json']);
  });
  it("derives Statuspage's summary.json", () => {
    expect(statusEndpoints('statuspage', 'https://www.cloudflarestatus.com/')[0]).toBe('https://www.cloudflarestatus.com/api/v2/summary.json');
    expect(statusEndpoints('statuspage', 'https://example.com/status')[0]).toBe('https://example.com/status/api/v2/summary.json');
  });
});
