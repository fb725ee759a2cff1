import { createHttpApp } from '../../../../adapters/app/create-http-app.ts';
import { createWebRouter, type WebRouterDeps } from '../../../../adapters/web/create-web-router.ts';
import { incidentBoardFrom } from '../../../../adapters/web/incident-board-from.ts';
import type { Desk } from '../../../../src/desk/desk.port.ts';
import { createMetrics } from '../../../../src/metrics.ts';
import { MemoryAdmissionLimits } from '../../../../src/store/memory-admission-limits.ts';
import { MemorySharedSecrets } from '../../../../src/store/memory-shared-secrets.ts';
import type { OutboxStore } from '../../../../src/outbox/outbox.port.ts';
import { memoryLogger } from '../../app/helpers/memory-logger.ts';
import { serveApp } from '../../app/helpers/serve-app.ts';

export interface ServeWebOptions {
  desk: Desk;
  /** Serve the incident API over the desk's incidents (default true); false: the process has none. */
  incidents?: boolean;
  config?: Partial<WebRouterDeps['config']> & { WEB_RATE_LIMIT_PER_MINUTE?: number; WEB_BODY_LIMIT_BYTES?: number };
  /** The store's secrets and limits (default: memory twins of this server alone). */
  store?: Pick<WebRouterDeps, 'secrets' | 'limits'>;
  readStatus?: WebRouterDeps['readStatus'];
  /** The outbox the board reads for GET /api/outbox. */
  outbox?: Pick<OutboxStore, 'stats' | 'deadLetters'>;
}

/** The real app + web router over the given desk, on 127.0.0.1:0. */
export async function serveWeb(options: ServeWebOptions) {
  const log = memoryLogger();
  const config = { chat: false, HELPDESK_TOKEN: undefined, WEB_REPORTERS_PER_ADDRESS: 1000, INCIDENT_WINDOW_MINUTES: 10, ...options.config };
  const web = createWebRouter({
    desk: options.desk,
    config,
    secrets: options.store?.secrets ?? new MemorySharedSecrets(),
    limits: options.store?.limits ?? new MemoryAdmissionLimits(Date.now),
    ...(options.incidents !== false ? { incidents: incidentBoardFrom({ incidents: options.desk.incidents, ...(options.outbox ? { outbox: options.outbox } : {}) }) } : {}),
    ...(options.readStatus ? { readStatus: options.readStatus } : {}),
  });
  const app = createHttpApp({
    config: {
      WEB_BODY_LIMIT_BYTES: options.config?.WEB_BODY_LIMIT_BYTES ?? 65_536,
      WEB_RATE_LIMIT_PER_MINUTE: options.config?.WEB_RATE_LIMIT_PER_MINUTE ?? 10_000,
      ...(options.config?.TRUST_PROXY !== undefined ? { TRUST_PROXY: options.config.TRUST_PROXY } : {}),
    },
    logger: log.logger,
    metrics: createMetrics(),
    web,
  });
  const server = await serveApp(app);
  return { url: server.url, log };
}
