import type { Message } from '../message.ts';

/**
 * English texts of the start area (the bot's start banner in the terminal, the board's page while
 * HELPDESK_TOKEN is missing, the CLI's word on the in-memory store): the source of the catalog's ids.
 */
export const start = {
  'start.banner.running': 'chatgpt-500 is running',
  'start.banner.label.page': 'Triage page',
  'start.banner.label.board': 'Helpdesk board',
  'start.banner.label.api': 'JSON API',
  'start.banner.api_hint': '(every route: README.md, "JSON API")',
  'start.banner.label.web': 'Web page',
  'start.banner.web_off': 'off (WEB_ENABLED=false; remove it to serve the page and the board)',
  'start.banner.label.operations': 'Operations',
  'start.banner.label.store': 'Store',
  'start.banner.store.memory': 'memory — one process only; set REDIS_URL to share state between processes',
  'start.banner.store.redis': 'Redis {url} (REDIS_URL)',
  'start.banner.store.redis_plain': 'Redis (REDIS_URL)',
  'start.banner.store.sentinel': 'Redis via Sentinel (REDIS_SENTINELS)',
  'start.banner.store.cluster': 'Redis Cluster (REDIS_CLUSTER_NODES)',
  'start.banner.label.status': 'Status',
  'start.banner.status': '{url} (read every {seconds} s; until it answers, the page says the status is unknown; STATUS_URL points elsewhere)',
  'start.banner.label.slack': 'Slack',
  'start.banner.slack.off': 'off — to add it, set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode); see README.md',
  'start.banner.slack.http': "on, HTTP mode: point the Slack app's request URLs at {url}",
  'start.banner.slack.socket': 'on, Socket Mode',
  'start.banner.label.teams': 'Teams',
  'start.banner.teams.off': 'off — to add it, set TEAMS_APP_ID and TEAMS_APP_PASSWORD (and TEAMS_APP_TENANT_ID); see README.md',
  'start.banner.teams.on': "on: point the Azure Bot's messaging endpoint at {url}",
  'start.banner.label.announce': 'Announcements',
  'start.banner.announce.off': 'off — set SLACK_ANNOUNCE_CHANNEL or TEAMS_ANNOUNCE_CONVERSATION to announce an outage once instead of triaging everyone',
  'start.banner.announce.on': '{places}, once the desk acknowledges an outage',
  'start.banner.announce.on_status': '{places}, once the status page or the desk names an outage (ANNOUNCE_ON_STATUS)',
  'start.banner.label.access': 'Board access',
  'start.banner.access.open': 'open to anyone who can reach this address (set HELPDESK_TOKEN to require a token)',
  'start.banner.access.token': 'needs the HELPDESK_TOKEN (bearer)',
  'start.banner.access.token_short': 'needs the HELPDESK_TOKEN (bearer) — warning: it is shorter than 16 characters, easy to guess',
  'start.banner.access.locked': 'locked until HELPDESK_TOKEN is set',
  'start.banner.warning_no_token':
    'WARNING: Slack or Teams is configured and HELPDESK_TOKEN is not set, so the helpdesk board shows no incidents. Set HELPDESK_TOKEN to a long random value (e.g. the output of: openssl rand -base64 32) and restart; until then {url} says how.',
  'start.redis_unreachable': 'chatgpt-500: cannot start: {reason}. Start Redis, or correct {variable} (without a Redis setting the bot runs on the in-memory store, one process only).',
  'start.banner.stop': 'Stop with Ctrl+C (or SIGTERM): requests in flight finish first.',

  // The board while a chat platform is configured and HELPDESK_TOKEN is not set (served instead of it, 403).
  'start.board_off.title': 'Helpdesk board: set HELPDESK_TOKEN — chatgpt-500',
  'start.board_off.heading': 'The helpdesk board needs a token',
  'start.board_off.why': 'Slack or Teams is configured, so the board shows incidents only to the desk, with the helpdesk token. No HELPDESK_TOKEN is set on the server yet.',
  'start.board_off.steps': 'To turn the board on:',
  'start.board_off.step_set': 'On the server, set HELPDESK_TOKEN to a long random value, in .env or the environment. For example, the output of this command:',
  'start.board_off.step_restart': 'Restart chatgpt-500 and reload this page: it asks for the token. Give the token only to the desk.',
  'start.board_off.step_off': 'To serve neither the triage page nor the board, set WEB_ENABLED=false instead.',
  'start.board_off.page_link': 'The triage page for employees stays open:',

  // `chatgpt-500 incidents` without Redis.
  'start.incidents.memory':
    'chatgpt-500 incidents: no Redis is configured (REDIS_URL, REDIS_SENTINELS or REDIS_CLUSTER_NODES), and a running bot on the in-memory store keeps its incidents in its own memory, which this command cannot see. Ask the running bot instead: chatgpt-500 incidents --url {url} (with HELPDESK_TOKEN in the environment when its board needs one), or open {url}/board.',
  'start.incidents.http_unreachable':
    'chatgpt-500 incidents: cannot reach {url}: {reason}. Is the bot running there? (--url is its address, e.g. http://localhost:3000)',
  'start.incidents.http_refused': 'chatgpt-500 incidents: {url} answered {status}: {error}',
  'start.incidents.http_unexpected':
    'chatgpt-500 incidents: {url} did not answer with a list of incidents; is --url the address of chatgpt-500?',
} satisfies Record<string, Message>;
