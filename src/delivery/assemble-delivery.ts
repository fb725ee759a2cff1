import { hostname } from 'node:os';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { Store } from '../store/store.port.ts';
import { createDispatcher } from './create-dispatcher.ts';
import { createDeliveryWorker, type DeliveryWorker } from './delivery-worker.ts';
import { SenderRegistry } from './sender-registry.ts';
import type { WaitingRequests } from './waiting-requests.ts';

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
  | 'IT_ALLOWLIST_MINIMUM'
  | 'IT_ALLOWLIST_BROADER'
> &
  Partial<Pick<Config, 'ANNOUNCE_ON_STATUS'>>;

export interface AssembledDelivery {
  /** Adapters register their platform's sender here (turns, notices, cards, their own messages). */
  senders: SenderRegistry;
  /** This replica's outbox worker (not started). */
  worker: DeliveryWorker;
}

let workersInProcess = 0;

/** `<host>:<pid>` (stable across restarts in a container), with a number for a second worker in one thread. */
function defaultConsumer(): string {
  const n = workersInProcess++;
  return `${hostname()}:${process.pid}${n === 0 ? '' : `:${n}`}`;
}

export interface DeliveryDeps {
  store: Store;
  config: DeliveryConfig;
  logger?: Logger;
  metrics?: Metrics;
  now?: () => number;
  /** The consumer name of this replica's worker (default `<host>:<pid>`). */
  consumer?: string;
  /** Longest blocking read of the worker (default 1000 ms). */
  blockMs?: number;
  fanoutBatch?: number;
  /** Requests waiting for their answer (the chat adapters' acks): delivery gives way to them. */
  waiting?: WaitingRequests;
}

/**
 * The outbound side of the desk: the platform senders and the outbox worker that delivers through
 * them (the dispatcher between). Built by assembleDesk beside the desk, and alone by the delivery
 * thread, which needs no desk.
 */
export function assembleDelivery(deps: DeliveryDeps): AssembledDelivery {
  const now = deps.now ?? Date.now;
  const { config, store } = deps;
  const consumer = deps.consumer ?? defaultConsumer();
  const senders = new SenderRegistry();
  const dispatcher = createDispatcher({
    store,
    senders,
    owner: consumer,
    cardIntervalMs: config.INCIDENT_CARD_MIN_INTERVAL_SECONDS * 1000,
    now,
    allowlist: { minimum: [...config.IT_ALLOWLIST_MINIMUM], broader: [...config.IT_ALLOWLIST_BROADER] },
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
  return { senders, worker };
}
