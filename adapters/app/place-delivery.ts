import type { Config } from '../../src/config.ts';
import type { AssembledDesk } from '../../src/desk/assemble-desk.ts';
import type { Logger } from '../../src/logger.ts';
import type { StatusReading } from '../../src/status/build-status-reading.ts';
import { createDeliveryThread, type DeliveryThread } from './delivery-thread.ts';
import { whenBusy, type BusyWatch } from './when-busy.ts';

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
 * Where this replica's outbox worker runs (DELIVERY_THREAD): in this thread (`main`), in a worker
 * thread from the start (`thread`), or in this thread until its event loop is busy, then in a
 * thread for the rest of the process's life (`thread_when_busy`; the idle bot pays no thread). At
 * the move the thread starts first, then this thread's worker stops: entries it had not started go
 * back at once, those in flight finish.
 */
export function placeDelivery(deps: {
  config: Pick<Config, 'delivery' | 'SHUTDOWN_GRACE_SECONDS'>;
  /** The environment the config was read from; without it, delivery stays in this thread. */
  env: Record<string, string> | undefined;
  assembled: Pick<AssembledDesk, 'worker' | 'backlog' | 'start'>;
  logger: Logger;
  status: () => StatusReading;
}): PlacedDelivery {
  const { config, assembled, logger } = deps;
  const thread: DeliveryThread | undefined =
    config.delivery !== 'main' && deps.env
      ? createDeliveryThread({ env: deps.env, consumer: `${assembled.worker.consumer}:thread`, logger, status: deps.status })
      : undefined;
  let inThread = false;
  let moving: Promise<void> | undefined;
  let watch: BusyWatch | undefined;

  async function moveToThread(t: DeliveryThread): Promise<void> {
    await t.start();
    inThread = true;
    logger.info({ component: 'delivery-thread' }, 'the event loop is busy: delivery moved to its own thread');
    await assembled.worker.stop(config.SHUTDOWN_GRACE_SECONDS * 1000);
  }

  return {
    async start() {
      if (thread && config.delivery === 'thread') {
        await thread.start();
        inThread = true;
        assembled.backlog.start();
        return;
      }
      assembled.start();
      if (thread)
        watch = whenBusy({
          onBusy: () => {
            moving = moveToThread(thread).catch((error: unknown) => logger.error({ err: error }, 'delivery could not move to its own thread; it stays in the main thread'));
          },
        });
    },
    async stop(graceMs) {
      watch?.stop();
      assembled.backlog.stop();
      await moving;
      if (inThread && thread) await thread.stop(graceMs);
      else await assembled.worker.stop(graceMs);
    },
    status(reading) {
      if (inThread) thread?.status(reading);
    },
    metrics: () => (inThread && thread ? thread.metrics() : Promise.resolve([])),
  };
}
