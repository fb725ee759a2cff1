import { randomBytes } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { sessionSigner, type SessionSigner } from './session-signer.ts';

export const SESSION_COOKIE = 'c500_session';
const MAX_AGE_SECONDS = 30 * 24 * 3600;

export interface SessionCookieOptions {
  /** SESSION_SECRET, or the store's shared secret (`store.secrets.getOrCreate`): read once, on first use. */
  secret: () => Promise<string>;
  /** Which requests get a session (default: every request through the middleware). */
  applies?: (req: Request) => boolean;
}

/** The session id of this request (set by sessionCookie), or undefined where it does not apply. */
export function sessionIdOf(res: Response): string | undefined {
  const id: unknown = res.locals.sessionId;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The web's session: a random id the server signs (HMAC-SHA256) and keeps in an HttpOnly,
 * SameSite=Lax cookie, Secure when the request came over https (as express sees it: TRUST_PROXY
 * decides whether X-Forwarded-Proto is believed). A request without a valid cookie (none,
 * unsigned, forged, signed with another key) gets a new session, and its response sets it.
 */
export function sessionCookie(options: SessionCookieOptions): RequestHandler {
  let signer: Promise<SessionSigner> | undefined;
  const load = () =>
    (signer ??= options.secret().then(sessionSigner, (error: unknown) => {
      signer = undefined;
      throw error;
    }));
  return async (req, res, next) => {
    if (options.applies && !options.applies(req)) return next();
    const sign = await load();
    for (const value of cookieValues(req.get('cookie'), SESSION_COOKIE)) {
      const id = sign.verify(value);
      if (id) {
        res.locals.sessionId = id;
        return next();
      }
    }
    const fresh = sign.issue();
    res.locals.sessionId = fresh.id;
    res.cookie(SESSION_COOKIE, fresh.value, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', maxAge: MAX_AGE_SECONDS * 1000 });
    next();
  };
}

/** A session key for one process, e.g. for tests (the app gets it from SESSION_SECRET or the store). */
export const randomSessionSecret = () => randomBytes(32).toString('base64url');

/** Every value of cookie `name` in a Cookie header (a browser may send several, e.g. from two paths). */
export function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  const values: string[] = [];
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    let value = part.slice(at + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    values.push(value);
  }
  return values;
}
