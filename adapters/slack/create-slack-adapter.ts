import { App, SocketModeReceiver, type Receiver } from '@slack/bolt';
import type { Express, Router } from 'express';
import type { DirectRoute } from '../shared/direct-route.ts';
import type { Config } from '../../src/config.ts';
import type { Desk } from '../../src/desk/desk.port.ts';
import type { BacklogGauge } from '../../src/outbox/backlog-gauge.ts';
import type { Logger } from '../../src/logger.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import type { Metrics } from '../../src/metrics.ts';
import { toBoltLogger } from './bolt-logger.ts';
import type { ChannelQueueOptions } from './channel-queue.ts';
import { createSlackHttpReceiver, type SlackHttpReceiver } from './create-slack-http-receiver.ts';
import { createSlackWebApi } from './create-slack-web-api.ts';
import { SlackAdapterError } from './slack-adapter-error.ts';
import { slackClientOptions } from './slack-client-options.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';
import type { PlatformSender } from '../../src/delivery/platform-sender.port.ts';
import type { OutboxStore } from '../../src/outbox/outbox.port.ts';
import type { WaitingRequests } from '../../src/delivery/waiting-requests.ts';
import { createMemoryDeliveryClaims, type DeliveryClaims } from './delivery-claims.ts';
import { createHelpdeskAccess } from './helpdesk-access.ts';
import type { HelpdeskChannel } from './helpdesk-channel.ts';
import { createHelpdeskMembers, type HelpdeskMembersOptions } from './helpdesk-members.ts';
import { createLatestConversations, type LatestCache } from './latest-conversations.ts';
import type { DmChannelCache } from './slack-sender.ts';
import type { SlackApi } from './slack-api.ts';
import type { LocaleCache } from './slack-locales.ts';
import { createSlackDelivery } from './create-slack-delivery.ts';
import { registerSlackListeners, type SlackApps } from './register-slack-listeners.ts';

/** Where Slack sends everything in HTTP mode: events, interactivity and the slash command. */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAdapterDeps {
  config: Readonly<Config>;
  desk: Desk;
  /** Where the adapter's own messages go (the store's outbox): ephemeral notes, Home refreshes. */
  outbox: Pick<OutboxStore, 'enqueue'>;
  logger: Logger;
  metrics: Metrics;
  /**
   * HTTP mode: the bot's express app; the Slack router is mounted into it at once, so create the
   * adapter before any body parser is added to the app. Without it, mount `adapter.router`.
   */
  app?: Express;
  /**
   * De-duplication of deliveries the desk does not de-duplicate itself (card buttons, "Notify me",
   * modal submissions, DM hints). Pass the store's `events` so every replica shares it; default
   * in memory (one process).
   */
  claims?: DeliveryClaims;
  /**
   * Where each person's DM channel id is kept once conversations.open named it (the store's
   * `threads`, shared by the replicas), so a report usually costs no conversations.open call;
   * without it, every report opens the DM.
   */
  dmChannels?: DmChannelCache;
  /**
   * Where each person's language (users.info's locale) is kept, with its own expiry (the store's
   * `threads`, shared by the replicas), so a person's locale is asked of Slack about once a day;
   * without it, every conversation's first message asks.
   */
  locales?: LocaleCache;
  /**
   * Where each person's latest conversation is kept (the store's `threads`, shared by the
   * replicas), for `/chatgpt-500 report`; without it, in this process's memory.
   */
  latest?: LatestCache;
  /** Clock for request signatures and card times. */
  now?: () => number;
  /** Admission control: while it sheds, a slash command's report is counted without its first question. */
  backlog?: Pick<BacklogGauge, 'shedding' | 'shed'>;
  queue?: ChannelQueueOptions;
  /** HTTP mode: each event counts as waiting from receipt to its answer (the outbox worker gives way meanwhile). */
  waiting?: Pick<WaitingRequests, 'enter'>;
  /** How long the SLACK_HELPDESK_USERGROUP member list is kept (defaults: 60 s, asked again at most every 5 s). */
  helpdeskMembers?: HelpdeskMembersOptions;
}

export interface SlackAdapter {
  readonly mode: 'http' | 'socket';
  /** HTTP mode: POST /slack/events (the adapter's bolt receiver: verifies, parses, acks). Mount before body parsers. */
  readonly router: Router | undefined;
  /**
   * HTTP mode: the router's one route, for a server that answers it ahead of express's routing
   * (the bot's, answerDirectRoutes): the same handler on node's request and response.
   */
  readonly direct: DirectRoute | undefined;
  /** The adapter's Web API for answers inside an interaction (views.open), through the per-channel queue. */
  readonly api: SlackApi;
  /** Slack's side of the outbox: register it with `senders.register('slack', adapter.sender)`. */
  readonly sender: PlatformSender;
  /** The helpdesk channel (its id once resolved). */
  readonly helpdesk: HelpdeskChannel;
  /**
   * HTTP: resolves a helpdesk channel given by name (conversations.list), else no Web API call.
   * Socket Mode: also connects (apps.connections.open). Throws `slack.config` when the helpdesk
   * channel does not exist for the bot.
   */
  start(): Promise<void>;
  /** Disconnects (Socket Mode), lets queued Web API calls finish for up to 5 s, then ends retries. */
  stop(): Promise<void>;
}

/**
 * The Slack adapter on @slack/bolt over the desk. HTTP mode when SLACK_SIGNING_SECRET is set,
 * Socket Mode when SLACK_APP_TOKEN is (config.slack). Makes no Web API call while starting in HTTP
 * mode: bolt's auth.test is avoided with an `authorize` function that returns the bot token.
 */
export function createSlackAdapter(deps: SlackAdapterDeps): SlackAdapter {
  const { config, logger, metrics } = deps;
  const botToken = config.SLACK_BOT_TOKEN;
  if (config.slack === 'off' || !botToken) throw new SlackAdapterError('slack.config', 'Slack is not configured (SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET or SLACK_APP_TOKEN)');
  const log = logger.child({ component: 'slack' });
  const boltLogger = toBoltLogger(log);
  const clientOptions = slackClientOptions({ ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}), logger: boltLogger });

  const now = deps.now ?? Date.now;
  // The outbound half (Web API clients, the per-channel queue, languages, the helpdesk channel,
  // the sender): the adapter's own Web API calls go through a thin undici client; bolt keeps its
  // WebClient for what it does itself (see slackClientOptions).
  const delivery = createSlackDelivery({
    config,
    botToken,
    desk: deps.desk,
    logger: log,
    metrics,
    now,
    ...(deps.dmChannels ? { dmChannels: deps.dmChannels } : {}),
    ...(deps.locales ? { locales: deps.locales } : {}),
    ...(deps.queue ? { queue: deps.queue } : {}),
  });
  const { api, helpdesk, locales, sender, netcheck } = delivery;
  const harOptions = delivery.har;

  let router: Router | undefined;
  let direct: SlackAdapter['direct'];
  let receiver: SlackHttpReceiver | SocketModeReceiver;
  if (config.slack === 'http') {
    const signingSecret = config.SLACK_SIGNING_SECRET;
    if (!signingSecret) throw new SlackAdapterError('slack.config', 'SLACK_SIGNING_SECRET is required in HTTP mode');
    receiver = createSlackHttpReceiver({ signingSecret, path: SLACK_EVENTS_PATH, logger: log, ...(deps.now ? { now: deps.now } : {}), ...(deps.waiting ? { waiting: deps.waiting } : {}) });
    router = receiver.router;
    direct = { method: 'POST', path: SLACK_EVENTS_PATH, handle: receiver.handle };
    if (deps.app) deps.app.use(router);
  } else {
    const appToken = config.SLACK_APP_TOKEN;
    if (!appToken) throw new SlackAdapterError('slack.config', 'SLACK_APP_TOKEN is required in Socket Mode');
    // The socket client retries apps.connections.open itself (a reconnect that meets one 5xx must
    // try again, for about ten minutes); the adapter's no-retry options are for its own calls.
    receiver = new SocketModeReceiver({
      appToken,
      logger: boltLogger,
      installerOptions: {
        clientOptions: { ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}), retryConfig: { retries: 10, factor: 2, minTimeout: 500, maxTimeout: 60_000, randomize: true } },
      },
    });
  }

  const newApp = (appReceiver: Receiver): App => {
    const app = new App({
      receiver: appReceiver,
      // Returning the token ourselves means bolt never calls auth.test (neither at start nor per event).
      authorize: async () => ({ botToken }),
      // ignoreSelf needs the bot's ids (auth.test); the message handler skips every bot message instead.
      ignoreSelf: false,
      convoStore: false,
      logger: boltLogger,
      clientOptions,
    });
    app.error(async (error) => {
      // HTTP mode: back to the receiver, which logs it and answers 500 when nothing was acked yet.
      if (config.slack === 'http') throw error;
      log.error({ err: error }, 'slack handler failed');
    });
    return app;
  };
  // HTTP mode: an App per kind of delivery (the receiver's lanes), so each event runs only its
  // kind's listeners; Socket Mode: one App, which owns the socket.
  let socketApp: App | undefined;
  let apps: SlackApps;
  if (receiver instanceof SocketModeReceiver) {
    socketApp = newApp(receiver);
    apps = { command: socketApp, action: socketApp, view: socketApp, event: socketApp };
  } else {
    apps = lanesOf(receiver, newApp);
  }

  // Membership is asked while a click waits (the update modal's trigger lives 3 s): a short timeout.
  const members = config.SLACK_HELPDESK_USERGROUP
    ? createHelpdeskMembers({
        client: createSlackWebApi({ token: botToken, ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}), timeoutMs: 2000 }),
        usergroup: config.SLACK_HELPDESK_USERGROUP,
        logger: log,
        now,
        ...(deps.helpdeskMembers ? { options: deps.helpdeskMembers } : {}),
      })
    : undefined;
  const access = createHelpdeskAccess({ helpdesk, configured: config.SLACK_HELPDESK_CHANNEL !== undefined, ...(members ? { members } : {}), m: messagesFor(config.deskLocale) });
  const handlerDeps: SlackHandlerDeps = {
    config,
    desk: deps.desk,
    api,
    send: async ({ id, lane, payload }) => {
      await deps.outbox.enqueue([{ id, lane, body: { kind: 'direct', platform: 'slack', payload } }]);
    },
    claims: deps.claims ?? createMemoryDeliveryClaims({ now }),
    access,
    logger: log,
    now,
    ...(deps.backlog ? { backlog: deps.backlog } : {}),
    locales,
    latest: createLatestConversations({ ...(deps.latest ? { cache: deps.latest } : {}), logger: log }),
    defaultLocale: config.DEFAULT_LOCALE,
    deskLocale: config.deskLocale,
    har: harOptions,
    ...netcheck,
  };
  registerSlackListeners(apps, handlerDeps);

  let started = false;
  return {
    mode: config.slack,
    router,
    direct,
    api,
    sender,
    helpdesk,
    async start() {
      if (started) return;
      await helpdesk.resolve();
      if (socketApp) await socketApp.start();
      started = true;
      log.info({ mode: config.slack, apiUrl: config.SLACK_API_URL ?? 'https://slack.com/api/' }, 'slack adapter started');
    },
    async stop() {
      if (started && socketApp) await socketApp.stop();
      started = false;
      await delivery.close();
    },
  };
}

/** One bolt App per kind of delivery, each on its lane of the HTTP receiver. */
function lanesOf(receiver: SlackHttpReceiver, newApp: (lane: Receiver) => App): SlackApps {
  return {
    command: newApp(receiver.lane('command')),
    action: newApp(receiver.lane('block_actions')),
    view: newApp(receiver.lane('view_submission')),
    event: newApp(receiver.lane('event')),
  };
}
