import { REDACTED, type RedactionTally } from './redaction-tally.ts';

/**
 * Values that are secrets by their shape, wherever they stand (one pattern, one pass): a JWT
 * (JWS, or the first three parts of a JWE; base64url of '{"' starts with eyJ); OpenAI API keys
 * (sk-, sk-proj-, sk-svcacct-, sk-admin-) and session keys (sess-); other well-known key shapes
 * a HAR may carry (payment, chat-bot, code-hosting and cloud access keys).
 */
const SECRET_VALUES =
  /\beyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*|\bsk-[A-Za-z0-9_-]{16,}|\bsess-[A-Za-z0-9]{16,}|\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}|\bxox[abporsec]-[A-Za-z0-9-]{10,}|\bgh[pousr]_[A-Za-z0-9]{20,}|\bAKIA[0-9A-Z]{16}\b/g;

/** `Bearer abc…`, `Basic …`: the scheme stays, the credential goes. */
const SCHEME_CREDENTIAL = /\b(Bearer|Basic|Digest|Token|Negotiate|NTLM)(\s+)([A-Za-z0-9._~+/=-]{8,})/gi;

/**
 * `token=…`, `"access_token": "…"`, `sessionId: …`, `\"accessToken\":\"…\"` (JSON inside HTML or
 * a script), in text that is not parsed as JSON or a form: the value after a secret's name.
 */
const NAMED_VALUE =
  /(token(?!s)|secret|passw(?:or)?d|session[_-]?id|sessionid|session[_-]?token|api[_-]?key|apikey|signature|csrf|xsrf|credential|auth[_-]?code|authorization)([A-Za-z0-9_.-]{0,40}\\?["']?\s*[:=]\s*\\?["']?)(?!(?:Bearer|Basic|Digest|Token|Negotiate|NTLM)\s)([^"'&\s,;<>{}[\]\\]{4,})/gi;

/**
 * Replaces the secrets in free text (a header value, a body that is neither JSON nor a form, a
 * string inside JSON): values shaped like a JWT or an API key, the credential of an
 * `Authorization`-style value, and the value after a secret's name (`token=…`). Counts each
 * replacement in `tally`.
 */
export function redactText(text: string, tally: RedactionTally): string {
  if (text.length < 8) return text;
  let out = text.replace(SECRET_VALUES, () => {
    tally.redacted++;
    return REDACTED;
  });
  out = out.replace(SCHEME_CREDENTIAL, (whole, scheme: string, space: string, credential: string) => {
    // A credential, not a word: "Basic information" stays.
    if (credential.length < 12 || !/[0-9+/=._~-]/.test(credential)) return whole;
    tally.redacted++;
    return `${scheme}${space}${REDACTED}`;
  });
  out = out.replace(NAMED_VALUE, (whole, name: string, between: string, value: string) => {
    if (value.startsWith('[REDACTED')) return whole;
    tally.redacted++;
    return `${name}${between}${REDACTED}`;
  });
  return out;
}
