import { afterEach, describe, expect, it } from 'vitest';
import { adaptiveCardAction, ALICE, BOB, CAROL, channelReply, personalInstall, personalMessage, submitAction, TEST_SUPPORT_CHANNEL } from '../../helpers/teams-activities.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { actionsOf, APP_ID, cardOf, startTeamsHarness, TeamsConversation, textOf, waitUntil, type TeamsHarness } from './teams-kit.ts';

/**
 * The rest of the Teams conversation rules: the commands `help`, `status` and `incidents` (typed
 * in a personal chat or after an @mention in a channel); in a channel thread only the reporter's
 * own replies move their report on; an Action.Submit answer (a message carrying `value`) counts
 * like a Universal Action and collapses the question card it came from.
 */
const backends = useStoreBackends();

describe('Teams commands and conversation rules', () => {
  let h: TeamsHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it.each([
    ['help', () => 'How to use chatgpt-500'],
    ['status', (t: TeamsHarness) => t.assembled.desk.status().line.slice(0, 24)],
    ['incidents', () => 'No open incidents right now.'],
    ['chatgpt-500 help', () => 'How to use chatgpt-500'],
  ])('"%s" in a personal chat is answered, and starts no report', async (command, expected) => {
    h = await startTeamsHarness(await backends.make('memory'));
    const c = new TeamsConversation(h, ALICE, { personal: true });
    const answer = await c.say(command);
    expect(textOf(answer.activity)).toContain(expected(h));
    expect(actionsOf(cardOf(answer)).some((a) => a.verb === 'c500.answer')).toBe(false);
    await h.settled();
    expect(c.messages()).toHaveLength(1);
    expect(await h.assembled.desk.findByThread({ platform: 'teams', ref: { conversation: c.conversationId, user: ALICE.id } })).toBeFalsy();
  });

  it('installed for a personal chat: the help is the welcome, once even when Teams sends the update twice', async () => {
    h = await startTeamsHarness(await backends.make('memory'));
    const install = personalInstall({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: CAROL });
    expect((await h.post(install)).status).toBe(200);
    expect((await h.post(install)).status).toBe(200);
    const c = new TeamsConversation(h, CAROL, { personal: true });
    await waitUntil('the welcome', () => c.messages().length > 0);
    await h.settled();
    expect(c.messages()).toHaveLength(1);
    expect(textOf(c.last().activity)).toContain('How to use chatgpt-500');
  });

  it('"@chatgpt-500 help" in a channel is answered in that reply chain', async () => {
    h = await startTeamsHarness(await backends.make('memory'));
    const c = new TeamsConversation(h, BOB, { channel: TEST_SUPPORT_CHANNEL, messageId: '1771290300000' });
    const answer = await c.say('help');
    expect(answer.conversationId).toBe(`${TEST_SUPPORT_CHANNEL};messageid=1771290300000`);
    expect(textOf(answer.activity)).toContain('How to use chatgpt-500');
  });

  it('the incidents command lists what the desk tracks', async () => {
    h = await startTeamsHarness(await backends.make('memory', { rules: { minReporters: 2 } }));
    for (const [user, network] of [
      [ALICE, 'office'],
      [BOB, 'home'],
    ] as const) {
      const answers: Record<string, string> = { surface: 'web', symptom: 'http_500', clean_browser: 'fails', network, other_network: 'fails', api_health: 'fails' };
      const c = new TeamsConversation(h, user, { personal: true });
      await c.say('chatgpt-500');
      for (let fact = c.askedFact(); fact !== undefined; fact = c.askedFact()) await c.press(answers[fact]!);
    }
    await h.settled();
    await waitUntil('an incident', async () => (await h!.assembled.desk.incidents.list({ openOnly: true })).length === 1);
    const desk = new TeamsConversation(h, { ...ALICE, id: '29:someone-else', name: 'Someone Else' }, { personal: true });
    const listed = await desk.say('incidents');
    expect(textOf(listed.activity)).toMatch(/2 (people|reporters)/);
  });

  it('in a channel thread, another person cannot move the reporter’s report on: their mention is their own report and the reporter’s buttons refuse them', async () => {
    h = await startTeamsHarness(await backends.make('redis'));
    const alice = new TeamsConversation(h, ALICE, { channel: TEST_SUPPORT_CHANNEL, messageId: '1771290200000' });
    const first = await alice.say('chatgpt.com gives HTTP ERROR 500');
    const aliceId = await h.assembled.desk.findByThread({ platform: 'teams', ref: { conversation: alice.conversationId, user: ALICE.id } });
    expect(aliceId).toBeDefined();
    const before = await h.assembled.desk.get(aliceId!);
    const asked = alice.askedFact();
    expect(asked).toBeDefined();

    // Bob answers in Alice's thread, in words that would answer her question.
    const res = await h.post(channelReply({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: BOB, threadConversationId: alice.conversationId, text: '<at>chatgpt-500</at> works in incognito, fails on the hotspot' }));
    expect(res.status).toBeLessThan(300);
    await waitUntil('the answer to Bob', () => alice.messages().length > 1);
    await h.settled();
    const after = await h.assembled.desk.get(aliceId!);
    expect(after?.facts).toEqual(before?.facts);
    const bobId = await h.assembled.desk.findByThread({ platform: 'teams', ref: { conversation: alice.conversationId, user: BOB.id } });
    expect(bobId).toBeDefined();
    expect(bobId).not.toBe(aliceId);

    // Bob presses Alice's button: refused, nothing changes.
    const button = actionsOf(cardOf(first)).find((a) => a.verb === 'c500.answer')!;
    const pressed = await h.post(adaptiveCardAction({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: BOB, conversation: alice.conversationId, verb: button.verb!, data: button.data!, replyToId: first.id }));
    expect(pressed.status).toBe(200);
    expect(textOf(await pressed.json())).toContain('Only the person who reported');
    expect((await h.assembled.desk.get(aliceId!))?.facts).toEqual(before?.facts);

    // Alice's own reply still moves her report on.
    await alice.say(asked === 'surface' ? 'on the website' : 'it still fails in a private window');
    expect((await h.assembled.desk.get(aliceId!))?.facts).not.toEqual(before?.facts);
  });

  it('an Action.Submit answer moves the report on and collapses the question card it came from', async () => {
    h = await startTeamsHarness(await backends.make('redis'));
    const c = new TeamsConversation(h, ALICE, { personal: true });
    const question = await c.say('chatgpt is broken');
    const button = actionsOf(cardOf(question)).find((a) => a.verb === 'c500.answer' && a.data?.value === 'web');
    expect(button).toBeDefined();
    const res = await h.post(submitAction({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: ALICE, conversation: c.conversationId, value: button!.data!, replyToId: question.id }));
    expect(res.status).toBeLessThan(300);
    await waitUntil('the next question', () => c.messages().length > 1);
    expect(textOf(cardOf(c.last()))).toContain('What exactly do you see?');
    await waitUntil('the first card collapsed', () => actionsOf(cardOf(c.messages()[0])).length === 0);
    expect(textOf(cardOf(c.messages()[0]))).toContain('Where does ChatGPT fail for you?');
    expect(h.fake.callsTo('update').some((call) => call.activityId === question.id)).toBe(true);

    // A second press of the same (stale) button does not answer twice.
    const again = await h.post(submitAction({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: ALICE, conversation: c.conversationId, value: button!.data!, replyToId: question.id }));
    expect(again.status).toBeLessThan(300);
    await h.settled();
    const id = await h.assembled.desk.findByThread({ platform: 'teams', ref: { conversation: c.conversationId, user: ALICE.id } });
    expect((await h.assembled.desk.get(id!))?.facts).toMatchObject({ surface: 'web' });
    expect(c.messages().filter((m) => textOf(cardOf(m)).includes('What exactly do you see?'))).toHaveLength(1);
  });

  it('a plain message in a personal chat with no report yet starts one; its words count as the first answer', async () => {
    h = await startTeamsHarness(await backends.make('memory'));
    const res = await h.post(personalMessage({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: BOB, text: 'the chatgpt website shows HTTP ERROR 500' }));
    expect(res.status).toBeLessThan(300);
    const c = new TeamsConversation(h, BOB, { personal: true });
    await waitUntil('the first question', () => c.messages().length > 0);
    expect(c.askedFact()).not.toBe('surface');
  });
});
