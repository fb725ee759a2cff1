import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { expect } from 'vitest';
import { createTeamsAdapter, type TeamsAdapter } from '../../../adapters/teams/create-teams-adapter.ts';
import type { TeamsFiles } from '../../../adapters/teams/teams-files.ts';
import { loadConfig, type Config } from '../../../src/config.ts';
import { assembleDesk, type AssembledDesk } from '../../../src/desk/assemble-desk.ts';
import { createMetrics, type Metrics } from '../../../src/metrics.ts';
import type { Store } from '../../../src/store/store.port.ts';
import { startFakeBotConnector, type FakeBotConnector, type StoredActivity } from '../../helpers/fake-bot-connector.ts';
import {
  adaptiveCardAction,
  channelMention,
  channelReply,
  personalConversationId,
  personalMessage,
  TEST_HELPDESK_CHANNEL,
  TEST_TENANT_ID,
  type TeamsUser,
} from '../../helpers/teams-activities.ts';
import { outboxSettled } from '../../helpers/outbox-settled.ts';
import { statusReading } from '../slack/slack-desk-kit.ts';
import { memoryLog } from '../slack/slack-test-kit.ts';

export const APP_ID = '4f2c9a1e-7b3d-4e5f-8a9b-0c1d2e3f4a5b';
export const APP_PASSWORD = 'teams-test-secret-0123456789';

/** The env of a bot whose Teams side talks to `fake` (OpenID metadata, token endpoint, connector). */
export function teamsEnv(fake: FakeBotConnector, extra: Record<string, string> = {}): Record<string, string> {
  return {
    TEAMS_APP_ID: APP_ID,
    TEAMS_APP_PASSWORD: APP_PASSWORD,
    TEAMS_APP_TENANT_ID: TEST_TENANT_ID,
    TEAMS_OPENID_METADATA_URL: fake.openIdMetadataUrl,
    TEAMS_TOKEN_URL: fake.tokenUrl,
    TEAMS_SERVICE_URL: fake.serviceUrl,
    TEAMS_HELPDESK_CONVERSATION: TEST_HELPDESK_CHANNEL,
    INCIDENT_CARD_MIN_INTERVAL_SECONDS: '0',
    DELIVERY_RETRY_MIN_SECONDS: '0.05',
    ...extra,
  };
}

export interface TeamsHarness {
  fake: FakeBotConnector;
  adapter: TeamsAdapter;
  assembled: AssembledDesk;
  store: Store;
  config: Readonly<Config>;
  metrics: Metrics;
  log: ReturnType<typeof memoryLog>;
  url: string;
  /** Posts a signed activity to POST /api/messages. */
  post(activity: object, options?: Parameters<FakeBotConnector['postActivity']>[2]): Promise<Response>;
  settled(): Promise<void>;
  close(): Promise<void>;
}

let harnesses = 0;

/**
 * The real Teams adapter (CloudAdapter, TeamsActivityHandler) over the real desk and outbox, in an
 * express app on 127.0.0.1:0, talking to a fake Bot Framework / Bot Connector on loopback that
 * signs real JWTs with a key of its own and issues real bearer tokens.
 */
export async function startTeamsHarness(
  store: Store,
  options: { fake?: FakeBotConnector; env?: Record<string, string>; consumer?: string; keepStore?: boolean; status?: 'operational' | 'chatgpt_incident'; files?: TeamsFiles } = {},
): Promise<TeamsHarness> {
  const fake = options.fake ?? (await startFakeBotConnector({ appId: APP_ID, appPassword: APP_PASSWORD, tenantId: TEST_TENANT_ID }));
  const config = loadConfig(teamsEnv(fake, options.env));
  const log = memoryLog();
  const metrics = createMetrics();
  const assembled = assembleDesk({ store, status: { current: () => statusReading(options.status ?? 'operational') }, config, consumer: options.consumer ?? `teams-${++harnesses}`, blockMs: 50 });
  const adapter = createTeamsAdapter({ config, desk: assembled.desk, outbox: store.outbox, marks: store.threads, logger: log.logger, metrics, backlog: assembled.backlog, ...(options.files ? { files: options.files } : {}) });
  assembled.senders.register('teams', adapter.sender);
  assembled.start();
  const app = express();
  app.use(adapter.router);
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    fake,
    adapter,
    assembled,
    store,
    config,
    metrics,
    log,
    url,
    post: (activity, postOptions) => fake.postActivity(url, activity, postOptions),
    settled: () => outboxSettled(store),
    async close() {
      await assembled.close(500);
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      if (!options.fake) await fake.close();
      if (!options.keepStore) await store.close();
    },
  };
}

/** The Adaptive Card of a stored activity (its first attachment), or undefined. */
export function cardOf(stored: StoredActivity | undefined): Record<string, unknown> | undefined {
  const attachments = stored?.activity.attachments;
  const first = Array.isArray(attachments) ? (attachments[0] as { content?: unknown } | undefined) : undefined;
  return first && typeof first.content === 'object' && first.content !== null ? (first.content as Record<string, unknown>) : undefined;
}

/** Every action of a card (nested ActionSets and the card's own actions), depth first. */
export function actionsOf(card: unknown): { type: string; title?: string; verb?: string; data?: Record<string, unknown> }[] {
  const out: { type: string; title?: string; verb?: string; data?: Record<string, unknown> }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.type === 'string' && n.type.startsWith('Action.')) out.push(n as { type: string });
      for (const value of Object.values(n)) walk(value);
    }
  };
  walk(card);
  return out;
}

/** All the text of a card or message, for assertions. */
export const textOf = (value: unknown) => JSON.stringify(value ?? '');

/**
 * One reporter's conversation in Teams, driven through signed activities: in their personal chat
 * or in a channel thread; each step waits for the bot's next message there.
 */
export class TeamsConversation {
  readonly conversationId: string;
  constructor(
    readonly h: TeamsHarness,
    readonly user: TeamsUser,
    readonly where: { personal: true } | { channel: string; messageId: string },
  ) {
    this.conversationId = 'personal' in where ? personalConversationId(APP_ID, user.id) : `${where.channel};messageid=${where.messageId}`;
  }

  /** The bot's messages in this conversation, oldest first. */
  messages(): StoredActivity[] {
    return this.h.fake.activitiesIn(this.conversationId);
  }

  last(): StoredActivity {
    const last = this.messages().at(-1);
    expect(last, 'a message from the bot').toBeDefined();
    return last!;
  }

  async #next(send: () => Promise<Response>, what: string): Promise<{ res: Response; message: StoredActivity }> {
    const before = this.messages().length;
    const res = await send();
    expect(res.status, `${what}: ${res.status}`).toBeLessThan(300);
    await waitUntil(what, () => this.messages().length > before);
    return { res, message: this.last() };
  }

  /** Writes to the bot (personal) or @mentions it in the thread (channel); waits for its answer. */
  async say(text: string): Promise<StoredActivity> {
    const serviceUrl = this.h.fake.serviceUrl;
    const activity =
      'personal' in this.where
        ? personalMessage({ serviceUrl, appId: APP_ID, user: this.user, text, conversationId: this.conversationId })
        : this.messages().length === 0
          ? channelMention({ serviceUrl, appId: APP_ID, user: this.user, text, channelId: this.where.channel, messageId: this.where.messageId })
          : channelReply({ serviceUrl, appId: APP_ID, user: this.user, threadConversationId: this.conversationId, text: `<at>chatgpt-500</at> ${text}` });
    return (await this.#next(() => this.h.post(activity), `the answer to "${text}"`)).message;
  }

  /** The fact the latest card asks about (from its answer buttons), or undefined for a verdict. */
  askedFact(): string | undefined {
    const fact = actionsOf(cardOf(this.last())).find((a) => a.verb === 'c500.answer')?.data?.fact;
    return typeof fact === 'string' ? fact : undefined;
  }

  /** Presses the answer button with this value on the latest question; returns the invoke answer and the next message. */
  async press(value: string): Promise<{ invoke: { statusCode?: number; type?: string; value?: unknown }; next: StoredActivity }> {
    const card = cardOf(this.last());
    const button = actionsOf(card).find((a) => a.verb === 'c500.answer' && a.data?.value === value);
    expect(button, `a button "${value}" on the latest card`).toBeDefined();
    const activity = adaptiveCardAction({
      serviceUrl: this.h.fake.serviceUrl,
      appId: APP_ID,
      user: this.user,
      conversation: this.conversationId,
      verb: button!.verb!,
      data: button!.data!,
      replyToId: this.last().id,
    });
    const { res, message } = await this.#next(() => this.h.post(activity), `the turn after "${value}"`);
    return { invoke: (await res.json()) as { statusCode?: number; type?: string; value?: unknown }, next: message };
  }
}

/** Polls until `check` holds (or fails after `timeoutMs`). */
export async function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 8000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}
