import { z } from 'zod';
import { DeliveryFailure } from '../../src/delivery/delivery-failure.ts';
import type { TeamsPacer } from './teams-pacer.ts';
import type { TeamsTokenProvider } from './teams-token-provider.ts';

/** A conversation on a Bot Connector: its service URL and id (a personal chat, a channel, a thread). */
export interface ConnectorTarget {
  serviceUrl: string;
  conversationId: string;
}

/** An outgoing activity (a message with an Adaptive Card, usually). */
export type OutgoingActivity = Record<string, unknown> & { type: string };

export interface TeamsConnector {
  /** Sends an activity to a conversation (in a channel's own id: a new thread). Returns its id ('' when the answer had none). */
  send(target: ConnectorTarget, activity: OutgoingActivity): Promise<{ id: string }>;
  /** Replaces an activity the bot sent (updateActivity). */
  update(target: ConnectorTarget, activityId: string, activity: OutgoingActivity): Promise<void>;
  /**
   * Opens (or finds) the bot's personal chat with a user of the tenant (createConversation, what
   * a proactive 1:1 message starts with); returns its conversation id.
   */
  openPersonal(serviceUrl: string, who: { user: string; tenant?: string; bot?: string }): Promise<string>;
}

export interface TeamsConnectorDeps {
  tokens: TeamsTokenProvider;
  pacer: TeamsPacer;
  /** Whether the bot may call this service URL (configured, or seen in an authenticated activity). */
  allowed: (serviceUrl: string) => Promise<boolean>;
  fetch?: typeof fetch;
  timeoutMs?: number;
  onAttempt?: (method: string, outcome: 'ok' | 'rate_limited' | 'server_error' | 'network_error' | 'api_error') => void;
}

const sentSchema = z.object({ id: z.string().min(1) }).loose();
const errorSchema = z.object({ error: z.object({ code: z.string().optional() }).loose().optional() }).loose();

/** Statuses worth another try (Teams documents 412, 502 and 504 as transient, with 429). */
const TRANSIENT = new Set([408, 412, 500, 502, 503, 504]);

const base = (serviceUrl: string) => (serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`);

/** Reads an error body's code (`MessageWritesBlocked`) without trusting it. */
async function errorCode(res: Response): Promise<string | undefined> {
  try {
    const parsed = errorSchema.safeParse(await res.json());
    return parsed.success ? parsed.data.error?.code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Bot Connector REST API the outbox uses, one attempt per call (the outbox worker retries):
 * answers become DeliveryFailures of the right class. Each thread is paced to Teams' limits and a
 * 429 pauses it for Retry-After; only allowed service URLs are called, with a bearer token from
 * TEAMS_TOKEN_URL. Independent of the Bot Framework SDK.
 */
export function createTeamsConnector(deps: TeamsConnectorDeps): TeamsConnector {
  const fetchFn = deps.fetch ?? fetch;
  const timeoutMs = deps.timeoutMs ?? 15_000;

  async function call(method: 'POST' | 'PUT', target: ConnectorTarget, path: string, activity: OutgoingActivity, kind: string): Promise<unknown> {
    if (!(await deps.allowed(target.serviceUrl))) throw new DeliveryFailure('refused', 'teams:service_url_not_allowed');
    const wait = deps.pacer.take(target.conversationId);
    if (wait > 0) throw new DeliveryFailure('rate_limited', 'teams:paced', { retryAfterMs: wait, uncertain: false });
    const token = await deps.tokens.token();
    const posting = method === 'POST';
    let res: Response;
    try {
      res = await fetchFn(new URL(path, base(target.serviceUrl)), {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(activity),
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      deps.onAttempt?.(kind, 'network_error');
      throw new DeliveryFailure('transient', 'teams:network_error', { uncertain: posting, cause: error });
    }
    if (res.ok) {
      let body: unknown;
      try {
        const text = await res.text();
        // An update often answers with no body: accepted all the same.
        body = text.trim() ? (JSON.parse(text) as unknown) : undefined;
      } catch (error) {
        // A 2xx whose body is not JSON (a gateway's page): whether Teams took it is unknown. Tried
        // again: an update carries the whole card, and a post is at least once on Teams.
        deps.onAttempt?.(kind, 'server_error');
        throw new DeliveryFailure('transient', 'teams:unreadable_answer', { uncertain: posting, cause: error });
      }
      deps.onAttempt?.(kind, 'ok');
      return body;
    }
    if (res.status === 429) {
      await res.arrayBuffer();
      const seconds = Number(res.headers.get('retry-after'));
      const retryAfterMs = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
      deps.pacer.pause(target.conversationId, retryAfterMs);
      deps.onAttempt?.(kind, 'rate_limited');
      throw new DeliveryFailure('rate_limited', 'teams:rate_limited', { retryAfterMs, uncertain: false });
    }
    const code = await errorCode(res);
    if (res.status === 401) {
      // The token was refused (rotated secret, expired early): fetch a new one next time.
      deps.tokens.invalidate();
      deps.onAttempt?.(kind, 'api_error');
      throw new DeliveryFailure('transient', 'teams:unauthorized', { uncertain: false });
    }
    if (TRANSIENT.has(res.status) || res.status >= 500) {
      deps.onAttempt?.(kind, 'server_error');
      throw new DeliveryFailure('transient', `teams:http_${res.status}`, { uncertain: posting });
    }
    deps.onAttempt?.(kind, 'api_error');
    // 403 MessageWritesBlocked (the user blocked the bot), 404 (conversation or activity gone), 400: final.
    throw new DeliveryFailure('refused', `teams:${code ?? `http_${res.status}`}`);
  }

  const path = (conversationId: string, activityId?: string) =>
    `v3/conversations/${encodeURIComponent(conversationId)}/activities${activityId ? `/${encodeURIComponent(activityId)}` : ''}`;

  return {
    async send(target, activity) {
      const parsed = sentSchema.safeParse(await call('POST', target, path(target.conversationId), activity, 'send'));
      // Without an id the message was still accepted; it just cannot be updated later.
      return { id: parsed.success ? parsed.data.id : '' };
    },
    async update(target, activityId, activity) {
      await call('PUT', target, path(target.conversationId, activityId), { ...activity, id: activityId }, 'update');
    },
    async openPersonal(serviceUrl, who) {
      const body = {
        type: 'conversation',
        isGroup: false,
        members: [{ id: who.user }],
        ...(who.bot ? { bot: { id: who.bot } } : {}),
        ...(who.tenant ? { tenantId: who.tenant, channelData: { tenant: { id: who.tenant } } } : {}),
      };
      // Paced like a send to that user (one key per user).
      const parsed = sentSchema.safeParse(await call('POST', { serviceUrl, conversationId: `personal:${who.user}` }, 'v3/conversations', body, 'create'));
      if (!parsed.success) throw new DeliveryFailure('transient', 'teams:unreadable_answer', { uncertain: false });
      return parsed.data.id;
    },
  };
}
