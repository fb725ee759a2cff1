import type { Config } from '../../src/config.ts';
import type { MessageId } from '../../src/messages/catalogs.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { redactRedisUrl } from '../../src/store/redact-redis-url.ts';
import { helpdeskTokenRequired } from '../web/helpdesk-guard.ts';

export type BannerConfig = Pick<Config, 'slack' | 'teams' | 'chat' | 'webEnabled' | 'store' | 'HELPDESK_TOKEN' | 'PUBLIC_URL' | 'STATUS_URL' | 'STATUS_POLL_SECONDS' | 'deskLocale'> &
  Partial<Pick<Config, 'REDIS_URL' | 'SLACK_ANNOUNCE_CHANNEL' | 'TEAMS_ANNOUNCE_CONVERSATION' | 'ANNOUNCE_ON_STATUS'>>;

const STORE: Record<Config['store'], MessageId> = {
  memory: 'start.banner.store.memory',
  redis: 'start.banner.store.redis_plain',
  sentinel: 'start.banner.store.sentinel',
  cluster: 'start.banner.store.cluster',
};

/** The board is on, needs HELPDESK_TOKEN (a chat platform is configured) and has none: it shows no incidents. */
export function boardLocked(config: Pick<Config, 'webEnabled' | 'chat' | 'HELPDESK_TOKEN'>): boolean {
  return config.webEnabled && config.chat && config.HELPDESK_TOKEN === undefined;
}

/**
 * The lines shown to a person at a terminal once the server listens (in DESK_LOCALE): where to
 * go next, what is on, and a warning when the board is locked for want of HELPDESK_TOKEN.
 */
export function startupBanner(config: BannerConfig, listeningUrl: string): string {
  const { t } = messagesFor(config.deskLocale);
  const base = (config.PUBLIC_URL ?? listeningUrl).replace(/\/+$/, '');
  const rows: [MessageId, string][] = [];
  if (config.webEnabled) {
    rows.push(['start.banner.label.page', `${base}/`], ['start.banner.label.board', `${base}/board`], ['start.banner.label.api', `${base}/api/status   ${t('start.banner.api_hint')}`]);
  } else {
    rows.push(['start.banner.label.web', t('start.banner.web_off')]);
  }
  rows.push(['start.banner.label.operations', `${base}/healthz  ${base}/readyz  ${base}/metrics`]);
  // The URL without its user and password (redis://:***@host:6379).
  rows.push(['start.banner.label.store', config.store === 'redis' && config.REDIS_URL ? t('start.banner.store.redis', { url: redactRedisUrl(config.REDIS_URL) }) : t(STORE[config.store])]);
  rows.push(['start.banner.label.status', t('start.banner.status', { url: config.STATUS_URL, seconds: config.STATUS_POLL_SECONDS })]);
  rows.push([
    'start.banner.label.slack',
    config.slack === 'off' ? t('start.banner.slack.off') : config.slack === 'http' ? t('start.banner.slack.http', { url: `${base}/slack/events` }) : t('start.banner.slack.socket'),
  ]);
  rows.push(['start.banner.label.teams', config.teams === 'off' ? t('start.banner.teams.off') : t('start.banner.teams.on', { url: `${base}/api/messages` })]);
  if (config.chat) rows.push(['start.banner.label.announce', announceRow(config, t)]);
  if (config.webEnabled) {
    rows.push([
      'start.banner.label.access',
      !helpdeskTokenRequired(config)
        ? t('start.banner.access.open')
        : config.HELPDESK_TOKEN === undefined
          ? t('start.banner.access.locked')
          : t(config.HELPDESK_TOKEN.length < 16 ? 'start.banner.access.token_short' : 'start.banner.access.token'),
    ]);
  }
  const labels = rows.map(([id]) => t(id));
  const width = Math.max(...labels.map((label) => label.length)) + 2;
  const lines = ['', t('start.banner.running'), '', ...rows.map(([, value], i) => `  ${labels[i]!.padEnd(width)}${value}`), ''];
  if (boardLocked(config)) lines.push(t('start.banner.warning_no_token', { url: `${base}/board` }), '');
  lines.push(t('start.banner.stop'), '');
  return lines.join('\n');
}

/** Where outages are announced (SLACK_ANNOUNCE_CHANNEL, TEAMS_ANNOUNCE_CONVERSATION), or how to turn it on. */
function announceRow(config: BannerConfig, t: ReturnType<typeof messagesFor>['t']): string {
  const places = [
    config.slack !== 'off' && config.SLACK_ANNOUNCE_CHANNEL ? `Slack ${config.SLACK_ANNOUNCE_CHANNEL}` : undefined,
    config.teams !== 'off' && config.TEAMS_ANNOUNCE_CONVERSATION ? `Teams ${config.TEAMS_ANNOUNCE_CONVERSATION}` : undefined,
  ].filter((place): place is string => place !== undefined);
  if (places.length === 0) return t('start.banner.announce.off');
  return t(config.ANNOUNCE_ON_STATUS ? 'start.banner.announce.on_status' : 'start.banner.announce.on', { places: places.join(', ') });
}
