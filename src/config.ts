import { isIP } from 'node:net';
import { z } from 'zod';
import { AppError } from './app-error.ts';
import { DEFAULT_ALLOWLIST } from './triage/default-allowlist.ts';
import { LOCALES, type Locale } from './messages/locale.ts';

/** Exit code for a bad configuration (sysexits EX_CONFIG). */
export const CONFIG_EXIT_CODE = 78;

export class ConfigError extends AppError {
  readonly variable: string;
  constructor(variable: string, problem: string) {
    super('config.invalid', `${variable}: ${problem}`);
    this.variable = variable;
  }
}

const int = (def: number, min: number, max: number) =>
  z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`).default(def);

const num = (def: number, min: number, max: number) =>
  z.coerce.number({ error: 'must be a number' }).min(min, `must be at least ${min}`).max(max, `must be at most ${max}`).default(def);

const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { error: 'must be true or false' })
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));
const bool = (def: boolean) => boolish.default(def);

const url = (what: string) =>
  z.string().refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, `must be an http(s) URL (${what})`);

const list = z.string().transform((v) =>
  v
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean),
);

const hostPorts = list.pipe(
  z
    .array(z.string().regex(/^[^\s:]+:\d{1,5}$/, 'must be a comma-separated list of host:port'))
    .min(1, 'must name at least one host:port'),
);

const domains = list.pipe(
  z.array(z.string().regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'must be a comma-separated list of domains such as chatgpt.com or *.openai.com')),
);

/** A probe address of the network check: https, or http on this machine (tests); no credentials, no fragment. */
const probeUrl = z.string().refine((v) => {
  try {
    const u = new URL(v);
    const loopback = u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
    return (u.protocol === 'https:' || (u.protocol === 'http:' && loopback)) && !u.username && !u.password && !u.hash;
  } catch {
    return false;
  }
}, 'must be a comma-separated list of https URLs such as https://chatgpt.com/favicon.ico');

/** Headers the bot or the proxy chain itself uses: never an identity. */
const RESERVED_HEADERS = ['authorization', 'cookie', 'host', 'forwarded', 'x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host'];

/** One TRUST_PROXY entry: loopback / linklocal / uniquelocal, an IP address, or a CIDR. */
function isProxyAddress(item: string): boolean {
  if (item === 'loopback' || item === 'linklocal' || item === 'uniquelocal') return true;
  const [address = '', bits, ...rest] = item.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `start`'s output: `pretty` (the start banner, then one readable line per log entry, on stderr), `json` (JSON lines only, no banner), `auto` (pretty when stderr is a terminal). */
  LOG_FORMAT: z.enum(['auto', 'pretty', 'json'], { error: 'must be auto, pretty or json' }).default('auto'),
  PORT: int(3000, 0, 65535),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: url('the address people use to reach the bot').optional(),

  DEFAULT_LOCALE: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(', ')}` }).default('en'),
  DESK_LOCALE: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(', ')}` }).optional(),

  IT_ALLOWLIST_MINIMUM: domains.default([...DEFAULT_ALLOWLIST.minimum]),
  IT_ALLOWLIST_BROADER: domains.default([...DEFAULT_ALLOWLIST.broader]),

  /** What "Check my network" on the web page probes from the person's browser; default: each IT_ALLOWLIST_MINIMUM domain. */
  NETWORK_CHECK_TARGETS: list.pipe(z.array(probeUrl).min(1, 'must name at least one URL').max(30, 'must name at most 30 URLs')).optional(),

  /** A HAR larger than this is refused (it is read as a stream, so memory does not grow with it). */
  HAR_MAX_BYTES: int(104_857_600, 1, 4_294_967_296),

  STATUS_URL: url('the status page base, e.g. https://status.openai.com').default('https://status.openai.com'),
  STATUS_PROVIDER: z.enum(['incidentio', 'statuspage'], { error: 'must be incidentio or statuspage' }).default('incidentio'),
  STATUS_POLL_SECONDS: int(60, 1, 86_400),
  STATUS_STALE_AFTER_SECONDS: int(600, 1, 604_800),
  STATUS_CONNECT_TIMEOUT_MS: int(3000, 1, 60_000),
  STATUS_TIMEOUT_MS: int(10_000, 1, 120_000),
  STATUS_MAX_BYTES: int(2_000_000, 1, 100_000_000),

  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  REDIS_SENTINELS: hostPorts.optional(),
  REDIS_SENTINEL_NAME: z.string().min(1).default('mymaster'),
  REDIS_CLUSTER_NODES: hostPorts.optional(),
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]{1,40}$/, 'must be 1-40 letters, digits, ":", "_" or "-"').default('c500:'),
  REPORT_RETENTION_DAYS: int(7, 1, 3650),
  CONVERSATION_TTL_HOURS: int(24, 1, 720),

  INCIDENT_MIN_REPORTERS: int(3, 1, 100_000),
  INCIDENT_WINDOW_MINUTES: int(10, 1, 1440),
  INCIDENT_QUIET_MINUTES: int(30, 1, 10_080),
  INCIDENT_CARD_MIN_INTERVAL_SECONDS: int(5, 0, 3600),

  DELIVERY_CONCURRENCY: int(32, 1, 1024),
  DELIVERY_CLAIM_SECONDS: int(30, 1, 3600),
  DELIVERY_MAX_ATTEMPTS: int(10, 1, 100),
  DELIVERY_RETRY_MIN_SECONDS: num(1, 0.01, 3600),
  DELIVERY_RETRY_MAX_SECONDS: num(1800, 0.01, 86_400),
  SHUTDOWN_GRACE_SECONDS: int(10, 1, 3600),
  OUTBOX_MAX_BACKLOG: int(5000, 0, 100_000_000),
  /**
   * The outbox worker in a worker thread of its own (`on`: needs a Redis store and Teams off), at
   * a lower scheduling priority, so the main thread's event loop is left to requests and their
   * acks; or in the main thread (`off`, the default). A thread costs about 35–55 MB (its own heap
   * for the modules it loads) and helps only where the replica has CPU to spare for it.
   */
  DELIVERY_THREAD: z.enum(['on', 'off'], { error: 'must be on or off' }).default('off'),
  /**
   * After this many seconds in which the event loop was (nearly) idle, one full garbage collection
   * gives the memory V8's nursery grew to back to the system (adapters/app/trim-heap-when-idle.ts);
   * 0 turns it off.
   */
  IDLE_HEAP_TRIM_SECONDS: num(3, 0, 3600),

  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'must be a bot token starting with xoxb-').optional(),
  SLACK_APP_TOKEN: z.string().regex(/^xapp-/, 'must be an app-level token starting with xapp-').optional(),
  SLACK_API_URL: url('the Slack Web API base, e.g. https://slack.com/api/').optional(),
  SLACK_HELPDESK_CHANNEL: z.string().min(1).optional(),
  SLACK_HELPDESK_USERGROUP: z.string().regex(/^S[A-Z0-9]{6,30}$/, 'must be a Slack user group id, like S0123ABCD').optional(),
  SLACK_TRIAGE_IN_CHANNEL: bool(false),
  SLACK_COMMAND: z.string().regex(/^\/[a-z0-9_-]+$/i, 'must look like /chatgpt-500').default('/chatgpt-500'),
  /** Where the outage announcement is posted on Slack: a channel id (the bot must be a member). */
  SLACK_ANNOUNCE_CHANNEL: z.string().regex(/^[CG][A-Z0-9]{6,30}$/, 'must be a Slack channel id, like C0123ABCD (not a name)').optional(),

  TEAMS_APP_ID: z.string().regex(/^[^\s]{1,100}$/, 'must be the Azure Bot\'s Microsoft App ID (a GUID)').optional(),
  TEAMS_APP_PASSWORD: z.string().min(1).optional(),
  TEAMS_APP_TENANT_ID: z.string().regex(/^[A-Za-z0-9.-]{1,100}$/, 'must be the Entra ID tenant id (a GUID) or domain').optional(),
  TEAMS_APP_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'], { error: 'must be SingleTenant, MultiTenant or UserAssignedMSI' }).default('SingleTenant'),
  TEAMS_HELPDESK_CONVERSATION: z.string().regex(/^\S{3,400}$/, 'must be the conversation id of the helpdesk channel, like 19:…@thread.tacv2').optional(),
  /** Where the outage announcement is posted on Teams: a channel's conversation id (reached on TEAMS_SERVICE_URL). */
  TEAMS_ANNOUNCE_CONVERSATION: z.string().regex(/^\S{3,400}$/, 'must be the conversation id of a Teams channel, like 19:…@thread.tacv2').optional(),
  TEAMS_SERVICE_URL: url("the tenant's Bot Connector address").default('https://smba.trafficmanager.net/teams/'),
  TEAMS_OPENID_METADATA_URL: url("the Bot Framework's OpenID metadata document").default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
  TEAMS_TOKEN_URL: url('the OAuth 2.0 token endpoint of the bot identity').optional(),

  /** Announce a ChatGPT incident as soon as the status page has one, before the desk acknowledges anything. */
  ANNOUNCE_ON_STATUS: bool(false),

  WEB_ENABLED: boolish.optional(),
  HELPDESK_TOKEN: z.string().min(1).optional(),
  WEB_RATE_LIMIT_PER_MINUTE: int(120, 1, 1_000_000),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d{1,2}|((loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?))*))$/,
      'must be false, true, a number of proxy hops, or a comma-separated list of proxy addresses/CIDRs (or loopback, linklocal, uniquelocal)',
    )
    .refine((v) => /^(true|false|\d{1,2})$/.test(v) || v.split(',').every((item) => isProxyAddress(item.trim())), 'must list valid IP addresses or CIDRs, e.g. 127.0.0.1,10.0.0.0/8')
    .transform((v): boolean | number | string => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v))
    .default(false),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. the output of: openssl rand -base64 48)').optional(),
  WEB_IDENTITY_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,100}$/, 'must be an HTTP header name such as X-Forwarded-Email')
    .refine((v) => !RESERVED_HEADERS.includes(v.toLowerCase()), `cannot be one of ${RESERVED_HEADERS.join(', ')}`)
    .optional(),
  API_TOKEN: z.string().min(16, 'must be at least 16 characters (e.g. the output of: openssl rand -base64 32)').optional(),
  WEB_REPORTERS_PER_ADDRESS: int(2, 1, 1_000_000),
  WEB_BODY_LIMIT_BYTES: int(65_536, 1, 10_000_000),
});

type Parsed = z.output<typeof schema>;

/** Every environment variable the program reads. */
export const CONFIG_VARIABLES = Object.keys(schema.shape);

export interface Config extends Parsed {
  /** Derived: which chat platforms are configured. */
  readonly slack: 'off' | 'http' | 'socket';
  /** Derived: Teams is on when TEAMS_APP_ID is set. */
  readonly teams: 'off' | 'on';
  /** Derived: a chat platform (Slack or Teams) is configured. */
  readonly chat: boolean;
  /** Derived: `WEB_ENABLED`, on unless set to false (also when a chat platform is configured). */
  readonly webEnabled: boolean;
  /** Derived: the language of helpdesk cards, the board and the IT note for the desk (`DESK_LOCALE`, else `DEFAULT_LOCALE`). */
  readonly deskLocale: Locale;
  /** Derived: the network check's probe URLs (`NETWORK_CHECK_TARGETS`, else https://<domain>/favicon.ico for each minimum allowlist domain). */
  readonly networkCheckTargets: readonly string[];
  /** Derived: which store backs the desk. */
  readonly store: 'memory' | 'redis' | 'sentinel' | 'cluster';
  /** Derived from DELIVERY_THREAD: where this replica's outbox worker runs. */
  readonly delivery: 'thread' | 'main';
}

/**
 * Parses and validates the environment into a frozen, typed config. Empty strings count as unset.
 * Throws ConfigError naming the first bad variable.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') input[key] = value.trim();
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    throw new ConfigError(variable, issue.message);
  }
  const c = result.data;
  const slack: Config['slack'] = c.SLACK_APP_TOKEN ? 'socket' : c.SLACK_SIGNING_SECRET || c.SLACK_BOT_TOKEN ? 'http' : 'off';
  if (slack !== 'off' && !c.SLACK_BOT_TOKEN) throw new ConfigError('SLACK_BOT_TOKEN', 'is required when Slack is configured');
  if (slack === 'http' && !c.SLACK_SIGNING_SECRET) throw new ConfigError('SLACK_SIGNING_SECRET', 'is required for Slack in HTTP mode');
  const backends = [c.REDIS_URL && 'REDIS_URL', c.REDIS_SENTINELS && 'REDIS_SENTINELS', c.REDIS_CLUSTER_NODES && 'REDIS_CLUSTER_NODES'].filter(Boolean);
  if (backends.length > 1) throw new ConfigError(String(backends[1]), `cannot be combined with ${backends[0]}; set only one Redis connection`);
  if (c.DELIVERY_RETRY_MAX_SECONDS < c.DELIVERY_RETRY_MIN_SECONDS) throw new ConfigError('DELIVERY_RETRY_MAX_SECONDS', `must be at least DELIVERY_RETRY_MIN_SECONDS (${c.DELIVERY_RETRY_MIN_SECONDS})`);
  const store: Config['store'] = c.REDIS_CLUSTER_NODES ? 'cluster' : c.REDIS_SENTINELS ? 'sentinel' : c.REDIS_URL ? 'redis' : 'memory';
  const teams: Config['teams'] = c.TEAMS_APP_ID ? 'on' : 'off';
  if (teams === 'on' && c.TEAMS_APP_TYPE !== 'UserAssignedMSI' && !c.TEAMS_APP_PASSWORD) {
    throw new ConfigError('TEAMS_APP_PASSWORD', `is required when TEAMS_APP_ID is set (the client secret of the bot identity; TEAMS_APP_TYPE is ${c.TEAMS_APP_TYPE})`);
  }
  if (teams === 'on' && c.TEAMS_APP_TYPE === 'SingleTenant' && !c.TEAMS_APP_TENANT_ID && !c.TEAMS_TOKEN_URL) {
    throw new ConfigError('TEAMS_APP_TENANT_ID', 'is required for a SingleTenant bot (or set TEAMS_TOKEN_URL)');
  }
  if (c.WEB_IDENTITY_HEADER && (typeof c.TRUST_PROXY !== 'string')) {
    throw new ConfigError('TRUST_PROXY', `must list the addresses of the authenticating proxy (e.g. 127.0.0.1 or 10.0.0.0/8) when WEB_IDENTITY_HEADER is set: ${c.WEB_IDENTITY_HEADER} is believed only from them`);
  }
  // The page and the board are on by default, also beside Slack or Teams: a desk still wants its
  // board, people without either still need the page (the board needs HELPDESK_TOKEN then).
  const webEnabled = c.WEB_ENABLED ?? true;
  const delivery = deliveryPlace(c.DELIVERY_THREAD, store, teams);
  const networkCheckTargets = c.NETWORK_CHECK_TARGETS ?? [...new Set(c.IT_ALLOWLIST_MINIMUM.map((d) => `https://${d.replace(/^\*\./, '').toLowerCase()}/favicon.ico`))];
  return Object.freeze({ ...c, networkCheckTargets, slack, teams, chat: slack !== 'off' || teams === 'on', webEnabled, store, delivery, deskLocale: c.DESK_LOCALE ?? c.DEFAULT_LOCALE });
}

/**
 * Where the outbox worker runs. A thread shares the outbox with the main thread through Redis
 * (the memory store is the main thread's own), and builds Slack's and the web's senders itself
 * (Teams' sender shares what the bot learns from incoming activities, so Teams delivers from the
 * main thread).
 */
function deliveryPlace(wanted: 'on' | 'off', store: Config['store'], teams: Config['teams']): Config['delivery'] {
  if (wanted === 'off') return 'main';
  if (store === 'memory') throw new ConfigError('DELIVERY_THREAD', 'on needs a Redis store (REDIS_URL, REDIS_SENTINELS or REDIS_CLUSTER_NODES): the memory store cannot be shared with a thread');
  if (teams === 'on') throw new ConfigError('DELIVERY_THREAD', 'on is not available with Teams (TEAMS_APP_ID): Teams delivers from the main thread');
  return 'thread';
}

/** Loads the config or ends the process with one line naming the variable (exit 78). */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`chatgpt-500: configuration error: ${error.message}\n`);
      process.exit(CONFIG_EXIT_CODE);
    }
    throw error;
  }
}
