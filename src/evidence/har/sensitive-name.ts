/**
 * Whether a field, header, cookie or parameter name says its value is a secret: tokens, session
 * ids, device ids (ChatGPT's `OAI-Device-Id` follows a browser like a cookie), keys, signatures,
 * passwords, authorization codes. `strict` (query strings, form fields)
 * also counts OAuth's `code` and `state`, which in JSON bodies are usually plain words such as
 * an error code (see `keepsAmbiguousValue`).
 */
export function isSensitiveName(name: string, strict = false): boolean {
  const lower = name.toLowerCase();
  if (AMBIGUOUS.has(lower)) return true;
  if (EXACT.has(lower)) return true;
  // Words that contain a secret's name but are not one: "author", "authority", token counts.
  const cleaned = lower.replace(BENIGN, ' ');
  if (SECRET_WORDS.test(cleaned)) return true;
  if (KEY_SUFFIX.test(name)) return true;
  return strict && STRICT_WORDS.test(cleaned);
}

/** Names whose value is a secret in OAuth requests but often a plain word elsewhere (`"code": "rate_limit_exceeded"`). */
export const AMBIGUOUS = new Set(['code', 'state']);

/** A value under an ambiguous name that reads as a word or a number, not a secret: kept outside query strings and forms. */
export function keepsAmbiguousValue(name: string, value: string | number): boolean {
  if (!AMBIGUOUS.has(name.toLowerCase())) return false;
  return typeof value === 'number' || /^[a-z][a-z0-9_]{0,39}$/.test(value);
}

const EXACT = new Set(['key', 'sig', 'sid', 'ssid', 'ticket', 'pin', 'hmac', 'pass', 'pw', 'otp', 'jwt']);

const BENIGN = /author(?!i[sz]ation)|authority|tokens\b|tokenizer|token_count|_tokens|tokens_/g;

const SECRET_WORDS =
  /token|secret|passw(?:or)?d|passphrase|pwd|session|cookie|credential|signature|csrf|xsrf|api[-_]?key|apikey|private[-_]?key|access[-_]?key|auth|jwt|bearer|nonce|assertion|saml|refresh|device[-_]?id/;

/** `x-api-key`, `apiKey`, `client_key`, `url_sig`: a key or signature by its suffix. */
const KEY_SUFFIX = /(?:^|[-_.])(?:key|sig)$|[a-z0-9](?:Key|Sig)$/;

const STRICT_WORDS = /^(?:code|state|nonce|ticket|hash)$|[-_](?:code|state)$/;
