import type { RequestHandler } from 'express';

/**
 * The Content-Security-Policy of every response: scripts, styles and requests only from this
 * origin, no inline script, no plugins, no framing. The pages keep all JS and CSS in files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The policy with the network check's probe origins allowed as request and image sources (the
 * page probes them with `fetch(…, {mode: 'no-cors'})`, which never reads an answer).
 */
export function contentSecurityPolicy(probeOrigins: readonly string[] = []): string {
  const origins = [...new Set(probeOrigins)].filter((o) => /^https?:\/\/[a-z0-9.[\]:-]+$/i.test(o));
  if (origins.length === 0) return CONTENT_SECURITY_POLICY;
  const extra = ` ${origins.join(' ')}`;
  return CONTENT_SECURITY_POLICY.replace("img-src 'self' data:", `img-src 'self' data:${extra}`).replace("connect-src 'self'", `connect-src 'self'${extra}`);
}

/** Security headers that do not break the page (no helmet needed for this small set). */
export function securityHeaders(options: { probeOrigins?: readonly string[] } = {}): RequestHandler {
  const policy = contentSecurityPolicy(options.probeOrigins);
  return (_req, res, next) => {
    res.setHeader('Content-Security-Policy', policy);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    next();
  };
}
