import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { assembleDesk } from '../../src/desk/assemble-desk.ts';
import { MAX_STORED_FINDINGS } from '../../src/desk/attach-evidence.ts';
import { DeskError } from '../../src/desk/desk-error.ts';
import type { HarFinding } from '../../src/evidence/har/har-finding.ts';
import { manualClock } from '../helpers/manual-clock.ts';
import { statusSource } from '../helpers/status-readings.ts';
import { useStoreBackends } from '../helpers/store-backends.ts';

const backends = useStoreBackends();
const config = loadConfig({ INCIDENT_CARD_MIN_INTERVAL_SECONDS: '0', DESK_LOCALE: 'de' });

async function setup(backend: 'memory' | 'redis') {
  const clock = manualClock();
  const store = await backends.make(backend, { now: clock.now });
  const assembled = assembleDesk({ store, status: statusSource(), config, now: clock.now, consumer: `evidence-${backend}-${Math.random()}`, blockMs: 20 });
  assembled.start();
  onTestFinished(() => assembled.close(500));
  const start = () => assembled.desk.start({ reporter: { id: 'S1', platform: 'web' }, thread: { platform: 'web', ref: {} }, locale: 'en' });
  return { desk: assembled.desk, store, clock, start };
}

const finding = (i: number): HarFinding => ({ kind: 'server_error', host: 'chatgpt.com', path: `/backend-api/${i}`, status: 500, detail: 'http_500' });
const harReport = (findings: HarFinding[], symptom?: 'http_500' | 'cloudflare_challenge') => ({
  entries: 40,
  redacted: 3,
  findings,
  omitted: 5,
  facts: symptom ? { symptom } : {},
  allowlist: { reached: ['chatgpt.com'], failed: ['challenges.cloudflare.com'] },
});

describe.each(['memory', 'redis'] as const)('desk.attachEvidence (%s)', (backend) => {
  it('a HAR: kept small (the first findings, the rest counted), harAttached, the symptom it settles', async () => {
    const { desk, start } = await setup(backend);
    const first = await start();
    const findings = Array.from({ length: MAX_STORED_FINDINGS + 7 }, (_, i) => finding(i));
    const turn = await desk.attachEvidence(first.conversationId, { kind: 'har', report: harReport(findings, 'http_500') }, { eventId: 'har-1' });
    expect(turn.facts.symptom).toBe('http_500');
    expect(turn.details.harAttached).toBe(true);
    expect(turn.details.har!.findings).toHaveLength(MAX_STORED_FINDINGS);
    expect(turn.details.har!.omitted).toBe(5 + 7);
    expect(turn.details.har).toMatchObject({ entries: 40, redacted: 3, reached: ['chatgpt.com'], failed: ['challenges.cloudflare.com'] });
    // The same delivery again changes nothing.
    const again = await desk.attachEvidence(first.conversationId, { kind: 'har', report: harReport([], 'cloudflare_challenge') }, { eventId: 'har-1' });
    expect(again.duplicate).toBe(true);
    expect((await desk.get(first.conversationId))!.details.har!.findings).toHaveLength(MAX_STORED_FINDINGS);
  });

  it("never overrides the person's answer, nor gives a browser symptom to an API conversation", async () => {
    const { desk, start } = await setup(backend);
    const a = await start();
    await desk.answer(a.conversationId, 'surface', 'web');
    await desk.answer(a.conversationId, 'symptom', 'http_403');
    const turn = await desk.attachEvidence(a.conversationId, { kind: 'har', report: harReport([finding(1)], 'http_500') });
    expect(turn.facts.symptom).toBe('http_403');
    expect(turn.details.harAttached).toBe(true);

    const b = await start();
    await desk.answer(b.conversationId, 'surface', 'api');
    const api = await desk.attachEvidence(b.conversationId, { kind: 'har', report: harReport([finding(1)], 'http_500') });
    expect(api.facts.symptom).toBeUndefined();
  });

  it('a network check: blocked domains in the IT note (in the desk language), the verdict rebuilt', async () => {
    const { desk, start } = await setup(backend);
    const first = await start();
    const id = first.conversationId;
    for (const [fact, value] of [['surface', 'web'], ['symptom', 'http_500'], ['clean_browser', 'fails'], ['network', 'office'], ['other_network', 'works']] as const) {
      await desk.answer(id, fact, value);
    }
    const turn = await desk.attachEvidence(id, { kind: 'network_check', reachable: ['chatgpt.com'], blocked: ['oaistatic.com', 'challenges.cloudflare.com'] });
    expect(turn.verdict!.branch).toBe('network');
    expect(turn.details.networkCheck).toMatchObject({ reachable: ['chatgpt.com'], blocked: ['oaistatic.com', 'challenges.cloudflare.com'] });
    expect(turn.verdict!.itNote!.blockedDomains).toEqual(['oaistatic.com', 'challenges.cloudflare.com']);
    expect(turn.verdict!.itNote!.text).toContain('Eine Netzwerkprüfung im eigenen Browser der Person konnte diese Domains nicht erreichen: oaistatic.com, challenges.cloudflare.com.');

    // A HAR's failed domain that the check did not name is added once, on its own line.
    const withHar = await desk.attachEvidence(id, { kind: 'har', report: harReport([], undefined) });
    expect(withHar.verdict!.itNote!.blockedDomains).toEqual(['oaistatic.com', 'challenges.cloudflare.com']);
    expect(withHar.verdict!.itNote!.text).not.toContain('Die HAR-Datei zeigt');
    const other = await desk.attachEvidence(id, { kind: 'network_check', reachable: ['chatgpt.com', 'oaistatic.com'], blocked: [] });
    expect(other.verdict!.itNote!.blockedDomains).toEqual(['challenges.cloudflare.com']);
    expect(other.verdict!.itNote!.text).toContain('Die HAR-Datei zeigt Anfragen an diese Domains, die unterwegs scheitern: challenges.cloudflare.com.');
    expect(other.verdict!.evidence.find((e) => e.label === 'HAR + console logs')!.satisfied).toBe(true);
  });

  it('an unknown conversation is desk.not_found', async () => {
    const { desk } = await setup(backend);
    await expect(desk.attachEvidence('nope', { kind: 'network_check', reachable: [], blocked: ['x.example'] })).rejects.toBeInstanceOf(DeskError);
  });
});
