/** pino's numeric levels, as the pretty line names them. */
const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
/** Fields every pino line has, shown in the line's head or not at all. */
const HEAD = new Set(['level', 'time', 'pid', 'hostname', 'name', 'msg', 'v']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One field as `key=value`: strings bare (quoted when they hold spaces), an error by its message, anything else as JSON. */
function field(key: string, value: unknown): string {
  if (isRecord(value) && typeof value.message === 'string') return `${key}=${JSON.stringify(value.message)}`;
  if (typeof value === 'string') return `${key}=${/[\s"=]/.test(value) || value === '' ? JSON.stringify(value) : value}`;
  return `${key}=${JSON.stringify(value)}`;
}

/**
 * A pino JSON line as one line for a person in a terminal: `12:04:05 WARN  message  key=value …`
 * (UTC time, the level, the message, the other fields). A line that is not a JSON object comes back as it was.
 */
export function prettyLogLine(line: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  if (!isRecord(parsed)) return line.endsWith('\n') ? line : `${line}\n`;
  const time = typeof parsed.time === 'number' ? new Date(parsed.time).toISOString().slice(11, 19) : '--:--:--';
  const level = (typeof parsed.level === 'number' ? LEVELS[parsed.level] : undefined) ?? String(parsed.level ?? '');
  const message = typeof parsed.msg === 'string' ? parsed.msg : '';
  const rest = Object.entries(parsed)
    .filter(([key]) => !HEAD.has(key))
    .map(([key, value]) => field(key, value));
  return `${[`${time} ${level.padEnd(5)}`, message, ...rest].filter(Boolean).join('  ')}\n`;
}
