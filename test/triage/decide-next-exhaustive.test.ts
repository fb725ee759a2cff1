import { describe, expect, it } from 'vitest';
import type { BranchId } from '../../src/triage/branches.ts';
import { decideNext } from '../../src/triage/decide-next.ts';
import { FACT_VALUES, type Facts } from '../../src/triage/fact-values.ts';
import { run, type Script } from './run-transcript.ts';

// The decision table of triage-spec.md, written again as plain two-valued code over complete
// facts: the oracle the engine (which asks as little as it can) must agree with.
function oracle(f: Facts): BranchId {
  const s = f.surface;
  const app = s === 'desktop' || s === 'mobile';
  if (s !== 'api' && (f.status === 'chatgpt_incident' || f.crowd === 'surge')) return 'outage';
  if (s === 'api' && f.symptom === 'api_429') return 'api_rate_limit';
  if (s === 'api' && (f.symptom === 'api_500' || f.symptom === 'api_503')) return 'api_server';
  if (app && f.symptom === 'ssl_or_network_config') return 'app_tls';
  if ((s === 'mobile' && f.symptom === 'unusual_activity') || (app && f.web_works === 'works')) return 'app';
  if (f.symptom === 'cloudflare_challenge') return 'cloudflare_challenge';
  if (s === 'web' && f.clean_browser === 'works') return 'browser';
  if (f.other_network === 'works' || f.crowd === 'local_cluster') return 'network';
  if (s === 'web' && f.clean_browser === 'fails' && f.other_network === 'fails' && f.api_health === 'works') return 'web_session';
  return 'escalate';
}

const NON_API_SYMPTOMS = ['http_500', 'http_403', 'ssl_or_network_config', 'unusual_activity', 'cloudflare_challenge', 'other'] as const;
const API_SYMPTOMS = ['api_500', 'api_503', 'api_429', 'api_other'] as const;
const tried = <T extends string>(values: readonly T[]): T[] => values.filter((v) => v !== 'not_tried');

/** Every complete answer set a person on `surface` can give (only the facts askable there). */
function completeScripts(surface: NonNullable<Facts['surface']>): Script[] {
  const axes: [string, readonly string[]][] =
    surface === 'api'
      ? [['symptom', API_SYMPTOMS], ['retries', FACT_VALUES.retries]]
      : surface === 'web'
        ? [['symptom', NON_API_SYMPTOMS], ['clean_browser', tried(FACT_VALUES.clean_browser)], ['network', FACT_VALUES.network], ['other_network', tried(FACT_VALUES.other_network)], ['api_health', FACT_VALUES.api_health]]
        : [['symptom', NON_API_SYMPTOMS], ['web_works', FACT_VALUES.web_works], ['network', FACT_VALUES.network], ['other_network', tried(FACT_VALUES.other_network)]];
  let scripts: Record<string, string>[] = [{ surface }];
  for (const [fact, values] of axes) scripts = scripts.flatMap((s) => values.map((v) => ({ ...s, [fact]: v })));
  return scripts as Script[];
}

const OBSERVED: Facts[] = FACT_VALUES.status.flatMap((status) => FACT_VALUES.crowd.map((crowd) => ({ status, crowd })));

describe('decideNext over every complete answer set', () => {
  it.each(FACT_VALUES.surface)('%s: agrees with the decision table, asks each fact once, only askable facts', (surface) => {
    let runs = 0;
    for (const observed of OBSERVED) {
      for (const script of completeScripts(surface)) {
        const { asked, branch } = run(observed, script);
        expect(branch, JSON.stringify({ observed, script })).toBe(oracle({ ...observed, ...(script as Facts) }));
        expect(new Set(asked).size).toBe(asked.length);
        runs++;
      }
    }
    expect(runs).toBeGreaterThan(20);
  });
});

/** The verdicts reachable from `facts` when every later question may get any tried answer. */
function outcomes(facts: Facts, seen = new Map<string, Set<BranchId>>()): Set<BranchId> {
  const key = JSON.stringify(facts);
  const cached = seen.get(key);
  if (cached) return cached;
  const decision = decideNext({ facts });
  const result = new Set<BranchId>();
  if (decision.verdict) result.add(decision.verdict.branch);
  else for (const { value } of decision.next.choices.filter((c) => c.value !== 'not_tried')) {
    for (const b of outcomes({ ...facts, [decision.next.fact]: value }, seen)) result.add(b);
  }
  seen.set(key, result);
  return result;
}

describe('a question whose answer cannot change the verdict is never asked', () => {
  it.each(OBSERVED)('from %o, every question except `network` (the grouping key) has answers leading to different verdicts', (observed) => {
    const seen = new Map<string, Set<BranchId>>();
    let questions = 0;
    const walk = (facts: Facts): void => {
      const decision = decideNext({ facts });
      if (decision.verdict) return;
      const { fact, choices } = decision.next;
      const answers = choices.filter((c) => c.value !== 'not_tried').map((c) => ({ ...facts, [fact]: c.value }) as Facts);
      if (fact !== 'network') {
        const distinct = new Set(answers.map((f) => [...outcomes(f, seen)].sort().join('|')));
        expect(distinct.size, `${fact} asked at ${JSON.stringify(facts)}`).toBeGreaterThan(1);
      }
      questions++;
      answers.forEach(walk);
    };
    walk(observed);
    expect(questions).toBeGreaterThan(0);
  });
});
