import { createHmac, timingSafeEqual } from 'node:crypto';

/** Why a network check token was refused: the `code` of the 403 answer. */
export type NetcheckTokenProblem = 'netcheck.forged' | 'netcheck.expired' | 'netcheck.wrong_conversation';

export type NetcheckTokenReading = { ok: true; conversationId: string; expiresAt: number } | { ok: false; code: NetcheckTokenProblem };

export interface NetcheckTokens {
  /** A token for the network check of `conversationId`, valid until `expiresAt` (epoch ms). */
  issue(conversationId: string, expiresAt: number): string;
  /** The conversation a token was issued for, when this key signed it and it has not expired at `now`. */
  read(token: string, now: number): NetcheckTokenReading;
  /** `read`, and the token must be `conversationId`'s: another conversation's token is refused. */
  verify(token: string, conversationId: string, now: number): NetcheckTokenReading;
}

/** `<conversation id, base64url>.<expiry, ms, base 36>.<HMAC-SHA256, base64url>` */
const TOKEN = /^([A-Za-z0-9_-]{1,400})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/;
/** What is signed starts with this, so no other signature of the same key (a web session) is ever a token. */
const PURPOSE = 'chatgpt-500 network check v1';

/**
 * The capability behind a "Check my network" link: the conversation it is for and when it
 * expires, signed with HMAC-SHA256 under `secret` (SESSION_SECRET: the web session's key, with
 * another purpose in what is signed, so a session cookie is never a token and the other way
 * round). Whoever holds the link may post one network check result to that conversation until
 * it expires, nothing else. Compared in constant time.
 */
export function netcheckTokens(secret: string): NetcheckTokens {
  const sign = (payload: string) => createHmac('sha256', secret).update(`${PURPOSE}:${payload}`, 'utf8').digest('base64url');
  const read = (token: string, now: number): NetcheckTokenReading => {
    const match = TOKEN.exec(token);
    if (!match) return { ok: false, code: 'netcheck.forged' };
    const id = match[1]!;
    const expiry = match[2]!;
    const signature = match[3]!;
    const expected = sign(`${id}.${expiry}`);
    if (!timingSafeEqual(Buffer.from(signature, 'utf8'), Buffer.from(expected, 'utf8'))) return { ok: false, code: 'netcheck.forged' };
    const expiresAt = parseInt(expiry, 36);
    if (!Number.isSafeInteger(expiresAt) || now >= expiresAt) return { ok: false, code: 'netcheck.expired' };
    return { ok: true, conversationId: Buffer.from(id, 'base64url').toString('utf8'), expiresAt };
  };
  return {
    issue(conversationId, expiresAt) {
      const payload = `${Buffer.from(conversationId, 'utf8').toString('base64url')}.${Math.floor(expiresAt).toString(36)}`;
      return `${payload}.${sign(payload)}`;
    },
    read,
    verify(token, conversationId, now) {
      const reading = read(token, now);
      if (reading.ok && reading.conversationId !== conversationId) return { ok: false, code: 'netcheck.wrong_conversation' };
      return reading;
    },
  };
}
