/**
 * The delivery thread (DELIVERY_THREAD): this replica's outbox worker with its own Redis
 * connection and its own Slack and web senders, so the main thread's event loop is left to the
 * requests and their acks. It reads the config from the same environment as the main thread, logs
 * through the main thread's log, keeps its own metrics (merged into /metrics) and mirrors the
 * status readings the main thread posts (App Home shows them). Started by delivery-thread.ts.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../src/app-error.ts';
import { loadConfig } from '../../src/config.ts';
import { configSecrets } from '../../src/config-secrets.ts';
import { assembleDelivery } from '../../src/delivery/assemble-delivery.ts';
import { deskViews } from '../../src/desk/desk-views.ts';
import { createLogger } from '../../src/logger.ts';
import { createMetrics } from '../../src/metrics.ts';
import type { StatusReading } from '../../src/status/build-status-reading.ts';
import { createStore } from '../../src/store/create-store.ts';
import { webSender } from '../web/web-sender.ts';
import { deliveryThreadData, toDeliveryThread, type FromDeliveryThread } from './delivery-thread-messages.ts';
import { isStatusReading } from './is-status-reading.ts';

const port = parentPort;
if (!port) throw new Error('delivery-thread-entry runs only as a worker thread');
const tell = (message: FromDeliveryThread) => port.postMessage(message);

const data = deliveryThreadData.parse(workerData);
const config = loadConfig(data.env);
const logger = createLogger(config.LOG_LEVEL, { write: (line: string) => tell({ type: 'log', line }) }, { secrets: configSecrets(config) }).child({ thread: 'delivery' });
const metrics = createMetrics();

/**
 * On Linux the thread runs at a lower scheduling priority (nice 10) than the main thread: when
 * the CPUs are all busy, the kernel gives the requests' thread its time first and delivery takes
 * what is left; an idle CPU is still used in full. Elsewhere, or when refused, nothing changes.
 */
function lowerPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // Not Linux, or not allowed: the default priority.
  }
}

const initial: StatusReading | undefined = isStatusReading(data.status) ? data.status : undefined;

async function run(): Promise<void> {
  lowerPriority();
  const store = await createStore(config, { logger });
  if (!initial) throw new AppError('delivery.thread', 'the delivery thread got no status reading');
  let current: StatusReading = initial;
  const assembled = assembleDelivery({ store, config, logger, metrics, consumer: data.consumer });
  assembled.senders.register('web', webSender);
  let closeSlack: (() => Promise<void>) | undefined;
  if (config.slack !== 'off' && config.SLACK_BOT_TOKEN) {
    const { createSlackDelivery } = await import('../slack/create-slack-delivery.ts');
    const slack = createSlackDelivery({
      config,
      botToken: config.SLACK_BOT_TOKEN,
      // App Home's status and open incidents, read as the desk reads them.
      desk: deskViews({ store, now: Date.now, status: { current: () => current }, config }),
      logger: logger.child({ component: 'slack' }),
      metrics,
      now: Date.now,
      dmChannels: store.threads,
      locales: store.threads,
    });
    await slack.helpdesk.resolve();
    assembled.senders.register('slack', slack.sender);
    closeSlack = () => slack.close();
  }

  port!.on('message', (raw: unknown) => {
    const parsed = toDeliveryThread.safeParse(raw);
    if (!parsed.success) {
      logger.warn({ issue: parsed.error.issues[0]?.message }, 'delivery thread: a message from the main thread was refused');
      return;
    }
    const message = parsed.data;
    if (message.type === 'status') {
      if (isStatusReading(message.reading)) current = message.reading;
    } else if (message.type === 'metrics') {
      void metrics.registry.getMetricsAsJSON().then((list) => tell({ type: 'metrics', id: message.id, metrics: list.map((m) => ({ ...m })) }));
    } else {
      void (async () => {
        await assembled.worker.stop(message.graceMs);
        await closeSlack?.();
        await store.close();
        tell({ type: 'stopped' });
        port!.close();
      })().catch((error: unknown) => {
        logger.error({ err: error }, 'delivery thread: stopping failed');
        tell({ type: 'stopped' });
        port!.close();
      });
    }
  });
  assembled.worker.start();
  tell({ type: 'started' });
}

run().catch((error: unknown) => {
  tell({ type: 'failed', code: error instanceof AppError ? error.code : 'delivery.thread', message: error instanceof Error ? error.message : String(error) });
  port.close();
});
