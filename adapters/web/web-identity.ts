import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { AppError } from '../../src/app-error.ts';
import type { Reporter } from '../../src/desk/desk.port.ts';
import { HttpError } from './http-error.ts';
import { sessionIdOf } from './session-cookie.ts';

/** Who a web request proves to be; it may act as each of these. */
export interface WebIdentity {
  /** The signed session cookie's id (every request has one: sessionCookie runs first). */
  session: string;
  /** The signed-in person named by WEB_IDENTITY_HEADER, set by a TRUST_PROXY proxy. */
  proxied?: string;
  /** The request holds API_TOKEN: a trusted integration that names its reporters itself. */
  integration: boolean;
}

export interface WebIdentityOptions {
  /** API_TOKEN; unset: an `Authorization: Bearer` is not an integration's and is left alone. */
  apiToken?: string | undefined;
  /** WEB_IDENTITY_HEADER. */
  header?: string | undefined;
  /** Whether a peer (the socket's address) is one of the TRUST_PROXY proxies. */
  isTrustedProxy: (address: string | undefined) => boolean;
}

/** Reporter ids on the web, by how they were proven (the desk prefixes `web:` once). */
export const reporterIds = {
  session: (id: string) => id,
  proxied: (value: string) => `hdr:${value}`,
  integration: (id: string) => `api:${id}`,
};

/**
 * Reads who the request is: its session, the proxy's identity header (believed only when the
 * socket's peer is a TRUST_PROXY address; from anyone else it is ignored), and API_TOKEN. A Bearer
 * token that is not API_TOKEN is 401 `http.unauthorized`; without API_TOKEN configured, the
 * Authorization header is not looked at (a proxy in front may send its own).
 */
export function webIdentity(options: WebIdentityOptions): (req: Request, res: Response) => WebIdentity {
  const expected = options.apiToken === undefined ? undefined : digest(options.apiToken);
  return (req, res) => {
    const session = sessionIdOf(res);
    if (!session) throw new AppError('web.no_session', 'the session cookie middleware did not run before the conversation routes');
    const identity: WebIdentity = { session, integration: false };
    if (expected) {
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
      if (bearer) {
        if (!timingSafeEqual(digest(bearer[1]!), expected)) {
          res.setHeader('WWW-Authenticate', 'Bearer realm="chatgpt-500", error="invalid_token"');
          throw new HttpError(401, 'http.unauthorized', 'The API token is not right.');
        }
        identity.integration = true;
      }
    }
    if (options.header && options.isTrustedProxy(req.socket.remoteAddress)) {
      const value = req.get(options.header)?.trim();
      if (value) {
        if (value.length > 200 || /[\p{C}]/u.test(value)) {
          throw new HttpError(400, 'http.invalid_header', `${options.header}: must be at most 200 characters without control characters`, { field: options.header });
        }
        identity.proxied = value;
      }
    }
    return identity;
  };
}

/**
 * Whether the request may read and answer a conversation of `reporter`: only web conversations
 * (chat ones never through the web API), and only as the identity that started it: the same
 * session, the same proxy identity, or, for reporters an integration named, API_TOKEN.
 */
export function mayActFor(identity: WebIdentity, reporter: Reporter): boolean {
  if (reporter.platform !== 'web') return false;
  if (reporter.id === reporterIds.session(identity.session)) return true;
  if (identity.proxied !== undefined && reporter.id === reporterIds.proxied(identity.proxied)) return true;
  return identity.integration && reporter.id.startsWith(reporterIds.integration(''));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
