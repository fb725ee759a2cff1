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

/** The security headers of every answer, name and value (no helmet needed for this small set). */
export function securityHeaderList(options: { probeOrigins?: readonly string[] } = {}): readonly (readonly [string, string])[] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(options.probeOrigins)],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'no-referrer'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
  ];
}

/** Security headers that do not break the page, on every answer of the app. */
export function securityHeaders(options: { probeOrigins?: readonly string[] } = {}): RequestHandler {
  const headers = securityHeaderList(options);
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
