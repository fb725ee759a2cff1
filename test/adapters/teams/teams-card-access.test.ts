import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/incidents/incident-types.ts';
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
  personalConversationId,
  taskFetch,
  taskSubmit,
  type TeamsUser,
} from '../../helpers/teams-activities.ts';
import { APP_ID, startTeamsHarness, TeamsConversation, waitUntil, type TeamsHarness } from './teams-kit.ts';

/**
 * Who may act on a Teams incident card, through the real botbuilder binding with signed JWTs from
 * the fake Bot Connector: Acknowledge, Resolve, Snooze and the update dialog count only in the
 * TEAMS_HELPDESK_CONVERSATION channel (any thread of it: the `;messageid=` suffix is ignored);
 * from anywhere else, or with no helpdesk channel configured, the person is told so in the
 * invoke's answer and nothing changes.
 */
const backends = useStoreBackends();
const NETWORKS = ['on the office wifi', 'at home', 'through the vpn', 'on mobile data'];

async function outage(h: TeamsHarness): Promise<void> {
  for (const [i, user] of [ALICE, BOB, CAROL, DAN].entries()) await new TeamsConversation(h, user, { personal: true }).say(`chatgpt.com shows HTTP ERROR 500 ${NETWORKS[i]}`);
}

async function theIncident(h: TeamsHarness): Promise<Incident> {
  let found: Incident | undefined;
  await waitUntil('an incident', async () => {
    [found] = await h.assembled.desk.incidents.list({ openOnly: false });
    return found !== undefined;
  });
  return found!;
}

const press = (h: TeamsHarness, user: TeamsUser, conversation: string, verb: string, incidentId: string) =>
  h.post(adaptiveCardAction({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user, conversation, verb, data: { incidentId }, replyToId: '1700000000001' }));

const ELSEWHERE = `${TEST_SUPPORT_CHANNEL};messageid=1700000000002`;

describe('Teams card actions only in the helpdesk channel', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness(await backends.make('memory'));
    await outage(h);
    await waitUntil('the card in the helpdesk channel', () => h.fake.activitiesIn(TEST_HELPDESK_CHANNEL).length === 1, 15_000);
  }, 60_000);
  afterAll(async () => {
    await h.close();
  });

  it('Acknowledge, Snooze and Resolve from another channel or a personal chat: refused, nothing changes', async () => {
    const { id } = await theIncident(h);
    for (const conversation of [ELSEWHERE, TEST_SUPPORT_CHANNEL, personalConversationId(APP_ID, ERIN.id)]) {
      for (const verb of ['c500.incident.ack', 'c500.incident.snooze', 'c500.incident.resolve']) {
        const res = await press(h, ERIN, conversation, verb, id);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Only the helpdesk can act on incident cards, in the helpdesk channel. Nothing was changed.' });
      }
    }
    const incident = await theIncident(h);
    expect(incident.state).toBe('open');
    expect(incident.acknowledged).toBeUndefined();
    expect(incident.snoozed).toBeUndefined();
    expect(incident.resolved).toBeUndefined();
    expect(incident.timeline.filter((e) => 'by' in e)).toEqual([]);
  });

  it('the update dialog from another channel neither opens nor sends', async () => {
    const { id } = await theIncident(h);
    const fetched = await h.post(taskFetch({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: ERIN, conversation: ELSEWHERE, data: { msteams: { type: 'task/fetch' }, c500: 'incident.update', incidentId: id } }));
    expect(await fetched.json()).toEqual({ task: { type: 'message', value: expect.stringContaining('Only the helpdesk can act on incident cards') } });
    const submitted = await h.post(taskSubmit({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: ERIN, conversation: ELSEWHERE, data: { c500: 'incident.update.submit', incidentId: id, text: 'All fixed, go home' } }));
    expect(await submitted.json()).toEqual({ task: { type: 'message', value: expect.stringContaining('Only the helpdesk can act on incident cards') } });
    await h.settled();
    expect((await theIncident(h)).timeline.some((e) => e.type === 'note')).toBe(false);
  });

  it('a button naming an incident that does not exist (a guessed id) says so', async () => {
    const res = await press(h, ERIN, TEST_HELPDESK_CHANNEL, 'c500.incident.resolve', 'inc-1');
    expect(await res.json()).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: expect.stringContaining('no longer known') });
    expect((await theIncident(h)).state).toBe('open');
  });

  it('in the helpdesk channel (a thread of it, or the channel itself) the buttons work', async () => {
    const { id } = await theIncident(h);
    const ack = await press(h, ERIN, `${TEST_HELPDESK_CHANNEL};messageid=1700000000003`, 'c500.incident.ack', id);
    expect(await ack.json()).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const resolve = await press(h, ERIN, TEST_HELPDESK_CHANNEL, 'c500.incident.resolve', id);
    expect(await resolve.json()).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(await theIncident(h)).toMatchObject({ state: 'resolved', acknowledged: { by: 'teams:Erin Lindqvist (helpdesk)' }, resolved: { by: 'teams:Erin Lindqvist (helpdesk)' } });
  });
});

describe('Teams without a helpdesk channel', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness(await backends.make('memory'), { env: { TEAMS_HELPDESK_CONVERSATION: '' } });
    await outage(h);
  }, 60_000);
  afterAll(async () => {
    await h.close();
  });

  it('a card button is refused (fail closed), whatever channel it comes from', async () => {
    const { id } = await theIncident(h);
    const res = await press(h, ERIN, TEST_HELPDESK_CHANNEL, 'c500.incident.resolve', id);
    expect(await res.json()).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: expect.stringContaining('none is set up (TEAMS_HELPDESK_CONVERSATION)') });
    expect((await theIncident(h)).state).toBe('open');
  });
});
