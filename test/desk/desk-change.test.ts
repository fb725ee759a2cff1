import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { assembleDesk } from '../../src/desk/assemble-desk.ts';
import type { Reporter, ThreadAddress, Turn } from '../../src/desk/desk.port.ts';
import type { PlatformSender } from '../../src/delivery/platform-sender.port.ts';
import { readFacts } from '../../src/desk/read-facts.ts';
import { understoodText } from '../../src/desk/understood-text.ts';
import type { Store } from '../../src/store/store.port.ts';
import type { AskedFactId } from '../../src/triage/fact-values.ts';
import { FACT_VALUES, OBSERVED_FACTS } from '../../src/triage/fact-values.ts';
import { LOCALES } from '../../src/messages/locale.ts';
import { manualClock } from '../helpers/manual-clock.ts';
import { outboxSettled } from '../helpers/outbox-settled.ts';
import { statusSource } from '../helpers/status-readings.ts';
import { useStoreBackends } from '../helpers/store-backends.ts';

/**
 * Issue 13 item 5: after a typed reply the turn says how the bot read it ("Got it: …"), and
 * desk.change takes those facts back and asks again, through the same turn pipeline.
 */
const backends = useStoreBackends();
const config = loadConfig({ INCIDENT_CARD_MIN_INTERVAL_SECONDS: '0', DELIVERY_RETRY_MIN_SECONDS: '0.05' });

let replicas = 0;
const person = (n: number): Reporter => ({ id: `U${n}`, name: `Person ${n}`, platform: 'slack' });
const thread = (n: number): ThreadAddress => ({ platform: 'slack', ref: { channel: `D${n}`, threadTs: `${n}.0001` } });

async function setup(backend: 'memory' | 'redis') {
  const clock = manualClock();
  const store: Store = await backends.make(backend, { now: clock.now });
  const assembled = assembleDesk({ store, status: statusSource(), config, now: clock.now, consumer: `desk-change-${++replicas}`, blockMs: 20 });
  const turns: Turn[] = [];
  const sender: PlatformSender = {
    async thread(d) {
      if (d.message.type === 'turn') turns.push(d.message.turn);
    },
    async notice() {},
  };
  assembled.senders.register('slack', sender);
  assembled.start();
  onTestFinished(() => assembled.close(500));
  return { ...assembled, store, turns, settled: () => outboxSettled(store) };
}

describe('what a reply set, and how it reads', () => {
  it('lists the facts a reply set or changed, in question order, and not the ones it dropped', () => {
    expect(readFacts({ surface: 'web' }, { surface: 'web', network: 'office', clean_browser: 'fails' })).toEqual([
      { fact: 'clean_browser', value: 'fails' },
      { fact: 'network', value: 'office' },
    ]);
    expect(readFacts({ surface: 'web', symptom: 'http_500' }, { surface: 'api' })).toEqual([{ fact: 'surface', value: 'api' }]);
    expect(readFacts({ surface: 'web' }, { surface: 'web' })).toEqual([]);
  });

  it('says every asked fact value in every language, joined the way the language lists things', () => {
    const asked = Object.keys(FACT_VALUES).filter((f) => !(OBSERVED_FACTS as readonly string[]).includes(f)) as AskedFactId[];
    for (const locale of LOCALES) {
      for (const fact of asked) {
        for (const value of FACT_VALUES[fact]) {
          const text = understoodText([{ fact, value }], locale);
          expect({ locale, fact, value, ok: typeof text === 'string' && !text.includes('{') && !text.includes('reading.') }).toEqual({ locale, fact, value, ok: true });
        }
      }
    }
    expect(understoodText([{ fact: 'clean_browser', value: 'fails' }], 'en')).toBe('Got it: it fails in a private window too.');
    expect(understoodText([{ fact: 'clean_browser', value: 'fails' }, { fact: 'network', value: 'office' }], 'en')).toBe(
      "Got it: it fails in a private window too and you're on the office or company Wi-Fi.",
    );
    expect(understoodText([{ fact: 'surface', value: 'web' }, { fact: 'clean_browser', value: 'works' }, { fact: 'network', value: 'home' }], 'de')).toBe(
      'Alles klar – der Fehler tritt im Webbrowser auf, im privaten Fenster funktioniert es und du bist in deinem Heimnetz.',
    );
    expect(understoodText([{ fact: 'clean_browser', value: 'fails' }, { fact: 'network', value: 'office' }], 'es')).toBe(
      'Entendido: también falla en una ventana privada y estás en el wifi de la oficina o de la empresa.',
    );
    expect(understoodText([{ fact: 'other_network', value: 'works' }], 'fr')).toBe('Compris\u00a0: ça fonctionne sur un autre réseau.');
    expect(understoodText([], 'en')).toBeUndefined();
  });
});

describe.each(['memory', 'redis'] as const)('desk.change on %s', (backend) => {
  it('a typed reply says how it was read; a button answer does not', async () => {
    const { desk } = await setup(backend);
    const first = await desk.start({ reporter: person(1), thread: thread(1) });
    expect(first.read).toBeUndefined();
    const clicked = await desk.answer(first.conversationId, 'surface', 'web');
    expect(clicked.read).toBeUndefined();
    await desk.answer(first.conversationId, 'symptom', 'http_500');
    const typed = await desk.reply(first.conversationId, 'nope, same error in incognito');
    expect(typed.read).toEqual({ facts: [{ fact: 'clean_browser', value: 'fails' }], text: 'Got it: it fails in a private window too.' });
    const unclear = await desk.reply(first.conversationId, 'banana');
    expect(unclear.understood).toBe(false);
    expect(unclear.read).toBeUndefined();
    // A reload shows the conversation, not the last reading.
    expect((await desk.get(first.conversationId))?.read).toBeUndefined();
  });

  it('the opening text is typed too: its facts are said with the first turn', async () => {
    const { desk } = await setup(backend);
    const first = await desk.start({ reporter: person(2), thread: thread(2), text: 'chatgpt web gives 500 on office wifi' });
    expect(first.read?.facts).toEqual([
      { fact: 'surface', value: 'web' },
      { fact: 'symptom', value: 'http_500' },
      { fact: 'network', value: 'office' },
    ]);
    expect(first.read?.text).toBe('Got it: it fails in a web browser, you see "HTTP ERROR 500", and you\'re on the office or company Wi-Fi.');
  });

  it('change forgets the facts, asks their question again, and leaves everything else', async () => {
    const { desk, store } = await setup(backend);
    const first = await desk.start({ reporter: person(3), thread: thread(3), text: 'web 500' });
    const misread = await desk.reply(first.conversationId, 'yes it works in incognito');
    expect(misread.verdict?.branch).toBe('browser');
    expect(misread.read?.facts).toEqual([{ fact: 'clean_browser', value: 'works' }]);
    const changed = await desk.change(first.conversationId, ['clean_browser'], { eventId: 'change-3' });
    expect(changed.duplicate).toBe(false);
    expect(changed.read).toBeUndefined();
    expect(changed.next?.fact).toBe('clean_browser');
    expect(changed.facts).toEqual({ surface: 'web', symptom: 'http_500', status: 'operational', crowd: 'none' });
    // The same press again (a retried delivery) is applied once; a second press changes nothing more.
    expect((await desk.change(first.conversationId, ['clean_browser'], { eventId: 'change-3' })).duplicate).toBe(true);
    expect((await desk.change(first.conversationId, ['clean_browser'], { eventId: 'change-3b' })).duplicate).toBe(true);
    const version = (await store.conversations.get(first.conversationId))?.version;
    const answered = await desk.answer(first.conversationId, 'clean_browser', 'fails');
    expect(answered.next?.fact).not.toBe('clean_browser');
    expect((await store.conversations.get(first.conversationId))?.version).toBe((version ?? 0) + 1);
  });

  it('the recorded report forgets what was taken back: a misread hotspot answer no longer counts the person on their network', async () => {
    const { desk, store } = await setup(backend);
    const first = await desk.start({ reporter: person(7), thread: thread(7), text: 'chatgpt web gives 500 on office wifi' });
    await desk.answer(first.conversationId, 'clean_browser', 'fails');
    const misread = await desk.reply(first.conversationId, 'yes, on my hotspot it works');
    expect(misread.verdict?.branch).toBe('network');
    expect(await store.incidents.getReport(first.conversationId)).toMatchObject({ otherNetwork: 'works', branch: 'network', class: 'local_network' });
    const changed = await desk.change(first.conversationId, ['other_network']);
    expect(changed.next?.fact).toBe('other_network');
    const report = await store.incidents.getReport(first.conversationId);
    expect(report).toMatchObject({ network: 'office', surface: 'web' });
    expect(report?.otherNetwork).toBeUndefined();
    expect(report?.branch).toBeUndefined();
    expect(report?.class).not.toBe('local_network');
    // Answered again, the report follows the new answer.
    const answered = await desk.answer(first.conversationId, 'other_network', 'fails');
    expect(answered.next?.fact).toBe('api_health');
    expect(await store.incidents.getReport(first.conversationId)).toMatchObject({ otherNetwork: 'fails' });
  });

  it('a fact given with its value is taken back only while it still has that value (a stale button)', async () => {
    const { desk } = await setup(backend);
    const first = await desk.start({ reporter: person(8), thread: thread(8), text: 'web 500' });
    await desk.reply(first.conversationId, 'yes it works in incognito');
    await desk.answer(first.conversationId, 'clean_browser', 'fails');
    const stale = await desk.change(first.conversationId, [{ fact: 'clean_browser', value: 'works' }]);
    expect(stale.duplicate).toBe(true);
    expect(stale.facts.clean_browser).toBe('fails');
    const current = await desk.change(first.conversationId, [{ fact: 'clean_browser', value: 'fails' }]);
    expect(current.duplicate).toBe(false);
    expect(current.next?.fact).toBe('clean_browser');
    await expect(desk.change(first.conversationId, [{ fact: 'status', value: 'x' } as never])).rejects.toMatchObject({ code: 'desk.invalid_answer' });
  });

  it('taking back the surface also takes back an API status code, so the surface is asked again', async () => {
    const { desk } = await setup(backend);
    const first = await desk.start({ reporter: person(4), thread: thread(4), text: 'our python job gets 503 from the API' });
    expect(first.verdict?.branch).toBe('api_server');
    const changed = await desk.change(first.conversationId, ['surface']);
    expect(changed.next?.fact).toBe('surface');
    expect(changed.facts.symptom).toBeUndefined();
  });

  it('refuses unknown conversations, facts that are not asked, and an empty list, with coded errors', async () => {
    const { desk } = await setup(backend);
    await expect(desk.change('nope', ['surface'])).rejects.toMatchObject({ code: 'desk.not_found' });
    const t = await desk.start({ reporter: person(5), thread: thread(5), text: 'web 500' });
    await expect(desk.change(t.conversationId, ['status' as AskedFactId])).rejects.toMatchObject({ code: 'desk.invalid_answer' });
    await expect(desk.change(t.conversationId, ['tablet' as AskedFactId])).rejects.toMatchObject({ code: 'desk.invalid_answer' });
    await expect(desk.change(t.conversationId, [])).rejects.toMatchObject({ code: 'desk.invalid_answer' });
  });

  it('chat delivery: the reading rides in the draft, and a change is delivered through the outbox once', async () => {
    const { desk, turns, settled } = await setup(backend);
    const t = await desk.start({ reporter: person(6), thread: thread(6), text: 'web 500', deliver: true });
    await desk.reply(t.conversationId, 'office wifi, and it fails in incognito too', { eventId: 'msg-6', deliver: true });
    await settled();
    expect(turns.at(-1)?.read).toEqual({
      facts: [
        { fact: 'clean_browser', value: 'fails' },
        { fact: 'network', value: 'office' },
      ],
      text: "Got it: it fails in a private window too and you're on the office or company Wi-Fi.",
    });
    const count = turns.length;
    await desk.change(t.conversationId, ['clean_browser', 'network'], { eventId: 'chg-6', deliver: true });
    await desk.change(t.conversationId, ['clean_browser', 'network'], { eventId: 'chg-6', deliver: true });
    await settled();
    expect(turns).toHaveLength(count + 1);
    expect(turns.at(-1)?.next?.fact).toBe('clean_browser');
    expect(turns.at(-1)?.read).toBeUndefined();
  });
});
