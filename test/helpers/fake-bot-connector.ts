import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { channelOf, personalConversationId, threadConversationId } from './teams-activities.ts';

/**
 * A fake Bot Framework for tests, on 127.0.0.1 (port 0): the Bot Framework's OpenID metadata
 * document and signing keys (a key pair generated at start, endorsed for `msteams`), an OAuth 2.0
 * client-credentials token endpoint (Entra ID's shape), and the Bot Connector REST API Teams
 * serves at a `serviceUrl` (create a conversation, send, reply, update, delete). Point
 * TEAMS_OPENID_METADATA_URL at `openIdMetadataUrl`, TEAMS_TOKEN_URL at `tokenUrl` and
 * TEAMS_SERVICE_URL / the activities' `serviceUrl` at `serviceUrl`; `postActivity` plays Teams
 * and posts an activity to the bot with a JWT signed by that key.
 *
 * Like the fake Slack API it records every call (kind, method, path, decoded conversation and
 * activity ids, body, headers, time, status answered), keeps the activities it was sent (so a
 * test can tell an update from a repost), refuses what Teams refuses (a connector call without a
 * live token it issued: 401; a message over 28 KB: 413; optionally Teams' per-thread rate limits:
 * 429 with Retry-After), and can be told to fail calls by kind and/or conversation, for a number
 * of calls or for a while, with or without having carried the call out.
 */

/** What a call was: one of the connector's operations, or a call to the auth endpoints. */
export type ConnectorCallKind = 'create' | 'send' | 'reply' | 'update' | 'delete' | 'token' | 'openid' | 'jwks' | 'other';

/** The connector's operations on activities (what failure rules without `kind` and latency apply to). */
export const ACTIVITY_CALL_KINDS: readonly ConnectorCallKind[] = ['create', 'send', 'reply', 'update', 'delete'];

export interface ConnectorCall {
  kind: ConnectorCallKind;
  /** HTTP method. */
  method: string;
  /** The request path as sent (still URL-encoded). */
  path: string;
  /**
   * The conversation the call is about, decoded: the one in the path, or for a create the
   * channel (`channelData.channel.id`) or the 1:1 conversation it opens.
   */
  conversationId?: string;
  /** The activity id in the path (reply, update, delete), decoded. */
  activityId?: string;
  /** The parsed body: JSON for the connector, the form fields for the token endpoint. */
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** now() when the request arrived. */
  at: number;
  /** The HTTP status the fake answered. */
  status: number;
  /** The JSON the fake answered, when it answered JSON. */
  answer?: unknown;
}

export interface StoredActivity {
  /** Where the activity lives: a channel post under its thread (`<channel>;messageid=<id>`). */
  conversationId: string;
  id: string;
  /** The activity as last sent or updated (with its `id`). */
  activity: Record<string, unknown>;
  /** The call that posted it. */
  via: 'create' | 'send' | 'reply';
  /** For a reply: the activity it answered. */
  replyToId?: string;
  /** How many times it was updated (PUT). */
  updates: number;
  /** now() when it was posted, and last updated. */
  at: number;
  updatedAt?: number;
}

export interface ConnectorFailureRule {
  /**
   * Which calls fail; when absent, the connector's operations on activities (create, send, reply,
   * update, delete), never the auth endpoints, which must be named to fail.
   */
  kind?: ConnectorCallKind;
  /** Only calls about this conversation; a channel id (`19:…@thread.tacv2`) also covers its threads. */
  conversationId?: string;
  /**
   * 403 answers `{ error: { code: code ?? 'MessageWritesBlocked' } }` (a user who blocked the bot),
   * 412 `PreconditionFailed`, 429 `TooManyRequests` with Retry-After; 'invalid_json' answers 200
   * with a JSON content type and a body that is not JSON (a gateway's error page).
   */
  status: 429 | 412 | 500 | 502 | 503 | 504 | 403 | 'invalid_json';
  /** Seconds, sent as Retry-After with a 429 (default 1; null: no header). */
  retryAfter?: number | null;
  /** The error code answered (`error.code`; `error` for the token endpoint). */
  code?: string;
  /** How many matching calls fail (default 1, or Infinity with `until`); Infinity for all. */
  times?: number;
  /** Epoch ms (of `now`): the rule applies only while now() < until. */
  until?: number;
  /**
   * The call is carried out before the failure is answered: it reached Teams and only its answer
   * was lost (a timeout or a gateway error on the way back). Only for a call that would have been
   * accepted (a valid token).
   */
  reached?: boolean;
}

export interface SignTokenClaims {
  /** The `serviceurl` claim: must equal the activity's serviceUrl. */
  serviceUrl: string;
  /** `aud`; default the app id. */
  audience?: string;
  /** `iss`; default https://api.botframework.com. */
  issuer?: string;
  /**
   * Seconds from now to `exp` (default 3600); negative for an expired token. botbuilder allows
   * 5 minutes of clock skew, so an expired token for it is older than that (e.g. -600).
   */
  expiresIn?: number;
  /** Seconds from now to `nbf` (default 0); positive for a token not valid yet. */
  notBeforeIn?: number;
  /** The header's `kid`; default the key in the JWKS. */
  kid?: string;
  /** 'other': signed with a key pair that is not in the JWKS but has the same kid (a forged signature). */
  key?: 'fake' | 'other';
  /** More claims, merged last (they win; an `undefined` value removes a claim). */
  extra?: Record<string, unknown>;
}

export interface PostActivityOptions {
  /** The bearer token to send; null sends no Authorization header; default one signed by signToken. */
  token?: string | null;
  /** Changes to the signed token's claims (serviceUrl defaults to the activity's). */
  tokenClaims?: Partial<SignTokenClaims>;
  headers?: Record<string, string>;
}

export interface FakeBotConnectorOptions {
  /** The bot's Microsoft App ID: the token endpoint's client_id and the JWT audience. */
  appId: string;
  /** The client secret the token endpoint accepts. */
  appPassword: string;
  /** The tenant in the token URL's path (default "botframework.com"). */
  tenantId?: string;
  /** Lifetime of the access tokens it issues (default 3600 s). */
  tokenTtlSeconds?: number;
  /**
   * A successful connector call (create, send, reply, update, delete) is carried out at once and
   * answered this many ms later: Teams has the message while its answer is still on the way.
   */
  latencyMs?: number;
  /**
   * Enforce Teams' limits per bot per thread on send, reply and update: 7 per 1 s, 8 per 2 s,
   * 60 per 30 s, 1,800 per hour; past them 429 with Retry-After (seconds until the oldest call
   * leaves the window). Off by default.
   */
  perThreadLimits?: boolean;
  /** The channels the signing key is endorsed for (default ['msteams']). */
  endorsements?: string[];
  /** The clock for token expiry, rate limits, `until` and the recorded times (default Date.now). */
  now?: () => number;
}

export interface FakeBotConnector {
  readonly appId: string;
  readonly origin: string;
  /** GET: the OpenID metadata document (TEAMS_OPENID_METADATA_URL). */
  readonly openIdMetadataUrl: string;
  /** GET: the signing keys (the metadata's jwks_uri). */
  readonly jwksUrl: string;
  /** POST: the OAuth 2.0 client-credentials token endpoint (TEAMS_TOKEN_URL). */
  readonly tokenUrl: string;
  /** The Bot Connector's base URL, ending in "/connector/" (like https://smba.trafficmanager.net/teams/). */
  readonly serviceUrl: string;
  /** The kid of the signing key in the JWKS. */
  readonly keyId: string;
  readonly calls: ConnectorCall[];
  callsTo(kind: ConnectorCallKind): ConnectorCall[];
  /** How many calls the token endpoint received (answered or refused). */
  tokenRequests(): number;
  /** Whether a connector call with this bearer token would be accepted now. */
  isValidToken(token: string): boolean;
  /** Every token issued so far stops being accepted (a client must fetch a new one). */
  expireTokens(): void;
  /**
   * The activities of a conversation, oldest first, after updates; for a bare channel id
   * (`19:…@thread.tacv2`), those of all its threads.
   */
  activitiesIn(conversationId: string): StoredActivity[];
  /** One activity (a channel id also finds it in any of the channel's threads). */
  activity(conversationId: string, id: string): StoredActivity | undefined;
  fail(rule: ConnectorFailureRule): void;
  /** Drops every failure rule (calls already answered stay recorded). */
  clearFailures(): void;
  /** Resolves with the calls of `kind` once there are at least `count` (rejects after `timeoutMs`, default 5000). */
  waitForCalls(kind: ConnectorCallKind, count: number, timeoutMs?: number): Promise<ConnectorCall[]>;
  /** An RS256 JWT like the Bot Framework's for the bot (`iss`, `aud`, `serviceurl`, `exp`, `nbf`, `iat`; `kid` in the header). */
  signToken(claims: SignTokenClaims): Promise<string>;
  /** POSTs the activity as JSON to `${botUrl}/api/messages`, as Teams does, with a signed bearer token unless overridden. */
  postActivity(botUrl: string, activity: object, options?: PostActivityOptions): Promise<Response>;
  /** Forgets calls, activities, failure rules and rate-limit counts; issued tokens stay valid. */
  reset(): void;
  close(): Promise<void>;
}

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
export const BOT_FRAMEWORK_SCOPE = 'https://api.botframework.com/.default';
/** Teams' limit on a message's size. */
export const MAX_MESSAGE_BYTES = 28 * 1024;

const OPENID_PATH = '/v1/.well-known/openidconfiguration';
const JWKS_PATH = '/v1/.well-known/keys';
const CONNECTOR_PREFIX = '/connector/';
const CONVERSATIONS_PATH = '/connector/v3/conversations';

/** Teams' documented limits per bot per thread. */
export const PER_THREAD_LIMITS: readonly { windowMs: number; max: number }[] = [
  { windowMs: 1000, max: 7 },
  { windowMs: 2000, max: 8 },
  { windowMs: 30_000, max: 60 },
  { windowMs: 3_600_000, max: 1800 },
];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isBareChannel = (conversationId: string): boolean =>
  conversationId.startsWith('19:') && conversationId.includes('@thread') && !conversationId.includes(';messageid=');
const isChannel = (conversationId: string): boolean => conversationId.startsWith('19:') && conversationId.includes('@thread');

/** Per key, the rolling windows of PER_THREAD_LIMITS; take() answers undefined (taken) or the seconds to wait. */
function threadLimiter(now: () => number) {
  const taken = new Map<string, number[]>();
  const longest = Math.max(...PER_THREAD_LIMITS.map((l) => l.windowMs));
  return {
    take(key: string): number | undefined {
      const t = now();
      const times = (taken.get(key) ?? []).filter((at) => t - at < longest);
      taken.set(key, times);
      let waitMs = 0;
      for (const { windowMs, max } of PER_THREAD_LIMITS) {
        const inWindow = times.filter((at) => t - at < windowMs);
        // One more fits once the oldest calls beyond max - 1 have left the window.
        if (inWindow.length >= max) waitMs = Math.max(waitMs, inWindow[inWindow.length - max]! + windowMs - t);
      }
      if (waitMs > 0) return Math.max(1, Math.ceil(waitMs / 1000));
      times.push(t);
      return undefined;
    },
    clear: () => taken.clear(),
  };
}

interface Route {
  kind: ConnectorCallKind;
  conversationId?: string;
  activityId?: string;
  tenant?: string;
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function route(method: string, pathname: string): Route {
  const other: Route = { kind: 'other' };
  if (pathname === OPENID_PATH) return method === 'GET' ? { kind: 'openid' } : other;
  if (pathname === JWKS_PATH) return method === 'GET' ? { kind: 'jwks' } : other;
  const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(pathname);
  if (token) {
    const tenant = decode(token[1]!);
    return method === 'POST' && tenant !== undefined ? { kind: 'token', tenant } : other;
  }
  if (pathname !== CONVERSATIONS_PATH && !pathname.startsWith(`${CONVERSATIONS_PATH}/`)) return other;
  const segments = pathname.slice(CONVERSATIONS_PATH.length + 1).split('/');
  if (segments.length === 1 && segments[0] === '') return method === 'POST' ? { kind: 'create' } : other;
  if (segments.length < 2 || segments.length > 3 || segments[1] !== 'activities') return other;
  const conversationId = decode(segments[0]!);
  const activityId = segments[2] ? decode(segments[2]) : undefined;
  if (!conversationId || (segments[2] && activityId === undefined)) return other;
  if (activityId === undefined) return method === 'POST' ? { kind: 'send', conversationId } : other;
  const kind = ({ POST: 'reply', PUT: 'update', DELETE: 'delete' } as const)[method as 'POST' | 'PUT' | 'DELETE'];
  return kind ? { kind, conversationId, activityId } : other;
}

interface Outcome {
  status: number;
  json?: unknown;
  /** A body sent as is, with `contentType`. */
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

const connectorError = (status: number, code: string, message: string): Outcome => ({ status, json: { error: { code, message } } });
const oauthError = (status: number, error: string, description: string): Outcome => ({ status, json: { error, error_description: description } });

const DEFAULT_FAILURE_CODES: Record<number, [string, string]> = {
  403: ['MessageWritesBlocked', 'The bot is not part of the conversation roster.'],
  412: ['PreconditionFailed', 'The conversation was changed concurrently.'],
  429: ['TooManyRequests', 'Too many requests; retry after the time in Retry-After.'],
  500: ['ServiceError', 'An internal error occurred.'],
  502: ['ServiceError', 'Bad gateway.'],
  503: ['ServiceUnavailable', 'The service is temporarily unavailable.'],
  504: ['GatewayTimeout', 'The gateway timed out.'],
};

export async function startFakeBotConnector(options: FakeBotConnectorOptions): Promise<FakeBotConnector> {
  const { appId, appPassword } = options;
  const tenant = options.tenantId ?? 'botframework.com';
  const ttlSeconds = options.tokenTtlSeconds ?? 3600;
  const now = options.now ?? Date.now;
  const calls: ConnectorCall[] = [];
  const activities = new Map<string, StoredActivity>();
  const tokens = new Map<string, number>();
  const events = new EventEmitter();
  const pending = new Set<NodeJS.Timeout>();
  const limiter = options.perThreadLimits ? threadLimiter(now) : undefined;
  let rules: (ConnectorFailureRule & { left: number })[] = [];
  let lastActivityId = 0;

  const signing = await generateKeyPair('RS256');
  const forger = await generateKeyPair('RS256');
  const publicJwk: JWK = await exportJWK(signing.publicKey);
  const keyId = await calculateJwkThumbprint(publicJwk);
  const jwks = { keys: [{ ...publicJwk, kid: keyId, use: 'sig', alg: 'RS256', endorsements: options.endorsements ?? ['msteams'] }] };

  /** Like Teams' activity ids: the posting time in ms, made unique. */
  const nextActivityId = () => {
    lastActivityId = Math.max(now(), lastActivityId + 1);
    return String(lastActivityId);
  };

  const storeKey = (conversationId: string, id: string) => `${conversationId}\n${id}`;

  function store(conversationId: string, id: string, activity: Record<string, unknown>, via: StoredActivity['via'], replyToId?: string) {
    activities.set(storeKey(conversationId, id), { conversationId, id, activity: { ...activity, id }, via, ...(replyToId ? { replyToId } : {}), updates: 0, at: now() });
  }

  function find(conversationId: string, id: string): StoredActivity | undefined {
    const exact = activities.get(storeKey(conversationId, id));
    if (exact || !isChannel(conversationId)) return exact;
    const channel = channelOf(conversationId);
    for (const stored of activities.values()) {
      if (stored.id === id && channelOf(stored.conversationId) === channel) return stored;
    }
    return undefined;
  }

  function bearerOf(headers: IncomingHttpHeaders): string | undefined {
    const header = headers.authorization;
    return typeof header === 'string' && /^Bearer /i.test(header) ? header.slice(7).trim() : undefined;
  }

  function isValidToken(token: string): boolean {
    const expires = tokens.get(token);
    return expires !== undefined && now() < expires;
  }

  /** The conversation a create is about: its channel, or the 1:1 conversation it opens. */
  function createTarget(body: Record<string, unknown>): string | undefined {
    const channelData = isRecord(body.channelData) ? body.channelData : {};
    if (isRecord(channelData.channel) && typeof channelData.channel.id === 'string') return channelData.channel.id;
    const members = Array.isArray(body.members) ? body.members : [];
    const only = members.length === 1 && isRecord(members[0]) ? members[0] : undefined;
    return only && typeof only.id === 'string' ? personalConversationId(appId, only.id) : undefined;
  }

  function issueToken(routeTenant: string | undefined, body: Record<string, unknown>, headers: IncomingHttpHeaders): Outcome {
    if (routeTenant !== tenant) return oauthError(400, 'invalid_request', `AADSTS90002: Tenant '${routeTenant ?? ''}' not found.`);
    let clientId = typeof body.client_id === 'string' ? body.client_id : undefined;
    let secret = typeof body.client_secret === 'string' ? body.client_secret : undefined;
    const basic = headers.authorization;
    if (typeof basic === 'string' && /^Basic /i.test(basic)) {
      const [id, ...rest] = Buffer.from(basic.slice(6).trim(), 'base64').toString('utf8').split(':');
      clientId ??= decode(id ?? '');
      secret ??= decode(rest.join(':'));
    }
    if (body.grant_type !== 'client_credentials') return oauthError(400, 'unsupported_grant_type', 'AADSTS70003: The grant type is not supported.');
    if (clientId !== appId) return oauthError(400, 'invalid_client', `AADSTS700016: Application with identifier '${clientId ?? ''}' was not found.`);
    if (secret !== appPassword) return oauthError(401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.');
    if (body.scope !== BOT_FRAMEWORK_SCOPE) return oauthError(400, 'invalid_scope', `AADSTS70011: The provided scope '${String(body.scope ?? '')}' is not valid.`);
    const accessToken = randomBytes(32).toString('base64url');
    tokens.set(accessToken, now() + ttlSeconds * 1000);
    return { status: 200, json: { token_type: 'Bearer', expires_in: ttlSeconds, ext_expires_in: ttlSeconds, access_token: accessToken } };
  }

  /** Carries out an accepted connector call. */
  function carryOut(r: Route, body: Record<string, unknown>): Outcome {
    const conversationId = r.conversationId ?? '';
    switch (r.kind) {
      case 'create': {
        const channelData = isRecord(body.channelData) ? body.channelData : {};
        const channel = isRecord(channelData.channel) && typeof channelData.channel.id === 'string' ? channelData.channel.id : undefined;
        const activity = isRecord(body.activity) ? body.activity : undefined;
        if (channel) {
          if (!activity) return connectorError(400, 'BadArgument', 'Creating a conversation in a channel needs its first activity.');
          const id = nextActivityId();
          const thread = threadConversationId(channel, id);
          store(thread, id, activity, 'create');
          return { status: 201, json: { id: thread, activityId: id } };
        }
        const members = Array.isArray(body.members) ? body.members : [];
        const personal = createTarget(body);
        if (!personal || body.isGroup === true || members.length !== 1) {
          return connectorError(400, 'BadArgument', 'A conversation is created in a channel or with exactly one user.');
        }
        if (!activity) return { status: 201, json: { id: personal } };
        const id = nextActivityId();
        store(personal, id, activity, 'create');
        return { status: 201, json: { id: personal, activityId: id } };
      }
      case 'send': {
        const id = nextActivityId();
        // A message to a channel starts a new thread, whose root it is.
        store(isBareChannel(conversationId) ? threadConversationId(conversationId, id) : conversationId, id, body, 'send');
        return { status: 201, json: { id } };
      }
      case 'reply': {
        const replyTo = r.activityId ?? '';
        const id = nextActivityId();
        store(isBareChannel(conversationId) ? threadConversationId(conversationId, replyTo) : conversationId, id, body, 'reply', replyTo);
        return { status: 201, json: { id } };
      }
      case 'update': {
        const stored = find(conversationId, r.activityId ?? '');
        if (!stored) return connectorError(404, 'ActivityNotFound', 'Unknown activity.');
        stored.activity = { ...body, id: stored.id };
        stored.updates++;
        stored.updatedAt = now();
        return { status: 200, json: { id: stored.id } };
      }
      case 'delete': {
        const stored = find(conversationId, r.activityId ?? '');
        if (!stored) return connectorError(404, 'ActivityNotFound', 'Unknown activity.');
        activities.delete(storeKey(stored.conversationId, stored.id));
        return { status: 200 };
      }
      default:
        return connectorError(404, 'NotFound', 'No such operation.');
    }
  }

  function matchRule(call: ConnectorCall): (ConnectorFailureRule & { left: number }) | undefined {
    for (const rule of rules) {
      if (rule.left <= 0) continue;
      if (rule.until !== undefined && now() >= rule.until) continue;
      if (rule.kind ? rule.kind !== call.kind : !ACTIVITY_CALL_KINDS.includes(call.kind)) continue;
      if (rule.conversationId) {
        const about = call.conversationId;
        if (!about || (about !== rule.conversationId && !(isBareChannel(rule.conversationId) && channelOf(about) === rule.conversationId))) continue;
      }
      rule.left--;
      return rule;
    }
    return undefined;
  }

  function failure(rule: ConnectorFailureRule, kind: ConnectorCallKind): Outcome {
    if (rule.status === 'invalid_json') return { status: 200, text: '<html><body>Bad gateway</body></html>', contentType: 'application/json; charset=utf-8' };
    const headers: Record<string, string> = rule.status === 429 && rule.retryAfter !== null ? { 'retry-after': String(rule.retryAfter ?? 1) } : {};
    const [defaultCode, defaultMessage] = DEFAULT_FAILURE_CODES[rule.status]!;
    if (kind === 'token') {
      const error = rule.code ?? (rule.status === 403 ? 'invalid_client' : rule.status === 412 ? 'invalid_request' : 'temporarily_unavailable');
      return { ...oauthError(rule.status, error, defaultMessage), headers };
    }
    const message = rule.code === undefined || rule.code === defaultCode ? defaultMessage : rule.code;
    return { ...connectorError(rule.status, rule.code ?? defaultCode, message), headers };
  }

  let origin = '';

  function handle(req: IncomingMessage, res: ServerResponse, raw: string) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const r = route(method, url.pathname);
    let body: Record<string, unknown> = {};
    let unreadable = false;
    if (r.kind === 'token') {
      body = Object.fromEntries(new URLSearchParams(raw));
    } else if (raw) {
      try {
        const v: unknown = JSON.parse(raw);
        body = isRecord(v) ? v : { value: v };
      } catch {
        body = { unparsed: raw };
        unreadable = true;
      }
    }
    const call: ConnectorCall = {
      kind: r.kind,
      method,
      path: url.pathname,
      ...(r.kind === 'create' ? { conversationId: createTarget(body) } : r.conversationId !== undefined ? { conversationId: r.conversationId } : {}),
      ...(r.activityId !== undefined ? { activityId: r.activityId } : {}),
      body,
      headers: req.headers,
      at: now(),
      status: 0,
    };
    if (call.conversationId === undefined) delete call.conversationId;

    const answer = (o: Outcome) => {
      call.status = o.status;
      if (o.json !== undefined) call.answer = o.json;
      calls.push(call);
      if (o.text !== undefined) {
        res.writeHead(o.status, { 'content-type': o.contentType ?? 'text/plain', ...o.headers });
        res.end(o.text);
      } else if (o.json !== undefined) {
        res.writeHead(o.status, { 'content-type': 'application/json; charset=utf-8', ...o.headers });
        res.end(JSON.stringify(o.json));
      } else {
        res.writeHead(o.status, o.headers);
        res.end();
      }
      events.emit('call', call);
    };

    if (r.kind === 'other') {
      answer(connectorError(404, 'NotFound', `${method} ${url.pathname} is not served by the fake Bot Connector.`));
      return;
    }
    const isActivityCall = ACTIVITY_CALL_KINDS.includes(r.kind);
    const bearer = bearerOf(req.headers);
    const authorized = !isActivityCall || (bearer !== undefined && isValidToken(bearer));

    const rule = matchRule(call);
    if (rule) {
      if (rule.reached && authorized && !unreadable) {
        if (r.kind === 'token') issueToken(r.tenant, body, req.headers);
        else if (isActivityCall) carryOut(r, body);
      }
      answer(failure(rule, r.kind));
      return;
    }
    switch (r.kind) {
      case 'openid':
        answer({
          status: 200,
          json: {
            issuer: BOT_FRAMEWORK_ISSUER,
            authorization_endpoint: 'https://invalid.botframework.com',
            jwks_uri: `${origin}${JWKS_PATH}`,
            id_token_signing_alg_values_supported: ['RS256'],
            token_endpoint_auth_signing_alg_values_supported: ['RS256'],
          },
        });
        return;
      case 'jwks':
        answer({ status: 200, json: jwks });
        return;
      case 'token':
        answer(issueToken(r.tenant, body, req.headers));
        return;
      default:
        break;
    }
    if (!authorized) {
      answer(connectorError(401, 'Unauthorized', 'Authorization has been denied for this request.'));
      return;
    }
    if (unreadable) {
      answer(connectorError(400, 'BadSyntax', 'The request body is not JSON.'));
      return;
    }
    const posted = r.kind === 'create' ? body.activity : r.kind === 'delete' ? undefined : body;
    if (posted !== undefined && Buffer.byteLength(JSON.stringify(posted)) > MAX_MESSAGE_BYTES) {
      answer(connectorError(413, 'MessageSizeTooBig', `The message is larger than ${MAX_MESSAGE_BYTES} bytes.`));
      return;
    }
    if (limiter && (r.kind === 'send' || r.kind === 'reply' || r.kind === 'update')) {
      const wait = limiter.take(r.conversationId ?? '');
      if (wait !== undefined) {
        answer({ ...connectorError(429, 'TooManyRequests', 'Too many requests in this thread.'), headers: { 'retry-after': String(wait) } });
        return;
      }
    }
    const outcome = carryOut(r, body);
    if (options.latencyMs && outcome.status < 300) {
      const timer = setTimeout(() => {
        pending.delete(timer);
        answer(outcome);
      }, options.latencyMs);
      pending.add(timer);
    } else {
      answer(outcome);
    }
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  const serviceUrl = `${origin}${CONNECTOR_PREFIX}`;

  async function signToken(claims: SignTokenClaims): Promise<string> {
    const t = Math.floor(Date.now() / 1000);
    const payload: Record<string, unknown> = {
      serviceurl: claims.serviceUrl,
      nbf: t + (claims.notBeforeIn ?? 0),
      exp: t + (claims.expiresIn ?? 3600),
      iss: claims.issuer ?? BOT_FRAMEWORK_ISSUER,
      aud: claims.audience ?? appId,
      iat: t,
      ...claims.extra,
    };
    const key: KeyLike = claims.key === 'other' ? forger.privateKey : signing.privateKey;
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: claims.kid ?? keyId }).sign(key);
  }

  const ofKind = (kind: ConnectorCallKind) => calls.filter((c) => c.kind === kind);

  return {
    appId,
    origin,
    openIdMetadataUrl: `${origin}${OPENID_PATH}`,
    jwksUrl: `${origin}${JWKS_PATH}`,
    tokenUrl: `${origin}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`,
    serviceUrl,
    keyId,
    calls,
    callsTo: ofKind,
    tokenRequests: () => ofKind('token').length,
    isValidToken,
    expireTokens() {
      const t = now();
      for (const token of tokens.keys()) tokens.set(token, t);
    },
    activitiesIn(conversationId) {
      const bare = isBareChannel(conversationId);
      return [...activities.values()].filter((a) => a.conversationId === conversationId || (bare && channelOf(a.conversationId) === conversationId));
    },
    activity: find,
    fail(rule) {
      rules.push({ ...rule, left: rule.times ?? (rule.until !== undefined ? Infinity : 1) });
    },
    clearFailures() {
      rules = [];
    },
    waitForCalls(kind, count, timeoutMs = 5000) {
      if (ofKind(kind).length >= count) return Promise.resolve(ofKind(kind));
      return new Promise((resolve, reject) => {
        const onCall = () => {
          if (ofKind(kind).length >= count) {
            clearTimeout(timer);
            events.off('call', onCall);
            resolve(ofKind(kind));
          }
        };
        const timer = setTimeout(() => {
          events.off('call', onCall);
          reject(new Error(`fake Bot Connector: ${ofKind(kind).length} of ${count} ${kind} calls after ${timeoutMs} ms (calls: ${calls.map((c) => c.kind).join(', ') || 'none'})`));
        }, timeoutMs);
        events.on('call', onCall);
      });
    },
    signToken,
    async postActivity(botUrl, activity, postOptions = {}) {
      const own = (activity as Record<string, unknown>).serviceUrl;
      const token =
        postOptions.token === undefined ? await signToken({ serviceUrl: typeof own === 'string' ? own : serviceUrl, ...postOptions.tokenClaims }) : postOptions.token;
      const base = botUrl.replace(/\/+$/, '');
      return fetch(base.endsWith('/api/messages') ? base : `${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...postOptions.headers },
        body: JSON.stringify(activity),
      });
    },
    reset() {
      calls.length = 0;
      activities.clear();
      rules = [];
      limiter?.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of pending) clearTimeout(timer);
        pending.clear();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
