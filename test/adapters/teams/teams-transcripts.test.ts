import { afterEach, describe, expect, it } from 'vitest';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { ALICE, BOB, TEST_SUPPORT_CHANNEL } from '../../helpers/teams-activities.ts';
import { escapeTeamsMarkdown } from '../../../adapters/teams/cards/escape-teams-markdown.ts';
import { decideNext } from '../../../src/triage/decide-next.ts';
import type { Facts } from '../../../src/triage/fact-values.ts';
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
    // A browser verdict is fixed in the browser: no "Notify me when it's fixed" (issue 15).
    expect(actionsOf(card).some((a) => a.verb === 'c500.notify')).toBe(false);
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

/**
 * Every branch of the spec's decision table, reached in a Teams personal chat by pressing the
 * buttons each question card offers (whatever order the engine asks in), and two of them by free
 * text in a channel thread. The verdict card carries the engine's headline for those facts.
 */
const PATHS: { branch: string; status?: 'chatgpt_incident'; answers: Record<string, string> }[] = [
  { branch: 'outage', status: 'chatgpt_incident', answers: { surface: 'web' } },
  { branch: 'api_rate_limit', answers: { surface: 'api', symptom: 'api_429' } },
  { branch: 'api_server', answers: { surface: 'api', symptom: 'api_500' } },
  { branch: 'app_tls', answers: { surface: 'desktop', symptom: 'ssl_or_network_config' } },
  { branch: 'app', answers: { surface: 'mobile', symptom: 'unusual_activity' } },
  { branch: 'cloudflare_challenge', answers: { surface: 'web', symptom: 'cloudflare_challenge' } },
  { branch: 'browser', answers: { surface: 'web', symptom: 'http_500', clean_browser: 'works' } },
  { branch: 'network', answers: { surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office', other_network: 'works' } },
  { branch: 'web_session', answers: { surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office', other_network: 'fails', api_health: 'works' } },
  { branch: 'escalate', answers: { surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office', other_network: 'fails', api_health: 'fails' } },
];

describe('Teams transcripts to every verdict (memory store)', () => {
  let h: TeamsHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it.each(PATHS)('$branch by buttons in a personal chat', async ({ branch, status, answers }) => {
    h = await startTeamsHarness(await backends.make('memory'), status ? { status } : {});
    const c = new TeamsConversation(h, ALICE, { personal: true });
    await c.say('hello, chatgpt does not work');
    for (let fact = c.askedFact(), n = 0; fact !== undefined && n < 10; fact = c.askedFact(), n++) {
      const value = answers[fact];
      expect(value, `an answer to ${fact}`).toBeDefined();
      await c.press(value!);
    }
    const facts = { ...answers, status: status ?? 'operational', crowd: 'none' } as Facts;
    const expected = decideNext({ facts }).verdict;
    expect(expected?.branch).toBe(branch);
    expect(textOf(cardOf(c.last()))).toContain(escapeTeamsMarkdown(expected!.headline, { from: 'bot' }).slice(0, 30));
  });

  it.each([
    { branch: 'browser', replies: ['chatgpt.com shows HTTP ERROR 500', 'yes it works in incognito'] },
    { branch: 'network', replies: ['chatgpt web gives 500 on the office wifi', 'no, same in a private window', 'on my phone hotspot it works'] },
  ])('$branch by free text in a channel thread', async ({ branch, replies }) => {
    h = await startTeamsHarness(await backends.make('memory'));
    const c = new TeamsConversation(h, BOB, { channel: TEST_SUPPORT_CHANNEL, messageId: `17712901${branch.length}` });
    for (const reply of replies) await c.say(reply);
    const snapshot = await h.assembled.desk.get((await h.assembled.desk.findByThread({ platform: 'teams', ref: { conversation: c.conversationId, user: BOB.id } }))!);
    expect(snapshot?.branch).toBe(branch);
    expect(textOf(cardOf(c.last()))).toContain(escapeTeamsMarkdown(snapshot!.verdict!.headline, { from: 'bot' }).slice(0, 30));
  });
});
