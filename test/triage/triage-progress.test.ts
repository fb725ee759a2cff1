import { describe, expect, it } from 'vitest';
import { BRANCHES } from '../../src/triage/branches.ts';
import { decideNext } from '../../src/triage/decide-next.ts';
import type { Facts } from '../../src/triage/fact-values.ts';
import { NOTIFY_BRANCHES, notifiesOnFix } from '../../src/triage/notify-branches.ts';
import { triageProgress } from '../../src/triage/triage-progress.ts';
import { CATALOGS } from '../../src/messages/catalogs.ts';
import { formatMessage } from '../../src/messages/format-message.ts';
import { LOCALES } from '../../src/messages/locale.ts';

describe('triageProgress: "question 2 of about 4" from the decision table', () => {
  it('counts the answered questions and estimates the rest along the table', () => {
    expect(triageProgress({})).toEqual({ step: 1, about: 3 });
    expect(triageProgress({ surface: 'web' })).toEqual({ step: 2, about: 4 });
    expect(triageProgress({ surface: 'web', symptom: 'http_500' })).toEqual({ step: 3, about: 4 });
    // The API path is short: a symptom and the verdict.
    expect(triageProgress({ surface: 'api' })).toEqual({ step: 2, about: 2 });
  });

  it('a "not tried" answer answers nothing: the same question keeps its number', () => {
    expect(triageProgress({ surface: 'web', symptom: 'http_500', clean_browser: 'not_tried' })).toEqual(triageProgress({ surface: 'web', symptom: 'http_500' }));
  });

  it('facts read from the opening text count as answered', () => {
    expect(triageProgress({ surface: 'web', symptom: 'http_500', network: 'office' })?.step).toBe(4);
  });

  it('is null once the facts lead to a verdict', () => {
    expect(triageProgress({ status: 'chatgpt_incident', surface: 'web' })).toBeNull();
    expect(triageProgress({ surface: 'api', symptom: 'api_429' })).toBeNull();
  });

  it('never says fewer than the step it is at, and walking any path never goes past its estimate by more than the table allows', () => {
    // Every web path by answers: the step grows by one per answer and "about" stays within 1..6.
    const walk = (facts: Facts, depth: number): void => {
      const decision = decideNext({ facts });
      const progress = triageProgress(facts);
      if (decision.verdict) {
        expect(progress).toBeNull();
        return;
      }
      expect(progress).not.toBeNull();
      expect(progress!.about).toBeGreaterThanOrEqual(progress!.step);
      expect(progress!.about).toBeLessThanOrEqual(7);
      expect(progress!.step).toBe(depth + 1);
      for (const choice of decision.next.choices) {
        if (choice.value === 'not_tried' || choice.value === 'unknown') continue;
        walk({ ...facts, [decision.next.fact]: choice.value }, depth + 1);
      }
    };
    walk({ status: 'operational' }, 0);
  });
});

describe('"Notify me when it’s fixed": only where the fix is upstream', () => {
  it('outage, API server errors and escalate; never browser, network or the API rate limit', () => {
    expect([...NOTIFY_BRANCHES].sort()).toEqual(['api_server', 'escalate', 'outage']);
    for (const branch of BRANCHES) expect(notifiesOnFix(branch)).toBe(['outage', 'api_server', 'escalate'].includes(branch));
  });
});

describe('evidence per branch', () => {
  const verdict = (facts: Facts) => {
    const decision = decideNext({ facts });
    if (!decision.verdict) throw new Error(`expected a verdict for ${JSON.stringify(facts)}`);
    return decision.verdict;
  };
  it('API verdicts (429, 5xx, other) ask only for the API items: no incognito, other network or HAR', () => {
    for (const symptom of ['api_429', 'api_500', 'api_503', 'api_other'] as const) {
      const v = verdict({ surface: 'api', symptom });
      expect(v.evidence.map((e) => e.label)).toEqual(['Conversation URL or request ID']);
      expect(v.evidence[0]?.detail).toMatch(/x-request-id/);
    }
    expect(verdict({ surface: 'api', symptom: 'api_other' }).supportReport?.fields.join(' ')).toMatch(/Org ID/);
  });
  it('web verdicts keep the four items', () => {
    expect(verdict({ status: 'operational', surface: 'web', symptom: 'http_500', clean_browser: 'works' }).evidence).toHaveLength(4);
  });
});

describe('plurals in every language', () => {
  it('no "1 minutes" (or its translation) in any text of the catalog with a count of 1', () => {
    const wrong = /\b1 (minutes|Minuten|minutos|minutes)\b/;
    for (const locale of LOCALES) {
      for (const [id, message] of Object.entries(CATALOGS[locale])) {
        const text = formatMessage(locale, message, { count: 1, reporters: 5, minutes: 1, step: 1, about: 1 });
        expect(text, `${locale} ${id}`).not.toMatch(wrong);
      }
    }
  });
});
