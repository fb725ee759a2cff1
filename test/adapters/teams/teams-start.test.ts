import { afterEach, describe, expect, it } from 'vitest';
import { startFakeBotConnector, type FakeBotConnector } from '../../helpers/fake-bot-connector.ts';
import { startFakeStatusServer, type FakeStatusServer } from '../../helpers/fake-status-server.ts';
import { adaptiveCardAction, channelMention, personalConversationId, personalMessage, TEST_HELPDESK_CHANNEL, TEST_TENANT_ID } from '../../helpers/teams-activities.ts';
import { incidentioQuiet } from '../../status/status-payloads.ts';
import { spawnBot } from '../app/helpers/spawn-bot.ts';
import { actionsOf, APP_ID, APP_PASSWORD, cardOf, teamsEnv, textOf, waitUntil } from './teams-kit.ts';

/**
 * `chatgpt-500 start` (what `npm start` runs) as a child process with the Teams variables pointing
 * at a fake Bot Connector on loopback: the banner, a whole personal-chat triage through signed
 * activities, and a helpdesk card in the configured channel.
 */
describe('chatgpt-500 start with Teams configured', () => {
  let fake: FakeBotConnector;
  let status: FakeStatusServer;
  afterEach(async () => {
    await fake?.close();
    await status?.close();
  });

  it('says Teams is on, answers a personal chat to its verdict, and keeps one card per incident in the helpdesk channel', async () => {
    fake = await startFakeBotConnector({ appId: APP_ID, appPassword: APP_PASSWORD, tenantId: TEST_TENANT_ID });
    status = await startFakeStatusServer({ kind: 'json', body: incidentioQuiet() });
    const bot = await spawnBot({ ...teamsEnv(fake), STATUS_URL: status.url, INCIDENT_MIN_REPORTERS: '2' });
    expect(bot.output()).toMatch(/Teams\s+on/);
    expect(bot.output()).toContain('/api/messages');
    expect(bot.output()).not.toContain(APP_PASSWORD);

    // An unsigned request is refused before anything happens.
    const unsigned = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(unsigned.status).toBe(401);

    const serviceUrl = fake.serviceUrl;
    const ask = async (user: { id: string; name: string; aadObjectId: string }, text: string) => {
      const conversationId = personalConversationId(APP_ID, user.id);
      const before = fake.activitiesIn(conversationId).length;
      const res = await fake.postActivity(bot.url, personalMessage({ serviceUrl, appId: APP_ID, user, text, conversationId }));
      expect(res.status).toBeLessThan(300);
      await waitUntil(`an answer to "${text}"`, () => fake.activitiesIn(conversationId).length > before, 15_000);
      return fake.activitiesIn(conversationId).at(-1)!;
    };
    const press = async (user: { id: string; name: string; aadObjectId: string }, value: string) => {
      const conversationId = personalConversationId(APP_ID, user.id);
      const last = fake.activitiesIn(conversationId).at(-1)!;
      const button = actionsOf(cardOf(last)).find((a) => a.verb === 'c500.answer' && a.data?.value === value);
      expect(button, `a "${value}" button`).toBeDefined();
      const before = fake.activitiesIn(conversationId).length;
      const res = await fake.postActivity(
        bot.url,
        adaptiveCardAction({ serviceUrl, appId: APP_ID, user, conversation: conversationId, verb: button!.verb!, data: button!.data!, replyToId: last.id }),
      );
      expect(res.status).toBe(200);
      await waitUntil(`the turn after "${value}"`, () => fake.activitiesIn(conversationId).length > before, 15_000);
      return fake.activitiesIn(conversationId).at(-1)!;
    };

    const answerAll = async (user: { id: string; name: string; aadObjectId: string }, answers: Record<string, string>) => {
      let last = await ask(user, 'chatgpt-500');
      for (let i = 0; i < 10; i += 1) {
        const fact = actionsOf(cardOf(last)).find((a) => a.verb === 'c500.answer')?.data?.fact;
        if (typeof fact !== 'string') return last;
        expect(answers[fact], `an answer for ${fact}`).toBeDefined();
        last = await press(user, answers[fact]!);
      }
      throw new Error('no verdict after ten answers');
    };

    // One reporter, by buttons, to the browser-state verdict.
    const ana = { id: '29:ana-start', name: 'Ana Start', aadObjectId: '0c5b7f1e-1111-4a2b-9c3d-000000000001' };
    const verdict = await answerAll(ana, { surface: 'web', symptom: 'http_500', clean_browser: 'works' });
    expect(textOf(cardOf(verdict))).toMatch(/browser/i);
    // A browser verdict is fixed in the browser: no "Notify me when it's fixed" (issue 15).
    expect(actionsOf(cardOf(verdict)).some((a) => a.verb === 'c500.notify')).toBe(false);

    // Two unexplained 500s from two places (nothing helps, the API fails too) → one card in the helpdesk channel.
    const escalate = { surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office', other_network: 'fails', api_health: 'fails' };
    await answerAll({ id: '29:bo-start', name: 'Bo Start', aadObjectId: '0c5b7f1e-1111-4a2b-9c3d-000000000002' }, escalate);
    await answerAll({ id: '29:cy-start', name: 'Cy Start', aadObjectId: '0c5b7f1e-1111-4a2b-9c3d-000000000003' }, { ...escalate, network: 'home' });
    await waitUntil('a card in the helpdesk channel', () => fake.activitiesIn(TEST_HELPDESK_CHANNEL).length > 0, 15_000);
    expect(fake.activitiesIn(TEST_HELPDESK_CHANNEL)).toHaveLength(1);
    const posted = fake.activitiesIn(TEST_HELPDESK_CHANNEL)[0]!;
    const ack = actionsOf(cardOf(posted)).find((a) => a.verb === 'c500.incident.ack');
    expect(ack?.data?.incidentId).toEqual(expect.any(String));

    // The desk acknowledges from the card: the invoke answer is the refreshed card, the post is edited, not reposted.
    const desk = { id: '29:desk-start', name: 'Dee Desk', aadObjectId: '0c5b7f1e-1111-4a2b-9c3d-000000000009' };
    const pressed = await fake.postActivity(
      bot.url,
      adaptiveCardAction({ serviceUrl, appId: APP_ID, user: desk, conversation: posted.conversationId, verb: 'c500.incident.ack', data: ack!.data!, replyToId: posted.id }),
    );
    expect(pressed.status).toBe(200);
    const answer = (await pressed.json()) as { statusCode?: number; value?: unknown };
    expect(answer.statusCode).toBe(200);
    expect(textOf(answer.value)).toContain('Dee Desk');
    await waitUntil('the card edited in place', () => textOf(cardOf(fake.activitiesIn(TEST_HELPDESK_CHANNEL)[0])).includes('Dee Desk'), 15_000);
    expect(fake.activitiesIn(TEST_HELPDESK_CHANNEL)).toHaveLength(1);

    // A mention in a channel starts a conversation in that thread.
    const channel = '19:general-start@thread.tacv2';
    const thread = `${channel};messageid=1764500000000`;
    await fake.postActivity(bot.url, channelMention({ serviceUrl, appId: APP_ID, user: ana, text: '<at>chatgpt-500</at> help, ChatGPT says HTTP ERROR 500', channelId: channel, messageId: '1764500000000' }));
    await waitUntil('an answer in the channel thread', () => fake.activitiesIn(thread).length > 0, 15_000);

    expect(await bot.stop('SIGTERM')).toBe(0);
  }, 60_000);
});
