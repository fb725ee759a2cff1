import type { Config } from '../../src/config.ts';
import { assembleDesk } from '../../src/desk/assemble-desk.ts';
import type { Desk, Platform } from '../../src/desk/desk.port.ts';
import type { OutboxStore } from '../../src/outbox/outbox.port.ts';
import type { Logger } from '../../src/logger.ts';
import type { Metrics } from '../../src/metrics.ts';
import type { PlatformSender } from '../../src/delivery/platform-sender.port.ts';
import { createWaitingRequests } from '../../src/delivery/waiting-requests.ts';
import { createStatusService } from '../../src/status/create-status-service.ts';
import type { StatusReading } from '../../src/status/build-status-reading.ts';
import { createStore } from '../../src/store/create-store.ts';
import type { Store } from '../../src/store/store.port.ts';
import { incidentBoardFrom } from '../web/incident-board-from.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { webSender } from '../web/web-sender.ts';
import type { IncidentBoard } from '../web/incident-board.port.ts';
import type { MountedRouter } from './create-http-app.ts';
import type { ReadinessCheck } from './readiness.ts';
import { statusReadiness } from './status-readiness.ts';
import { storeReadiness } from './store-readiness.ts';
import { trackDeskCalls } from './track-desk-calls.ts';
import { placeDelivery } from './place-delivery.ts';

/** Everything the HTTP server and the shutdown need from the rest of the bot. */
export interface BotParts {
  desk: Desk;
  incidents?: IncidentBoard;
  readStatus?: () => StatusReading;
  /** /readyz: the store's ping, the status reader's state. */
  readiness: ReadinessCheck[];
  /** Chat platform routers (Slack's /slack/events), mounted before the body parser. */
  routers: MountedRouter[];
  /** What the web adapter keeps in the store: the shared session key, reporters per address. */
  webStore: Pick<Store, 'secrets' | 'limits'>;
  /** The outbox as the board shows it (entries waiting, dead letters). */
  outbox?: OutboxStore;
  /**
   * Shutdown steps after the HTTP server has drained, in order: finish chat turns in flight,
   * stop the outbox worker (deliveries in flight get the grace period, the rest stays for the
   * other replicas), stop the status poller, stop Slack, close the store (Redis).
   */
  closers: { name: string; close: () => unknown; timeoutMs?: number }[];
  /** Starts background work (status polling, the sweep timer, Socket Mode) once the server listens. */
  start?: () => Promise<void>;
  /** Before each /metrics scrape: sets the gauges read from the store. */
  onScrape?: () => Promise<void>;
  /** More metrics for each scrape (prom-client JSON), added to the process's own: the delivery thread's. */
  moreMetrics?: () => Promise<Record<string, unknown>[]>;
}

export interface ComposeDeps {
  logger: Logger;
  metrics: Metrics;
  /** More platform senders for the outbox (turns, notices, cards), e.g. Teams. */
  senders?: { platform: Platform; sender: PlatformSender }[];
  /** How often quiet incidents are resolved (default 30 s). */
  sweepIntervalMs?: number;
  /**
   * The environment the config was read from: with it, the outbox worker may run in a worker
   * thread that reads the same config (config.delivery, place-delivery.ts); without it, always in
   * this thread.
   */
  env?: Record<string, string | undefined>;
}

export type ComposeBot = (config: Readonly<Config>, deps: ComposeDeps) => Promise<BotParts>;

const definedOnly = (env: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));

const INCIDENT_KINDS = ['upstream', 'network_local', 'api'] as const;

/**
 * Builds the bot from the config: the store (memory, or Redis / Sentinel / Cluster), the status
 * service, the desk with its outbox worker and the platform senders, the incident board for the
 * web, and Slack when it is configured. Nothing is fetched or connected here except the store:
 * the status page is read in the background once `start` runs, so an unreachable status page
 * never holds up the start; the outbox worker starts after the chat adapters did.
 */
export const composeBot: ComposeBot = async (config, deps) => {
  const { logger, metrics } = deps;
  const store = await createStore(config, { logger });
  const status = createStatusService({
    config,
    logger: logger.child({ component: 'status' }),
    onFetch: (result) => metrics.statusFetches.inc({ result }),
  });
  // Slack's events between receipt and ack: the outbox worker gives way to them.
  const waiting = createWaitingRequests();
  const assembled = assembleDesk({ store, status, config, logger, metrics, waiting });
  // The outbox worker in this thread or in one of its own (DELIVERY_THREAD): acks keep this event loop.
  const delivery = placeDelivery({ config, env: deps.env && definedOnly(deps.env), assembled, logger, status: () => status.current() });
  const tracked = trackDeskCalls(assembled.desk);
  const background = new Set<Promise<void>>();
  const inBackground = (what: string, work: () => Promise<void>) => {
    const run = work().catch((error: unknown) => logger.error({ err: error }, `${what} failed`));
    background.add(run);
    void run.finally(() => background.delete(run));
  };

  status.onReading((reading) => {
    delivery.status(status.current());
    inBackground('reconciling incidents with the status page', () => assembled.desk.reconcileStatus(reading));
  });
  assembled.senders.register('web', webSender);
  for (const extra of deps.senders ?? []) assembled.senders.register(extra.platform, extra.sender);

  // The chat SDKs are loaded only when their platform is on (they cost start-up time and memory:
  // @slack/bolt about 34 MB, the Bot Framework SDK about 40 MB).
  const slack =
    config.slack === 'off'
      ? undefined
      : (await import('../slack/create-slack-adapter.ts')).createSlackAdapter({ config, desk: tracked.desk, outbox: store.outbox, logger, metrics, claims: store.events, dmChannels: store.threads, locales: store.threads, latest: store.threads, backlog: assembled.backlog, waiting });
  if (slack) assembled.senders.register('slack', slack.sender);
  const teams = config.teams === 'off' ? undefined : (await import('../teams/create-teams-adapter.ts')).createTeamsAdapter({ config, desk: tracked.desk, outbox: store.outbox, marks: store.threads, logger, metrics, backlog: assembled.backlog });
  if (teams) assembled.senders.register('teams', teams.sender);
  const graceMs = config.SHUTDOWN_GRACE_SECONDS * 1000;

  let sweepTimer: NodeJS.Timeout | undefined;
  let sweeping = false;
  const sweep = () => {
    if (sweeping) return;
    sweeping = true;
    inBackground('the incident sweep', async () => {
      try {
        await assembled.desk.sweep();
      } finally {
        sweeping = false;
      }
    });
  };

  return {
    desk: tracked.desk,
    incidents: incidentBoardFrom({ incidents: tracked.desk.incidents, outbox: store.outbox, messages: messagesFor(config.deskLocale), readStatus: () => status.current() }),
    readStatus: () => status.current(),
    outbox: store.outbox,
    webStore: store,
    readiness: [
      { name: 'store', check: () => storeReadiness(store) },
      { name: 'status', check: () => statusReadiness(status.current()) },
    ],
    // The chat routers carry their own paths (POST /slack/events, POST /api/messages) and read
    // their bodies themselves, before the web API's parser and rate limit.
    routers: [...(slack?.router ? [{ path: '/', handler: slack.router, ...(slack.direct ? { direct: slack.direct } : {}) }] : []), ...(teams ? [{ path: '/', handler: teams.router }] : [])],
    async start() {
      status.start();
      sweepTimer = setInterval(sweep, deps.sweepIntervalMs ?? 30_000);
      sweepTimer.unref();
      await slack?.start();
      await delivery.start();
    },
    ...(config.delivery === 'thread' ? { moreMetrics: () => delivery.metrics() } : {}),
    async onScrape() {
      const open = await assembled.desk.incidents.list({ openOnly: true });
      for (const kind of INCIDENT_KINDS) metrics.incidentsOpen.set({ kind }, open.filter((i) => i.kind === kind).length);
      const outbox = await store.outbox.stats();
      metrics.outboxEntries.set({ state: 'ready' }, outbox.ready);
      metrics.outboxEntries.set({ state: 'in_flight' }, outbox.inFlight);
      metrics.outboxEntries.set({ state: 'delayed' }, outbox.delayed);
      metrics.outboxEntries.set({ state: 'dead' }, outbox.dead);
    },
    closers: [
      {
        name: 'desk: finish turns and background work in flight',
        close: async () => {
          clearInterval(sweepTimer);
          await tracked.idle();
          while (background.size > 0) await Promise.all([...background]);
        },
      },
      { name: 'outbox: stop taking entries, finish deliveries in flight (the rest stays for the other replicas)', close: () => delivery.stop(graceMs), timeoutMs: graceMs + 5000 },
      { name: 'status: stop polling', close: () => status.stop() },
      ...(slack ? [{ name: 'slack: stop', close: () => slack.stop() }] : []),
      { name: `store: close (${store.kind})`, close: () => store.close() },
    ],
  };
};
