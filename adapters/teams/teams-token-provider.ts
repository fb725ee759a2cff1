import { z } from 'zod';
import { DeliveryFailure } from '../../src/delivery/delivery-failure.ts';

/** The scope of tokens for calling the Bot Connector. */
export const BOT_FRAMEWORK_SCOPE = 'https://api.botframework.com/.default';
/** A token is renewed this long before it expires. */
const RENEW_BEFORE_MS = 5 * 60_000;
const FETCH_TIMEOUT_MS = 10_000;

const tokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive() }).loose();

export interface TeamsTokenProvider {
  /** A bearer token for the Bot Connector, from the cache while it has more than 5 minutes left. */
  token(): Promise<string>;
  /** The connector refused the token (401): the next call fetches a new one. */
  invalidate(): void;
}

export interface TokenProviderOptions {
  appId: string;
  /** Client secret; absent for a managed identity. */
  appPassword?: string;
  appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
  tenantId?: string;
  /** TEAMS_TOKEN_URL; default: the tenant's Entra ID v2.0 endpoint (or the managed identity endpoint). */
  tokenUrl?: string;
  fetch?: typeof fetch;
  now?: () => number;
}

/** Where tokens come from when TEAMS_TOKEN_URL is not set. */
export function defaultTokenUrl(options: Pick<TokenProviderOptions, 'appType' | 'tenantId'>): string {
  if (options.appType === 'UserAssignedMSI') return 'http://169.254.169.254/metadata/identity/oauth2/token';
  const tenant = options.appType === 'MultiTenant' ? 'botframework.com' : (options.tenantId ?? 'botframework.com');
  return `https://login.microsoftonline.com/${encodeURIComponent(tenant)}/oauth2/v2.0/token`;
}

/**
 * OAuth 2.0 client credentials for the bot identity (or its managed identity), cached until
 * shortly before they expire, one request at a time. A failure to get a token is a transient
 * delivery failure (the outbox retries), except a refused secret, which is a definite refusal.
 */
export function createTeamsTokenProvider(options: TokenProviderOptions): TeamsTokenProvider {
  const fetchFn = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const url = options.tokenUrl ?? defaultTokenUrl(options);
  let cached: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function request(): Promise<string> {
    let res: Response;
    try {
      if (options.appType === 'UserAssignedMSI') {
        const target = new URL(url);
        target.searchParams.set('api-version', '2018-02-01');
        target.searchParams.set('resource', 'https://api.botframework.com');
        target.searchParams.set('client_id', options.appId);
        res = await fetchFn(target, { headers: { Metadata: 'true' }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      } else {
        const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: options.appId, client_secret: options.appPassword ?? '', scope: BOT_FRAMEWORK_SCOPE });
        res = await fetchFn(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'error' });
      }
    } catch (error) {
      throw new DeliveryFailure('transient', 'teams:token_unreachable', { uncertain: false, cause: error });
    }
    if (res.status === 400 || res.status === 401 || res.status === 403) {
      await res.arrayBuffer();
      throw new DeliveryFailure('refused', `teams:token_refused_${res.status}`);
    }
    if (!res.ok) {
      await res.arrayBuffer();
      throw new DeliveryFailure('transient', `teams:token_http_${res.status}`, { uncertain: false });
    }
    let parsed;
    try {
      parsed = tokenSchema.safeParse(await res.json());
    } catch (error) {
      throw new DeliveryFailure('transient', 'teams:token_unreadable', { uncertain: false, cause: error });
    }
    if (!parsed.success) throw new DeliveryFailure('transient', 'teams:token_unreadable', { uncertain: false });
    const lifetimeMs = parsed.data.expires_in * 1000;
    cached = { token: parsed.data.access_token, renewAt: now() + Math.max(lifetimeMs / 2, lifetimeMs - RENEW_BEFORE_MS) };
    return cached.token;
  }

  return {
    token() {
      if (cached && now() < cached.renewAt) return Promise.resolve(cached.token);
      pending ??= request().finally(() => (pending = undefined));
      return pending;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
