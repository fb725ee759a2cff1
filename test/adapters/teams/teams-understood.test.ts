import { afterEach, describe, expect, it } from 'vitest';
import { adaptiveCardAction, ALICE, BOB } from '../../helpers/teams-activities.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { APP_ID, actionsOf, cardOf, startTeamsHarness, TeamsConversation, textOf, waitUntil, type TeamsHarness } from './teams-kit.ts';

/**
 * Issue 13 item 5 on Teams, through the real CloudAdapter and TeamsActivityHandler (signed
 * activities in, cards out through the outbox to a fake Bot Connector): a typed reply's card says
 * how it was read ("Got it: …") with a Change button; pressing it asks the question again and
 * unsets the fact; only the reporter may press it.
 */
const backends = useStoreBackends();

describe.each(['memory', 'redis'] as const)('Teams: what was understood, and Change (%s store)', (backend) => {
  let h: TeamsHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function conversationOf(c: TeamsConversation): Promise<string> {
    const id = await h!.assembled.desk.findByThread({ platform: 'teams', ref: { conversation: c.conversationId, user: c.user.id } });
    expect(id).toBeTruthy();
    return id!;
  }

  function changePress(c: TeamsConversation, user = c.user) {
    const button = actionsOf(cardOf(c.last())).find((a) => a.verb === 'c500.change');
    expect(button, 'a Change button on the latest card').toBeDefined();
    return adaptiveCardAction({ serviceUrl: h!.fake.serviceUrl, appId: APP_ID, user, conversation: c.conversationId, verb: button!.verb!, data: button!.data!, replyToId: c.last().id });
  }

  it('a typed reply shows "Got it" with Change; pressing it asks again, the fact is unset, the pressed card loses its buttons', async () => {
    h = await startTeamsHarness(await backends.make(backend));
    const c = new TeamsConversation(h, ALICE, { personal: true });
    const first = await c.say('chatgpt.com shows HTTP ERROR 500');
    expect(textOf(cardOf(first))).toContain('Got it: it fails in a web browser and you see');
    const verdict = await c.say('yes it works in incognito');
    expect(textOf(cardOf(verdict))).toContain('Got it: it works in a private window.');
    const button = actionsOf(cardOf(verdict)).find((a) => a.verb === 'c500.change');
    expect(button).toMatchObject({ type: 'Action.Execute', title: 'Change', data: { facts: [{ fact: 'clean_browser', value: 'works' }], user: ALICE.id, locale: 'en' } });

    const before = c.messages().length;
    const press = changePress(c);
    const res = await h.post(press);
    expect(res.status).toBe(200);
    const invoke = (await res.json()) as { statusCode?: number; type?: string; value?: unknown };
    expect(invoke).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(actionsOf(invoke.value)).toEqual([]);
    expect(textOf(invoke.value)).toContain("OK, let's take that again.");
    await waitUntil('the question asked again', () => c.messages().length > before);
    expect(textOf(cardOf(c.last()))).toContain('Does ChatGPT work in a private (incognito) window?');
    expect(c.askedFact()).toBe('clean_browser');
    const snapshot = await h.assembled.desk.get(await conversationOf(c));
    expect(snapshot?.facts.clean_browser).toBeUndefined();
    expect(snapshot?.facts).toMatchObject({ surface: 'web', symptom: 'http_500' });

    // Teams retrying the same invoke is applied once: no second question.
    expect((await h.post(press)).status).toBe(200);
    await h.settled();
    expect(c.messages()).toHaveLength(before + 1);
    // Buttons go on as usual.
    const next = await c.press('fails');
    expect(textOf(cardOf(next.next))).toContain('Which network');
  });

  it('only the reporter can press Change: anyone else is told so, and nothing changes', async () => {
    h = await startTeamsHarness(await backends.make(backend));
    const c = new TeamsConversation(h, ALICE, { personal: true });
    await c.say('web 500');
    await c.say('no, it fails in incognito too');
    const before = c.messages().length;
    const res = await h.post(changePress(c, BOB));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: 'Only the person who reported can change these answers.' });
    await h.settled();
    expect(c.messages()).toHaveLength(before);
    expect((await h.assembled.desk.get(await conversationOf(c)))?.facts.clean_browser).toBe('fails');
  });
});
