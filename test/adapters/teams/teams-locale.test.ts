import { afterEach, describe, expect, it } from 'vitest';
import { parseConversationState } from '../../../src/desk/conversation-state.ts';
import { adaptiveCardAction, ALICE, BOB, CAROL, DAN, personalConversationId, personalMessage, TEST_HELPDESK_CHANNEL, type TeamsUser } from '../../helpers/teams-activities.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { actionsOf, APP_ID, cardOf, startTeamsHarness, textOf, waitUntil, type TeamsHarness } from './teams-kit.ts';

const backends = useStoreBackends();

/**
 * A Teams person's language is their activity's `locale` ("es-ES"): the real botbuilder adapter
 * and the real desk, the fake Bot Connector. A report keeps it as its conversation's language, so
 * every card of the conversation is in it; a language the bot does not speak means the default.
 * The helpdesk card is in DESK_LOCALE.
 */
describe.each(['memory', 'redis'] as const)('the language of a Teams conversation (%s store)', (backend) => {
  let h: TeamsHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  /** Writes to the bot in the user's personal chat with this locale; resolves with the bot's next message there. */
  async function write(user: TeamsUser, text: string, locale: string) {
    const hh = h!;
    const conversationId = personalConversationId(APP_ID, user.id);
    const before = hh.fake.activitiesIn(conversationId).length;
    const res = await hh.post(personalMessage({ serviceUrl: hh.fake.serviceUrl, appId: APP_ID, user, text, conversationId, overrides: { locale } }));
    expect(res.status).toBeLessThan(300);
    await waitUntil(`the answer to "${text}"`, () => hh.fake.activitiesIn(conversationId).length > before);
    return hh.fake.activitiesIn(conversationId).at(-1)!;
  }

  async function stateOf(user: TeamsUser) {
    const conversation = personalConversationId(APP_ID, user.id);
    const id = await h!.assembled.desk.findByThread({ platform: 'teams', ref: { conversation, user: user.id } });
    expect(id, 'the conversation of the chat').toBeTruthy();
    return parseConversationState((await h!.store.conversations.get(id!))!.state);
  }

  it('an activity with locale "es-ES" gets Spanish cards, and the conversation keeps "es" for the next card', async () => {
    h = await startTeamsHarness(await backends.make(backend));
    const first = await write(ALICE, 'chatgpt.com da HTTP ERROR 500', 'es-ES');
    const text = textOf(cardOf(first));
    expect(text).toContain('O responde aquí con tus propias palabras.');
    expect(text).not.toContain('Or answer here in your own words.');
    expect((await stateOf(ALICE)).locale).toBe('es');

    // The next card (after a button) is Spanish too, whatever the invoke's own locale.
    const hh = h;
    const conversationId = personalConversationId(APP_ID, ALICE.id);
    const button = actionsOf(cardOf(first)).find((a) => a.verb === 'c500.answer' && a.data?.value === 'fails');
    expect(button, 'a "fails" button').toBeDefined();
    const before = hh.fake.activitiesIn(conversationId).length;
    const res = await hh.post(adaptiveCardAction({ serviceUrl: hh.fake.serviceUrl, appId: APP_ID, user: ALICE, conversation: conversationId, verb: button!.verb!, data: button!.data!, replyToId: first.id }));
    expect(res.status).toBe(200);
    await waitUntil('the next card', () => hh.fake.activitiesIn(conversationId).length > before);
    const next = textOf(cardOf(hh.fake.activitiesIn(conversationId).at(-1)));
    expect(next).toMatch(/O responde aquí con tus propias palabras\.|Qué hacer/);
    expect(next).not.toContain('Or answer here in your own words.');

    // The commands answer in the asker's language.
    const help = await write(ALICE, 'help', 'es-ES');
    expect(textOf(cardOf(help))).toContain('¿ChatGPT no funciona?');
  });

  it('a language the bot does not speak ("pt-BR") means the default: English cards, no language kept', async () => {
    h = await startTeamsHarness(await backends.make(backend));
    const first = await write(BOB, 'chatgpt.com shows HTTP ERROR 500', 'pt-BR');
    expect(textOf(cardOf(first))).toContain('Or answer here in your own words.');
    expect((await stateOf(BOB)).locale).toBeUndefined();
  });

  it('the helpdesk card is in DESK_LOCALE while the reporters read Spanish', async () => {
    h = await startTeamsHarness(await backends.make(backend), { env: { DESK_LOCALE: 'de', INCIDENT_MIN_REPORTERS: '2' } });
    // Two networks (the surge needs two places), named the way the parser reads them.
    for (const [i, user] of [ALICE, BOB, CAROL, DAN].entries()) await write(user, `chatgpt.com shows HTTP ERROR 500 ${i % 2 === 0 ? 'on the office wifi' : 'at home'}`, 'es-ES');
    const hh = h;
    await waitUntil('the helpdesk card', () => hh.fake.activitiesIn(TEST_HELPDESK_CHANNEL).some((a) => textOf(cardOf(a)).includes('Meldungen')));
    const card = textOf(cardOf(hh.fake.activitiesIn(TEST_HELPDESK_CHANNEL).at(-1)));
    expect(card).toContain('ChatGPT-Ausfall');
    expect(card).toContain('Übernehmen');
    expect(card).toContain('Update an Meldende senden');
    expect(card).not.toContain('Acknowledge');
    expect(card).not.toContain('Reportes');
  });
});
