import type { Logger } from '../../src/logger.ts';

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
type Level = (typeof LEVELS)[number];
const isLevel = (value: unknown): value is Level => typeof value === 'string' && (LEVELS as readonly string[]).includes(value);

/**
 * Writes a JSON log line of another thread's pino logger through `logger` (its destination, format
 * and redaction), at the line's level; `time`, `pid`, `hostname` and `name` come from `logger`. A line that
 * is not a pino JSON object is logged as a warning with its first 200 characters.
 */
export function forwardLogLine(logger: Logger, line: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    logger.warn({ line: line.slice(0, 200) }, 'a log line of the delivery thread could not be read');
    return;
  }
  const { level, msg, time: _time, pid: _pid, hostname: _hostname, name: _name, ...fields } = parsed as Record<string, unknown>;
  const label = typeof level === 'number' ? logger.levels.labels[level] : undefined;
  const at: Level = isLevel(label) ? label : 'info';
  logger[at](fields, typeof msg === 'string' ? msg : '');
}
