import { isSensitiveName } from './sensitive-name.ts';
import { redactText } from './redact-text.ts';
import { REDACTED, type RedactionTally } from './redaction-tally.ts';

const decode = (part: string): string => {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
};

/**
 * Redacts `name=value&…` pairs (a query string, a fragment, a form body): the value of a secret's
 * name (`token`, `session`, `key`, `code`, `state`, `sig`, …) is replaced, and any other value is
 * cleared of secret-shaped text (a JWT, an API key).
 */
export function redactPairs(pairs: string, tally: RedactionTally): string {
  if (pairs === '') return pairs;
  return pairs
    .split('&')
    .map((pair) => {
      const at = pair.indexOf('=');
      if (at < 0) return pair;
      const name = pair.slice(0, at);
      const raw = pair.slice(at + 1);
      if (raw === '' || raw === REDACTED) return pair;
      if (isSensitiveName(decode(name), true)) {
        tally.redacted++;
        return `${name}=${REDACTED}`;
      }
      const value = decode(raw);
      const cleaned = redactText(value, tally);
      return cleaned === value ? pair : `${name}=${encodeURIComponent(cleaned).replace(/%5BREDACTED%5D/g, REDACTED)}`;
    })
    .join('&');
}

/**
 * A URL (absolute, or a path such as HTTP/2's `:path`) with its secrets replaced: query and
 * fragment parameters by name and by shape, and secret-shaped path segments (a JWT in a path).
 * Nothing else of the URL changes.
 */
export function redactUrl(url: string, tally: RedactionTally): string {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const fragment = hashAt < 0 ? undefined : url.slice(hashAt + 1);
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt < 0 ? undefined : beforeHash.slice(queryAt + 1);
  let out = redactText(base, tally);
  // user:password@host
  out = out.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@?#]+)@/i, (_whole, scheme: string) => {
    tally.redacted++;
    return `${scheme}${REDACTED}@`;
  });
  if (query !== undefined) out += `?${redactPairs(query, tally)}`;
  if (fragment !== undefined) out += `#${fragment.includes('=') ? redactPairs(fragment, tally) : redactText(fragment, tally)}`;
  return out;
}

/** Whether a string is a URL or a request path worth reading as one (it has a query or a fragment). */
export function looksLikeUrl(value: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(value) ? /[?#]/.test(value) : value.startsWith('/') && /[?#]/.test(value) && !/\s/.test(value);
}
