import type { JsonObject, JsonValue } from './read-har.ts';
import { redactBody } from './redact-body.ts';
import { redactJson, redactString } from './redact-json.ts';
import { redactText } from './redact-text.ts';
import { redactUrl } from './redact-url.ts';
import { isSensitiveName } from './sensitive-name.ts';
import { REDACTED, type RedactionTally } from './redaction-tally.ts';

/** Headers whose whole value is a credential or a session, whatever it looks like. */
const SECRET_HEADERS = new Set(['cookie', 'set-cookie', 'set-cookie2', 'authorization', 'proxy-authorization', 'x-api-key', 'api-key']);

/** Headers that name the credential's scheme before it (`Bearer …`): the scheme is kept. */
const SCHEMED_HEADERS = new Set(['authorization', 'proxy-authorization']);

const isObject = (value: JsonValue | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const stringOf = (value: JsonValue | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

/** MIME types whose base64 body is binary (kept as it is); any other base64 body is decoded, redacted and encoded again. */
const BINARY_MIME = /^(?:image|audio|video|font)\/|^application\/(?:octet-stream|zip|gzip|pdf|wasm|x-protobuf|protobuf|grpc)/i;

function replace(value: string, tally: RedactionTally): string {
  if (value === '' || value === REDACTED) return value;
  tally.redacted++;
  return REDACTED;
}

function redactHeaderValue(name: string, value: string, tally: RedactionTally): string {
  const lower = name.toLowerCase();
  if (SCHEMED_HEADERS.has(lower)) {
    const scheme = /^([A-Za-z][A-Za-z0-9-]*)\s+\S/.exec(value);
    if (scheme) {
      tally.redacted++;
      return `${scheme[1]} ${REDACTED}`;
    }
  }
  if (SECRET_HEADERS.has(lower) || isSensitiveName(lower)) return replace(value, tally);
  return redactString(value, tally);
}

/** `[{name, value}]` headers: the value of a credential or session header is replaced, others are cleared of secret-shaped text. */
function redactHeaders(headers: JsonValue, tally: RedactionTally): JsonValue {
  if (!Array.isArray(headers)) return redactJson(headers, tally);
  return headers.map((header) => {
    if (!isObject(header)) return redactJson(header, tally);
    const name = stringOf(header.name) ?? '';
    const value = stringOf(header.value);
    return redactFields(header, tally, { value: (v) => (value === undefined ? redactJson(v, tally) : redactHeaderValue(name, value, tally)) });
  });
}

/** `[{name, value, …}]` cookies: every value is replaced (names, paths and dates stay). */
function redactCookies(cookies: JsonValue, tally: RedactionTally): JsonValue {
  if (!Array.isArray(cookies)) return redactJson(cookies, tally, true);
  return cookies.map((cookie) => {
    if (!isObject(cookie)) return redactJson(cookie, tally, true);
    return redactFields(cookie, tally, { value: (v) => (typeof v === 'string' ? replace(v, tally) : redactJson(v, tally, true)) });
  });
}

/** `[{name, value}]` query or form parameters: by name (strictly: `code`, `state` too) and by shape. */
function redactParams(params: JsonValue, tally: RedactionTally): JsonValue {
  if (!Array.isArray(params)) return redactJson(params, tally);
  return params.map((param) => {
    if (!isObject(param)) return redactJson(param, tally);
    const name = stringOf(param.name) ?? '';
    return redactFields(param, tally, {
      value: (v) => (typeof v !== 'string' ? redactJson(v, tally) : isSensitiveName(name, true) ? replace(v, tally) : redactText(v, tally)),
    });
  });
}

/** A body `{mimeType, text, encoding?}` (`postData` or `response.content`). */
function redactContent(content: JsonValue, tally: RedactionTally): JsonValue {
  if (!isObject(content)) return redactJson(content, tally);
  const mimeType = stringOf(content.mimeType);
  return redactFields(content, tally, {
    text: (text) => {
      if (typeof text !== 'string') return redactJson(text, tally);
      if (content.encoding !== 'base64') return redactBody(text, mimeType, tally);
      if (mimeType && BINARY_MIME.test(mimeType)) return text;
      const decoded = decodeText(text);
      if (decoded === undefined) return text;
      const before = tally.redacted;
      const redacted = redactBody(decoded, mimeType, tally);
      return tally.redacted === before ? text : Buffer.from(redacted, 'utf8').toString('base64');
    },
    params: (params) => redactParams(params, tally),
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A base64 body as UTF-8 text, or undefined when it is binary. */
function decodeText(base64: string): string | undefined {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.includes(0)) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

type FieldRule = (value: JsonValue) => JsonValue;

/** A copy of `object` where each field is redacted by its rule, or generically (by name and shape) without one. */
function redactFields(object: JsonObject, tally: RedactionTally, rules: Record<string, FieldRule>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(object)) {
    const rule = rules[key];
    out[key] = rule ? rule(value) : redactJson(value, tally, isSensitiveName(key));
  }
  return out;
}

const REQUEST_RULES = (tally: RedactionTally): Record<string, FieldRule> => ({
  url: (v) => (typeof v === 'string' ? redactUrl(v, tally) : redactJson(v, tally)),
  headers: (v) => redactHeaders(v, tally),
  cookies: (v) => redactCookies(v, tally),
  queryString: (v) => redactParams(v, tally),
  postData: (v) => redactContent(v, tally),
});

const RESPONSE_RULES = (tally: RedactionTally): Record<string, FieldRule> => ({
  headers: (v) => redactHeaders(v, tally),
  cookies: (v) => redactCookies(v, tally),
  content: (v) => redactContent(v, tally),
  redirectURL: (v) => (typeof v === 'string' ? redactUrl(v, tally) : redactJson(v, tally)),
});

/**
 * One HAR entry with every secret replaced by `[REDACTED]` and counted in `tally`: cookies
 * (`Cookie`, `Set-Cookie`, the cookie lists), `Authorization` and `Proxy-Authorization` (the
 * scheme stays), API keys, bearer tokens and JWTs anywhere, and the values of secret-named
 * fields (token, session, key, code, state, auth, sig, password, …) in query strings, fragments,
 * form and JSON bodies (request and response, base64 bodies included), WebSocket messages and
 * any other field of the entry. The input is not changed.
 */
export function redactHarEntry(entry: JsonObject, tally: RedactionTally): JsonObject {
  return redactFields(entry, tally, {
    request: (v) => (isObject(v) ? redactFields(v, tally, REQUEST_RULES(tally)) : redactJson(v, tally)),
    response: (v) => (isObject(v) ? redactFields(v, tally, RESPONSE_RULES(tally)) : redactJson(v, tally)),
    _webSocketMessages: (v) =>
      Array.isArray(v)
        ? v.map((m) => (isObject(m) ? redactFields(m, tally, { data: (d) => (typeof d === 'string' ? redactBody(d, undefined, tally) : redactJson(d, tally)) }) : redactJson(m, tally)))
        : redactJson(v, tally),
  });
}

/** The `log` fields besides the entries (pages, whose titles are often URLs; creator; comment), redacted the same way. */
export function redactHarLog(log: JsonObject, tally: RedactionTally): JsonObject {
  return redactFields(log, tally, {});
}
