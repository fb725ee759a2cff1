import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createDesk } from '../../src/desk/create-desk.ts';
import { parseConversationState } from '../../src/desk/conversation-state.ts';
import type { Reporter } from '../../src/desk/desk.port.ts';
import { DeskError } from '../../src/desk/desk-error.ts';
import { reportsFiled } from '../../src/evidence/report/reports-filed.ts';
import type { Store } from '../../src/store/store.port.ts';
import { EVIDENCE_LABELS } from '../../src/triage/verdicts/build-evidence.ts';
import { manualClock } from '../helpers/manual-clock.ts';
import { statusReading, statusSource } from '../helpers/status-readings.ts';
import { useStoreBackends } from '../helpers/store-backends.ts';

/** Issue 14 item 1: the support report, kept with the conversation and linked from its incident. */
const backends = useStoreBackends();
const config = loadConfig({});
const web = (n: number): Reporter => ({ id: `s${n}`, platform: 'web' });

async function setup(backend: 'memory' | 'redis', reading = statusReading('operational')) {
  const clock = manualClock();
  const store: Store = await backends.make(backend, { now: clock.now });
  const status = statusSource(reading);
  const desk = createDesk({ store, status, config, now: clock.now });
  return { desk, store, clock, status };
}

describe.each(['memory', 'redis'] as const)('desk.report on %s', (backend) => {
  it('drafts the report from the conversation, files it once per event id, and keeps it with the conversation', async () => {
    const { desk, store } = await setup(backend);
    const turn = await desk.start({ reporter: web(1), thread: { platform: 'web', ref: {} }, text: 'chatgpt.com gives error 500 in Firefox 128, Europe/Berlin', locale: 'de' });
    const id = turn.conversationId;
    await desk.answer(id, 'clean_browser', 'fails');
    await desk.answer(id, 'other_network', 'fails');
    const verdict = await desk.answer(id, 'api_health', 'works');
    expect(verdict.verdict?.branch).toBe('web_session');

    const draft = await desk.reportDraft(id);
    expect(draft?.json).toMatchObject({ kind: 'web', branch: 'web_session', calledFor: true, locale: 'de', conversationId: id });
    expect(draft?.json.filedAt).toBeUndefined();
    expect(draft?.text.startsWith('Support-Bericht: ChatGPT (Web oder App)\n')).toBe(true);
    expect(draft?.text).toContain('- Reproduced on another network: erledigt');
    expect(draft?.text).toContain('Browser oder App und Version: Firefox 128');
    expect(draft?.text).toContain('(gemeldet über web)');
    expect(draft?.json.evidence.map((e) => e.label)).toEqual([...EVIDENCE_LABELS]);
    expect((await desk.reportDraft(id, { locale: 'en' }))?.text.startsWith('Support report: ChatGPT (web or app)')).toBe(true);

    const input = { whatHappened: 'Opened a long conversation', conversationUrl: 'https://chatgpt.com/c/abc-123', screenshots: true };
    const filed = await desk.report(id, input, { eventId: 'key-1' });
    expect(filed.duplicate).toBe(false);
    expect(filed.json.filedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(filed.json.evidence[3]).toMatchObject({ label: 'Conversation URL or request ID', done: true });
    expect(filed.text).toContain('Was ich getan habe: Opened a long conversation');

    const stored = await store.conversations.get(id);
    const state = parseConversationState(stored!.state);
    expect(state.report?.input).toEqual(input);
    expect(state.report?.status?.line).toBeTruthy();

    // The same request again changes nothing; the draft now shows what was filed.
    const again = await desk.report(id, { whatHappened: 'something else' }, { eventId: 'key-1' });
    expect(again.duplicate).toBe(true);
    expect(again.text).toContain('Opened a long conversation');
    expect((await store.conversations.get(id))!.version).toBe(stored!.version);
    expect((await desk.reportDraft(id))?.text).toContain('Opened a long conversation');

    // Filing again (a new request) replaces the fields.
    const updated = await desk.report(id, { whatHappened: 'Sent a message' }, { eventId: 'key-2' });
    expect(updated.text).toContain('Sent a message');
    expect(updated.text).not.toContain('Opened a long conversation');
  });

  it('refuses bad input naming the field, and unknown conversations', async () => {
    const { desk } = await setup(backend);
    const turn = await desk.start({ reporter: web(2), thread: { platform: 'web', ref: {} }, text: 'the api returns 500' });
    const error = await desk.report(turn.conversationId, { statusCode: 42 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeskError);
    expect(error).toMatchObject({ code: 'desk.invalid_report' });
    expect((error as Error).message.startsWith('statusCode: ')).toBe(true);
    await expect(desk.report('nope', {})).rejects.toMatchObject({ code: 'desk.not_found' });
    expect(await desk.reportDraft('nope')).toBeNull();
  });

  it('links the first filing from the incident the report counts in (once), and the board can list it', async () => {
    const reading = statusReading('chatgpt_incident');
    const { desk } = await setup(backend, reading);
    await desk.reconcileStatus(reading);
    const turn = await desk.start({ reporter: web(3), thread: { platform: 'web', ref: {} }, text: 'chatgpt.com shows HTTP ERROR 500 in the browser' });
    const id = turn.conversationId;
    const incidentId = turn.crowd.incidentId;
    expect(incidentId).toBeTruthy();

    await desk.report(id, { whatHappened: 'first' }, { eventId: 'a' });
    await desk.report(id, { whatHappened: 'first' }, { eventId: 'a' });
    await desk.report(id, { whatHappened: 'second' }, { eventId: 'b' });
    const incident = await desk.incidents.get(incidentId!);
    expect(reportsFiled(incident!)).toEqual([id]);
    const notes = incident!.timeline.filter((e) => e.type === 'note');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ by: `report:${id}`, text: 'Support report filed (web)' });
  });
});
