import { afterEach, describe, expect, it } from 'vitest';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { ALICE, BOB, TEST_SUPPORT_CHANNEL } from '../../helpers/teams-activities.ts';
import { actionsOf, cardOf, startTeamsHarness, TeamsConversation, textOf, type TeamsHarness } from './teams-kit.ts';

/**
 * Whole conversations in Teams through the real CloudAdapter and TeamsActivityHandler, signed
 * activities in, Adaptive Cards out through the outbox to a fake Bot Connector: buttons
 * (Universal Actions) and free text, in a personal chat and in a channel thread, to verdicts.
 */
const backends = useStoreBackends();

describe.each(['memory', 'redis'] as const)('Teams transcripts (%s store)', (backend) => {
  let h: TeamsHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('personal chat, buttons: web, 500, works in incognito → the browser verdict; the answered cards lose their buttons', async () => {
    h = await startTeamsHarness(await backends.make(backend));
    const c = new TeamsConversation(h, ALICE, { personal: true });
    const first = await c.say('hi, chatgpt is broken');
    expect(textOf(cardOf(first))).toContain('Where does ChatGPT fail for you?');
    const surface = await c.press('web');
    expect(surface.invoke).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(actionsOf(surface.invoke.value)).toEqual([]);
    expect(textOf(surface.invoke.value)).toContain('Where does ChatGPT fail for you?');
    expect(textOf(cardOf(surface.next))).toContain('What exactly do you see?');
    await c.press('http_500');
    const verdict = await c.press('works');
    const card = cardOf(verdict.next);
    expect(textOf(card)).toMatch(/browser/i);
    expect(actionsOf(card).some((a) => a.verb === 'c500.notify')).toBe(true);
    expect(c.messages()).toHaveLength(4);
  });

  it('personal chat, free text: the network verdict with the note for IT', async () => {
    h = await startTeamsHarness(await backends.make(backend));
    const c = new TeamsConversation(h, BOB, { personal: true });
    const first = await c.say('chatgpt web gives 500 on the office wifi');
    expect(textOf(cardOf(first))).toMatch(/private|incognito/i);
    await c.say('nope, same error in incognito');
    const verdict = await c.say('on my hotspot it loads fine');
    expect(textOf(cardOf(verdict))).toContain('chatgpt.com');
    expect(textOf(cardOf(verdict))).toMatch(/IT/);
  });

  it('a channel @mention starts a conversation in that reply chain; only the reporter continues it', async () => {
    h = await startTeamsHarness(await backends.make(backend));
    const c = new TeamsConversation(h, ALICE, { channel: TEST_SUPPORT_CHANNEL, messageId: '1771290107407' });
    const first = await c.say('our python job gets 503 from the API');
    expect(textOf(cardOf(first))).toMatch(/retry|backoff/i);
    expect(h.fake.activitiesIn(c.conversationId)).toHaveLength(1);
  });
});
