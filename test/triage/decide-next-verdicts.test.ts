import { describe, expect, it } from 'vitest';
import { decideNext } from '../../src/triage/decide-next.ts';
import { DEFAULT_ALLOWLIST } from '../../src/triage/default-allowlist.ts';
import type { Facts } from '../../src/triage/fact-values.ts';
import type { TriageInput, Verdict } from '../../src/triage/types.ts';

function verdict(facts: Facts, input: Omit<TriageInput, 'facts'> = {}): Verdict {
  const decision = decideNext({ facts, ...input });
  if (!decision.verdict) throw new Error(`expected a verdict, got question ${decision.next.fact}`);
  return decision.verdict;
}

const LABELS = ['Reproduced on another network', 'Incognito / clean profile tested', 'HAR + console logs', 'Conversation URL or request ID'];
const WEB_ESCALATE = { status: 'operational', surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office', other_network: 'fails', api_health: 'unknown' } as const;
const NETWORK = { status: 'operational', surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office', other_network: 'works' } as const;

describe('verdicts: common shape', () => {
  it.each<[string, Facts]>([
    ['outage', { status: 'chatgpt_incident', surface: 'web' }],
    ['api_rate_limit', { surface: 'api', symptom: 'api_429' }],
    ['api_server', { surface: 'api', symptom: 'api_500' }],
    ['app_tls', { surface: 'desktop', symptom: 'ssl_or_network_config' }],
    ['app', { surface: 'mobile', symptom: 'unusual_activity' }],
    ['cloudflare_challenge', { surface: 'web', symptom: 'cloudflare_challenge' }],
    ['browser', { surface: 'web', symptom: 'http_500', clean_browser: 'works' }],
    ['network', NETWORK],
    ['web_session', { ...WEB_ESCALATE, api_health: 'works' }],
    ['escalate', WEB_ESCALATE],
  ])('%s has a headline, summary, steps, stop point and its evidence labels in order', (branch, facts) => {
    const v = verdict(facts);
    expect(v.branch).toBe(branch);
    expect(v.headline.length).toBeGreaterThan(10);
    expect(v.summary.length).toBeGreaterThan(20);
    expect(v.steps.length).toBeGreaterThanOrEqual(3);
    expect(v.stopWhen.length).toBeGreaterThan(5);
    // The API's support report needs the request ID, not incognito windows, networks or a HAR.
    expect(v.evidence.map((e) => e.label)).toEqual(branch.startsWith('api_') ? [LABELS[3]] : LABELS);
    expect(Boolean(v.itNote)).toBe(branch === 'network');
    expect(Boolean(v.retrySnippet)).toBe(branch === 'api_server');
    expect(Boolean(v.offerNotify)).toBe(branch === 'outage');
    expect(Boolean(v.supportReport)).toBe(branch === 'escalate' || branch === 'api_server');
  });
});

describe('verdicts: status notes', () => {
  it('absent status is said plainly as unreadable, never as operational', () => {
    const v = verdict({ surface: 'web', symptom: 'cloudflare_challenge' });
    expect(v.notes).toHaveLength(1);
    expect(v.notes[0]).toMatch(/could not be read/);
    expect(JSON.stringify(v)).not.toMatch(/operational/i);
  });

  it('explicit unknown status gives the same note', () => {
    expect(verdict({ status: 'unknown', surface: 'api', symptom: 'api_429' }).notes[0]).toMatch(/could not be read/);
  });

  it('an other-product incident is named as context, not the outage branch', () => {
    const v = verdict(
      { status: 'other_product_incident', surface: 'web', symptom: 'http_500', clean_browser: 'works' },
      { context: { incidents: [{ name: 'Sora video generation degraded', url: 'https://status.openai.com/incidents/x', chatgpt: false }] } },
    );
    expect(v.branch).toBe('browser');
    expect(v.notes).toHaveLength(1);
    expect(v.notes[0]).toContain('another product');
    expect(v.notes[0]).toContain('Sora video generation degraded');
    expect(v.notes[0]).toContain('context');
  });

  it('an other-product incident without context still gets a note', () => {
    expect(verdict({ status: 'other_product_incident', surface: 'web', symptom: 'cloudflare_challenge' }).notes[0]).toMatch(/another product/);
  });

  it('operational status adds no note', () => {
    expect(verdict({ status: 'operational', surface: 'web', symptom: 'cloudflare_challenge' }).notes).toEqual([]);
  });

  it('a ChatGPT incident on the api surface is mentioned as a separate path', () => {
    const v = verdict({ status: 'chatgpt_incident', surface: 'api', symptom: 'api_429' });
    expect(v.notes.join(' ')).toMatch(/ChatGPT incident.*separate/);
  });
});

describe('verdicts: evidence', () => {
  it('nothing is satisfied at the start', () => {
    expect(verdict({ status: 'chatgpt_incident', surface: 'web' }).evidence.map((e) => e.satisfied)).toEqual([false, false, false, false]);
  });

  it('tested networks and clean windows count whatever their result; details come from the conversation', () => {
    const v = verdict(WEB_ESCALATE, { details: { harAttached: true, conversationUrl: 'https://chatgpt.com/c/abc' } });
    expect(v.evidence.map((e) => e.satisfied)).toEqual([true, true, true, true]);
    expect(v.evidence[0]?.detail).toMatch(/fails on another network/i);
    expect(v.evidence[1]?.detail).toMatch(/fails in a private window/i);
    expect(v.evidence[3]?.detail).toContain('https://chatgpt.com/c/abc');
  });

  it('a hotspot that works is satisfied, with the failing network named', () => {
    expect(verdict(NETWORK).evidence[0]).toEqual({ label: LABELS[0], satisfied: true, detail: 'Works on another network; fails on the office network' });
  });

  it('not_tried does not satisfy', () => {
    const v = verdict({ status: 'chatgpt_incident', surface: 'web', clean_browser: 'not_tried', other_network: 'not_tried' });
    expect(v.evidence.slice(0, 2).map((e) => [e.satisfied, e.detail])).toEqual([[false, 'Not tried yet'], [false, 'Not tried yet']]);
  });

  it('api: request ids satisfy the last label, and an unsatisfied one asks for the request ID', () => {
    expect(verdict({ surface: 'api', symptom: 'api_500' }).evidence[0]).toMatchObject({ satisfied: false, detail: expect.stringMatching(/x-request-id/) });
    const v = verdict({ surface: 'api', symptom: 'api_500' }, { details: { requestIds: ['req_123', 'req_456'] } });
    expect(v.evidence).toEqual([{ label: LABELS[3], satisfied: true, detail: 'Request ID: req_123, req_456' }]);
  });

  it('an empty request id list does not satisfy', () => {
    expect(verdict({ surface: 'api', symptom: 'api_500' }, { details: { requestIds: [] } }).evidence[0]?.satisfied).toBe(false);
  });
});

describe('verdicts: network and the IT note', () => {
  it('uses the default allowlist and says what IT needs to know', () => {
    const note = verdict(NETWORK).itNote;
    expect(note?.minimumDomains).toEqual([...DEFAULT_ALLOWLIST.minimum]);
    expect(note?.broaderDomains).toEqual([...DEFAULT_ALLOWLIST.broader]);
    const text = note?.text ?? '';
    for (const s of ['office network', 'HTTP ERROR 500', 'works on another network', 'SSL', 'unexpected content', 'cookies counts as blocking', 'Cisco Umbrella', 'Zscaler', 'McAfee Web Gateway', 'Sophos', 'Barracuda', 'Fortinet', 'live allowlist', 'challenges.cloudflare.com', 'rum.browser-intake-datadoghq.com']) {
      expect(text.toLowerCase()).toContain(s.toLowerCase());
    }
  });

  it('takes a custom allowlist from the context', () => {
    const allowlist = { minimum: ['chatgpt.com', 'intranet-proxy.example'], broader: ['*.example.org'] };
    const note = verdict(NETWORK, { context: { allowlist } }).itNote;
    expect(note).toMatchObject({ minimumDomains: allowlist.minimum, broaderDomains: allowlist.broader });
    expect(note?.text).toContain('intranet-proxy.example');
    expect(note?.text).toContain('*.example.org');
    expect(note?.text).not.toContain('oaistatic.com');
  });

  it('mentions colleagues on the same network', () => {
    const v = verdict(
      { crowd: 'local_cluster', status: 'operational', surface: 'web', symptom: 'http_500', clean_browser: 'fails' },
      { context: { crowd: { reporters: 9, networks: 1, minutes: 12, sameNetwork: 8 } } },
    );
    expect(v.branch).toBe('network');
    expect(v.itNote?.text).toContain('8 colleagues on the same network reported this');
    expect(v.steps.join(' ')).toContain('8 colleagues on the same network reported this');
    expect(v.itNote?.text).not.toContain('works on another network');
  });

  it('tells a VPN user to try another exit', () => {
    expect(verdict({ ...NETWORK, network: 'vpn' }).steps.join(' ')).toMatch(/VPN off, or switch to another exit/);
  });
});

describe('verdicts: outage', () => {
  const context = {
    incidents: [
      { name: 'Elevated errors in ChatGPT conversations', url: 'https://status.openai.com/incidents/abc', chatgpt: true },
      { name: 'Sora degraded', url: 'https://status.openai.com/incidents/sora', chatgpt: false },
    ],
    affectedComponents: ['Conversations', 'Login'],
    crowd: { reporters: 41, networks: 6, minutes: 12 },
  };

  it('names and links ChatGPT incidents and components, and offers to notify', () => {
    const v = verdict({ status: 'chatgpt_incident', surface: 'web' }, { context });
    const all = [v.summary, ...v.steps].join('\n');
    expect(all).toContain('Elevated errors in ChatGPT conversations');
    expect(all).toContain('https://status.openai.com/incidents/abc');
    expect(all).not.toContain('Sora');
    expect(all).toContain('Conversations and Login are degraded');
    expect(all).toMatch(/10 to 30 minutes/);
    expect(v.offerNotify).toBe(true);
    expect(v.notes).toEqual([]);
  });

  it('a crowd surge says how many people reported it', () => {
    const v = verdict({ status: 'operational', crowd: 'surge', surface: 'desktop' }, { context });
    expect(v.summary).toContain("You're one of 41 people who reported this in the last 12 minutes");
  });

  it('no crowd line without a surge', () => {
    expect(verdict({ status: 'chatgpt_incident', surface: 'web' }, { context }).summary).not.toContain('people who reported');
  });
});

describe('verdicts: API', () => {
  it('api_server: snippet retries only 500/503 with backoff and jitter; steps list the log fields', () => {
    const v = verdict({ status: 'operational', surface: 'api', symptom: 'api_500' });
    expect(v.retrySnippet).toMatch(/500/);
    expect(v.retrySnippet).toMatch(/503/);
    expect(v.retrySnippet).toMatch(/2 \*\* attempt/);
    expect(v.retrySnippet).toMatch(/Math\.random/);
    const steps = v.steps.join('\n');
    for (const s of ['x-request-id', 'X-Client-Request-Id', 'model', 'endpoint', 'tier', 'project', 'timezone', 'failing percentage', 'Service Health', 'no matching spike', 'proxies', 'status.openai.com']) {
      expect(steps).toContain(s);
    }
    expect(v.supportReport?.kind).toBe('api');
  });

  it('api_server names an active non-ChatGPT incident', () => {
    const v = verdict(
      { status: 'other_product_incident', surface: 'api', symptom: 'api_503' },
      { context: { incidents: [{ name: 'Increased API latency for gpt-5', url: 'https://status.openai.com/incidents/api1', chatgpt: false }] } },
    );
    expect(v.steps.join(' ')).toContain('Increased API latency for gpt-5 (https://status.openai.com/incidents/api1)');
    expect(v.summary).toContain('503');
  });

  it('api_server tailors one sentence to retries', () => {
    const base = verdict({ surface: 'api', symptom: 'api_500' }).summary;
    const intermittent = verdict({ surface: 'api', symptom: 'api_500', retries: 'intermittent' }).summary;
    const persists = verdict({ surface: 'api', symptom: 'api_500', retries: 'persists' }).summary;
    expect(new Set([base, intermittent, persists]).size).toBe(3);
    expect(intermittent).toMatch(/Some retries succeed/);
    expect(persists).toMatch(/keeps failing/);
  });

  it('api_rate_limit steers away from the 5xx playbook', () => {
    const v = verdict({ surface: 'api', symptom: 'api_429' });
    expect(v.summary).toMatch(/rate limit or ran out of quota/);
    expect(v.steps.join(' ')).toMatch(/5xx playbook/);
  });
});

describe('verdicts: escalate and the support report', () => {
  it('web: web report fields, HAR warning', () => {
    const v = verdict(WEB_ESCALATE);
    expect(v.supportReport?.kind).toBe('web');
    expect(v.supportReport?.fields.join('\n')).toMatch(/timezone[\s\S]*version[\s\S]*Device[\s\S]*Screenshots[\s\S]*private window or another network[\s\S]*HAR[\s\S]*Conversation URL/);
    expect(v.steps.join(' ')).toMatch(/HAR holds your cookies, bearer tokens and session ids.*never post it unredacted/);
  });

  it('api_other: api report fields', () => {
    const v = verdict({ surface: 'api', symptom: 'api_other' });
    expect(v.supportReport?.kind).toBe('api');
    const fields = v.supportReport?.fields.join('\n') ?? '';
    for (const s of ['Org ID', 'standard, priority or scale', 'Model', 'Endpoint', 'Project', 'Status code', 'timezone', 'failing percentage', 'Error payload', 'x-request-id or X-Client-Request-Id', 'summary of the request']) {
      expect(fields).toContain(s);
    }
  });

  it('desktop escalation speaks of the app and the browser', () => {
    const v = verdict({ status: 'operational', surface: 'desktop', symptom: 'http_500', web_works: 'fails', network: 'office', other_network: 'fails' });
    expect(v.summary).toMatch(/in the app and in the browser/);
  });
});

describe('verdicts: the app branches', () => {
  it('app on iOS: VPN off, update, DNS, the attestation check in Safari', () => {
    const steps = verdict({ surface: 'mobile', symptom: 'unusual_activity' }).steps.join('\n');
    for (const s of ['VPN', 'update', 'DNS', 'https://register.appattest.apple.com/', 'Safari', 'another network']) expect(steps).toContain(s);
  });

  it('app on desktop has no iOS-only steps', () => {
    expect(verdict({ surface: 'desktop', symptom: 'http_500', web_works: 'works' }).steps.join('\n')).not.toContain('appattest');
  });

  it('app_tls asks IT about SSL inspection for the allowlisted domains', () => {
    const v = verdict({ surface: 'desktop', symptom: 'ssl_or_network_config' }, { context: { allowlist: { minimum: ['only.example'], broader: [] } } });
    expect(v.steps.join(' ')).toMatch(/SSL\/TLS inspection.*only\.example/);
  });
});
