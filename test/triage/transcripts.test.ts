import { describe, expect, it } from 'vitest';
import { BRANCHES } from '../../src/triage/branches.ts';
import { run, runFull, type Script } from './run-transcript.ts';

const OK = { status: 'operational' } as const;

describe('transcripts: one conversation per branch', () => {
  it('outage: a ChatGPT incident needs only the surface', () => {
    expect(run({ status: 'chatgpt_incident' }, { surface: 'web' })).toEqual({ asked: ['surface'], branch: 'outage' });
  });

  it('outage: a crowd surge with an operational status page', () => {
    expect(run({ status: 'operational', crowd: 'surge' }, { surface: 'mobile' })).toEqual({ asked: ['surface'], branch: 'outage' });
  });

  it('api_rate_limit: surface and symptom, even during a ChatGPT incident', () => {
    expect(run({ status: 'chatgpt_incident' }, { surface: 'api', symptom: 'api_429' })).toEqual({
      asked: ['surface', 'symptom'],
      branch: 'api_rate_limit',
    });
  });

  it('api_server: retries are never asked, they cannot change the verdict', () => {
    expect(run(OK, { surface: 'api', symptom: 'api_503', retries: 'persists' })).toEqual({
      asked: ['surface', 'symptom'],
      branch: 'api_server',
    });
  });

  it('app_tls: desktop with a network configuration / SSL error', () => {
    expect(run(OK, { surface: 'desktop', symptom: 'ssl_or_network_config' })).toEqual({
      asked: ['surface', 'symptom'],
      branch: 'app_tls',
    });
  });

  it('app: mobile unusual activity needs no isolating test', () => {
    expect(run(OK, { surface: 'mobile', symptom: 'unusual_activity' })).toEqual({ asked: ['surface', 'symptom'], branch: 'app' });
  });

  it('app: the web works on the same network', () => {
    expect(run(OK, { surface: 'desktop', symptom: 'http_500', web_works: 'works' })).toEqual({
      asked: ['surface', 'symptom', 'web_works'],
      branch: 'app',
    });
  });

  it('cloudflare_challenge: web', () => {
    expect(run(OK, { surface: 'web', symptom: 'cloudflare_challenge' })).toEqual({
      asked: ['surface', 'symptom'],
      branch: 'cloudflare_challenge',
    });
  });

  it('browser: works in a private window', () => {
    expect(run(OK, { surface: 'web', symptom: 'http_500', clean_browser: 'works' })).toEqual({
      asked: ['surface', 'symptom', 'clean_browser'],
      branch: 'browser',
    });
  });

  it('network: fails in a clean window, works on a hotspot (network asked before other_network)', () => {
    expect(
      run(OK, { surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office', other_network: 'works' }),
    ).toEqual({ asked: ['surface', 'symptom', 'clean_browser', 'network', 'other_network'], branch: 'network' });
  });

  it('network: a local cluster decides once the clean window fails', () => {
    expect(run({ status: 'operational', crowd: 'local_cluster' }, { surface: 'web', symptom: 'http_500', clean_browser: 'fails' })).toEqual({
      asked: ['surface', 'symptom', 'clean_browser'],
      branch: 'network',
    });
  });

  it('web_session: fails everywhere on the web while the API works', () => {
    expect(
      run(OK, { surface: 'web', symptom: 'http_403', clean_browser: 'fails', network: 'vpn', other_network: 'fails', api_health: 'works' }),
    ).toEqual({ asked: ['surface', 'symptom', 'clean_browser', 'network', 'other_network', 'api_health'], branch: 'web_session' });
  });

  it('escalate: web, API health unknown', () => {
    expect(
      run(OK, { surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'home', other_network: 'fails', api_health: 'unknown' }),
    ).toEqual({ asked: ['surface', 'symptom', 'clean_browser', 'network', 'other_network', 'api_health'], branch: 'escalate' });
  });

  it('escalate: desktop, the web and another network fail too', () => {
    expect(
      run(OK, { surface: 'desktop', symptom: 'http_500', web_works: 'fails', network: 'office', other_network: 'fails' }),
    ).toEqual({ asked: ['surface', 'symptom', 'web_works', 'network', 'other_network'], branch: 'escalate' });
  });

  it('escalate: api_other, with no network questions for the API', () => {
    expect(run(OK, { surface: 'api', symptom: 'api_other' })).toEqual({ asked: ['surface', 'symptom'], branch: 'escalate' });
  });

  it('covers all ten branches', () => {
    const scripts: [Parameters<typeof run>[0], Script][] = [
      [{ status: 'chatgpt_incident' }, { surface: 'web' }],
      [OK, { surface: 'api', symptom: 'api_429' }],
      [OK, { surface: 'api', symptom: 'api_500' }],
      [OK, { surface: 'mobile', symptom: 'ssl_or_network_config' }],
      [OK, { surface: 'mobile', symptom: 'unusual_activity' }],
      [OK, { surface: 'web', symptom: 'cloudflare_challenge' }],
      [OK, { surface: 'web', symptom: 'other', clean_browser: 'works' }],
      [OK, { surface: 'mobile', symptom: 'http_500', web_works: 'fails', network: 'mobile_data', other_network: 'works' }],
      [OK, { surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office', other_network: 'fails', api_health: 'works' }],
      [OK, { surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office', other_network: 'fails', api_health: 'fails' }],
    ];
    expect(scripts.map(([observed, script]) => run(observed, script).branch).sort()).toEqual([...BRANCHES].sort());
  });
});

describe('transcripts: not_tried is not a dead end', () => {
  it('asks clean_browser again, with help, until it is tried', () => {
    const { transcript, decisions } = runFull(OK, { surface: 'web', symptom: 'http_500', clean_browser: ['not_tried', 'works'] });
    expect(transcript).toEqual({ asked: ['surface', 'symptom', 'clean_browser', 'clean_browser'], branch: 'browser' });
    const again = decisions[3]?.next;
    expect(again?.askedAgain).toBe('not_tried');
    expect(again?.help).toMatch(/Ctrl\+Shift\+N/);
  });

  it('asks other_network again after not_tried, without asking network twice', () => {
    expect(
      run(OK, { surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office', other_network: ['not_tried', 'works'] }),
    ).toEqual({ asked: ['surface', 'symptom', 'clean_browser', 'network', 'other_network', 'other_network'], branch: 'network' });
  });
});

describe('transcripts: a full answer set', () => {
  const full: [string, Script][] = [
    ['web', { surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office', other_network: 'fails', api_health: 'fails', web_works: 'works', retries: 'persists' }],
    ['desktop', { surface: 'desktop', symptom: 'http_403', clean_browser: 'works', web_works: 'fails', network: 'vpn', other_network: 'fails', api_health: 'works', retries: 'persists' }],
    ['mobile', { surface: 'mobile', symptom: 'other', clean_browser: 'works', web_works: 'fails', network: 'home', other_network: 'fails', api_health: 'works', retries: 'intermittent' }],
    ['api', { surface: 'api', symptom: 'api_other', clean_browser: 'works', web_works: 'works', network: 'office', other_network: 'works', api_health: 'works', retries: 'persists' }],
  ];

  it.each(full)('%s: asks no fact twice and only facts askable for the surface', (surface, script) => {
    const { asked } = run(OK, script);
    expect(new Set(asked).size).toBe(asked.length);
    const askable: Record<string, string[]> = {
      web: ['surface', 'symptom', 'clean_browser', 'network', 'other_network', 'api_health'],
      desktop: ['surface', 'symptom', 'web_works', 'network', 'other_network'],
      mobile: ['surface', 'symptom', 'web_works', 'network', 'other_network'],
      api: ['surface', 'symptom', 'retries'],
    };
    for (const fact of asked) expect(askable[surface]).toContain(fact);
  });

  it('fails loudly when a fact outside the script is asked', () => {
    expect(() => run(OK, { surface: 'web', symptom: 'http_500' })).toThrow(/asked "clean_browser"/);
  });
});
