import { Worker } from 'node:worker_threads';
import { AppError } from '../../src/app-error.ts';
import type { Logger } from '../../src/logger.ts';
import type { StatusReading } from '../../src/status/build-status-reading.ts';
import { fromDeliveryThread, type DeliveryThreadData, type ToDeliveryThread } from './delivery-thread-messages.ts';
import { forwardLogLine } from './forward-log-line.ts';

export interface DeliveryThread {
  /** Starts the thread; resolves once its worker runs, rejects when it cannot start. */
  start(): Promise<void>;
  /** A new status reading for the thread's App Home. */
  status(reading: StatusReading): void;
  /** The thread's metrics (prom-client JSON) for a scrape; empty when it does not answer within 1 s. */
  metrics(): Promise<Record<string, unknown>[]>;
  /** Stops the worker (deliveries in flight get `graceMs`), then ends the thread. */
  stop(graceMs: number): Promise<void>;
}

export interface DeliveryThreadOptions {
  /** The environment the config was read from (the thread reads it again). */
  env: Record<string, string>;
  consumer: string;
  logger: Logger;
  /** The status reading the thread starts with. */
  status: () => StatusReading;
  /** Wait before starting a thread that ended on its own again (default 1 s, doubling to 30 s). */
  restartMs?: number;
  /** The thread's module (default delivery-thread-entry beside this one). */
  entry?: URL;
}

/**
 * The thread's heap: delivery keeps little (entries in flight, the lanes' queues), so a small young
 * generation (collected often, cheaply) and an old generation far above what it holds.
 */
const LIMITS = { maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: 96 };

/** The thread's module beside this one: compiled JavaScript in dist/, TypeScript in a checkout run through tsx (tests). */
function spawnThread(data: DeliveryThreadData, module?: URL): Worker {
  const entry = module ?? new URL(`./delivery-thread-entry.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
  const typescript = entry.pathname.endsWith('.ts');
  if (!typescript) return new Worker(entry, { workerData: data, resourceLimits: LIMITS });
  // A worker's first module is loaded before an --import hook of its own would run: register tsx first.
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(code, { eval: true, workerData: data, resourceLimits: LIMITS });
}

/**
 * This replica's outbox worker in a worker thread of its own (delivery-thread-entry.ts). When the
 * thread ends without being asked to (an uncaught error, out of memory), it is started again after
 * a growing pause; the entries it held are taken over like a crashed replica's (after
 * DELIVERY_CLAIM_SECONDS, checked before they are sent again).
 */
export function createDeliveryThread(options: DeliveryThreadOptions): DeliveryThread {
  const log = options.logger.child({ component: 'delivery-thread' });
  const restartMs = options.restartMs ?? 1000;
  let worker: Worker | undefined;
  let stopping = false;
  let failures = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  let nextId = 1;
  const scrapes = new Map<number, (metrics: Record<string, unknown>[]) => void>();
  let stopped: (() => void) | undefined;

  const post = (message: ToDeliveryThread) => worker?.postMessage(message);

  /** Starts a thread; `again`: a restart, which is tried again (with a growing pause) until a thread runs. */
  function launch(again = false): Promise<void> {
    return new Promise((resolve, reject) => {
      let started = false;
      const w = spawnThread({ env: options.env, consumer: options.consumer, status: options.status() }, options.entry);
      worker = w;
      w.on('message', (raw: unknown) => {
        const parsed = fromDeliveryThread.safeParse(raw);
        if (!parsed.success) return log.warn({ issue: parsed.error.issues[0]?.message }, 'a message from the delivery thread was refused');
        const message = parsed.data;
        if (message.type === 'log') forwardLogLine(options.logger, message.line);
        else if (message.type === 'started') {
          started = true;
          failures = 0;
          resolve();
        } else if (message.type === 'failed') {
          log.error({ code: message.code, reason: message.message }, 'the delivery thread could not start');
          if (!started) reject(new AppError(message.code, message.message));
        } else if (message.type === 'metrics') {
          scrapes.get(message.id)?.(message.metrics);
          scrapes.delete(message.id);
        } else stopped?.();
      });
      w.on('error', (error) => log.error({ err: error }, 'the delivery thread failed'));
      w.on('exit', (code) => {
        if (worker === w) worker = undefined;
        for (const answer of scrapes.values()) answer([]);
        scrapes.clear();
        stopped?.();
        if (!started) reject(new AppError('delivery.thread', `the delivery thread ended with code ${code} before it started`));
        if (stopping || (!started && !again)) return;
        const wait = Math.min(30_000, restartMs * 2 ** failures++);
        log.error({ code, restartInMs: wait }, started ? 'the delivery thread ended; starting it again' : 'the delivery thread could not start again; trying again');
        restartTimer = setTimeout(() => {
          restartTimer = undefined;
          // A failed restart schedules the next one itself (above).
          if (!stopping) launch(true).catch(() => undefined);
        }, wait);
      });
    });
  }

  return {
    start: () => launch(),
    status(reading) {
      post({ type: 'status', reading });
    },
    metrics() {
      if (!worker) return Promise.resolve([]);
      const id = nextId++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          scrapes.delete(id);
          resolve([]);
        }, 1000);
        scrapes.set(id, (metrics) => {
          clearTimeout(timer);
          resolve(metrics);
        });
        post({ type: 'metrics', id });
      });
    },
    async stop(graceMs) {
      stopping = true;
      clearTimeout(restartTimer);
      const w = worker;
      if (!w) return;
      const done = new Promise<void>((resolve) => (stopped = resolve));
      post({ type: 'stop', graceMs });
      const timer = setTimeout(() => stopped?.(), graceMs + 5000);
      await done;
      clearTimeout(timer);
      await w.terminate();
    },
  };
}
