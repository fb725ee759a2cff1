import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { assembleDesk } from '../../src/desk/assemble-desk.ts';
import { finishTurn, type TurnDraft } from '../../src/desk/build-turn.ts';
import type { Reporter, ThreadAddress, Turn } from '../../src/desk/desk.port.ts';
import type { PlatformSender } from '../../src/delivery/platform-sender.port.ts';
import type { Store } from '../../src/store/store.port.ts';
import { manualClock } from '../helpers/manual-clock.ts';
import { outboxSettled } from '../helpers/outbox-settled.ts';
import { statusSource } from '../helpers/status-readings.ts';
import { useStoreBackends } from '../helpers/store-backends.ts';

const backends = useStoreBackends();

/** A platform sender that keeps the turns and notices the outbox hands it, by thread channel. */
function recordingSender() {
  const turns: Turn[] = [];
  const notices: { channel: string | undefined; text: string }[] = [];
  const sender: PlatformSender = {
    async thread(d) {
      if (d.message.type === 'turn') turns.push(d.message.turn);
    },
    async notice(d) {
      notices.push({ channel: d.thread.ref.channel, text: d.text });
    },
    async card(_incident, ref) {
      return ref ?? 'card-1';
    },
  };
  return { turns, notices, sender };
}

let replicas = 0;
const person = (n: number): Reporter => ({ id: `U${n}`, name: `Person ${n}`, platform: 'slack' });
const thread = (n: number): ThreadAddress => ({ platform: 'slack', ref: { channel: `D${n}`, threadTs: `${n}.0001` } });

async function setup(backend: 'memory' | 'redis', env: Record<string, string> = {}, status = statusSource()) {
  const config = loadConfig({ INCIDENT_CARD_MIN_INTERVAL_SECONDS: '0', DELIVERY_RETRY_MIN_SECONDS: '0.05', ...env });
  const clock = manualClock();
  const store: Store = await backends.make(backend, { now: clock.now });
  const assembled = assembleDesk({ store, status, config, now: clock.now, consumer: `desk-locale-${++replicas}`, blockMs: 20 });
  const slack = recordingSender();
  assembled.senders.register('slack', slack.sender);
  assembled.start();
  onTestFinished(() => assembled.close(500));
  return { ...assembled, store, slack, settled: () => outboxSettled(store) };
}

describe.each(['memory', 'redis'] as const)('the desk speaks the reporter’s language (%s)', (backend) => {
  it('a conversation started in fr gets French turns (returned and delivered), status line and verdict; ids stay', async () => {
    const { desk, store, slack, settled } = await setup(backend);
    const first = await desk.start({ reporter: person(1), thread: thread(1), locale: 'fr', deliver: true });
    expect(first.locale).toBe('fr');
    expect(first.next).toMatchObject({ fact: 'surface', text: 'Où ChatGPT échoue-t-il chez vous ?' });
    expect(first.next?.choices.map((c) => c.value)).toEqual(['web', 'desktop', 'mobile', 'api']);
    expect(first.preface).toContain('ChatGPT : aucun incident sur la page de statut (mis à jour à l’instant)');
    const stored = await store.conversations.get(first.conversationId);
    expect((stored?.state as { locale?: string }).locale).toBe('fr');

    const second = await desk.answer(first.conversationId, 'surface', 'web', { deliver: true });
    expect(second.next).toMatchObject({ fact: 'symptom', text: 'Que voyez-vous exactement ?' });
    const third = await desk.answer(first.conversationId, 'symptom', 'http_500', { deliver: true });
    const verdict = await desk.answer(third.conversationId, 'clean_browser', 'works', { deliver: true });
    expect(verdict.verdict).toMatchObject({ branch: 'browser', headline: 'État du navigateur : ça fonctionne dans une fenêtre propre' });
    expect(verdict.verdict?.evidence[1]).toEqual({ label: 'Incognito / clean profile tested', satisfied: true, detail: 'Fonctionne dans une fenêtre privée' });

    await settled();
    // Delivered from the outbox drafts: the same language, whichever replica renders them.
    expect(slack.turns.map((t) => t.locale)).toEqual(['fr', 'fr', 'fr', 'fr']);
    expect(slack.turns[0]!.next?.text).toBe('Où ChatGPT échoue-t-il chez vous ?');
    expect(slack.turns.at(-1)!.verdict?.headline).toBe('État du navigateur : ça fonctionne dans une fenêtre propre');
    // A reload too.
    expect((await desk.get(first.conversationId))?.verdict?.summary).toMatch(/^ChatGPT fonctionne dans une fenêtre privée/);
  });

  it('without a locale: turns in DEFAULT_LOCALE and the conversation keeps none; the IT note in DESK_LOCALE', async () => {
    const { desk, store } = await setup(backend, { DEFAULT_LOCALE: 'es', DESK_LOCALE: 'de' });
    /** Buttons only: nothing typed, so no language is read from the person's words. */
    const networkVerdict = async (n: number, locale?: 'fr') => {
      const start = await desk.start({ reporter: person(n), thread: thread(n), ...(locale ? { locale } : {}) });
      let turn = start;
      for (const [fact, value] of [['surface', 'web'], ['symptom', 'http_500'], ['network', 'office'], ['clean_browser', 'fails'], ['other_network', 'works']] as const) {
        turn = await desk.answer(start.conversationId, fact, value);
      }
      return turn;
    };
    const first = await networkVerdict(2);
    expect(first.locale).toBe('es');
    expect((await store.conversations.get(first.conversationId))?.state).not.toHaveProperty('locale');
    expect(first.verdict?.branch).toBe('network');
    expect(first.verdict?.headline).toBe('El problema está en la ruta de red: VPN, DNS, filtros o inspección SSL');
    expect(first.verdict?.itNote?.locale).toBe('de');
    expect(first.verdict?.itNote?.text.split('\n').slice(0, 3)).toEqual(['Hallo IT-Team,', '', 'ChatGPT im Browser (chatgpt.com) schlägt in unserem Büronetzwerk mit „HTTP ERROR 500“ fehl.']);

    const french = await networkVerdict(3, 'fr');
    expect(french.verdict?.headline).toBe('Le problème vient du chemin réseau : VPN, DNS, filtrage ou inspection SSL');
    expect(french.verdict?.itNote?.text.startsWith('Hallo IT-Team,')).toBe(true);
  });

  it('an opening text the parser reads as one language sets the conversation to it, over the platform’s', async () => {
    const { desk, store } = await setup(backend, { DEFAULT_LOCALE: 'es' });
    const typed = await desk.start({ reporter: person(4), thread: thread(4), text: 'web 500 at the office, fails in incognito too, works on my hotspot', locale: 'fr' });
    expect(typed.locale).toBe('en');
    expect((await store.conversations.get(typed.conversationId))?.state).toMatchObject({ locale: 'en' });
    expect(typed.verdict?.branch).toBe('network');
    const german = await desk.start({ reporter: person(5), thread: thread(5), text: 'im Browser kommt HTTP ERROR 500, im Büro-WLAN' });
    expect(german.locale).toBe('de');
  });

  it('resolve notices and desk updates reach each reporter in their own language, and stay on the conversation so', async () => {
    const { desk, slack, settled } = await setup(backend);
    const turns: Turn[] = [];
    const languages = ['fr', 'de', undefined] as const;
    for (const [i, net] of ['office', 'home', 'vpn'].entries()) {
      const locale = languages[i];
      turns.push(await desk.start({ reporter: person(i + 1), thread: thread(i + 1), text: `web 500 on ${net}`, ...(locale ? { locale } : {}) }));
    }
    expect(turns.map((t) => t.locale)).toEqual(['fr', 'de', 'en']);
    // A crowd line in the reporter's language, plural by the language's rules.
    expect(turns[2]!.preface[0]).toMatch(/^You're one of 3 people who reported this in the last (?:minute|\d+ minutes); the desk is on it\.$/);
    for (const t of turns) await desk.subscribe(t.conversationId);
    const [incident] = await desk.incidents.list({ openOnly: true });
    const update = await desk.incidents.postUpdate(incident!.id, 'We opened a ticket with OpenAI.', 'desk-alice');
    expect(update.ok).toBe(true);
    await settled();
    expect(await desk.incidents.resolve(incident!.id, 'desk-alice')).toMatchObject({ ok: true });
    await settled();
    const byChannel = (channel: string) => slack.notices.filter((n) => n.channel === channel).map((n) => n.text);
    expect(byChannel('D1')).toEqual([
      '📣 Message du support : We opened a ticket with OpenAI.',
      expect.stringMatching(/^✅ Résolu : Panne de ChatGPT : 3 personnes .* Rechargez ChatGPT et réessayez ;/),
    ]);
    expect(byChannel('D2')).toEqual([
      '📣 Neuigkeit vom Helpdesk: We opened a ticket with OpenAI.',
      expect.stringMatching(/^✅ Behoben: ChatGPT-Ausfall: 3 Personen .* Lade ChatGPT neu/),
    ]);
    expect(byChannel('D3')).toEqual(['📣 Update from the desk: We opened a ticket with OpenAI.', expect.stringMatching(/^✅ Resolved: ChatGPT outage: 3 people /)]);
    const kept = await desk.get(turns[0]!.conversationId);
    expect(kept?.notices.map((n) => n.text)).toEqual(byChannel('D1'));
    expect(kept?.preface.some((line) => line.startsWith('✅ Résolu'))).toBe(true);
  });
});

describe('finishTurn', () => {
  const draft = (locale?: 'de'): TurnDraft => ({
    subject: { id: 'c1', facts: { surface: 'web' }, details: {}, subscribed: false, notices: [], ...(locale ? { locale } : {}) },
    status: {
      summary: { status: 'chatgpt_incident', line: 'ChatGPT: Conversations is degraded (as of just now)', ageSeconds: 30, incidents: [] },
      context: {},
      affected: [{ name: 'Conversations', status: 'degraded_performance' }],
    },
    crowd: { fact: 'surge', reporters: 1, places: 1, openedAt: 0, samePlace: 0 },
    at: 60_000,
    understood: true,
    full: true,
    statusChanged: false,
  });
  const allowlist = { minimum: ['chatgpt.com'], broader: [] };

  it('builds a draft in its own language; a draft without one in what the platform found, else the default', () => {
    expect(finishTurn(draft('de'), allowlist, { locale: 'es', defaultLocale: 'fr' }).preface).toEqual([
      'Du bist die erste Person, die das in der letzten Minute gemeldet hat; der Helpdesk kümmert sich darum.',
      'ChatGPT: Conversations ist beeinträchtigt (Stand: gerade eben)',
    ]);
    const spanish = finishTurn(draft(), allowlist, { locale: 'es', defaultLocale: 'fr' });
    expect(spanish.locale).toBe('es');
    expect(spanish.status.line).toBe('ChatGPT: Conversations funciona con problemas (actualizado hace un momento)');
    expect(finishTurn(draft(), allowlist, { defaultLocale: 'fr' }).verdict?.headline).toBe('Une panne de ChatGPT en cours : patientez');
    expect(finishTurn(draft(), allowlist).verdict?.headline).toBe('A live ChatGPT outage: wait it out');
  });
});

