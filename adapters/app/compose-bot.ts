import type { Config } from '../../src/config.ts';
import type { Desk } from '../../src/desk/desk.port.ts';
import type { Logger } from '../../src/logger.ts';
import type { Metrics } from '../../src/metrics.ts';
import type { StatusModel } from '../../src/status/status-model.ts';
import type { IncidentBoard } from '../web/incident-board.port.ts';
import type { MountedRouter } from './create-http-app.ts';
import { createPlaceholderDesk } from './placeholder-desk.ts';
import type { ReadinessCheck } from './readiness.ts';

/** Everything the HTTP server and the shutdown need from the rest of the bot. */
export interface BotParts {
  desk: Desk;
  incidents?: IncidentBoard;
  readStatusModel?: () => StatusModel | null;
  /** /readyz: the store's ping, the status reader's state. */
  readiness: ReadinessCheck[];
  /** Chat platform routers (Slack's /slack/events), mounted before the body parser. */
  routers: MountedRouter[];
  /**
   * Shutdown steps after the HTTP server has drained, in order: finish chat turns in flight,
   * stop the status poller, flush pending card edits, close the store (Redis).
   */
  closers: { name: string; close: () => unknown }[];
  /** Starts background work (status polling, Socket Mode) once the server listens. */
  start?: () => Promise<void>;
}

export type ComposeBot = (config: Readonly<Config>, deps: { logger: Logger; metrics: Metrics }) => Promise<BotParts>;

/**
 * Builds the bot's parts from the config.
 *
 * PHASE 2 wires here: the store (memory, or Redis from REDIS_URL / sentinels / cluster) with its
 * ping as the "store" readiness check and `quit` as the last closer; the status service (poller
 * started in `start`, stopped in a closer, its state as the "status" readiness check, its model
 * as `readStatusModel`); the incident service adapted to IncidentBoard; `createDesk` over them;
 * the Slack adapter's router (HTTP mode) or Socket Mode client, with its in-flight turns and
 * card-edit flush as closers.
 */
export const composeBot: ComposeBot = async (config, { logger }) => {
  logger.warn('phase 1 build: the desk service is a placeholder; conversations answer 503');
  return {
    desk: createPlaceholderDesk(),
    readiness: [
      { name: 'store', check: () => ({ ok: true, state: config.store === 'memory' ? 'memory' : 'not_connected' }) },
      { name: 'status', check: () => ({ ok: true, state: 'not_wired' }) },
    ],
    routers: [],
    closers: [],
  };
};
