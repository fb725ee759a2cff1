import { describe, expect, it } from 'vitest';
import { decideNext } from '../../src/triage/decide-next.ts';
import type { Facts } from '../../src/triage/fact-values.ts';
import type { Question, TriageInput, Verdict } from '../../src/triage/types.ts';

const OK = { status: 'operational' } as const;

function ask(facts: Facts, input: Omit<TriageInput, 'facts'> = {}): Question {
  const decision = decideNext({ facts, ...input });
  if (!decision.next) throw new Error(`expected a question, got verdict ${decision.verdict.branch}`);
  return decision.next;
}

function verdict(facts: Facts, input: Omit<TriageInput, 'facts'> = {}): Verdict {
  const decision = decideNext({ facts, ...input });
  if (!decision.verdict) throw new Error(`expected a verdict, got question ${decision.next.fact}`);
  return decision.verdict;
}

const WEB_FAILS_EVERYWHERE = { ...OK, surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office', other_network: 'fails' } as const;

describe('decideNext: question order', () => {
  it.each<[string, Facts, string]>([
    ['nothing known', {}, 'surface'],
    ['a ChatGPT incident (outage needs surface ≠ api)', { status: 'chatgpt_incident' }, 'surface'],
    ['a crowd surge on the api surface', { crowd: 'surge', surface: 'api' }, 'symptom'],
    ['surface web', { surface: 'web' }, 'symptom'],
    ['web, http_500: the cheapest isolating test first', { surface: 'web', symptom: 'http_500' }, 'clean_browser'],
    ['web, clean window fails: network before other_network', { surface: 'web', symptom: 'http_500', clean_browser: 'fails' }, 'network'],
    ['web, network known', { surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office' }, 'other_network'],
    ['web, other network fails', WEB_FAILS_EVERYWHERE, 'api_health'],
    ['desktop, http_500', { surface: 'desktop', symptom: 'http_500' }, 'web_works'],
    ['desktop, web fails', { surface: 'desktop', symptom: 'http_500', web_works: 'fails' }, 'network'],
    ['desktop, network known', { surface: 'desktop', symptom: 'http_500', web_works: 'fails', network: 'vpn' }, 'other_network'],
    ['mobile, http_403', { surface: 'mobile', symptom: 'http_403' }, 'web_works'],
    ['desktop, cloudflare: the app row comes first', { surface: 'desktop', symptom: 'cloudflare_challenge' }, 'web_works'],
    ['desktop, unusual_activity is an app verdict only on mobile', { surface: 'desktop', symptom: 'unusual_activity' }, 'web_works'],
    ['web, ssl_or_network_config is app_tls only for apps', { surface: 'web', symptom: 'ssl_or_network_config' }, 'clean_browser'],
    ['local cluster: the browser row comes first', { crowd: 'local_cluster', surface: 'web', symptom: 'http_500' }, 'clean_browser'],
    ['other-product incident is not the outage branch', { status: 'other_product_incident', surface: 'web', symptom: 'http_500' }, 'clean_browser'],
    ['other_network given without network: network is not asked afterwards', { surface: 'web', symptom: 'http_500', clean_browser: 'fails', other_network: 'fails' }, 'api_health'],
  ])('%s → asks %s', (_name, facts, fact) => {
    expect(ask(facts).fact).toBe(fact);
  });

  it('never asks retries: no verdict depends on it', () => {
    expect(verdict({ surface: 'api', symptom: 'api_500' }).branch).toBe('api_server');
    expect(verdict({ surface: 'api', symptom: 'api_503' }).branch).toBe('api_server');
  });
});

describe('decideNext: every branch and the edges of its row', () => {
  it.each<[string, Facts, string]>([
    ['incident on web', { status: 'chatgpt_incident', surface: 'web' }, 'outage'],
    ['surge on desktop', { crowd: 'surge', surface: 'desktop' }, 'outage'],
    ['incident on mobile beats app_tls', { status: 'chatgpt_incident', surface: 'mobile', symptom: 'ssl_or_network_config' }, 'outage'],
    ['429 during a ChatGPT incident', { surface: 'api', symptom: 'api_429', status: 'chatgpt_incident' }, 'api_rate_limit'],
    ['api 500', { surface: 'api', symptom: 'api_500' }, 'api_server'],
    ['api 503 during a surge', { crowd: 'surge', surface: 'api', symptom: 'api_503' }, 'api_server'],
    ['desktop TLS', { surface: 'desktop', symptom: 'ssl_or_network_config' }, 'app_tls'],
    ['mobile TLS', { surface: 'mobile', symptom: 'ssl_or_network_config' }, 'app_tls'],
    ['mobile unusual activity', { surface: 'mobile', symptom: 'unusual_activity' }, 'app'],
    ['desktop, web works', { surface: 'desktop', symptom: 'http_500', web_works: 'works' }, 'app'],
    ['mobile, web works, local cluster', { surface: 'mobile', symptom: 'other', web_works: 'works', crowd: 'local_cluster' }, 'app'],
    ['web cloudflare', { surface: 'web', symptom: 'cloudflare_challenge' }, 'cloudflare_challenge'],
    ['desktop cloudflare, web fails', { surface: 'desktop', symptom: 'cloudflare_challenge', web_works: 'fails' }, 'cloudflare_challenge'],
    ['clean window works', { surface: 'web', symptom: 'http_500', clean_browser: 'works' }, 'browser'],
    ['clean window works beats a local cluster', { surface: 'web', symptom: 'http_500', clean_browser: 'works', crowd: 'local_cluster' }, 'browser'],
    ['hotspot works', { surface: 'web', symptom: 'http_500', clean_browser: 'fails', other_network: 'works' }, 'network'],
    ['local cluster, clean window fails', { crowd: 'local_cluster', surface: 'web', symptom: 'http_500', clean_browser: 'fails' }, 'network'],
    ['desktop, web fails, hotspot works', { surface: 'desktop', symptom: 'http_500', web_works: 'fails', network: 'office', other_network: 'works' }, 'network'],
    ['api health works', { ...WEB_FAILS_EVERYWHERE, api_health: 'works' }, 'web_session'],
    ['api health fails', { ...WEB_FAILS_EVERYWHERE, api_health: 'fails' }, 'escalate'],
    ['api health unknown', { ...WEB_FAILS_EVERYWHERE, api_health: 'unknown' }, 'escalate'],
    ['desktop fails everywhere', { surface: 'desktop', symptom: 'http_500', web_works: 'fails', network: 'office', other_network: 'fails' }, 'escalate'],
    ['api other', { surface: 'api', symptom: 'api_other' }, 'escalate'],
    ['every row FALSE (an inconsistent fact set) falls back to escalate', { surface: 'api', symptom: 'http_500' }, 'escalate'],
  ])('%s → %s', (_name, facts, branch) => {
    expect(verdict(facts).branch).toBe(branch);
  });
});

describe('decideNext: askable facts per surface', () => {
  it('api: other_network, clean_browser and network are never asked (they count as absent)', () => {
    expect(verdict({ surface: 'api', symptom: 'api_other', crowd: 'none' }).branch).toBe('escalate');
  });

  it('facts given anyway are used as given', () => {
    expect(verdict({ surface: 'api', symptom: 'api_other', other_network: 'works' }).branch).toBe('network');
  });

  it('a not_tried answer for a fact that cannot be asked counts as absent', () => {
    expect(verdict({ surface: 'api', symptom: 'api_other', other_network: 'not_tried' }).branch).toBe('escalate');
  });

  it('desktop never gets clean_browser or api_health', () => {
    expect(ask({ surface: 'desktop', symptom: 'http_500' }).fact).toBe('web_works');
    expect(ask({ surface: 'desktop', symptom: 'http_500', clean_browser: 'works' }).fact).toBe('web_works');
  });

  it('web never gets web_works', () => {
    expect(ask({ surface: 'web', symptom: 'http_500', web_works: 'works' }).fact).toBe('clean_browser');
  });

  it('an api symptom without a surface implies api (surface is not asked)', () => {
    expect(verdict({ status: 'chatgpt_incident', symptom: 'api_429' }).branch).toBe('api_rate_limit');
    expect(verdict({ symptom: 'api_500' }).branch).toBe('api_server');
  });

  it('a non-api symptom without a surface rules api out', () => {
    expect(verdict({ status: 'chatgpt_incident', symptom: 'http_500' }).branch).toBe('outage');
    expect(ask({ status: 'operational', symptom: 'http_500' }).fact).toBe('surface');
  });
});

describe('decideNext: the questions', () => {
  it('asks clean_browser again after not_tried, with how-to help', () => {
    const q = ask({ surface: 'web', symptom: 'http_500', clean_browser: 'not_tried' });
    expect(q.fact).toBe('clean_browser');
    expect(q.askedAgain).toBe('not_tried');
    for (const s of ['Ctrl+Shift+N', '⌘+Shift+N', 'Ctrl+Shift+P', 'InPrivate', 'Firefox', 'Safari', 'Edge', 'Chrome']) expect(q.help).toContain(s);
  });

  it('asks other_network again after not_tried, with hotspot help', () => {
    const q = ask({ surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office', other_network: 'not_tried' });
    expect(q).toMatchObject({ fact: 'other_network', askedAgain: 'not_tried' });
    expect(q.help).toMatch(/hotspot/);
    expect(q.help).toMatch(/VPN/);
  });

  it('a fresh question carries help but no askedAgain', () => {
    const q = ask({ surface: 'web', symptom: 'http_500' });
    expect(q.askedAgain).toBeUndefined();
    expect(q.help).toBeTruthy();
  });

  it('askedAgain comes from the caller for an unclear reply', () => {
    expect(ask({ surface: 'web' }, { askedAgain: 'unclear' }).askedAgain).toBe('unclear');
  });

  it('api_health help shows how to check the API; web_works help names chatgpt.com', () => {
    expect(ask(WEB_FAILS_EVERYWHERE).help).toContain('curl https://api.openai.com/v1/models');
    expect(ask({ surface: 'mobile', symptom: 'http_500' }).help).toContain('chatgpt.com');
  });

  it('yes/no questions put "works" first, and the clean_browser labels read as answers', () => {
    expect(ask({ surface: 'web', symptom: 'http_500' }).choices).toEqual([
      { value: 'works', label: 'Yes, it works there' },
      { value: 'fails', label: 'No, it fails there too' },
      { value: 'not_tried', label: "I haven't tried" },
    ]);
    expect(ask({ surface: 'web', symptom: 'http_500' }).text).toMatch(/private \(incognito\) window/);
    expect(ask({ surface: 'desktop', symptom: 'http_500' }).choices[0]?.value).toBe('works');
    expect(ask(WEB_FAILS_EVERYWHERE).choices.map((c) => c.value)).toEqual(['works', 'fails', 'unknown']);
  });

  it('symptom choices depend on the surface', () => {
    const values = (surface: Facts['surface']) => ask({ surface }).choices.map((c) => c.value);
    expect(values('api')).toEqual(['api_500', 'api_503', 'api_429', 'api_other']);
    expect(values('web')).toEqual(['http_500', 'http_403', 'ssl_or_network_config', 'cloudflare_challenge', 'other']);
    expect(values('desktop')).toEqual(values('web'));
    expect(values('mobile')).toEqual(['http_500', 'http_403', 'ssl_or_network_config', 'unusual_activity', 'cloudflare_challenge', 'other']);
  });

  it('surface choices are the four surfaces', () => {
    expect(ask({}).choices.map((c) => c.value)).toEqual(['web', 'desktop', 'mobile', 'api']);
  });

  it('is pure: same input, same output, input untouched', () => {
    const facts = Object.freeze({ surface: 'web', symptom: 'http_500', clean_browser: 'fails', other_network: 'works' } as const);
    expect(decideNext({ facts })).toEqual(decideNext({ facts }));
    expect(facts).toEqual({ surface: 'web', symptom: 'http_500', clean_browser: 'fails', other_network: 'works' });
  });
});
