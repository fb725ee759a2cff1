import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { ALICE, BOB, ERIN, TEST_HELPDESK_CHANNEL, TEST_SUPPORT_CHANNEL, adaptiveCardAction, personalConversationId, type TeamsUser } from '../../helpers/teams-activities.ts';
import { statusReading } from '../slack/slack-desk-kit.ts';
import { APP_ID, actionsOf, cardOf, startTeamsHarness, textOf, waitUntil, type TeamsHarness } from './teams-kit.ts';

/**
 * The outage announcement on Teams, through botbuilder (real JWTs from the fake Bot Framework) and
 * the fake Bot Connector, on a real redis-server: posted once into TEAMS_ANNOUNCE_CONVERSATION when
 * the desk acknowledges on the helpdesk card, updated in place (updateActivity) on resolve;
 * "I'm affected too" counts a person once and tells them in their personal chat when it is fixed;
 * "It's something else" opens the person's personal chat with a report's first question.
 */
const backends = useStoreBackends();
const ANNOUNCE = TEST_SUPPORT_CHANNEL;

describe('the outage announcement on Teams (redis store)', () => {
  let h: TeamsHarness;
  let incidentId = '';
  const announcements = () => h.fake.activitiesIn(ANNOUNCE);
  const helpdeskCard = () => h.fake.activitiesIn(TEST_HELPDESK_CHANNEL)[0]!;
  const press = (user: TeamsUser, conversation: string, verb: string, replyToId: string) =>
    h.post(adaptiveCardAction({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user, conversation, verb, data: { incidentId }, replyToId }));

  beforeAll(async () => {
    h = await startTeamsHarness(await backends.make('redis'), { env: { TEAMS_ANNOUNCE_CONVERSATION: ANNOUNCE } });
    await h.assembled.desk.reconcileStatus(statusReading('chatgpt_incident'));
    await waitUntil('the helpdesk card', () => h.fake.activitiesIn(TEST_HELPDESK_CHANNEL).length === 1, 10_000);
    incidentId = (await h.assembled.desk.incidents.list({ openOnly: true }))[0]!.id;
  }, 30_000);
  afterAll(async () => {
    await h.close();
  });

  it('is posted once when the desk acknowledges on the card, with Action.Execute buttons', async () => {
    await new Promise((r) => setTimeout(r, 200));
    expect(announcements()).toHaveLength(0);
    const res = await press(ERIN, helpdeskCard().conversationId, 'c500.incident.ack', helpdeskCard().id);
    expect(res.status).toBe(200);
    await waitUntil('the announcement', () => announcements().length === 1);
    await h.settled();
    expect(announcements()).toHaveLength(1);
    const card = cardOf(announcements()[0]);
    expect(textOf(card)).toContain('ChatGPT is down for many people');
    expect(textOf(card)).toContain('No need to report it');
    expect(actionsOf(card).map((a) => `${a.type} ${a.verb}`)).toEqual(['Action.Execute c500.announce.affected', 'Action.Execute c500.announce.else']);
  });

  it('"I\'m affected too" counts the person once, answered in a message for them', async () => {
    const a = announcements()[0]!;
    const first = await press(ALICE, a.conversationId, 'c500.announce.affected', a.id);
    expect(await first.json()).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: expect.stringContaining("you're counted") });
    const again = await press(ALICE, a.conversationId, 'c500.announce.affected', a.id);
    expect(await again.json()).toMatchObject({ value: expect.stringContaining('already counted') });
    expect((await h.assembled.desk.incidents.get(incidentId))!.reached).toBe(1);
  });

  it('"It\'s something else" opens the person\'s personal chat with the first question', async () => {
    const a = announcements()[0]!;
    const res = await press(BOB, a.conversationId, 'c500.announce.else', a.id);
    expect(await res.json()).toMatchObject({ value: expect.stringContaining('direct message') });
    const chat = personalConversationId(APP_ID, BOB.id);
    await waitUntil('the question in Bob\'s chat', () => h.fake.activitiesIn(chat).length > 0);
    expect(h.fake.callsTo('create').some((c) => c.conversationId === chat)).toBe(true);
    expect(actionsOf(cardOf(h.fake.activitiesIn(chat)[0])).some((a) => a.verb === 'c500.answer')).toBe(true);
    await h.settled();
    expect(announcements()).toHaveLength(1);
  });

  it('on resolve the announcement is updated in place, and the affected person is told in their personal chat', async () => {
    const res = await press(ERIN, helpdeskCard().conversationId, 'c500.incident.resolve', helpdeskCard().id);
    expect(res.status).toBe(200);
    await waitUntil('the resolved announcement', () => textOf(cardOf(announcements()[0])).includes('Fixed: ChatGPT works again'), 10_000);
    expect(announcements()).toHaveLength(1);
    expect(announcements()[0]!.updates).toBeGreaterThan(0);
    expect(actionsOf(cardOf(announcements()[0])).map((a) => a.verb)).toEqual(['c500.announce.else']);
    const chat = personalConversationId(APP_ID, ALICE.id);
    await waitUntil('the notice in Alice\'s chat', () => h.fake.activitiesIn(chat).some((m) => String(m.activity.text).includes('the outage you said affected you is resolved')), 10_000);
    await h.settled();
    expect(h.fake.activitiesIn(chat).filter((m) => String(m.activity.text).includes('the outage you said affected you is resolved'))).toHaveLength(1);
  });
});
