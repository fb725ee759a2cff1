import { describe, expect, it } from 'vitest';
import { readSharedFixture } from './shared-fixtures.ts';
import {
  adaptiveCardAction,
  ALICE,
  BOB,
  channelMention,
  channelReply,
  personalConversationId,
  personalMessage,
  submitAction,
  taskFetch,
  taskSubmit,
  TEAMS_USERS,
  TEST_SUPPORT_CHANNEL,
  TEST_TENANT_ID,
  type TeamsActivity,
} from './teams-activities.ts';

/**
 * The activity builders are what the Teams tests post to the bot, so they are held to the
 * payloads Teams really sent (../shared/fixtures/teams, read in place): the same fields at the
 * same places with the same types, and ids of the same forms.
 */

const SERVICE_URL = 'http://127.0.0.1:1/connector/';
const APP_ID = '0a1b2c3d-4e5f-4061-8a9b-0c1d2e3f4a5b';

function fixture(name: string): Record<string, Record<string, unknown>> {
  // Some of the shared files start with a UTF-8 BOM.
  return JSON.parse(readSharedFixture(`teams/${name}`).replace(/^\uFEFF/, '')) as Record<string, Record<string, unknown>>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every field's path ("a.b[].c") with the type of its value. */
function shape(v: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (x: unknown, path: string) => {
    if (path) out.set(path, Array.isArray(x) ? 'array' : x === null ? 'null' : typeof x);
    if (Array.isArray(x)) x.forEach((item) => walk(item, `${path}[]`));
    else if (isRecord(x)) for (const [k, item] of Object.entries(x)) walk(item, path ? `${path}.${k}` : k);
  };
  walk(v, prefix);
  return out;
}

function expectSameShape(built: TeamsActivity, captured: Record<string, unknown>, missingOnPurpose: string[] = []) {
  const b = shape(built);
  const c = shape(captured);
  expect([...c.keys()].filter((k) => !b.has(k)).sort()).toEqual([...missingOnPurpose].sort());
  expect([...b.keys()].filter((k) => !c.has(k))).toEqual([]);
  for (const [path, type] of b) expect(`${path}: ${type}`).toBe(`${path}: ${c.get(path)}`);
}

const THREAD_ID = /^19:[0-9a-z]+@thread\.tacv2;messageid=\d{13}$/;

describe('Teams activity builders', () => {
  const dm = fixture('vercel-chat_dm_teams.json');
  const channel = fixture('vercel-chat_channel_teams.json');

  it('personalMessage has the shape of a captured personal chat message', () => {
    const a = personalMessage({ serviceUrl: SERVICE_URL, appId: APP_ID, user: ALICE, text: 'chatgpt says error 500' });
    expectSameShape(a, dm.dmMessage!);
    expect(a).toMatchObject({
      type: 'message',
      channelId: 'msteams',
      serviceUrl: SERVICE_URL,
      text: 'chatgpt says error 500',
      from: { id: ALICE.id, name: ALICE.name, aadObjectId: ALICE.aadObjectId },
      recipient: { id: `28:${APP_ID}`, name: 'chatgpt-500' },
      conversation: { conversationType: 'personal', tenantId: TEST_TENANT_ID, id: personalConversationId(APP_ID, ALICE.id) },
      channelData: { tenant: { id: TEST_TENANT_ID } },
    });
    expect(a.conversation.id).toMatch(/^a:/);
    expect((dm.dmMessage!.conversation as { id: string }).id).toMatch(/^a:/);
    expect(a.id).toMatch(/^\d{13}$/);
    expect(new Date(a.timestamp).getTime()).toBeGreaterThan(Date.now() - 5000);
    expect(personalMessage({ serviceUrl: SERVICE_URL, appId: APP_ID, user: ALICE, text: 'x', conversationId: 'a:given' }).conversation.id).toBe('a:given');
  });

  it('gives fresh ids and one stable personal conversation per user', () => {
    const one = personalMessage({ serviceUrl: SERVICE_URL, appId: APP_ID, user: ALICE, text: 'a' });
    const two = personalMessage({ serviceUrl: SERVICE_URL, appId: APP_ID, user: ALICE, text: 'b' });
    const bob = personalMessage({ serviceUrl: SERVICE_URL, appId: APP_ID, user: BOB, text: 'c' });
    expect(one.id).not.toBe(two.id);
    expect(one.conversation.id).toBe(two.conversation.id);
    expect(bob.conversation.id).not.toBe(one.conversation.id);
    expect(personalConversationId('another-app', ALICE.id)).not.toBe(one.conversation.id);
    const users = Object.values(TEAMS_USERS);
    expect(new Set(users.map((u) => u.id)).size).toBe(users.length);
    for (const u of users) expect(u.id).toMatch(/^29:1/);
  });

  it('channelMention has the shape of a captured channel @mention and starts a reply chain', () => {
    const a = channelMention({ serviceUrl: SERVICE_URL, appId: APP_ID, user: BOB, text: 'I get <500>', channelId: TEST_SUPPORT_CHANNEL });
    expectSameShape(a, channel.mention!);
    expect(a.text).toBe('<at>chatgpt-500</at> I get <500>');
    expect(a.attachments?.[0]?.content).toContain('&nbsp;I get &lt;500&gt;</p>');
    expect(a.conversation).toEqual({ isGroup: true, conversationType: 'channel', tenantId: TEST_TENANT_ID, id: `${TEST_SUPPORT_CHANNEL};messageid=${a.id}` });
    expect(a.conversation.id).toMatch(THREAD_ID);
    expect((channel.mention!.conversation as { id: string }).id).toMatch(THREAD_ID);
    expect(a.entities?.[0]).toEqual({ mentioned: { id: `28:${APP_ID}`, name: 'chatgpt-500' }, text: '<at>chatgpt-500</at>', type: 'mention' });
    expect(a.channelData).toMatchObject({ channel: { id: TEST_SUPPORT_CHANNEL }, teamsChannelId: TEST_SUPPORT_CHANNEL, tenant: { id: TEST_TENANT_ID } });
    const named = channelMention({ serviceUrl: SERVICE_URL, appId: APP_ID, user: BOB, text: 'x', channelId: TEST_SUPPORT_CHANNEL, messageId: '1700000000001', botName: 'Bot' });
    expect(named.id).toBe('1700000000001');
    expect(named.conversation.id).toBe(`${TEST_SUPPORT_CHANNEL};messageid=1700000000001`);
    expect(named.text).toBe('<at>Bot</at> x');
  });

  it('channelReply stays in the thread, without a mention', () => {
    const root = channelMention({ serviceUrl: SERVICE_URL, appId: APP_ID, user: BOB, text: 'help', channelId: TEST_SUPPORT_CHANNEL });
    const r = channelReply({ serviceUrl: SERVICE_URL, appId: APP_ID, user: BOB, threadConversationId: root.conversation.id, text: 'yes' });
    expect(r.conversation.id).toBe(root.conversation.id);
    expect(r.text).toBe('yes');
    expect(r.id).not.toBe(root.id);
    expect(r.replyToId).toBe(root.id);
    expect(r.entities?.some((e) => e.type === 'mention')).toBe(false);
    expect(r.channelData).toMatchObject({ channel: { id: TEST_SUPPORT_CHANNEL }, tenant: { id: TEST_TENANT_ID } });
  });

  it('submitAction has the shape of a captured Action.Submit (but the legacy reply id)', () => {
    const thread = `${TEST_SUPPORT_CHANNEL};messageid=1700000000002`;
    const a = submitAction({ serviceUrl: SERVICE_URL, appId: APP_ID, user: BOB, conversation: thread, conversationName: 'Support', value: { actionId: 'answer' }, replyToId: '1700000000003' });
    expectSameShape(a, channel.channel_post_action!, ['channelData.legacy', 'channelData.legacy.replyToId']);
    expect(a).toMatchObject({ type: 'message', replyToId: '1700000000003', value: { actionId: 'answer' }, conversation: { id: thread, conversationType: 'channel' } });
    expect(a.id).toMatch(/^f:[0-9a-f-]{36}$/);
    expect(String(channel.channel_post_action!.id)).toMatch(/^f:[0-9a-f-]{36}$/);
    const personal = submitAction({ serviceUrl: SERVICE_URL, appId: APP_ID, user: ALICE, conversation: { id: 'a:x' }, value: { k: 1 }, replyToId: '1' });
    expect(personal.conversation).toEqual({ conversationType: 'personal', tenantId: TEST_TENANT_ID, id: 'a:x' });
    expect(personal.channelData).toEqual({ tenant: { id: TEST_TENANT_ID }, source: { name: 'message' } });
  });

  it('adaptiveCardAction is an adaptiveCard/action invoke with an Action.Execute', () => {
    const thread = `${TEST_SUPPORT_CHANNEL};messageid=1700000000004`;
    const a = adaptiveCardAction({ serviceUrl: SERVICE_URL, appId: APP_ID, user: BOB, conversation: thread, verb: 'ack', data: { incident: 'inc-1' }, replyToId: '1700000000005' });
    expect(a).toMatchObject({
      type: 'invoke',
      name: 'adaptiveCard/action',
      channelId: 'msteams',
      replyToId: '1700000000005',
      value: { action: { type: 'Action.Execute', verb: 'ack', data: { incident: 'inc-1' } }, trigger: 'manual' },
      conversation: { id: thread, conversationType: 'channel', isGroup: true, tenantId: TEST_TENANT_ID },
      channelData: { channel: { id: TEST_SUPPORT_CHANNEL }, tenant: { id: TEST_TENANT_ID } },
      recipient: { id: `28:${APP_ID}` },
    });
    const overridden = adaptiveCardAction({ serviceUrl: SERVICE_URL, appId: APP_ID, user: BOB, conversation: thread, verb: 'ack', data: {}, replyToId: '1', overrides: { locale: 'de-DE' } });
    expect(overridden.locale).toBe('de-DE');
  });

  it('taskFetch and taskSubmit are dialog invokes carrying the data and the context', () => {
    const base = { serviceUrl: SERVICE_URL, appId: APP_ID, user: BOB, conversation: 'a:x', data: { verb: 'update' } };
    expect(taskFetch(base)).toMatchObject({ type: 'invoke', name: 'task/fetch', value: { data: { verb: 'update' }, context: { theme: 'default' } } });
    expect(taskSubmit({ ...base, replyToId: '9' })).toMatchObject({ type: 'invoke', name: 'task/submit', replyToId: '9', value: { data: { verb: 'update' }, context: { theme: 'default' } } });
    expect(taskFetch(base)).not.toHaveProperty('replyToId');
  });
});
