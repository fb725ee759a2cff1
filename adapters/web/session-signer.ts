import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface SessionSigner {
  /** A new session: its random id and the cookie value that carries it (`<id>.<signature>`). */
  issue(): { id: string; value: string };
  /** The session id of a cookie value this key signed, or null (unsigned, forged, another key). */
  verify(value: string): string | null;
}

const VALUE = /^([A-Za-z0-9_-]{24})\.([A-Za-z0-9_-]{43})$/;

/**
 * Signs session ids with HMAC-SHA256 under `secret` (SESSION_SECRET or the store's generated key):
 * 18 random bytes (24 base64url characters) and their signature (43). Checked in constant time.
 */
export function sessionSigner(secret: string): SessionSigner {
  const sign = (id: string) => createHmac('sha256', secret).update(`chatgpt-500 web session v1:${id}`, 'utf8').digest('base64url');
  return {
    issue() {
      const id = randomBytes(18).toString('base64url');
      return { id, value: `${id}.${sign(id)}` };
    },
    verify(value) {
      const match = VALUE.exec(value);
      if (!match) return null;
      const id = match[1]!;
      const signature = match[2]!;
      return timingSafeEqual(Buffer.from(signature, 'utf8'), Buffer.from(sign(id), 'utf8')) ? id : null;
    },
  };
}
