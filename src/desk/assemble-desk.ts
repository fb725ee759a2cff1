import { allowlistOf } from './desk-context.ts';
import { hostname } from 'node:os';
import type { Config } from '../config.ts';
import { createDispatcher } from '../delivery/create-dispatcher.ts';
import { createDeliveryWorker, type DeliveryWorker } from '../delivery/delivery-worker.ts';
import { SenderRegistry } from '../delivery/sender-registry.ts';
import type { WaitingRequests } from '../delivery/waiting-requests.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { createBacklogGauge, type BacklogGauge } from '../outbox/backlog-gauge.ts';
import type { StatusReading } from '../status/build-status-reading.ts';
import type { Store } from '../store/store.port.ts';
import { createDesk, type DeskConfig, type DeskService } from './create-desk.ts';

export type DeliveryConfig = Pick<
  Config,
  | 'INCIDENT_CARD_MIN_INTERVAL_SECONDS'
  | 'DEFAULT_LOCALE'
  | 'deskLocale'
  | 'DELIVERY_CONCURRENCY'
  | 'DELIVERY_CLAIM_SECONDS'
  | 'DELIVERY_MAX_ATTEMPTS'
  | 'DELIVERY_RETRY_MIN_SECONDS'
  | 'DELIVERY_RETRY_MAX_SECONDS'
  | 'OUTBOX_MAX_BACKLOG'
> &
  Partial<Pick<Config, 'ANNOUNCE_ON_STATUS'>>;

export interface AssembledDesk {
  desk: DeskService;
  store: Store;
  /** Adapters register their platform's sender here (turns, notices, cards, their own messages). */
  senders: SenderRegistry;
  /** This replica's outbox worker. */
  worker: DeliveryWorker;
  /** How far delivery is behind (read every second in the background): admission control for new reports. */
  backlog: BacklogGauge;
  /** Starts delivering (once the adapters registered their senders) and reading the backlog. */
  start(): void;
  /** Stops delivering: what was not started goes back at once, deliveries in flight get `graceMs`. */
  close(graceMs?: number): Promise<void>;
}

let workersInProcess = 0;

/** `<host>:<pid>` (stable across restarts in a container), with a number for a second worker in one process. */
function defaultConsumer(): string {
  const n = workersInProcess++;
  return `${hostname()}:${process.pid}${n === 0 ? '' : `:${n}`}`;
}

/** The desk with its outbound side: the platform senders and the outbox worker that delivers through them. */
export function assembleDesk(deps: {
  store: Store;
  status: { current(): StatusReading };
  config: DeskConfig & DeliveryConfig;
  logger?: Logger;
  metrics?: Metrics;
  now?: () => number;
  /** The consumer name of this replica's worker (default `<host>:<pid>`). */
  consumer?: string;
  /** Longest blocking read of the worker (default 1000 ms). */
  blockMs?: number;
  /** How often the backlog gauge reads the outbox (default 1000 ms). */
  backlogIntervalMs?: number;
  fanoutBatch?: number;
  /** Requests waiting for their answer (the chat adapters' acks): delivery gives way to them. */
  waiting?: WaitingRequests;
}): AssembledDesk {
  const now = deps.now ?? Date.now;
  const { config, store } = deps;
  const consumer = deps.consumer ?? defaultConsumer();
  const senders = new SenderRegistry();
  const desk = createDesk({ ...deps, now });
  const dispatcher = createDispatcher({
    store,
    senders,
    owner: consumer,
    cardIntervalMs: config.INCIDENT_CARD_MIN_INTERVAL_SECONDS * 1000,
    now,
    allowlist: allowlistOf(config),
    ...(config.DEFAULT_LOCALE ? { defaultLocale: config.DEFAULT_LOCALE } : {}),
    ...(config.deskLocale ? { deskLocale: config.deskLocale } : {}),
    ...(deps.fanoutBatch ? { fanoutBatch: deps.fanoutBatch } : {}),
    // Posted only by senders with an announcement channel (SLACK_ANNOUNCE_CHANNEL, TEAMS_ANNOUNCE_CONVERSATION).
    announce: { onStatus: config.ANNOUNCE_ON_STATUS ?? false },
  });
  const worker = createDeliveryWorker({
    outbox: store.outbox,
    dispatcher,
    consumer,
    concurrency: config.DELIVERY_CONCURRENCY,
    claimMs: config.DELIVERY_CLAIM_SECONDS * 1000,
    maxAttempts: config.DELIVERY_MAX_ATTEMPTS,
    retry: { baseMs: config.DELIVERY_RETRY_MIN_SECONDS * 1000, maxMs: config.DELIVERY_RETRY_MAX_SECONDS * 1000 },
    now,
    ...(deps.blockMs ? { blockMs: deps.blockMs } : {}),
    ...(deps.waiting ? { waiting: deps.waiting } : {}),
    ...(deps.logger ? { logger: deps.logger.child({ component: 'outbox', consumer }) } : {}),
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  });
  const backlog = createBacklogGauge({
    outbox: store.outbox,
    limit: config.OUTBOX_MAX_BACKLOG,
    ...(deps.backlogIntervalMs ? { intervalMs: deps.backlogIntervalMs } : {}),
    ...(deps.logger ? { logger: deps.logger.child({ component: 'outbox-backlog' }) } : {}),
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  });
  return {
    desk,
    store,
    senders,
    worker,
    backlog,
    start: () => {
      worker.start();
      backlog.start();
    },
    close: (graceMs = 10_000) => {
      backlog.stop();
      return worker.stop(graceMs);
    },
  };
}
