import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import {
  ALICE,
  BOB,
  CAROL,
  DAN,
  ERIN,
  TEST_HELPDESK_CHANNEL,
  TEST_SUPPORT_CHANNEL,
  adaptiveCardAction,
  taskFetch,
  taskSubmit,
  type TeamsUser,
} from '../../helpers/teams-activities.ts';
import { APP_ID, actionsOf, cardOf, startTeamsHarness, TeamsConversation, textOf, waitUntil, type TeamsHarness } from './teams-kit.ts';

/**
 * An outage in Teams: four reporters' unexplained 500s make one card in the helpdesk channel,
 * posted once and updated in place; the desk acknowledges from the card (the invoke answer is the
 * refreshed card), posts an update through the dialog, and resolves; every subscribed reporter is
 * told in their own chat. Card buttons count only in the helpdesk channel.
 */
const backends = useStoreBackends();
const NETWORKS = ['on the office wifi', 'at home', 'through the vpn', 'on mobile data'];

describe.each(['memory', 'redis'] as const)('the Teams helpdesk card (%s store)', (backend) => {
  let h: TeamsHarness;
  const reporters: TeamsConversation[] = [];
  beforeAll(async () => {
    h = await startTeamsHarness(await backends.make(backend), { env: { INCIDENT_CARD_MIN_INTERVAL_SECONDS: '1' } });
    for (const [i, user] of [ALICE, BOB, CAROL, DAN].entries()) {
      const c = new TeamsConversation(h, user, { personal: true });
      await c.say(`chatgpt.com shows HTTP ERROR 500 ${NETWORKS[i]}`);
      reporters.push(c);
    }
  }, 60_000);
  afterAll(async () => {
    await h.close();
  });

  const posts = () => h.fake.activitiesIn(TEST_HELPDESK_CHANNEL);
  const card = () => posts()[0]!;
  const incident = async () => (await h.assembled.desk.incidents.list({ openOnly: false }))[0]!;
  const press = (user: TeamsUser, conversation: string, verb: string, data: Record<string, unknown>, replyToId: string) =>
    h.post(adaptiveCardAction({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user, conversation, verb, data, replyToId }));

  it('one card for the four reporters, posted once and updated in place', async () => {
    await waitUntil('the card with four reporters', () => posts().length === 1 && /"4 people|4 people/.test(textOf(cardOf(card()))), 15_000);
    expect(posts()).toHaveLength(1);
    expect(h.fake.callsTo('send').filter((c) => c.conversationId === TEST_HELPDESK_CHANNEL)).toHaveLength(1);
    expect(card().updates).toBeGreaterThan(0);
    expect(actionsOf(cardOf(card())).map((a) => a.verb ?? a.type)).toEqual(expect.arrayContaining(['c500.incident.ack', 'c500.incident.resolve', 'c500.incident.snooze', 'Action.Submit']));
  });

  it('a button pressed outside the helpdesk channel is refused and changes nothing', async () => {
    const { id } = await incident();
    const res = await press(ALICE, `${TEST_SUPPORT_CHANNEL};messageid=17713`, 'c500.incident.resolve', { incidentId: id }, card().id);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: expect.stringContaining('helpdesk channel') });
    expect((await incident()).state).toBe('open');
  });

  it('Acknowledge: the invoke answer is the refreshed card, and it records who pressed', async () => {
    const { id } = await incident();
    const res = await press(ERIN, card().conversationId, 'c500.incident.ack', { incidentId: id }, card().id);
    const answer = (await res.json()) as { statusCode: number; type: string; value: unknown };
    expect(answer).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(textOf(answer.value)).toContain('Erin Lindqvist');
    expect(actionsOf(answer.value).some((a) => a.verb === 'c500.incident.ack')).toBe(false);
    expect(await incident()).toMatchObject({ state: 'acknowledged', acknowledged: { by: 'teams:Erin Lindqvist (helpdesk)' } });
  });

  it('reporters subscribe from their verdict card; the confirmation comes once', async () => {
    for (const c of reporters.slice(1)) {
      const verdict = [...c.messages()].reverse().find((m) => actionsOf(cardOf(m)).some((a) => a.verb === 'c500.notify'));
      if (!verdict) continue;
      const button = actionsOf(cardOf(verdict)).find((a) => a.verb === 'c500.notify')!;
      const res = await press(c.user, c.conversationId, 'c500.notify', button.data!, verdict.id);
      expect(await res.json()).toMatchObject({ type: 'application/vnd.microsoft.card.adaptive' });
      await waitUntil('the confirmation', () => c.messages().some((m) => String(m.activity.text).includes("I'll tell you here")));
    }
    expect(reporters.slice(1).filter((c) => c.messages().some((m) => String(m.activity.text).includes("I'll tell you here"))).length).toBeGreaterThan(0);
  });

  it('Post update: the dialog, then the update in every reporter chat', async () => {
    const { id } = await incident();
    const fetched = await h.post(taskFetch({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: ERIN, conversation: card().conversationId, data: { msteams: { type: 'task/fetch' }, c500: 'incident.update', incidentId: id } }));
    const dialog = (await fetched.json()) as { task: { type: string; value: { card: { content: unknown } } } };
    expect(dialog.task.type).toBe('continue');
    expect(textOf(dialog.task.value.card.content)).toContain('"id":"text"');
    const submitted = await h.post(
      taskSubmit({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: ERIN, conversation: card().conversationId, data: { c500: 'incident.update.submit', incidentId: id, text: 'OpenAI is rolling *out* a fix' } }),
    );
    expect(await submitted.json()).toMatchObject({ task: { type: 'message', value: expect.stringContaining('on its way to 4 reporters') } });
    await waitUntil('the update in every chat', () => reporters.every((c) => c.messages().some((m) => String(m.activity.text).includes('Update from the desk'))), 10_000);
    for (const c of reporters) expect(c.messages().filter((m) => String(m.activity.text).includes('Update from the desk'))).toHaveLength(1);
  });

  it('Resolve: every subscribed reporter is told once in their own chat; the card ends resolved', async () => {
    const { id } = await incident();
    const subscribers = await h.store.incidents.subscribers(id);
    expect(subscribers.length).toBeGreaterThan(0);
    const res = await press(ERIN, card().conversationId, 'c500.incident.resolve', { incidentId: id }, card().id);
    expect(textOf(((await res.json()) as { value: unknown }).value)).toContain('✅');
    const told = reporters.filter((c) => subscribers.length > 0 && c.messages().length > 0);
    await waitUntil('the resolve notices', async () => ((await incident()).notify?.sent ?? 0) === subscribers.length, 10_000);
    for (const c of told) {
      const notices = c.messages().filter((m) => String(m.activity.text).startsWith('✅ Resolved'));
      const subscribed = c.messages().some((m) => String(m.activity.text).includes("I'll tell you here"));
      expect(notices).toHaveLength(subscribed ? 1 : 0);
    }
    await waitUntil('the final card', () => textOf(cardOf(card())).includes('Resolve notice: sent to all'), 10_000);
    expect(actionsOf(cardOf(card())).filter((a) => a.verb?.startsWith('c500.incident'))).toEqual([]);
    expect(posts()).toHaveLength(1);
  });
});
