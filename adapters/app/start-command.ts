import type { EventEmitter } from 'node:events';
import { parseArgs } from 'node:util';
import type { CliIo } from '../../src/cli/cli-io.ts';
import type { Command } from '../../src/cli/main.ts';
import { defaultLocale } from '../../src/cli/default-locale.ts';
import { localeOption } from '../../src/cli/locale-option.ts';
import { LOCALES } from '../../src/messages/locale.ts';
import { AppError } from '../../src/app-error.ts';
import { loadConfig } from '../../src/config.ts';
import { configSecrets } from '../../src/config-secrets.ts';
import { createLogger } from '../../src/logger.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { createMetrics } from '../../src/metrics.ts';
import { StoreError } from '../../src/store/store-error.ts';
import { composeBot, type ComposeBot } from './compose-bot.ts';
import { answerDirectRoutes } from './answer-direct-routes.ts';
import { createHttpApp } from './create-http-app.ts';
import { createShutdown } from './create-shutdown.ts';
import { startServer, type RunningServer } from './start-server.ts';
import { boardLocked, startupBanner } from './startup-banner.ts';
import { releaseStartNursery } from './start-nursery.ts';
import { trimHeapWhenIdle } from './trim-heap-when-idle.ts';

/** Exit code when the configured Redis cannot be reached at start (sysexits EX_UNAVAILABLE). */
export const STORE_UNAVAILABLE_EXIT_CODE = 69;

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
  const { values } = parseArgs({ args, options: { locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
  if (values.help) {
    // In --locale, else the terminal's language, else DEFAULT_LOCALE (English when the config is broken).
    const locale = localeOption(values.locale, io.env, defaultLocale(io.env));
    io.stdout.write(messagesFor(locale).t('cli.start.help', { locales: LOCALES.join(', ') }));
    return 0;
  }
  // A ConfigError goes up to src/cli/main.ts: one line naming the variable, exit 78.
  const config = loadConfig(io.env);
  // The banner is for people, the JSON lines for machines: never both on one stream. At a
  // terminal (or LOG_FORMAT=pretty) stderr gets the banner and one readable line per log entry;
  // otherwise JSON lines only, the "chatgpt-500 started" line carrying the addresses.
  const forPeople = config.LOG_FORMAT === 'pretty' || (config.LOG_FORMAT === 'auto' && isTerminal(io.stderr));
  const logger = createLogger(config.LOG_LEVEL, io.stderr === process.stderr ? undefined : io.stderr, { secrets: configSecrets(config), pretty: forPeople });
  const metrics = createMetrics({ defaults: true });
  const drainTimeoutMs = options.drainTimeoutMs ?? 10_000;

  let parts: Awaited<ReturnType<ComposeBot>>;
  try {
    parts = await (options.compose ?? composeBot)(config, { logger, metrics, env: io.env });
  } catch (error) {
    // An unreachable Redis is a fact about the environment, not a bug: one line, exit 69.
    if (!(error instanceof StoreError) || error.code !== 'store.unavailable') throw error;
    const variable = config.REDIS_CLUSTER_NODES ? 'REDIS_CLUSTER_NODES' : config.REDIS_SENTINELS ? 'REDIS_SENTINELS' : 'REDIS_URL';
    io.stderr.write(`${messagesFor(config.deskLocale).t('start.redis_unreachable', { reason: error.message, variable })}\n`);
    return STORE_UNAVAILABLE_EXIT_CODE;
  }
  // The web side's modules (page, board, evidence and HAR analysis, rate limits) load only when it is on.
  const web = config.webEnabled
    ? (await import('../web/create-web-router.ts')).createWebRouter({
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
    ? (await import('../web/netcheck-routes.ts')).netcheckRoutes({
        desk: parts.desk,
        secret: config.SESSION_SECRET,
        networkCheckTargets: config.networkCheckTargets,
        defaultLocale: config.DEFAULT_LOCALE,
        publicDir: (await import('../web/public-dir.ts')).PUBLIC_DIR,
      })
    : undefined;
  // At a terminal the banner says it (once, with what to do); for a log collector it is this line.
  if (boardLocked(config) && !forPeople) {
    logger.warn('the helpdesk board shows no incidents and the incident API answers 403: a chat platform is configured and HELPDESK_TOKEN is not set');
  }
  const probeOrigins = web || netcheck ? config.networkCheckTargets.map((target) => new URL(target).origin) : undefined;
  const app = createHttpApp({
    config,
    logger,
    metrics,
    readiness: parts.readiness,
    routers: parts.routers,
    ...(web ? { web } : {}),
    ...(netcheck ? { netcheck } : {}),
    ...(probeOrigins ? { probeOrigins } : {}),
    ...(parts.onScrape ? { onScrape: parts.onScrape } : {}),
    ...(parts.moreMetrics ? { moreMetrics: parts.moreMetrics } : {}),
  });

  const shutdown = createShutdown({ logger });
  let server: RunningServer | undefined;
  shutdown.add('http: stop accepting, finish requests in flight', () => server?.close(drainTimeoutMs), { timeoutMs: drainTimeoutMs + 5000 });
  for (const closer of parts.closers) shutdown.add(closer.name, closer.close, closer.timeoutMs ? { timeoutMs: closer.timeoutMs } : undefined);
  try {
    // Slack's POST /slack/events is answered ahead of express's routing (its router stays mounted too).
    const direct = parts.routers.flatMap((r) => (r.direct ? [r.direct] : []));
    const listener = answerDirectRoutes(app, direct, { metrics, logger, ...(probeOrigins ? { probeOrigins } : {}) });
    server = await startServer(listener, { host: config.HOST, port: config.PORT, logger, drainTimeoutMs });
  } catch (error) {
    await shutdown.run('listen failed');
    // One line in DESK_LOCALE, like the banner; exit 1.
    const { t } = messagesFor(config.deskLocale);
    const reason = (error as { code?: unknown }).code === 'EADDRINUSE' ? t('cli.start.address_in_use') : error instanceof Error ? error.message : String(error);
    io.stderr.write(`chatgpt-500: ${t('cli.start.cannot_listen', { address: `${config.HOST}:${config.PORT}`, reason })}\n`);
    return 1;
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
    // In DESK_LOCALE, like the start banner and the Redis line (the operator's language).
    if (error instanceof AppError) io.stderr.write(`chatgpt-500: ${messagesFor(config.deskLocale).t('cli.start.cannot_start', { reason: error.message })}\n`);
    await shutdown.run('start failed');
    unlisten();
    process.off('unhandledRejection', onUnhandled);
    return 1;
  }
  // The nursery held small while the modules loaded (bin/chatgpt-500.js) may grow again under load.
  releaseStartNursery();
  if (forPeople) io.stderr.write(startupBanner(config, server.url));
  const base = (config.PUBLIC_URL ?? server.url).replace(/\/+$/, '');
  logger.info(
    { url: server.url, store: config.store, slack: config.slack, teams: config.teams, web: config.webEnabled, ...(config.webEnabled ? { page: `${base}/`, board: `${base}/board` } : {}) },
    'chatgpt-500 started',
  );

  // The memory the start (and any burst after it) grew V8's nursery to goes back once the replica
  // is idle: a first collection now (nothing served yet), the one that shrinks it 6 s later.
  const trim = trimHeapWhenIdle({ everyMs: config.IDLE_HEAP_TRIM_SECONDS * 1000, now: true, logger });

  const code = await shutdown.done;
  trim.stop();
  unlisten();
  process.off('unhandledRejection', onUnhandled);
  (options.onStopped ?? exitIfStillHeld)(code);
  return code;
}

/** Whether a stream is a terminal (process.stderr at a console); a pipe, a file or a test's stream is not. */
function isTerminal(stream: object): boolean {
  return 'isTTY' in stream && stream.isTTY === true;
}

/** After a clean shutdown nothing should hold the event loop; if something does, exit anyway. */
function exitIfStillHeld(code: number): void {
  setTimeout(() => process.exit(code), 3000).unref();
}

export const startCommand: Command = {
  run: (args, io) => runStart(args, io),
};
