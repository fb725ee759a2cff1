import type { Config } from '../../src/config.ts';
import { redactRedisUrl } from '../../src/store/redact-redis-url.ts';

const STORE_LINES: Record<Config['store'], string> = {
  memory: 'memory — one process only; set REDIS_URL to share state between processes',
  redis: 'Redis (REDIS_URL)',
  sentinel: 'Redis via Sentinel (REDIS_SENTINELS)',
  cluster: 'Redis Cluster (REDIS_CLUSTER_NODES)',
};

/** The lines printed once the server listens: where to go next. */
export function startupBanner(
  config: Pick<Config, 'slack' | 'teams' | 'chat' | 'webEnabled' | 'store' | 'HELPDESK_TOKEN' | 'PUBLIC_URL' | 'STATUS_URL' | 'STATUS_POLL_SECONDS'> & Partial<Pick<Config, 'REDIS_URL'>>,
  listeningUrl: string,
): string {
  const base = (config.PUBLIC_URL ?? listeningUrl).replace(/\/+$/, '');
  const lines = ['', 'chatgpt-500 is running', ''];
  if (config.webEnabled) {
    lines.push(
      `  Triage page     ${base}/`,
      `  Helpdesk board  ${base}/board`,
      `  JSON API        ${base}/api/status   (every route: README.md, "JSON API")`,
    );
  } else {
    lines.push('  Web page        off (a chat platform is configured; set WEB_ENABLED=true to serve the page and board too)');
  }
  lines.push(`  Operations      ${base}/healthz  ${base}/readyz  ${base}/metrics`, '');
  // The URL without its user and password (redis://:***@host:6379).
  lines.push(`  Store    ${config.store === 'redis' && config.REDIS_URL ? `Redis ${redactRedisUrl(config.REDIS_URL)} (REDIS_URL)` : STORE_LINES[config.store]}`);
  lines.push(`  Status   ${config.STATUS_URL} (read every ${config.STATUS_POLL_SECONDS} s; until it answers, the page says the status is unknown)`);
  lines.push(
    `  Slack    ${
      config.slack === 'off'
        ? 'off — to add it, set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode); see README.md'
        : config.slack === 'http'
          ? `on, HTTP mode: point the Slack app's request URLs at ${base}/slack/events`
          : 'on, Socket Mode'
    }`,
  );
  lines.push(
    `  Teams    ${
      config.teams === 'off'
        ? 'off — to add it, set TEAMS_APP_ID and TEAMS_APP_PASSWORD (and TEAMS_APP_TENANT_ID); see README.md'
        : `on: point the Azure Bot's messaging endpoint at ${base}/api/messages`
    }`,
  );
  if (config.webEnabled) {
    const tokenRequired = config.chat || config.HELPDESK_TOKEN !== undefined;
    lines.push(
      `  Board    ${
        !tokenRequired
          ? 'open to anyone who can reach this address (set HELPDESK_TOKEN to require a token)'
          : config.HELPDESK_TOKEN
            ? `needs the HELPDESK_TOKEN (bearer)${config.HELPDESK_TOKEN.length < 16 ? ' — warning: it is shorter than 16 characters, easy to guess' : ''}`
            : 'off until HELPDESK_TOKEN is set (a chat platform is configured)'
      }`,
    );
  }
  lines.push('', 'Stop with Ctrl+C (or SIGTERM): requests in flight finish first.', '');
  return lines.join('\n');
}
