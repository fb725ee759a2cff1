import { assembleDelivery, type DeliveryConfig, type DeliveryDeps } from '../delivery/assemble-delivery.ts';
export type { DeliveryConfig } from '../delivery/assemble-delivery.ts';
import type { DeliveryWorker } from '../delivery/delivery-worker.ts';
import type { SenderRegistry } from '../delivery/sender-registry.ts';
import { createBacklogGauge, type BacklogGauge } from '../outbox/backlog-gauge.ts';
import type { StatusReading } from '../status/build-status-reading.ts';
import type { Store } from '../store/store.port.ts';
import { createDesk, type DeskConfig, type DeskService } from './create-desk.ts';

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

/** The desk with its outbound side: the platform senders and the outbox worker that delivers through them. */
export function assembleDesk(
  deps: DeliveryDeps & {
    status: { current(): StatusReading };
    config: DeskConfig & DeliveryConfig;
    /** How often the backlog gauge reads the outbox (default 1000 ms). */
    backlogIntervalMs?: number;
  },
): AssembledDesk {
  const now = deps.now ?? Date.now;
  const { config, store } = deps;
  const desk = createDesk({ ...deps, now });
  const { senders, worker } = assembleDelivery({ ...deps, now });
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
