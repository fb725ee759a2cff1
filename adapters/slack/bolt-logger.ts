import { format } from 'node:util';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';

const LEVELS: Readonly<Record<string, LogLevel>> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/**
 * bolt's and @slack/web-api's logger interface over the process's pino logger (child
 * `component: "slack-sdk"`). The level stays pino's: bolt calls setLevel(INFO) on any logger it
 * is given, which would otherwise override LOG_LEVEL, so setLevel and setName do nothing.
 */
export function toBoltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack-sdk' });
  const emit = (level: 'debug' | 'info' | 'warn' | 'error') => (...msg: unknown[]) => {
    const err = msg.find((m): m is Error => m instanceof Error);
    const text = format(...msg.filter((m) => m !== err));
    if (err) child[level]({ err }, text);
    else child[level](text);
  };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    setLevel: () => undefined,
    getLevel: () => LEVELS[logger.level] ?? LogLevel.INFO,
    setName: () => undefined,
  };
}
