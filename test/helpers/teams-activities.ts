import { createHash, randomUUID } from 'node:crypto';

/**
 * Builders of the activities Microsoft Teams sends to a bot's `/api/messages`, shaped like the
 * captured payloads in ../shared/fixtures/teams (vercel-chat_dm_teams.json `dmMessage`,
 * vercel-chat_channel_teams.json `mention` and `channel_post_action`; see
 * teams-activities.test.ts, which holds the builders to those shapes key by key). Every activity
 * has `channelId: 'msteams'`, the given `serviceUrl`, the bot as `recipient` (`28:<appId>`), the
 * user as `from` (`29:…` id, name, aadObjectId), the tenant in `conversation.tenantId` and
 * `channelData.tenant.id`, and a fresh `id` and `timestamp`. `overrides` is merged last (shallow).
 *
 * Adaptive Card Universal Actions (`adaptiveCard/action`) and dialogs (`task/fetch`,
 * `task/submit`) follow the Teams documentation; no captured payload of them was available.
 */

export interface TeamsUser {
  /** The user's id for this bot, `29:…`. */
  id: string;
  name: string;
  /** The user's Entra ID object id. */
  aadObjectId: string;
}

export const ALICE: TeamsUser = {
  id: '29:1aLiCeQx7mD3vPz0kRw9sT2uYb5nHf8jGc4eLo6iAtKpVq1zXyWsUr3mNbOdEa7F',
  name: 'Alice Martin',
  aadObjectId: '6b1f9a3e-2c4d-4e8f-9a01-b2c3d4e5f601',
};
export const BOB: TeamsUser = {
  id: '29:1bOb8Lw2nQ5rTy7uIo9pAs1dFg3hJk5lZx7cVb9nMq2wEr4tYu6iOp8aSd0fGh2J',
  name: 'Bob Okafor',
  aadObjectId: '6b1f9a3e-2c4d-4e8f-9a01-b2c3d4e5f602',
};
export const CAROL: TeamsUser = {
  id: '29:1cArOl3Mv6bNc9xZq2wEr5tYu8iOp1aSd4fGh7jKl0zXc3vBn6mQw9eRt2yUi5oP',
  name: 'Carol Nguyen',
  aadObjectId: '6b1f9a3e-2c4d-4e8f-9a01-b2c3d4e5f603',
};
export const DAN: TeamsUser = {
  id: '29:1dAn0Pq4wEr7tYu0iOp3aSd6fGh9jKl2zXc5vBn8mQw1eRt4yUi7oPa0sDf3gHj6',
  name: 'Dan Kowalski',
  aadObjectId: '6b1f9a3e-2c4d-4e8f-9a01-b2c3d4e5f604',
};
/** A helpdesk agent, the one who presses the incident card's buttons. */
export const ERIN: TeamsUser = {
  id: '29:1eRiN5tYu8iOp1aSd4fGh7jKl0zXc3vBn6mQw9eRt2yUi5oPa8sDf1gHj4kLz7xC',
  name: 'Erin Lindqvist (helpdesk)',
  aadObjectId: '6b1f9a3e-2c4d-4e8f-9a01-b2c3d4e5f605',
};
/** Four reporters and a helpdesk agent. */
export const TEAMS_USERS = { alice: ALICE, bob: BOB, carol: CAROL, dan: DAN, erin: ERIN } as const;

export const TEST_TENANT_ID = '72f988bf-0000-4a1b-9c2d-3e4f5a6b7c8d';
export const TEST_TEAM_ID = '19:Qw3rTy7UiOp1AsDfGhJkLzXcVbNm0123456789AbCdE@thread.tacv2';
/** The helpdesk channel of the test team (a `TEAMS_HELPDESK_CONVERSATION`). */
export const TEST_HELPDESK_CHANNEL = '19:a7c0f3d2e1b94c6a8f5d3e2b1c0a9f8e@thread.tacv2';
/** Another channel of the test team, where reporters @mention the bot. */
export const TEST_SUPPORT_CHANNEL = '19:0d1e2f3a4b5c4d6e8f9a0b1c2d3e4f5a@thread.tacv2';
export const DEFAULT_BOT_NAME = 'chatgpt-500';

export interface TeamsChannelAccount {
  id: string;
  name?: string;
  aadObjectId?: string;
}

export interface TeamsConversationAccount {
  id: string;
  conversationType: 'personal' | 'channel' | 'groupChat';
  tenantId: string;
  isGroup?: boolean;
  name?: string;
}

/** An activity as Teams posts it (the fields the builders set; anything else is allowed). */
export interface TeamsActivity {
  type: string;
  id: string;
  timestamp: string;
  localTimestamp?: string;
  channelId: 'msteams';
  serviceUrl: string;
  from: TeamsChannelAccount;
  conversation: TeamsConversationAccount;
  recipient: TeamsChannelAccount;
  channelData: Record<string, unknown>;
  text?: string;
  textFormat?: string;
  attachments?: { contentType: string; content: unknown }[];
  entities?: Record<string, unknown>[];
  replyToId?: string;
  name?: string;
  value?: unknown;
  locale?: string;
  localTimezone?: string;
  [key: string]: unknown;
}

export interface ActivityBase {
  /** The Bot Connector base URL the bot answers to (a fake connector's `serviceUrl`). */
  serviceUrl: string;
  /** The bot's Microsoft App ID; the recipient is `28:<appId>`. */
  appId: string;
  user: TeamsUser;
  /** Default TEST_TENANT_ID. */
  tenantId?: string;
  /** The bot's display name (recipient.name, the @mention text). Default "chatgpt-500". */
  botName?: string;
  /** Default a fresh id. */
  id?: string;
  /** Default now (ISO 8601). */
  timestamp?: string;
  /** Merged last, shallow. */
  overrides?: Record<string, unknown>;
}

/** The bot's id as Teams addresses it. */
export const botAccountId = (appId: string): string => `28:${appId}`;

/**
 * The personal (1:1) conversation id of a user with a bot, stable for the pair: what a user's
 * messages carry by default and what a fake Bot Connector answers to a 1:1 create.
 */
export function personalConversationId(appId: string, userId: string): string {
  const digest = createHash('sha256').update(`${appId}\n${userId}`).digest('base64url');
  return `a:1${digest}${createHash('sha256').update(digest).digest('base64url').slice(0, 40)}`;
}

/** A channel conversation's id (`19:…@thread.tacv2`) without its `;messageid=…` thread part. */
export const channelOf = (conversationId: string): string => conversationId.split(';messageid=')[0]!;

/** The root message id of a channel thread's conversation id, or undefined. */
export function threadRootOf(conversationId: string): string | undefined {
  const at = conversationId.indexOf(';messageid=');
  return at < 0 ? undefined : conversationId.slice(at + ';messageid='.length);
}

/** A channel thread's conversation id. */
export const threadConversationId = (channelId: string, messageId: string): string => `${channelOf(channelId)};messageid=${messageId}`;

let lastMessageId = 0;
/** Like Teams' message ids: the posting time in ms, made unique. */
export function nextMessageId(): string {
  lastMessageId = Math.max(Date.now(), lastMessageId + 1);
  return String(lastMessageId);
}

/** Like the ids of Teams' card actions and invokes: `f:<uuid>`. */
export const nextInvokeId = (): string => `f:${randomUUID()}`;

function times(timestamp: string | undefined): { timestamp: string; localTimestamp: string } {
  const t = timestamp ?? new Date().toISOString();
  return { timestamp: t, localTimestamp: t.replace(/Z$/, '+00:00') };
}

const clientInfo = (): Record<string, unknown> => ({ locale: 'en-US', country: 'US', platform: 'Web', timezone: 'UTC', type: 'clientInfo' });

function conversationFor(id: string, tenantId: string, name?: string): TeamsConversationAccount {
  if (id.startsWith('19:') && id.includes('@thread')) {
    return { isGroup: true, conversationType: 'channel', tenantId, id, ...(name ? { name } : {}) };
  }
  if (id.startsWith('19:')) return { isGroup: true, conversationType: 'groupChat', tenantId, id };
  return { conversationType: 'personal', tenantId, id };
}

function channelDataFor(conversation: TeamsConversationAccount, tenantId: string, teamId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  if (conversation.conversationType !== 'channel') return { tenant: { id: tenantId }, ...extra };
  return { channel: { id: channelOf(conversation.id) }, team: { id: teamId }, tenant: { id: tenantId }, ...extra };
}

function common(base: ActivityBase, type: string, id: string) {
  return {
    type,
    ...times(base.timestamp),
    id: base.id ?? id,
    channelId: 'msteams' as const,
    serviceUrl: base.serviceUrl,
    from: { id: base.user.id, name: base.user.name, aadObjectId: base.user.aadObjectId },
    recipient: { id: botAccountId(base.appId), name: base.botName ?? DEFAULT_BOT_NAME },
  };
}

const idOf = (conversation: string | { id: string }): string => (typeof conversation === 'string' ? conversation : conversation.id);

/** A message in the user's personal chat with the bot (like the fixture's `dmMessage`). */
export function personalMessage(options: ActivityBase & { text: string; conversationId?: string }): TeamsActivity {
  const tenantId = options.tenantId ?? TEST_TENANT_ID;
  const { localTimestamp: _local, ...head } = common(options, 'message', nextMessageId());
  return {
    text: options.text,
    textFormat: 'plain',
    ...head,
    conversation: { conversationType: 'personal', tenantId, id: options.conversationId ?? personalConversationId(options.appId, options.user.id) },
    channelData: { tenant: { id: tenantId } },
    ...options.overrides,
  };
}

/** The bot installed in a user's personal scope: a `conversationUpdate` whose membersAdded holds the bot. */
export function personalInstall(options: ActivityBase): TeamsActivity {
  const tenantId = options.tenantId ?? TEST_TENANT_ID;
  const { localTimestamp: _local, ...head } = common(options, 'conversationUpdate', nextMessageId());
  return {
    ...head,
    membersAdded: [{ id: botAccountId(options.appId) }],
    conversation: { conversationType: 'personal', tenantId, id: personalConversationId(options.appId, options.user.id) },
    channelData: { tenant: { id: tenantId } },
    ...options.overrides,
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A channel post that @mentions the bot (like the fixture's `mention`): text
 * `<at>Bot</at> text`, a mention entity, conversation id `<channel>;messageid=<id>` (the post
 * starts a reply chain whose root is this message).
 */
export function channelMention(options: ActivityBase & { text: string; channelId: string; messageId?: string; teamId?: string }): TeamsActivity {
  const tenantId = options.tenantId ?? TEST_TENANT_ID;
  const teamId = options.teamId ?? TEST_TEAM_ID;
  const botName = options.botName ?? DEFAULT_BOT_NAME;
  const messageId = options.messageId ?? options.id ?? nextMessageId();
  const channel = channelOf(options.channelId);
  const head = common({ ...options, id: messageId }, 'message', messageId);
  return {
    text: `<at>${botName}</at> ${options.text}`,
    textFormat: 'plain',
    attachments: [
      {
        contentType: 'text/html',
        content: `<p><span itemtype="http://schema.skype.com/Mention" itemscope="" itemid="0">${escapeHtml(botName)}</span>&nbsp;${escapeHtml(options.text)}</p>`,
      },
    ],
    ...head,
    conversation: { isGroup: true, conversationType: 'channel', tenantId, id: threadConversationId(channel, messageId) },
    entities: [{ mentioned: { id: botAccountId(options.appId), name: botName }, text: `<at>${botName}</at>`, type: 'mention' }, clientInfo()],
    channelData: { teamsChannelId: channel, teamsTeamId: teamId, channel: { id: channel }, team: { id: teamId }, tenant: { id: tenantId } },
    locale: 'en-US',
    localTimezone: 'UTC',
    ...options.overrides,
  };
}

/** A reply in a channel thread (same conversation id as the thread, no @mention). */
export function channelReply(options: ActivityBase & { threadConversationId: string; text: string; teamId?: string }): TeamsActivity {
  const tenantId = options.tenantId ?? TEST_TENANT_ID;
  const teamId = options.teamId ?? TEST_TEAM_ID;
  const channel = channelOf(options.threadConversationId);
  const root = threadRootOf(options.threadConversationId);
  return {
    text: options.text,
    textFormat: 'plain',
    attachments: [{ contentType: 'text/html', content: `<p>${escapeHtml(options.text)}</p>` }],
    ...common(options, 'message', nextMessageId()),
    conversation: { isGroup: true, conversationType: 'channel', tenantId, id: options.threadConversationId },
    entities: [clientInfo()],
    channelData: { teamsChannelId: channel, teamsTeamId: teamId, channel: { id: channel }, team: { id: teamId }, tenant: { id: tenantId } },
    ...(root ? { replyToId: root } : {}),
    locale: 'en-US',
    localTimezone: 'UTC',
    ...options.overrides,
  };
}

export interface ActionBase extends ActivityBase {
  /** The conversation the card is in: its id (`a:…`, `19:…;messageid=…`) or its ConversationAccount. */
  conversation: string | { id: string };
  /** The activity id of the card the action was taken on. */
  replyToId: string;
  teamId?: string;
}

/** An Adaptive Card Universal Action (`Action.Execute`) press: an `adaptiveCard/action` invoke. */
export function adaptiveCardAction(options: ActionBase & { verb: string; data: Record<string, unknown>; title?: string }): TeamsActivity {
  const tenantId = options.tenantId ?? TEST_TENANT_ID;
  const conversation = conversationFor(idOf(options.conversation), tenantId);
  return {
    name: 'adaptiveCard/action',
    ...common(options, 'invoke', nextInvokeId()),
    conversation,
    entities: [clientInfo()],
    channelData: channelDataFor(conversation, tenantId, options.teamId ?? TEST_TEAM_ID, { source: { name: 'message' } }),
    replyToId: options.replyToId,
    value: { action: { type: 'Action.Execute', ...(options.title ? { title: options.title } : {}), verb: options.verb, data: options.data }, trigger: 'manual' },
    locale: 'en-US',
    localTimezone: 'UTC',
    ...options.overrides,
  };
}

/** An Action.Submit press: a `message` carrying the card's inputs as `value` (like the fixture's `channel_post_action`). */
export function submitAction(options: ActionBase & { value: Record<string, unknown>; conversationName?: string }): TeamsActivity {
  const tenantId = options.tenantId ?? TEST_TENANT_ID;
  const conversation = conversationFor(idOf(options.conversation), tenantId, options.conversationName);
  return {
    ...common(options, 'message', nextInvokeId()),
    conversation,
    entities: [clientInfo()],
    channelData: channelDataFor(conversation, tenantId, options.teamId ?? TEST_TEAM_ID, { source: { name: 'message' } }),
    replyToId: options.replyToId,
    value: options.value,
    locale: 'en-US',
    localTimezone: 'UTC',
    ...options.overrides,
  };
}

export type DialogOptions = Omit<ActionBase, 'replyToId'> & { data: Record<string, unknown>; replyToId?: string };

function dialogInvoke(name: 'task/fetch' | 'task/submit', options: DialogOptions): TeamsActivity {
  const tenantId = options.tenantId ?? TEST_TENANT_ID;
  const conversation = conversationFor(idOf(options.conversation), tenantId);
  return {
    name,
    ...common(options, 'invoke', nextInvokeId()),
    conversation,
    entities: [clientInfo()],
    channelData: channelDataFor(conversation, tenantId, options.teamId ?? TEST_TEAM_ID, { source: { name: 'message' } }),
    ...(options.replyToId ? { replyToId: options.replyToId } : {}),
    value: { data: options.data, context: { theme: 'default' } },
    locale: 'en-US',
    localTimezone: 'UTC',
    ...options.overrides,
  };
}

/** Opening a dialog (task module) from a card: a `task/fetch` invoke. */
export const taskFetch = (options: DialogOptions): TeamsActivity => dialogInvoke('task/fetch', options);

/** Submitting a dialog's form: a `task/submit` invoke. */
export const taskSubmit = (options: DialogOptions): TeamsActivity => dialogInvoke('task/submit', options);

/** The answer to a FileConsentCard: a `fileConsent/invoke` with the card's context and, on accept, Teams' upload session. */
export function fileConsentInvoke(options: ActionBase & { action: 'accept' | 'decline'; context: unknown; uploadInfo?: Record<string, unknown> }): TeamsActivity {
  const tenantId = options.tenantId ?? TEST_TENANT_ID;
  const conversation = conversationFor(idOf(options.conversation), tenantId);
  return {
    name: 'fileConsent/invoke',
    ...common(options, 'invoke', nextInvokeId()),
    conversation,
    entities: [clientInfo()],
    channelData: channelDataFor(conversation, tenantId, options.teamId ?? TEST_TEAM_ID, { source: { name: 'message' } }),
    replyToId: options.replyToId,
    value: { type: 'fileUpload', action: options.action, context: options.context, ...(options.uploadInfo ? { uploadInfo: options.uploadInfo } : {}) },
    locale: 'en-US',
    localTimezone: 'UTC',
    ...options.overrides,
  };
}
