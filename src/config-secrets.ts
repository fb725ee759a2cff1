import type { Config } from './config.ts';

/** Shorter values are not scrubbed from logs: they would blank out ordinary words. */
const MIN_SECRET_LENGTH = 6;

/**
 * The secret values of a config, as they could appear in a log line: tokens, client secrets, and
 * the user and password of REDIS_URL (raw and percent-decoded). The logger scrubs each of them
 * from every line it writes, whatever field or message carries it.
 */
export function configSecrets(config: Partial<Pick<Config, 'REDIS_URL' | 'SLACK_SIGNING_SECRET' | 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN' | 'TEAMS_APP_PASSWORD' | 'HELPDESK_TOKEN' | 'API_TOKEN' | 'SESSION_SECRET'>>): string[] {
  const values = [config.SLACK_SIGNING_SECRET, config.SLACK_BOT_TOKEN, config.SLACK_APP_TOKEN, config.TEAMS_APP_PASSWORD, config.HELPDESK_TOKEN, config.API_TOKEN, config.SESSION_SECRET];
  if (config.REDIS_URL) {
    try {
      const url = new URL(config.REDIS_URL);
      for (const part of [url.username, url.password]) values.push(part, safeDecode(part));
    } catch {
      // Not a URL: config.ts refuses such a REDIS_URL before anything is logged.
    }
  }
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length >= MIN_SECRET_LENGTH))];
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
