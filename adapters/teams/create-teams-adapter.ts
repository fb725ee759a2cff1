import type { Router } from 'express';
import type { Config } from '../../src/config.ts';
import type { PlatformSender } from '../../src/delivery/platform-sender.port.ts';
import type { Desk } from '../../src/desk/desk.port.ts';
import type { Logger } from '../../src/logger.ts';
import type { Metrics } from '../../src/metrics.ts';
import type { OutboxStore } from '../../src/outbox/outbox.port.ts';
import type { ThreadIndex } from '../../src/store/store.port.ts';
import { createTeamsEvents } from './create-teams-events.ts';
import { createTeamsFiles, type TeamsFiles } from './teams-files.ts';
import { createTeamsBinding } from './teams-binding.ts';
import { createTeamsConnector } from './teams-connector.ts';
import { createTeamsPacer } from './teams-pacer.ts';
import { teamsRouter } from './teams-router.ts';
import { netcheckLinkFrom } from '../shared/netcheck-link.ts';
import { createTeamsSender } from './teams-sender.ts';
import { createTeamsTokenProvider } from './teams-token-provider.ts';
import { createTeamsTokenVerifier } from './verify-teams-token.ts';
import { AppError } from '../../src/app-error.ts';
import type { BacklogGauge } from '../../src/outbox/backlog-gauge.ts';

export interface TeamsAdapterDeps {
  config: Readonly<Config>;
  desk: Desk;
  /** Where the adapter's own messages go (the store's outbox): answers to commands, notes. */
  outbox: Pick<OutboxStore, 'enqueue'>;
  /** Small shared marks (service URLs seen, users who blocked the bot), kept like thread bindings. */
  marks: Pick<ThreadIndex, 'find' | 'rebind'>;
  logger: Logger;
  metrics: Metrics;
  fetch?: typeof fetch;
  now?: () => number;
  /** Admission control: while it sheds, a new report is counted without its first question. */
  backlog?: Pick<BacklogGauge, 'shedding' | 'shed'>;
  /** Downloads of files attached in personal chat (a HAR); default https only (tests: a local server). */
  files?: TeamsFiles;
}

export interface TeamsAdapter {
  /** POST /api/messages; mount before any body parser. */
  readonly router: Router;
  /** Teams' side of the outbox: register it with `senders.register('teams', adapter.sender)`. */
  readonly sender: PlatformSender;
}

const origin = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
};
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The Teams adapter: the messaging endpoint (token verification, then the Bot Framework SDK's
 * activity handling, in teams-binding.ts), the handlers of personal chats, channel mentions,
 * card buttons and the update dialog, and the sender the outbox delivers through (the Bot
 * Connector REST API with client-credentials tokens, paced per thread).
 */
export function createTeamsAdapter(deps: TeamsAdapterDeps): TeamsAdapter {
  const { config, logger, metrics } = deps;
  const appId = config.TEAMS_APP_ID;
  if (config.teams === 'off' || !appId) throw new AppError('teams.config', 'Teams is not configured (TEAMS_APP_ID)');
  const log = logger.child({ component: 'teams' });
  const now = deps.now ?? Date.now;
  const fetchFn = deps.fetch ?? fetch;
  const tokens = createTeamsTokenProvider({
    appId,
    appType: config.TEAMS_APP_TYPE,
    ...(config.TEAMS_APP_PASSWORD ? { appPassword: config.TEAMS_APP_PASSWORD } : {}),
    ...(config.TEAMS_APP_TENANT_ID ? { tenantId: config.TEAMS_APP_TENANT_ID } : {}),
    ...(config.TEAMS_TOKEN_URL ? { tokenUrl: config.TEAMS_TOKEN_URL } : {}),
    fetch: fetchFn,
    now,
  });
  const verifier = createTeamsTokenVerifier({ appId, openIdMetadataUrl: config.TEAMS_OPENID_METADATA_URL, fetch: fetchFn, now });

  // Outbound calls go only to the configured service URL and to those seen in authenticated
  // activities (recorded in the store, so every replica knows them).
  const seen = new Set([origin(config.TEAMS_SERVICE_URL)]);
  const serviceMark = (o: string) => `teams-service:${o}`;
  async function saw(serviceUrl: string): Promise<void> {
    const o = origin(serviceUrl);
    if (!o || seen.has(o)) return;
    seen.add(o);
    await deps.marks.rebind(serviceMark(o), 'seen');
  }
  async function allowed(serviceUrl: string): Promise<boolean> {
    let url: URL;
    try {
      url = new URL(serviceUrl);
    } catch {
      return false;
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return false;
    if (seen.has(url.origin)) return true;
    if ((await deps.marks.find(serviceMark(url.origin))) !== 'seen') return false;
    seen.add(url.origin);
    return true;
  }

  let helpdeskServiceUrl: string | undefined;
  const blockedMark = (conversationId: string) => `teams-blocked:${conversationId}`;
  const undeliverable = {
    mark: (conversationId: string) => deps.marks.rebind(blockedMark(conversationId), 'blocked'),
    has: async (conversationId: string) => (await deps.marks.find(blockedMark(conversationId))) === 'blocked',
  };

  const connector = createTeamsConnector({
    tokens,
    pacer: createTeamsPacer({ now }),
    allowed,
    fetch: fetchFn,
    onAttempt: (method, outcome) => metrics.chatApiCalls.inc({ platform: 'teams', method, outcome }),
  });
  const netcheckLink = netcheckLinkFrom(config, now);
  const netcheck = netcheckLink ? { netcheckLink } : {};
  const har = { files: deps.files ?? createTeamsFiles(), maxBytes: config.HAR_MAX_BYTES, allowlist: { minimum: config.IT_ALLOWLIST_MINIMUM, broader: config.IT_ALLOWLIST_BROADER } };
  const events = createTeamsEvents({
    ...netcheck,
    config,
    defaultLocale: config.DEFAULT_LOCALE,
    deskLocale: config.deskLocale,
    desk: deps.desk,
    send: async ({ id, lane, payload }) => {
      await deps.outbox.enqueue([{ id, lane, body: { kind: 'direct', platform: 'teams', payload } }]);
    },
    sawHelpdesk: (serviceUrl) => (helpdeskServiceUrl = serviceUrl),
    reachable: async (conversationId) => {
      if (await undeliverable.has(conversationId)) await deps.marks.rebind(blockedMark(conversationId), 'reachable');
    },
    logger: log,
    now,
    ...(deps.backlog ? { backlog: deps.backlog } : {}),
    har,
  });
  const binding = createTeamsBinding({ appId, tokens, openIdMetadataUrl: config.TEAMS_OPENID_METADATA_URL, events });
  const verified = {
    async verify(authorization: string | undefined, activity: { serviceUrl: string; channelId: string }) {
      const verdict = await verifier.verify(authorization, activity);
      if (verdict.ok) await saw(activity.serviceUrl);
      return verdict;
    },
  };
  return {
    router: teamsRouter({ verifier: verified, binding, logger: log }),
    sender: createTeamsSender({ connector, config, helpdeskServiceUrl: () => helpdeskServiceUrl, desk: deps.desk, undeliverable, logger: log, now, defaultLocale: config.DEFAULT_LOCALE, deskLocale: config.deskLocale, har, ...netcheck }),
  };
}
