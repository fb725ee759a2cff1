import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { assembleDesk } from '../../src/desk/assemble-desk.ts';
import { createDesk } from '../../src/desk/create-desk.ts';
import { createMetrics } from '../../src/metrics.ts';
import { describeIncident } from '../../src/incidents/describe-incident.ts';
import { DeskError } from '../../src/desk/desk-error.ts';
import type { Reporter, ThreadAddress, Turn } from '../../src/desk/desk.port.ts';
import type { PlatformSender } from '../../src/delivery/platform-sender.port.ts';
import type { Store } from '../../src/store/store.port.ts';
import type { AskedFactId } from '../../src/triage/fact-values.ts';
import { manualClock } from '../helpers/manual-clock.ts';
import { outboxSettled } from '../helpers/outbox-settled.ts';
import { statusReading, statusSource } from '../helpers/status-readings.ts';
import { useStoreBackends } from '../helpers/store-backends.ts';

const backends = useStoreBackends();
const config = loadConfig({ INCIDENT_CARD_MIN_INTERVAL_SECONDS: '0', DELIVERY_RETRY_MIN_SECONDS: '0.05' });

type Sent =
  | { type: 'thread'; conversationId: string; message: string }
  | { type: 'notice'; channel: string | undefined; text: string }
  | { type: 'card'; incidentId: string; ref: string | null; version: number };

/** A platform sender that records what the outbox hands it (the adapters' side of the port). */
function recordingSender() {
  const sent: Sent[] = [];
  let cards = 0;
  const sender: PlatformSender = {
    async thread(d) {
      sent.push({ type: 'thread', conversationId: d.conversationId, message: d.message.type });
    },
    async notice(d) {
      sent.push({ type: 'notice', channel: d.thread.ref.channel, text: d.text });
    },
    async card(incident, ref) {
      sent.push({ type: 'card', incidentId: incident.id, ref, version: incident.version });
      return ref ?? `card-${++cards}`;
    },
  };
  return { sent, sender };
}

let replicas = 0;

const person = (n: number): Reporter => ({ id: `U${n}`, name: `Person ${n}`, platform: 'slack' });
const thread = (n: number): ThreadAddress => ({ platform: 'slack', ref: { channel: `D${n}`, threadTs: `${n}.0001` } });

async function setup(backend: 'memory' | 'redis', status = statusSource()) {
  const clock = manualClock();
  const store: Store = await backends.make(backend, { now: clock.now });
  const assembled = assembleDesk({ store, status, config, now: clock.now, consumer: `desk-test-${++replicas}`, blockMs: 20 });
  const slack = recordingSender();
  assembled.senders.register('slack', slack.sender);
  assembled.start();
  onTestFinished(() => assembled.close(500));
  return { ...assembled, store, clock, status, slack, settled: () => outboxSettled(store) };
}

/** Answers the question asked until a verdict; returns the facts asked, in order, and the verdict. */
async function converse(desk: Awaited<ReturnType<typeof setup>>['desk'], first: Turn, answers: Record<string, string>) {
  const asked: string[] = [];
  let turn = first;
  while (turn.next) {
    const fact = turn.next.fact;
    asked.push(fact);
    const value = answers[fact];
    if (value === undefined) throw new Error(`unscripted question ${fact}`);
    turn = await desk.answer(turn.conversationId, fact as AskedFactId, value);
  }
  return { asked, verdict: turn.verdict!, turn };
}

describe.each(['memory', 'redis'] as const)('desk on %s', (backend) => {
  it('transcript: web, browser path by answers', async () => {
    const { desk, store } = await setup(backend);
    const first = await desk.start({ reporter: person(1), thread: thread(1) });
    expect(first.next?.fact).toBe('surface');
    expect(first.preface).toContain('ChatGPT: no incident on the status page (as of just now)');
    expect(first.offerNotify).toBe(false);
    const { asked, verdict, turn } = await converse(desk, first, { surface: 'web', symptom: 'http_500', clean_browser: 'works' });
    expect(asked).toEqual(['surface', 'symptom', 'clean_browser']);
    expect(verdict.branch).toBe('browser');
    // A browser verdict is fixed in the person's browser: no "Notify me when it's fixed".
    expect(turn.offerNotify).toBe(false);
    // The conversation keeps what was said: each question once, then its answer, in the turn's language.
    const snapshot = await desk.get(turn.conversationId);
    expect(snapshot?.transcript.map((line) => `${line.who}:${'text' in line ? line.text : line.kind}`)).toEqual([
      'bot:Where does ChatGPT fail for you?',
      'you:In a web browser (chatgpt.com)',
      'bot:What exactly do you see?',
      'you:"HTTP ERROR 500" or "Internal Server Error"',
      'bot:Does ChatGPT work in a private (incognito) window?',
      'you:Yes, it works there',
    ]);
    const report = await store.incidents.getReport(first.conversationId);
    expect(report).toMatchObject({ surface: 'web', symptom: 'http_500', branch: 'browser', class: 'local_device', platform: 'slack' });
  });

  it('transcript: first message text is parsed, then free-text replies to the network verdict', async () => {
    const { desk } = await setup(backend);
    const first = await desk.start({ reporter: person(1), thread: thread(1), text: 'chatgpt web gives 500 on office wifi' });
    expect(first.facts).toMatchObject({ surface: 'web', symptom: 'http_500', network: 'office' });
    expect(first.next?.fact).toBe('clean_browser');
    const second = await desk.reply(first.conversationId, 'nope, same error in incognito');
    expect(second.understood).toBe(true);
    expect(second.next?.fact).toBe('other_network');
    const third = await desk.reply(first.conversationId, 'on my hotspot it loads fine');
    expect(third.verdict?.branch).toBe('network');
    expect(third.verdict?.itNote?.minimumDomains).toContain('chatgpt.com');
  });

  it('an unclear reply changes nothing and asks again', async () => {
    const { desk } = await setup(backend);
    const first = await desk.start({ reporter: person(1), thread: thread(1), text: 'web 500' });
    const turn = await desk.reply(first.conversationId, 'hmm maybe?');
    expect(turn.understood).toBe(false);
    expect(turn.facts).toEqual(first.facts);
    expect(turn.next).toMatchObject({ fact: 'clean_browser', askedAgain: 'unclear' });
    // Kept all the same (the store round-trips typed text, an empty reading and the question it answered).
    const again = await desk.reply(first.conversationId, 'it fails in incognito too');
    expect(again.next?.fact).toBe('network');
    expect((await desk.get(first.conversationId))?.transcript).toEqual([
      { who: 'you', kind: 'text', text: 'web 500' },
      { who: 'bot', kind: 'read', text: expect.stringMatching(/^Got it: /) },
      { who: 'bot', kind: 'question', fact: 'clean_browser', text: 'Does ChatGPT work in a private (incognito) window?' },
      { who: 'you', kind: 'text', text: 'hmm maybe?' },
      { who: 'bot', kind: 'unclear' },
      { who: 'you', kind: 'text', text: 'it fails in incognito too' },
      { who: 'bot', kind: 'read', text: expect.stringMatching(/^Got it: .*private window/) },
    ]);
  });

  it('transcript: API 5xx', async () => {
    const { desk } = await setup(backend);
    const first = await desk.start({ reporter: person(1), thread: thread(1), text: 'our python job gets 503 from the API' });
    expect(first.verdict?.branch).toBe('api_server');
    expect(first.verdict?.retrySnippet).toBeTruthy();
  });

  it('a live ChatGPT incident on the status page makes a web failure the outage path at once', async () => {
    const { desk } = await setup(backend, statusSource(statusReading('chatgpt_incident')));
    const turn = await desk.start({ reporter: person(1), thread: thread(1), text: 'chatgpt.com shows HTTP ERROR 500' });
    expect(turn.verdict?.branch).toBe('outage');
    expect(turn.preface.join('\n')).toMatch(/Conversations is degraded/);
    expect(turn.offerNotify).toBe(true);
  });

  it('a crowd surge: the fourth reporter is told at once how many reported, and gets the outage verdict', async () => {
    const { desk, slack, settled } = await setup(backend);
    const networks = ['office', 'home', 'vpn'];
    for (let i = 1; i <= 3; i++) await desk.start({ reporter: person(i), thread: thread(i), text: `chatgpt web 500 on ${networks[i - 1]} network` });
    const fourth = await desk.start({ reporter: person(4), thread: thread(4), text: 'chatgpt website error 500 at home' });
    expect(fourth.crowd.crowd).toBe('surge');
    expect(fourth.preface[0]).toMatch(/^You're one of 4 people who reported this in the last (?:minute|\d+ minutes); the desk is on it\.$/);
    expect(fourth.verdict?.branch).toBe('outage');
    expect(fourth.offerNotify).toBe(true);
    await settled();
    const cards = slack.sent.filter((e) => e.type === 'card');
    expect(cards[0]).toMatchObject({ ref: null });
    expect(cards.slice(1).every((e) => e.ref === 'card-1')).toBe(true);
    const [incident] = await desk.incidents.list({ openOnly: true });
    expect(cards.at(-1)).toMatchObject({ incidentId: incident!.id, version: incident!.version });
  });

  it('subscribers are told in their own thread when the desk resolves; the notice stays on the conversation', async () => {
    const { desk, slack, settled } = await setup(backend);
    const turns: Turn[] = [];
    for (const [i, net] of ['office', 'home', 'vpn'].entries()) turns.push(await desk.start({ reporter: person(i + 1), thread: thread(i + 1), text: `web 500 on ${net}` }));
    await desk.subscribe(turns[0]!.conversationId);
    await desk.subscribe(turns[2]!.conversationId);
    const [incident] = await desk.incidents.list({ openOnly: true });
    expect(incident).toMatchObject({ kind: 'upstream', reporters: 3 });
    expect((await desk.incidents.acknowledge(incident!.id, 'desk-alice')).ok).toBe(true);
    const resolved = await desk.incidents.resolve(incident!.id, 'desk-alice');
    expect(resolved.ok && resolved.incident.state).toBe('resolved');
    await settled();
    const notices = slack.sent.filter((e) => e.type === 'notice');
    expect(notices.map((e) => e.type === 'notice' && e.channel).sort()).toEqual(['D1', 'D3']);
    expect((await desk.incidents.get(incident!.id))!.notify).toEqual({ kind: 'resolved', total: 2, sent: 2, failed: 0, skipped: 0 });
    const again = await desk.get(turns[0]!.conversationId);
    expect(again?.preface.some((l) => l.startsWith('✅ Resolved'))).toBe(true);
    expect(await desk.incidents.resolve(incident!.id, 'desk-bob')).toEqual({ ok: false, reason: 'not_open' });
  });

  it('a desk update reaches every reporter of the incident, each in their own thread, once', async () => {
    const { desk, slack, settled, store } = await setup(backend);
    // Someone whose failure is their own browser is not part of the incident.
    const local = await desk.start({ reporter: person(9), thread: thread(9), text: 'web 500 at the office, works in incognito' });
    expect(local.verdict?.branch).toBe('browser');
    for (const [i, net] of ['office', 'home', 'vpn'].entries()) await desk.start({ reporter: person(i + 1), thread: thread(i + 1), text: `web 500 on ${net}` });
    const [incident] = await desk.incidents.list({ openOnly: true });
    expect((await store.incidents.conversations(incident!.id)).length).toBe(3);
    const r = await desk.incidents.postUpdate(incident!.id, 'We opened a ticket with OpenAI.', 'desk-alice');
    expect(r.ok && r.queued).toBe(3);
    await settled();
    const notices = slack.sent.filter((e) => e.type === 'notice');
    expect(notices.map((e) => e.type === 'notice' && e.channel).sort()).toEqual(['D1', 'D2', 'D3']);
    expect(notices.every((e) => e.type === 'notice' && e.text.includes('We opened a ticket with OpenAI.'))).toBe(true);
    expect((await desk.get(local.conversationId))?.notices).toEqual([]);
    const timeline = (await desk.incidents.get(incident!.id))!.timeline;
    expect(timeline.some((t) => t.type === 'note' && t.text === 'We opened a ticket with OpenAI.')).toBe(true);
  });

  it('a retried delivery is applied once', async () => {
    const { desk, store } = await setup(backend);
    const a = await desk.start({ reporter: person(1), thread: thread(1), eventId: 'cmd-1' });
    const b = await desk.start({ reporter: person(1), thread: thread(1), eventId: 'cmd-1' });
    expect(b.conversationId).toBe(a.conversationId);
    expect(b.duplicate).toBe(true);
    const first = await desk.answer(a.conversationId, 'surface', 'web', { eventId: 'click-1' });
    const replayed = await desk.answer(a.conversationId, 'surface', 'api', { eventId: 'click-1' });
    expect(first.duplicate).toBe(false);
    expect(replayed.duplicate).toBe(true);
    expect(replayed.facts.surface).toBe('web');
    const stored = await store.conversations.get(a.conversationId);
    expect(stored?.version).toBe(2);
  });

  it('open: the same conversation, count and first turn in the outbox as start, and a retried delivery answers the first one', async () => {
    const { desk, store, slack, settled } = await setup(backend);
    const places = ['on the office wifi', 'at home', 'through the vpn', 'on mobile data'];
    const started: Turn[] = [];
    for (const [i, where] of places.slice(0, 3).entries()) started.push(await desk.start({ reporter: person(i + 1), thread: thread(i + 1), text: `chatgpt.com shows HTTP ERROR 500 ${where}`, deliver: true }));
    const input = { reporter: person(4), thread: { platform: 'slack', ref: {} }, text: `chatgpt.com shows HTTP ERROR 500 ${places[3]}`, eventId: 'cmd-open', deliver: true } as const;
    const opened = await desk.open(input);
    expect(opened).toEqual({ conversationId: expect.any(String), duplicate: false });
    expect(await desk.open(input)).toEqual({ conversationId: opened.conversationId, duplicate: true });
    // What start would have answered: the fourth person meets the outage's verdict.
    const snapshot = (await desk.get(opened.conversationId))!;
    expect(snapshot.facts).toMatchObject({ surface: 'web', symptom: 'http_500', network: 'mobile_data' });
    expect(snapshot.verdict?.branch).toBe(started[2]!.verdict?.branch);
    expect((await store.conversations.get(opened.conversationId))?.version).toBe(1);
    const [incident] = await desk.incidents.list({ openOnly: true });
    expect(incident).toMatchObject({ kind: 'upstream', reporters: 4, reports: 4 });
    await settled();
    expect(slack.sent.filter((m) => m.type === 'thread' && m.conversationId === opened.conversationId)).toEqual([{ type: 'thread', conversationId: opened.conversationId, message: 'turn' }]);
  });

  it('a verdict is counted in the metrics once, whether the turn is built (start) or not (open)', async () => {
    const { store, status, clock } = await setup(backend);
    const metrics = createMetrics();
    const desk = createDesk({ store, status, config, now: clock.now, metrics });
    const places = ['on the office wifi', 'at home', 'through the vpn', 'on mobile data'];
    for (const [i, where] of places.entries()) {
      const input = { reporter: person(i + 1), thread: thread(i + 1), text: `chatgpt.com shows HTTP ERROR 500 ${where}`, eventId: `cmd-${i}` };
      if (i % 2) await desk.open(input);
      else await desk.start(input);
    }
    const counted = await metrics.verdicts.get();
    const built = (await desk.get((await desk.open({ reporter: person(4), thread: thread(4), eventId: 'cmd-3' })).conversationId))!;
    expect(built.verdict).toBeDefined();
    expect(counted.values.filter((v) => v.labels.branch === built.verdict!.branch).map((v) => v.value)).toEqual([2]);
    expect(counted.values.reduce((sum, v) => sum + v.value, 0)).toBe(2);
  });

  it('six opening sentences open no outage; the seventh person is asked, not given a verdict', async () => {
    const { desk } = await setup(backend);
    for (let n = 1; n <= 6; n++) await desk.start({ reporter: person(n), thread: thread(n), text: n % 2 ? 'ChatGPT is not working' : 'HTTP ERROR 500' });
    const seventh = await desk.start({ reporter: person(7), thread: thread(7), text: 'ChatGPT is not working' });
    expect(await desk.incidents.list()).toEqual([]);
    expect(seventh.crowd.crowd).toBe('none');
    expect(seventh.next).toBeDefined();
    expect(seventh.verdict).toBeUndefined();
  });

  it('people whose own facts put it on their network leave the outage count, and the timeline says so', async () => {
    const { desk } = await setup(backend);
    const places = ['on the office wifi', 'at home', 'through the vpn', 'on mobile data', 'on the office wifi'];
    const turns: Turn[] = [];
    for (const [i, where] of places.entries()) turns.push(await desk.start({ reporter: person(i + 1), thread: thread(i + 1), text: `chatgpt.com shows HTTP ERROR 500 ${where}` }));
    const [incident] = await desk.incidents.list({ openOnly: true });
    expect(incident).toMatchObject({ kind: 'upstream', reporters: 5, networks: 4 });
    // Two of them try their phone's hotspot: it works.
    await desk.answer(turns[0]!.conversationId, 'other_network', 'works');
    await desk.reply(turns[4]!.conversationId, 'the hotspot works fine');
    const after = (await desk.incidents.get(incident!.id))!;
    expect(after.reporters).toBe(3);
    expect(after.timeline.filter((e) => e.type === 'left').map((e) => e.type === 'left' && e.reporters)).toEqual([4, 3]);
    expect(describeIncident(after, after.lastReportAt)).toMatch(/^ChatGPT outage: 3 people on 3 networks/);
  });

  it('a start whose write step failed is completed by its retry (the delivery id is claimed by that step)', async () => {
    const { store, status, clock } = await setup(backend);
    let failNext = true;
    const inner = store.turns;
    const turns: Store['turns'] = {
      commit: async (turn) => {
        if (failNext) {
          failNext = false;
          throw new Error('the store went away between binding and saving');
        }
        return inner.commit(turn);
      },
    };
    const desk = createDesk({ store: { ...store, turns }, status, config, now: clock.now });
    const input = { reporter: person(3), thread: { platform: 'web', ref: {} }, text: 'chatgpt.com shows HTTP ERROR 500', eventId: 'web:retry-me' } as const;
    await expect(desk.start(input)).rejects.toThrow('the store went away');
    const retried = await desk.start(input);
    expect(retried.duplicate).toBe(false);
    expect(retried.facts).toMatchObject({ surface: 'web', symptom: 'http_500' });
    expect(await desk.get(retried.conversationId)).not.toBeNull();
    const again = await desk.start(input);
    expect(again).toMatchObject({ conversationId: retried.conversationId, duplicate: true });
  });

  it('starts racing under one delivery id end on one conversation, counted once', async () => {
    const { store, status, clock } = await setup(backend);
    const desk = createDesk({ store, status, config, now: clock.now });
    const input = { reporter: person(4), thread: { platform: 'web', ref: {} }, text: 'chatgpt.com shows HTTP ERROR 500', eventId: 'web:raced' } as const;
    const turns = await Promise.all([desk.start(input), desk.start(input), desk.start(input)]);
    expect(new Set(turns.map((t) => t.conversationId)).size).toBe(1);
    expect(turns.map((t) => t.duplicate).sort()).toEqual([false, true, true]);
    expect(await store.incidents.getReport(turns[0]!.conversationId)).not.toBeNull();
    // Another delivery id is another conversation.
    const other = await desk.start({ ...input, eventId: 'web:raced-2' });
    expect(other.conversationId).not.toBe(turns[0]!.conversationId);
    expect(other.duplicate).toBe(false);
  });

  it('a chat turn goes out through the outbox once; a replayed event sends nothing', async () => {
    const { desk, slack, settled } = await setup(backend);
    const unopened: ThreadAddress = { platform: 'slack', ref: {} };
    const t = await desk.start({ reporter: person(5), thread: unopened, eventId: 'cmd-5', deliver: true, via: { user: 'U5' } });
    expect((await desk.start({ reporter: person(5), thread: unopened, eventId: 'cmd-5', deliver: true })).duplicate).toBe(true);
    await desk.answer(t.conversationId, 'surface', 'web', { eventId: 'click-5', deliver: true });
    await desk.answer(t.conversationId, 'surface', 'web', { eventId: 'click-5', deliver: true });
    // Without `deliver` (the web page shows the answer itself) nothing is sent.
    await desk.answer(t.conversationId, 'symptom', 'http_500');
    await settled();
    expect(slack.sent.filter((e) => e.type === 'thread' && e.conversationId === t.conversationId)).toEqual([
      { type: 'thread', conversationId: t.conversationId, message: 'turn' },
      { type: 'thread', conversationId: t.conversationId, message: 'turn' },
    ]);
    await desk.subscribe(t.conversationId, { deliver: true });
    await desk.subscribe(t.conversationId, { deliver: true });
    await settled();
    expect(slack.sent.filter((e) => e.type === 'thread' && e.message === 'subscribed')).toHaveLength(1);
  });

  it('the same answer again under a new delivery id (a second press, a resent submit) writes and sends nothing', async () => {
    const { desk, store, slack, settled } = await setup(backend);
    const t = await desk.start({ reporter: person(6), thread: thread(6), eventId: 'cmd-6', deliver: true });
    await desk.answer(t.conversationId, 'surface', 'web', { eventId: 'press-6a', deliver: true });
    const again = await desk.answer(t.conversationId, 'surface', 'web', { eventId: 'press-6b', deliver: true });
    expect(again.duplicate).toBe(true);
    expect(again.facts.surface).toBe('web');
    expect((await store.conversations.get(t.conversationId))?.version).toBe(2);
    // A different answer to the same question still counts (a correction).
    const changed = await desk.answer(t.conversationId, 'surface', 'api', { eventId: 'press-6c', deliver: true });
    expect(changed.duplicate).toBe(false);
    await settled();
    expect(slack.sent.filter((e) => e.type === 'thread' && e.conversationId === t.conversationId)).toHaveLength(3);
  });

  it('two answers at once on two replicas are both kept (optimistic concurrency)', async () => {
    const one = await setup(backend);
    // A second replica: its own desk over the same store.
    const two = assembleDesk({ store: one.store, status: one.status, config, now: one.clock.now, consumer: `desk-test-${++replicas}` });
    const t = await one.desk.start({ reporter: person(1), thread: thread(1), text: 'web 500' });
    await Promise.all([
      one.desk.answer(t.conversationId, 'network', 'office'),
      two.desk.answer(t.conversationId, 'clean_browser', 'fails'),
      one.desk.answer(t.conversationId, 'api_health', 'works'),
    ]);
    const after = await two.desk.get(t.conversationId);
    expect(after?.facts).toMatchObject({ surface: 'web', symptom: 'http_500', network: 'office', clean_browser: 'fails', api_health: 'works' });
  });

  it('finds the conversation of a platform thread from any replica', async () => {
    const { desk } = await setup(backend);
    const t = await desk.start({ reporter: person(1), thread: thread(7) });
    expect(await desk.findByThread(thread(7))).toBe(t.conversationId);
    expect(await desk.findByThread(thread(8))).toBeNull();
    expect(await desk.findByThread({ platform: 'web', ref: {} })).toBeNull();
  });

  it('refuses unknown conversations and invalid answers with coded errors', async () => {
    const { desk } = await setup(backend);
    await expect(desk.answer('nope', 'surface', 'web')).rejects.toMatchObject({ code: 'desk.not_found' });
    await expect(desk.reply('nope', 'hi')).rejects.toBeInstanceOf(DeskError);
    const t = await desk.start({ reporter: person(1), thread: thread(1), text: 'api' });
    await expect(desk.answer(t.conversationId, 'surface', 'tablet')).rejects.toMatchObject({ code: 'desk.invalid_answer' });
    await expect(desk.answer(t.conversationId, 'status' as AskedFactId, 'operational')).rejects.toMatchObject({ code: 'desk.invalid_answer' });
    await expect(desk.answer(t.conversationId, 'symptom', 'http_500')).rejects.toMatchObject({ code: 'desk.invalid_answer' });
    expect(await desk.get('nope')).toBeNull();
  });

  it('links the status page incident and resolves the upstream incident when a later reading no longer has it', async () => {
    const { desk, status } = await setup(backend);
    const reading = statusReading('chatgpt_incident');
    status.set(reading);
    await desk.reconcileStatus(reading);
    await desk.reconcileStatus(reading);
    const [open] = await desk.incidents.list({ openOnly: true });
    expect(open).toMatchObject({ kind: 'upstream', openedBy: 'status', statusIncidents: [{ id: 'inc-1', name: 'Elevated errors on ChatGPT' }] });
    expect(await desk.incidents.list()).toHaveLength(1);
    const operational = statusReading('operational');
    expect(operational.incidents).toEqual([]);
    await desk.reconcileStatus(operational);
    expect(await desk.incidents.list({ openOnly: true })).toEqual([]);
    expect((await desk.incidents.get(open!.id))?.state).toBe('resolved');
  });

  it('ignores a reading that is not a good one (stale, or unknown)', async () => {
    const { desk } = await setup(backend);
    await desk.reconcileStatus({ ...statusReading('chatgpt_incident'), stale: true });
    await desk.reconcileStatus(statusReading('unknown'));
    expect(await desk.incidents.list()).toEqual([]);
  });

  it('the status line is shown on the first turn and again only when the status changes', async () => {
    const { desk, status } = await setup(backend);
    const t = await desk.start({ reporter: person(1), thread: thread(1) });
    expect(t.preface).toHaveLength(1);
    const same = await desk.answer(t.conversationId, 'surface', 'web');
    expect(same.preface).toEqual([]);
    status.set(statusReading('unknown'));
    const changed = await desk.answer(t.conversationId, 'symptom', 'http_500');
    expect(changed.preface).toEqual(['ChatGPT status: unknown — the status page could not be read: timed out']);
    expect(changed.status.status).toBe('unknown');
  });
});
