import type { EventEmitter } from 'node:events';
import { parseArgs } from 'node:util';
import type { CliIo } from '../../src/cli/cli-io.ts';
import type { Command } from '../../src/cli/main.ts';
import { AppError } from '../../src/app-error.ts';
import { loadConfig } from '../../src/config.ts';
import { configSecrets } from '../../src/config-secrets.ts';
import { createLogger } from '../../src/logger.ts';
import { createMetrics } from '../../src/metrics.ts';
import { createWebRouter, PUBLIC_DIR } from '../web/create-web-router.ts';
import { netcheckRoutes } from '../web/netcheck-routes.ts';
import { composeBot, type ComposeBot } from './compose-bot.ts';
import { createHttpApp } from './create-http-app.ts';
import { createShutdown } from './create-shutdown.ts';
import { startServer, type RunningServer } from './start-server.ts';
import { startupBanner } from './startup-banner.ts';

export const START_HELP = `Usage: chatgpt-500 start

Runs the bot: the triage page, the helpdesk board and the JSON API on PORT (default 3000),
Slack when it is configured, and /healthz, /readyz and /metrics. Settings come from environment
variables (see .env.example). With none set it serves the web page on the in-memory store.
SIGTERM or Ctrl+C stops it gracefully.

Options:
  -h, --help   show this help
`;

export interface StartOptions {
  /** Builds desk, store, status, incidents and chat routers (default: composeBot). */
  compose?: ComposeBot;
  /** Where SIGTERM/SIGINT come from (default: process). */
  signals?: EventEmitter;
  /** How long requests in flight may take to finish on shutdown. */
  drainTimeoutMs?: number;
  /** Called with the exit code once stopped (default: a guard that exits if something still holds the process). */
  onStopped?: (code: number) => void;
}

/** `chatgpt-500 start`: serves until SIGTERM/SIGINT, then shuts down in order; resolves to the exit code. */
export async function runStart(args: string[], io: CliIo, options: StartOptions = {}): Promise<number> {
  const { values } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
  if (values.help) {
    io.stdout.write(START_HELP);
    return 0;
  }
  // A ConfigError goes up to src/cli/main.ts: one line naming the variable, exit 78.
  const config = loadConfig(io.env);
  const logger = createLogger(config.LOG_LEVEL, io.stderr === process.stderr ? undefined : io.stderr, { secrets: configSecrets(config) });
  const metrics = createMetrics({ defaults: true });
  const drainTimeoutMs = options.drainTimeoutMs ?? 10_000;

  const parts = await (options.compose ?? composeBot)(config, { logger, metrics });
  const web = config.webEnabled
    ? createWebRouter({
        desk: parts.desk,
        config,
        secrets: parts.webStore.secrets,
        limits: parts.webStore.limits,
        ...(parts.incidents ? { incidents: parts.incidents } : {}),
        ...(parts.readStatus ? { readStatus: parts.readStatus } : {}),
      })
    : undefined;
  // The page a chat thread's "Check my network" link opens: only where the chat adapters make links (PUBLIC_URL and SESSION_SECRET).
  const netcheck = config.PUBLIC_URL && config.SESSION_SECRET
    ? netcheckRoutes({ desk: parts.desk, secret: config.SESSION_SECRET, networkCheckTargets: config.networkCheckTargets, defaultLocale: config.DEFAULT_LOCALE, publicDir: PUBLIC_DIR })
    : undefined;
  if (config.webEnabled && config.chat && !config.HELPDESK_TOKEN) {
    logger.warn('the helpdesk board and incident API are off: a chat platform is configured and HELPDESK_TOKEN is not set');
  }
  const app = createHttpApp({
    config,
    logger,
    metrics,
    readiness: parts.readiness,
    routers: parts.routers,
    ...(web ? { web } : {}),
    ...(netcheck ? { netcheck } : {}),
    ...(web || netcheck ? { probeOrigins: config.networkCheckTargets.map((target) => new URL(target).origin) } : {}),
    ...(parts.onScrape ? { onScrape: parts.onScrape } : {}),
  });

  const shutdown = createShutdown({ logger });
  let server: RunningServer | undefined;
  shutdown.add('http: stop accepting, finish requests in flight', () => server?.close(drainTimeoutMs), { timeoutMs: drainTimeoutMs + 5000 });
  for (const closer of parts.closers) shutdown.add(closer.name, closer.close, closer.timeoutMs ? { timeoutMs: closer.timeoutMs } : undefined);
  try {
    server = await startServer(app, { host: config.HOST, port: config.PORT, logger, drainTimeoutMs });
  } catch (error) {
    await shutdown.run('listen failed');
    const reason = (error as { code?: unknown }).code === 'EADDRINUSE' ? 'the address is in use (set PORT to another port)' : error instanceof Error ? error.message : String(error);
    throw new AppError('http.listen_failed', `cannot listen on ${config.HOST}:${config.PORT}: ${reason}`, { cause: error });
  }
  const unlisten = shutdown.listen(options.signals);
  // A library's promise that nobody awaits (e.g. a Socket Mode reconnect that failed once) must
  // not end the process and every delivery in flight with it: it is logged, the bot goes on.
  const onUnhandled = (reason: unknown) => logger.error({ err: reason }, 'unhandled rejection; the bot goes on');
  process.on('unhandledRejection', onUnhandled);

  try {
    await parts.start?.();
  } catch (error) {
    logger.error({ err: error }, 'the bot could not start');
    if (error instanceof AppError) io.stderr.write(`chatgpt-500: cannot start: ${error.message}\n`);
    await shutdown.run('start failed');
    unlisten();
    process.off('unhandledRejection', onUnhandled);
    return 1;
  }
  io.stdout.write(startupBanner(config, server.url));
  logger.info({ url: server.url, store: config.store, slack: config.slack, teams: config.teams, web: config.webEnabled }, 'chatgpt-500 started');

  const code = await shutdown.done;
  unlisten();
  process.off('unhandledRejection', onUnhandled);
  (options.onStopped ?? exitIfStillHeld)(code);
  return code;
}

/** After a clean shutdown nothing should hold the event loop; if something does, exit anyway. */
function exitIfStillHeld(code: number): void {
  setTimeout(() => process.exit(code), 3000).unref();
}

export const startCommand: Command = {
  summary: 'run the bot (web page on PORT; Slack when configured)',
  run: (args, io) => runStart(args, io),
};
