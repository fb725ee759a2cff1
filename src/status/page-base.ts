import { text } from './json-fields.ts';

/** The page's public base URL without a trailing slash; falls back to the configured one. */
export function pageBase(candidate: unknown, fallback: string): string {
  const s = text(candidate);
  if (s) {
    try {
      const u = new URL(s);
      if (u.protocol === 'https:' || u.protocol === 'http:') return u.href.replace(/\/+$/, '');
    } catch {
      // not a URL: use the configured base below
    }
  }
  return fallback.replace(/\/+$/, '');
}
