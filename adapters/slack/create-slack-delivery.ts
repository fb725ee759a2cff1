import { setTimeout as delay } from 'node:timers/promises';
import type { Config } from '../../src/config.ts';
import type { Desk } from '../../src/desk/desk.port.ts';
import type { PlatformSender } from '../../src/delivery/platform-sender.port.ts';
import type { Logger } from '../../src/logger.ts';
import type { Metrics } from '../../src/metrics.ts';
import { netcheckLinkFrom, type NetcheckLink } from '../shared/netcheck-link.ts';
import { createChannelQueue, type ChannelQueue, type ChannelQueueOptions } from './channel-queue.ts';
import { createHelpdeskChannel, type HelpdeskChannel } from './helpdesk-channel.ts';
import { createSlackWebApi, type SlackWebApi } from './create-slack-web-api.ts';
import { createSlackApi, type SlackApi } from './slack-api.ts';
import { createSlackFiles, type SlackFiles } from './slack-files.ts';
import { createSlackLocales, type LocaleCache, type SlackLocales } from './slack-locales.ts';
import { createSlackOutbound } from './slack-outbound.ts';
import { createSlackSender, type DmChannelCache } from './slack-sender.ts';
import { slackUserLocale } from './slack-user-locale.ts';

export interface SlackDeliveryDeps {
  config: Readonly<Config>;
  /** SLACK_BOT_TOKEN (checked by the caller). */
  botToken: string;
  /** What App Home shows (the status and the open incidents). */
  desk: Pick<Desk, 'status' | 'incidents'>;
  /** The Slack adapter's logger (component slack). */
  logger: Logger;
  metrics: Metrics;
  now: () => number;
  dmChannels?: DmChannelCache;
  locales?: LocaleCache;
  queue?: ChannelQueueOptions;
}

export interface SlackDelivery {
  /** Slack's side of the outbox. */
  sender: PlatformSender;
  /** The thin Web API client of the adapter's own calls. */
  client: SlackWebApi;
  /** That client through the per-channel queue (answers inside an interaction). */
  api: SlackApi;
  files: SlackFiles;
  locales: SlackLocales;
  helpdesk: HelpdeskChannel;
  /** HAR files: the download client, the size limit and the allowlist of the IT note. */
  har: { files: SlackFiles; maxBytes: number; allowlist: { minimum: readonly string[]; broader: readonly string[] } };
  netcheck: { netcheckLink?: NetcheckLink };
  /** Lets queued Web API calls finish for up to 5 s, then ends their retries; closes the file client. */
  close(): Promise<void>;
}

/**
 * Slack's outbound half, without bolt: the Web API clients, the per-channel queue, the person's
 * language, the helpdesk channel and the sender the outbox delivers through. The adapter builds it
 * beside its receiver; the delivery thread builds it alone.
 */
export function createSlackDelivery(deps: SlackDeliveryDeps): SlackDelivery {
  const { config, logger: log, metrics, now } = deps;
  const { botToken } = deps;
  const countCall = (method: string, outcome: string) => metrics.chatApiCalls.inc({ platform: 'slack', method, outcome });
  const queue: ChannelQueue = createChannelQueue({
    ...deps.queue,
    logger: log,
    onAttempt: (method, outcome) => {
      countCall(method, outcome);
      deps.queue?.onAttempt?.(method, outcome);
    },
  });
  const apiUrl = config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {};
  const client = createSlackWebApi({ token: botToken, ...apiUrl });
  const api = createSlackApi({ client, queue });
  // HAR files shared in a thread: files.info and the download with the bot token (files:read).
  const files = createSlackFiles({ client, token: botToken, ...apiUrl });
  const outbound = createSlackOutbound({ client, logger: log, now, onAttempt: countCall });
  // users.info is asked while a first message waits to be delivered: a short timeout, and any
  // failure (no users:read, a 429) means the default language for a while (slack-locales.ts).
  const lookupClient = createSlackWebApi({ token: botToken, ...apiUrl, timeoutMs: 2000 });
  const locales = createSlackLocales({
    lookup: (user) => slackUserLocale(lookupClient, user, (outcome) => countCall('users.info', outcome)),
    ...(deps.locales ? { cache: deps.locales } : {}),
    defaultLocale: config.DEFAULT_LOCALE,
    logger: log,
    now,
  });
  const helpdesk = createHelpdeskChannel({ client, logger: log, ...(config.SLACK_HELPDESK_CHANNEL ? { configured: config.SLACK_HELPDESK_CHANNEL } : {}) });
  const netcheckLink = netcheckLinkFrom(config, now);
  const netcheck = netcheckLink ? { netcheckLink } : {};
  const har = { files, maxBytes: config.HAR_MAX_BYTES, allowlist: { minimum: config.IT_ALLOWLIST_MINIMUM, broader: config.IT_ALLOWLIST_BROADER } };
  const sender = createSlackSender({
    outbound,
    har,
    config,
    desk: deps.desk,
    logger: log,
    now,
    ...(config.SLACK_HELPDESK_CHANNEL ? { helpdeskChannel: () => helpdesk.id() } : {}),
    ...(config.SLACK_ANNOUNCE_CHANNEL ? { announceChannel: config.SLACK_ANNOUNCE_CHANNEL } : {}),
    ...(deps.dmChannels ? { dmChannels: deps.dmChannels } : {}),
    locales,
    defaultLocale: config.DEFAULT_LOCALE,
    deskLocale: config.deskLocale,
    ...netcheck,
  });
  return {
    sender,
    client,
    api,
    files,
    locales,
    helpdesk,
    har,
    netcheck,
    async close() {
      helpdesk.stop();
      const drained = await Promise.race([queue.idle().then(() => true), delay(5000, false, { ref: false })]);
      if (!drained) log.warn({ lanes: queue.lanes() }, 'slack calls still queued at stop; ending their retries');
      queue.close();
      await files.close();
    },
  };
}
