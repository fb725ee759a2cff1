import pino, { type DestinationStream, type Logger } from 'pino';

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

/** The one root logger of a process; children are made per inbound event. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    { name: 'chatgpt-500', level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { pid: process.pid } },
    destination ?? pino.destination(2),
  );
}
