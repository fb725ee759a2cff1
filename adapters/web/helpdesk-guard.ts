import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './http-error.ts';

export interface HelpdeskGuardOptions {
  /** HELPDESK_TOKEN; undefined when not set. */
  token: string | undefined;
  /** Whether the board's API needs the token (see helpdeskTokenRequired). */
  required: boolean;
}

/**
 * The board and the incident API need the token when a chat platform is configured (the page may
 * then be on an intranet next to Slack), and whenever a desk has set HELPDESK_TOKEN.
 */
export function helpdeskTokenRequired(config: { chat: boolean; HELPDESK_TOKEN?: string | undefined }): boolean {
  return config.chat || config.HELPDESK_TOKEN !== undefined;
}

/**
 * Bearer check of the helpdesk API, compared in constant time (both sides hashed first, so
 * neither the length nor a prefix of the token leaks through timing). Required without a token
 * configured: 403, the board is off until HELPDESK_TOKEN is set.
 */
export function helpdeskGuard(options: HelpdeskGuardOptions): RequestHandler {
  const expected = options.token === undefined ? undefined : digest(options.token);
  return (req, res, next) => {
    if (!options.required) return next();
    if (!expected) {
      throw new HttpError(403, 'http.helpdesk_token_unset', 'The helpdesk board is off: set HELPDESK_TOKEN on the server to turn it on.');
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    res.setHeader('WWW-Authenticate', match ? 'Bearer realm="chatgpt-500 helpdesk", error="invalid_token"' : 'Bearer realm="chatgpt-500 helpdesk"');
    if (!match) throw new HttpError(401, 'http.unauthorized', 'The helpdesk API needs "Authorization: Bearer <HELPDESK_TOKEN>".');
    if (!timingSafeEqual(digest(match[1]!), expected)) throw new HttpError(401, 'http.unauthorized', 'The helpdesk token is not right.');
    res.removeHeader('WWW-Authenticate');
    next();
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
