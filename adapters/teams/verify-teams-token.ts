import { errors, importJWK, jwtVerify, type JWK, type JWTPayload, type KeyLike } from 'jose';
import { z } from 'zod';

/** The issuer of the tokens the Bot Framework channels (Teams) sign. */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

/** Clock skew the Bot Framework SDKs allow between the channel and the bot. */
const CLOCK_TOLERANCE_S = 300;
/** Keys are published for days; read the document again at most this often, or sooner for an unknown key id. */
const KEYS_MAX_AGE_MS = 24 * 3_600_000;
/** An unknown key id makes the keys be read again, but not more often than this (a flood of forged ids). */
const UNKNOWN_KID_COOLDOWN_MS = 60_000;
const FETCH_TIMEOUT_MS = 10_000;

const metadataSchema = z.object({ jwks_uri: z.string().url() }).loose();
const jwksSchema = z.object({
  keys: z.array(z.object({ kid: z.string().optional(), kty: z.string(), endorsements: z.array(z.string()).optional() }).loose()),
});

export type TokenVerdict = { ok: true; claims: JWTPayload } | { ok: false; reason: string };

export interface TeamsTokenVerifier {
  /**
   * Checks the `Authorization` header of a request from the channel: a Bearer JWT signed with one
   * of the keys of the OpenID metadata's `jwks_uri` (RS256), issued by the Bot Framework, for this
   * app (`aud`), not expired (5 min of clock skew), its `serviceurl` claim equal to the activity's
   * `serviceUrl`, and, when the key lists channels it is endorsed for, endorsed for the activity's.
   */
  verify(authorization: string | undefined, activity: { serviceUrl: string; channelId: string }): Promise<TokenVerdict>;
}

interface KeySet {
  at: number;
  keys: Map<string, { key: KeyLike | Uint8Array; endorsements?: string[] }>;
}

const sameServiceUrl = (a: string, b: string) => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

/**
 * The Bot Framework's request authentication, on `jose`: the same checks the SDK makes, with
 * answers a caller can map to 401 (a forged signature is a verdict, not an exception). The
 * metadata and keys are cached; one fetch at a time.
 */
export function createTeamsTokenVerifier(options: { appId: string; openIdMetadataUrl: string; fetch?: typeof fetch; now?: () => number }): TeamsTokenVerifier {
  const fetchFn = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  let keySet: KeySet | undefined;
  let loading: Promise<KeySet> | undefined;
  let lastUnknownKidReload = 0;

  async function getJson(url: string): Promise<unknown> {
    const res = await fetchFn(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'error' });
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    return res.json();
  }

  async function load(): Promise<KeySet> {
    const metadata = metadataSchema.parse(await getJson(options.openIdMetadataUrl));
    const jwks = jwksSchema.parse(await getJson(metadata.jwks_uri));
    const keys = new Map<string, { key: KeyLike | Uint8Array; endorsements?: string[] }>();
    for (const jwk of jwks.keys) {
      if (!jwk.kid || jwk.kty !== 'RSA') continue;
      try {
        keys.set(jwk.kid, { key: await importJWK(jwk as JWK, 'RS256'), ...(jwk.endorsements ? { endorsements: jwk.endorsements } : {}) });
      } catch {
        // A key this verifier cannot use (another algorithm): skipped, as the SDK does.
      }
    }
    return { at: now(), keys };
  }

  function reload(): Promise<KeySet> {
    loading ??= load()
      .then((set) => (keySet = set))
      .finally(() => (loading = undefined));
    return loading;
  }

  async function keyFor(kid: string | undefined): Promise<{ key: KeyLike | Uint8Array; endorsements?: string[] } | undefined> {
    if (!kid) return undefined;
    let set = keySet && now() - keySet.at < KEYS_MAX_AGE_MS ? keySet : await reload();
    let hit = set.keys.get(kid);
    if (!hit && now() - lastUnknownKidReload > UNKNOWN_KID_COOLDOWN_MS) {
      lastUnknownKidReload = now();
      set = await reload();
      hit = set.keys.get(kid);
    }
    return hit;
  }

  return {
    async verify(authorization, activity) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
      if (!match) return { ok: false, reason: 'no bearer token' };
      let endorsements: string[] | undefined;
      try {
        const { payload } = await jwtVerify(
          match[1]!,
          async (header) => {
            const found = await keyFor(header.kid);
            if (!found) throw new errors.JWKSNoMatchingKey();
            endorsements = found.endorsements;
            return found.key;
          },
          { issuer: BOT_FRAMEWORK_ISSUER, audience: options.appId, algorithms: ['RS256'], clockTolerance: CLOCK_TOLERANCE_S, currentDate: new Date(now()) },
        );
        if (typeof payload.serviceurl !== 'string' || !sameServiceUrl(payload.serviceurl, activity.serviceUrl)) return { ok: false, reason: 'serviceurl claim does not match the activity' };
        if (endorsements && !endorsements.includes(activity.channelId)) return { ok: false, reason: `key not endorsed for channel ${activity.channelId}` };
        return { ok: true, claims: payload };
      } catch (error) {
        if (error instanceof errors.JOSEError) return { ok: false, reason: error.code };
        // The keys could not be read (the metadata endpoint is down): not the caller's fault, but
        // nothing can be trusted either.
        return { ok: false, reason: `keys unavailable: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
  };
}
