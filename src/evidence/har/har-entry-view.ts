import type { JsonObject, JsonValue } from './read-har.ts';

export interface HarHeader {
  name: string;
  value: string;
}

/** What the analysis reads of one HAR entry (Chrome, Firefox, Safari and proxy exports alike). */
export interface HarEntryView {
  method: string;
  /** Lower-case host name, without port. */
  host: string;
  /** The URL's path, without query or fragment. */
  path: string;
  /** The response status; 0 (or -1, Playwright) when there was no answer. */
  status: number;
  /** The browser's network error (`net::ERR_…`, `NS_ERROR_…`), when it recorded one. */
  error?: string;
  startedDateTime?: string;
  /** Chrome's `_resourceType` (document, xhr, fetch, script…), when present. */
  resourceType?: string;
  requestHeaders: readonly HarHeader[];
  responseHeaders: readonly HarHeader[];
  /** The response's MIME type, lower case, without parameters. */
  mimeType: string;
  /** The start of the response body as text (base64 decoded), at most BODY_SAMPLE characters. */
  body: string;
  /** The response body's length in characters as the HAR holds it (0 when it has none). */
  bodyLength: number;
  redirectUrl?: string;
}

/** How much of a response body the analysis reads: block and challenge pages are small. */
export const BODY_SAMPLE = 64 * 1024;

const isObject = (value: JsonValue | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: JsonValue | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

function headersOf(value: JsonValue | undefined): HarHeader[] {
  if (!Array.isArray(value)) return [];
  const out: HarHeader[] = [];
  for (const h of value) {
    if (isObject(h) && typeof h.name === 'string' && typeof h.value === 'string') out.push({ name: h.name.toLowerCase(), value: h.value });
  }
  return out;
}

function bodyOf(content: JsonObject | undefined): { body: string; bodyLength: number } {
  const text = str(content?.text);
  if (!text) return { body: '', bodyLength: 0 };
  if (content?.encoding !== 'base64') return { body: text.slice(0, BODY_SAMPLE), bodyLength: text.length };
  // 4 base64 characters are 3 bytes: decode only what the sample needs.
  const sample = Buffer.from(text.slice(0, Math.ceil((BODY_SAMPLE * 4) / 3 / 4) * 4), 'base64').toString('utf8');
  return { body: sample.slice(0, BODY_SAMPLE), bodyLength: text.length };
}

/** The analysis view of a (redacted) entry, or undefined when it has no request URL the analysis can read. */
export function toEntryView(entry: JsonObject): HarEntryView | undefined {
  const request = isObject(entry.request) ? entry.request : undefined;
  const response = isObject(entry.response) ? entry.response : undefined;
  const url = str(request?.url);
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const content = isObject(response?.content) ? response.content : undefined;
  const status = typeof response?.status === 'number' && Number.isFinite(response.status) ? response.status : 0;
  // Chrome: response._error; Playwright's recorder: response._failureText (with status -1).
  const error = str(response?._error) ?? str(response?._failureText) ?? str(entry._error) ?? str(response?._errorText);
  const mimeType = (str(content?.mimeType) ?? '').split(';')[0]!.trim().toLowerCase();
  return {
    method: str(request?.method) ?? 'GET',
    host: parsed.hostname.toLowerCase().replace(/\.$/, ''),
    path: parsed.pathname || '/',
    status,
    ...(error ? { error } : {}),
    ...(str(entry.startedDateTime) ? { startedDateTime: str(entry.startedDateTime) } : {}),
    ...(str(entry._resourceType) ? { resourceType: str(entry._resourceType)!.toLowerCase() } : {}),
    requestHeaders: headersOf(request?.headers),
    responseHeaders: headersOf(response?.headers),
    mimeType,
    ...bodyOf(content),
    ...(str(response?.redirectURL) ? { redirectUrl: str(response?.redirectURL) } : {}),
  };
}

/** The first value of a header (name in lower case). */
export function headerOf(headers: readonly HarHeader[], name: string): string | undefined {
  return headers.find((h) => h.name === name)?.value;
}
