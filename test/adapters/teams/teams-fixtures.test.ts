import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readSharedFixture } from '../../helpers/shared-fixtures.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { APP_ID, startTeamsHarness, textOf, waitUntil, type TeamsHarness } from './teams-kit.ts';

/**
 * Activities captured from real Teams traffic (../shared/fixtures/teams), sent byte for byte as
 * they were recorded (the officedev files keep their UTF-8 byte order mark) except for the
 * addresses a test must own: the service URL (the fake Bot Connector) and the bot's id (this
 * app). Each is signed like the Bot Framework signs, and must be handled as Teams means it.
 */
const backends = useStoreBackends();

const BOT_IDS = ['28:f7c72d1a-9892-42b7-8fe0-6fb6e7c85851', '28:00000000-1111-2222-3333-444444444444', '28:11111111-2222-3333-4444-555555555555'];
const SERVICE_URLS = ['https://smba.trafficmanager.net/amer-client-ss.msg/', 'https://smba.trafficmanager.net/amer/a1b2c3d4-e5f6-7890-abcd-ef1234567890/'];

describe('captured Teams activities', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness(await backends.make('memory'));
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => h.fake.reset());

  /** The fixture's text with our addresses in place of the recorded ones (everything else as captured). */
  function rewrite(raw: string): string {
    let out = raw;
    for (const id of BOT_IDS) out = out.split(id).join(`28:${APP_ID}`);
    for (const url of SERVICE_URLS) out = out.split(url).join(h.fake.serviceUrl);
    return out;
  }

  async function post(body: string): Promise<Response> {
    const token = await h.fake.signToken({ serviceUrl: h.fake.serviceUrl });
    return fetch(`${h.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${token}` }, body });
  }

  /** One activity of a composite fixture, as JSON text. */
  const part = (file: string, key: string) => rewrite(JSON.stringify((JSON.parse(readSharedFixture(`teams/${file}`)) as Record<string, unknown>)[key]));
  /** The conversation id of a composite fixture's activity. */
  const conversationOf = (file: string, key: string) => (JSON.parse(part(file, key)) as { conversation: { id: string } }).conversation.id;

  it('a 2017 channel @mention, with its byte order mark: the report starts in that reply chain', async () => {
    const raw = rewrite(readSharedFixture('teams/officedev_SampleActivityAtMention.json'));
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const res = await post(raw);
    expect(res.status).toBe(200);
    const thread = '19:ThreadID@thread.skype;messageid=1400900100700';
    await waitUntil('the first question in the thread', () => h.fake.activitiesIn(thread).length === 1);
    expect(textOf(h.fake.activitiesIn(thread)[0]!.activity)).toContain('Where does ChatGPT fail for you?');
  });

  it('an invoke the bot does not offer (a messaging-extension query): a clear answer, not a crash, nothing sent', async () => {
    const res = await post(rewrite(readSharedFixture('teams/officedev_SampleActivityInvoke.json')));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: expect.stringContaining('does not offer') });
    await h.settled();
    expect(h.fake.callsTo('send')).toEqual([]);
  });

  it.each([
    ['vercel-chat_channel_teams.json', 'mention'],
    ['vercel-chat_actions-reactions_teams.json', 'mention'],
    ['vercel-chat_dm_teams.json', 'dmRequest'],
  ])('%s %s (a channel message to the bot): a report in its reply chain', async (file, key) => {
    const res = await post(part(file, key));
    expect(res.status).toBe(200);
    const thread = conversationOf(file, key);
    expect(thread).toMatch(/^19:.*@thread\.tacv2;messageid=\d+$/);
    await waitUntil('a question in the thread', () => h.fake.activitiesIn(thread).length >= 1);
  });

  it('vercel-chat dmMessage (a personal chat): the first question in that chat', async () => {
    const res = await post(part('vercel-chat_dm_teams.json', 'dmMessage'));
    expect(res.status).toBe(200);
    const chat = conversationOf('vercel-chat_dm_teams.json', 'dmMessage');
    await waitUntil('the first question', () => h.fake.activitiesIn(chat).length === 1);
    expect(textOf(h.fake.activitiesIn(chat)[0]!.activity)).toContain('Where does ChatGPT fail for you?');
  });

  it.each([
    ['vercel-chat_channel_teams.json', 'channel_post_action'],
    ['vercel-chat_actions-reactions_teams.json', 'action'],
    ['vercel-chat_actions-reactions_teams.json', 'reaction'],
  ])("%s %s (another app's card button, a reaction): accepted and ignored", async (file, key) => {
    const res = await post(part(file, key));
    expect(res.status).toBe(200);
    await h.settled();
    expect(h.fake.callsTo('send')).toEqual([]);
  });
});
