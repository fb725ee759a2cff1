import type { Config } from '../../src/config.ts';
import type { AssembledDesk } from '../../src/desk/assemble-desk.ts';
import type { Logger } from '../../src/logger.ts';
import type { StatusReading } from '../../src/status/build-status-reading.ts';
import { createDeliveryThread } from './delivery-thread.ts';

export interface PlacedDelivery {
  /** Starts delivering: in this thread, or in the delivery thread (config.delivery). */
  start(): Promise<void>;
  /** Stops the outbox worker wherever it runs (deliveries in flight get `graceMs`) and the backlog gauge. */
  stop(graceMs: number): Promise<void>;
  /** A new status reading (for the thread's App Home). */
  status(reading: StatusReading): void;
  /** The thread's metrics for a scrape (none while delivery runs in this thread). */
  metrics(): Promise<Record<string, unknown>[]>;
}

/**
 * Where this replica's outbox worker runs (DELIVERY_THREAD): in this thread (`main`), or in a
 * worker thread of its own (`thread`); the backlog gauge (admission control) stays here.
 */
export function placeDelivery(deps: {
  config: Pick<Config, 'delivery'>;
  /** The environment the config was read from; without it, delivery stays in this thread. */
  env: Record<string, string> | undefined;
  assembled: Pick<AssembledDesk, 'worker' | 'backlog' | 'start' | 'close'>;
  logger: Logger;
  status: () => StatusReading;
}): PlacedDelivery {
  const { assembled } = deps;
  const thread =
    deps.config.delivery === 'thread' && deps.env
      ? createDeliveryThread({ env: deps.env, consumer: `${assembled.worker.consumer}:thread`, logger: deps.logger, status: deps.status })
      : undefined;
  if (!thread) {
    return {
      start: async () => assembled.start(),
      stop: (graceMs) => assembled.close(graceMs),
      status: () => {},
      metrics: () => Promise.resolve([]),
    };
  }
  return {
    async start() {
      await thread.start();
      assembled.backlog.start();
    },
    async stop(graceMs) {
      assembled.backlog.stop();
      await thread.stop(graceMs);
    },
    status: (reading) => thread.status(reading),
    metrics: () => thread.metrics(),
  };
}
