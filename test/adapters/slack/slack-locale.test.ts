import { afterEach, describe, expect, it } from 'vitest';
import { parseConversationState } from '../../../src/desk/conversation-state.ts';
import { outboxSettled } from '../../helpers/outbox-settled.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { Conversation, HELPDESK, TEAM, blockText, headerOf, startDeskHarness, waitFor, type DeskHarness } from './slack-desk-kit.ts';
import { slashCommandBody } from './slack-test-kit.ts';

const backends = useStoreBackends();

/**
 * The person's language at the wire: the real bolt app and the real desk, the fake Web API
 * answering users.info (include_locale) with the person's Slack locale. The first message of a
 * conversation is written in it and the conversation keeps it; the lookup is remembered in the
 * store; a lookup that fails (no users:read, a 429) costs the person nothing but the language.
 * The helpdesk card is in DESK_LOCALE whatever the reporters speak.
 */
describe.each(['memory', 'redis'] as const)('the language of a Slack conversation (%s store)', (backend) => {
  let h: DeskHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  const stateOf = async (c: Conversation) => {
    const id = await h!.assembled.desk.findByThread({ platform: 'slack', ref: { channel: c.channel, threadTs: c.rootTs, user: c.user } });
    const stored = await h!.store.conversations.get(id!);
    return parseConversationState(stored!.state);
  };

  it('a German Slack user gets the first message in German, the conversation keeps "de", and a second report asks Slack no more', async () => {
    h = await startDeskHarness(await backends.make(backend));
    h.fake.setUserLocale('U0GERMAN01', 'de-DE');
    const c = new Conversation(h, 'U0GERMAN01');
    const first = await c.start('chatgpt.com zeigt HTTP ERROR 500');
    const text = blockText(first.blocks);
    expect(text).toContain('🧯 *ChatGPT-Problemmeldung* von <@U0GERMAN01>');
    expect(text).toContain('Oder antworte in diesem Thread mit deinen eigenen Worten.');
    expect(text).not.toContain('Or answer in this thread');
    expect(text).not.toContain('ChatGPT problem report');
    // The answer buttons are there (their labels are the triage's texts, in the turn's language).
    expect(text).toContain('c500.answer');
    expect((await stateOf(c)).locale).toBe('de');
    const lookups = h.fake.callsTo('users.info');
    expect(lookups).toHaveLength(1);
    expect(lookups[0]!.body).toMatchObject({ user: 'U0GERMAN01', include_locale: 'true' });

    // A cache hit: the next report of the same person is German without another users.info.
    const again = new Conversation(h, 'U0GERMAN01');
    const second = await again.start('schon wieder');
    expect(blockText(second.blocks)).toContain('ChatGPT-Problemmeldung');
    expect((await stateOf(again)).locale).toBe('de');
    expect(h.fake.callsTo('users.info')).toHaveLength(1);
    // The slash command's ack is in German too once the store knows the person's language.
    const res = await h.send(slashCommandBody({ user_id: 'U0GERMAN01', user_name: 'german', team_id: TEAM, text: 'help' }));
    expect(JSON.stringify(await res.json())).toContain('ChatGPT funktioniert nicht?');
  });

  it.each([
    ['missing_scope', { status: 200 as const, error: 'missing_scope' }],
    ['a 429', { status: 429 as const, retryAfter: 30 }],
  ])('users.info failing with %s: the default language, the first message delivered once, and the failure remembered a while', async (_name, failure) => {
    h = await startDeskHarness(await backends.make(backend));
    h.fake.setUserLocale('U0NOSCOPE1', 'fr-FR');
    h.fake.fail({ method: 'users.info', times: Infinity, ...failure });
    const c = new Conversation(h, 'U0NOSCOPE1');
    const first = await c.start('chatgpt.com shows HTTP ERROR 500');
    await outboxSettled(h.store);
    expect(blockText(first.blocks)).toContain('🧯 *ChatGPT problem report* from <@U0NOSCOPE1>');
    expect(blockText(first.blocks)).toContain('Or answer in this thread in your own words.');
    const roots = h.fake.callsTo('chat.postMessage').filter((call) => call.answer?.ok === true && call.body.thread_ts === undefined && call.answer.channel === c.channel);
    expect(roots).toHaveLength(1);
    expect((await stateOf(c)).locale).toBe('en');
    expect(h.fake.callsTo('users.info')).toHaveLength(1);
    // The conversation goes on as usual.
    await c.click('fails');
    expect(c.posts().length).toBeGreaterThan(1);
    // Within the short failure TTL, another report does not ask Slack again.
    await new Conversation(h, 'U0NOSCOPE1').start('again');
    expect(h.fake.callsTo('users.info')).toHaveLength(1);
  });

  it('the helpdesk card is in DESK_LOCALE while each reporter reads their own language, down to the "Notify me" confirmation', async () => {
    h = await startDeskHarness(await backends.make(backend), { env: { DESK_LOCALE: 'fr', INCIDENT_MIN_REPORTERS: '2' } });
    const users = ['U0DEUSER01', 'U0DEUSER02', 'U0DEUSER03', 'U0DEUSER04'];
    for (const u of users) h.fake.setUserLocale(u, 'de-DE');
    const conversations: Conversation[] = [];
    for (const [i, u] of users.entries()) {
      const c = new Conversation(h, u);
      // What they typed names two networks (the surge needs two places), in German: a typed opening
      // sets the conversation to the language it is written in (over users.info).
      await c.start(`chatgpt.com zeigt HTTP ERROR 500 ${i % 2 === 0 ? 'im Büro-WLAN' : 'zu Hause im Heimnetz'}`);
      conversations.push(c);
    }
    const hh = h;
    const card = await waitFor('the helpdesk card', () => hh.fake.messagesIn(HELPDESK).find((m) => m.threadTs === undefined));
    await waitFor('the card in French', () => blockText(hh.fake.message(HELPDESK, card.ts)!.blocks).includes('Signalements'));
    const cardText = blockText(h.fake.message(HELPDESK, card.ts)!.blocks);
    expect(headerOf(h.fake.message(HELPDESK, card.ts))).toContain('Panne de ChatGPT');
    expect(cardText).toContain('Prendre en charge');
    expect(cardText).toContain('Envoyer une mise à jour aux personnes');
    expect(cardText).not.toContain('Acknowledge');
    expect(cardText).not.toContain('Meldungen');

    // A reporter who came after the surge got a verdict with "Notify me"; its confirmation is in German.
    const late = conversations.find((c) => blockText(c.last().blocks).includes('c500.notify'));
    expect(late, 'a verdict offering "Notify me"').toBeDefined();
    expect(blockText(late!.last().blocks)).toContain('Benachrichtige mich, wenn es behoben ist');
    const offered = late!.last();
    await late!.notifyMe();
    const confirmation = late!.posts().at(-1)!;
    expect(String(confirmation.body.text)).toContain('Erledigt: Ich sage dir in diesem Thread Bescheid');
    await outboxSettled(h.store);
    const verdict = h.fake.message(offered.channel, offered.ts)!;
    expect(blockText(verdict.blocks)).toContain('Du erfährst in diesem Thread, wenn es behoben ist.');
    expect(blockText(verdict.blocks)).not.toContain('c500.notify');
  });
});
