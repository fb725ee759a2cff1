import { afterEach } from 'vitest';
import { loadConfig, type Config } from '../../../../src/config.ts';
import { assembleDesk, type AssembledDesk } from '../../../../src/desk/assemble-desk.ts';
import { createMetrics, type Metrics } from '../../../../src/metrics.ts';
import { createStatusService, type StatusService } from '../../../../src/status/create-status-service.ts';
import { createMemoryStore, storeOptionsFromConfig } from '../../../../src/store/create-store.ts';
import type { Store } from '../../../../src/store/store.port.ts';
import { startFakeStatusServer, type FakeStatusServer } from '../../../helpers/fake-status-server.ts';
import { incidentioQuiet } from '../../../status/status-payloads.ts';
import { memoryLogger } from '../../app/helpers/memory-logger.ts';
import { webSender } from '../../../../adapters/web/web-sender.ts';

export interface RealDesk extends AssembledDesk {
  config: Readonly<Config>;
  store: Store;
  status: StatusService;
  statusServer: FakeStatusServer;
  metrics: Metrics;
  log: ReturnType<typeof memoryLogger>;
  /** Serves this status payload from now on and reads it at once. */
  setStatusPayload(body: unknown): Promise<void>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * The real desk (assembleDesk) over a memory store, reading the real status service against a fake
 * status page on 127.0.0.1 (quiet by default). `wrapStore` lets a test put faults in front of the
 * store. Closed after the test.
 */
export async function startRealDesk(options: { env?: Record<string, string>; statusPayload?: unknown; wrapStore?: (store: Store) => Store } = {}): Promise<RealDesk> {
  const statusServer = await startFakeStatusServer({ kind: 'json', body: options.statusPayload ?? incidentioQuiet() });
  const config = loadConfig({ STATUS_URL: statusServer.url, INCIDENT_MIN_REPORTERS: '3', INCIDENT_CARD_MIN_INTERVAL_SECONDS: '0', DELIVERY_RETRY_MIN_SECONDS: '0.05', ...options.env });
  const log = memoryLogger();
  const metrics = createMetrics();
  const status = createStatusService({ config, logger: log.logger });
  await status.refresh();
  const memory = createMemoryStore(storeOptionsFromConfig(config));
  const store = options.wrapStore ? options.wrapStore(memory) : memory;
  const assembled = assembleDesk({ store, status, config, logger: log.logger, metrics, blockMs: 20 });
  assembled.senders.register('web', webSender);
  assembled.start();
  cleanups.push(async () => {
    await assembled.close(500);
    await status.stop();
    await statusServer.close();
  });
  return {
    ...assembled,
    config,
    store,
    status,
    statusServer,
    metrics,
    log,
    async setStatusPayload(body) {
      statusServer.setDefault({ kind: 'json', body });
      await status.refresh();
    },
  };
}
