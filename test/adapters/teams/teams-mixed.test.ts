import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createTeamsAdapter } from '../../../adapters/teams/create-teams-adapter.ts';
import { webSender } from '../../../adapters/web/web-sender.ts';
import { loadConfig } from '../../../src/config.ts';
import { createMetrics } from '../../../src/metrics.ts';
import { startFakeBotConnector, type FakeBotConnector } from '../../helpers/fake-bot-connector.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { ALICE, BOB, TEST_HELPDESK_CHANNEL, TEST_TENANT_ID } from '../../helpers/teams-activities.ts';
import { Conversation, HELPDESK, startDeskHarness, type DeskHarness } from '../slack/slack-desk-kit.ts';
import { memoryLog } from '../slack/slack-test-kit.ts';
import { APP_ID, APP_PASSWORD, cardOf, teamsEnv, TeamsConversation, textOf, waitUntil, type TeamsHarness } from './teams-kit.ts';

/**
 * One incident with Slack, Teams and web reporters: one card on each configured platform, and
 * each subscriber told on their own platform.
 */
const backends = useStoreBackends();

describe('an incident reported from Slack, Teams and the web', () => {
  let slack: DeskHarness | undefined;
  let fake: FakeBotConnector | undefined;
  let server: Server | undefined;
  afterEach(async () => {
    await slack?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await fake?.close();
  });

  it('one card per platform; the resolve notice reaches each subscriber on their own platform', async () => {
    const store = await backends.make('redis');
    slack = await startDeskHarness(store, { env: { INCIDENT_MIN_REPORTERS: '3', INCIDENT_CARD_MIN_INTERVAL_SECONDS: '0' } });
    fake = await startFakeBotConnector({ appId: APP_ID, appPassword: APP_PASSWORD, tenantId: TEST_TENANT_ID });
    const teams = createTeamsAdapter({ config: loadConfig(teamsEnv(fake)), desk: slack.assembled.desk, outbox: store.outbox, marks: store.threads, logger: memoryLog().logger, metrics: createMetrics() });
    slack.assembled.senders.register('teams', teams.sender);
    slack.assembled.senders.register('web', webSender);
    const app = express();
    app.use(teams.router);
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const teamsSide = { fake, post: (activity: object) => fake!.postActivity(url, activity) } as unknown as TeamsHarness;

    // Slack at the office, Teams at home, the web on the VPN: an outage on three networks.
    const onSlack = new Conversation(slack, 'U0MIXED001');
    await onSlack.start('chatgpt.com shows HTTP ERROR 500 on the office wifi');
    const onTeams = new TeamsConversation(teamsSide, ALICE, { personal: true });
    await onTeams.say('chatgpt.com shows HTTP ERROR 500 at home');
    const web = await slack.assembled.desk.start({ reporter: { id: 'web-1', platform: 'web' }, thread: { platform: 'web', ref: {} }, text: 'chatgpt.com shows HTTP ERROR 500 through the vpn' });
    const late = new TeamsConversation(teamsSide, BOB, { personal: true });
    await late.say('chatgpt.com shows HTTP ERROR 500 on mobile data');

    const [incident] = await slack.assembled.desk.incidents.list({ openOnly: true });
    expect(incident).toMatchObject({ kind: 'upstream', reporters: 4 });
    await waitUntil('a card on Slack and on Teams', () => fake!.activitiesIn(TEST_HELPDESK_CHANNEL).length === 1 && slack!.fake.messagesIn(HELPDESK).filter((m) => !m.threadTs).length === 1, 10_000);

    const conversations = await store.incidents.conversations(incident!.id);
    for (const id of conversations) await slack.assembled.desk.subscribe(id, { deliver: false });
    expect((await slack.assembled.desk.incidents.resolve(incident!.id, 'desk:kim')).ok).toBe(true);

    await waitUntil('the notices', async () => ((await store.incidents.get(incident!.id))?.notify?.sent ?? 0) === 4, 15_000);
    expect(onSlack.posts().filter((p) => String(p.body.text).startsWith('✅ Resolved'))).toHaveLength(1);
    for (const c of [onTeams, late]) expect(c.messages().filter((m) => String(m.activity.text).startsWith('✅ Resolved'))).toHaveLength(1);
    expect((await slack.assembled.desk.get(web.conversationId))!.notices.map((n) => n.text)).toEqual([expect.stringMatching(/^✅ Resolved/)]);
    // Each card ends resolved, on its own platform.
    await waitUntil('both final cards', () => textOf(cardOf(fake!.activitiesIn(TEST_HELPDESK_CHANNEL)[0])).includes('Resolve notice: sent to all 4'), 10_000);
    expect(JSON.stringify(slack.fake.messagesIn(HELPDESK)[0]!.blocks)).toContain('✅');
  }, 60_000);
});
