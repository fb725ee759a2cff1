import pino, { type DestinationStream, type Logger } from 'pino';
import { prettyLogLine } from './pretty-log-line.ts';

export type { Logger } from 'pino';

/** Paths redacted from every log line: tokens, secrets, cookies, auth headers. */
export const REDACT_PATHS = [
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.secret',
  '*.password',
  '*.authorization',
  '*.Authorization',
  '*.cookie',
  '*.Cookie',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["set-cookie"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'token',
  'secret',
  'password',
  'authorization',
  'cookie',
  'config.SLACK_SIGNING_SECRET',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_APP_TOKEN',
  'config.TEAMS_APP_PASSWORD',
  'config.HELPDESK_TOKEN',
  'config.API_TOKEN',
  'config.SESSION_SECRET',
  'config.REDIS_URL',
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'TEAMS_APP_PASSWORD',
  'HELPDESK_TOKEN',
  'API_TOKEN',
  'SESSION_SECRET',
];

/** Keys of an error never logged: ioredis' `command` ({name, args}: AUTH/HELLO carry the password). */
const ERROR_KEYS_DROPPED = new Set(['command', 'args', 'previousErrors']);
/** Credentials in a URL (`redis://user:pass@host`), wherever an error message quotes one. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^@\s/'"]*@/gi;

/**
 * pino's error serializer, with what must never reach a log taken out: ioredis' `command` and
 * `args` (of the error and of nested errors) and credentials in URLs quoted in messages or stacks.
 */
export function serializeError(error: unknown): unknown {
  const serialized: unknown = error instanceof Error ? pino.stdSerializers.err(error) : error;
  return scrub(serialized, 0);
}

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.replace(URL_CREDENTIALS, '$1***@');
  if (depth > 6 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (!ERROR_KEYS_DROPPED.has(key)) out[key] = scrub(inner, depth + 1);
  }
  return out;
}

export interface LoggerOptions {
  /**
   * Values scrubbed from every line written (configSecrets: tokens, the Redis password), in any
   * field or message: the last line of defence for a secret that some library quotes.
   */
  secrets?: readonly string[];
  /** One readable line per entry (prettyLogLine) instead of JSON: for a person at a terminal. */
  pretty?: boolean;
}

/** The one root logger of a process; children are made per inbound event. */
export function createLogger(level: string, destination?: DestinationStream, options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]).filter((s, i, all) => s.length > 0 && all.indexOf(s) === i);
  return pino(
    {
      name: 'chatgpt-500',
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
      base: { pid: process.pid },
      ...(secrets.length > 0 ? { hooks: { streamWrite: (line: string) => secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), line) } } : {}),
    },
    options.pretty ? prettyDestination(destination ?? pino.destination(2)) : (destination ?? pino.destination(2)),
  );
}

/** A destination that writes each JSON line pino hands it as prettyLogLine's line. */
function prettyDestination(inner: DestinationStream): DestinationStream {
  return { write: (line: string) => inner.write(line.split('\n').filter(Boolean).map(prettyLogLine).join('')) };
}
