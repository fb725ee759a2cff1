import { request, type Dispatcher } from 'undici';
import { parseRetryAfter } from './parse-retry-after.ts';
import { StatusFetchError } from './status-fetch-error.ts';
import { StatusPayloadError } from './status-payload-error.ts';

export const STATUS_USER_AGENT = 'chatgpt-500/0.1.0 (+status reader)';

export interface FetchStatusJsonOptions {
  /** undici dispatcher (an Agent carrying the connect timeout); undici's global one when absent. */
  dispatcher?: Dispatcher;
  /** Total deadline for headers and body together. */
  timeoutMs: number;
  /** The body is abandoned as soon as it grows past this. */
  maxBytes: number;
  /** Sent as If-None-Match. */
  etag?: string | null;
  userAgent?: string;
  /** Aborts the request early (the service's stop()). */
  signal?: AbortSignal;
  now?: () => number;
}

export type FetchStatusJsonResult =
  | { kind: 'ok'; body: unknown; etag: string | null; bytes: number }
  | { kind: 'not_modified'; etag: string | null };

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * One GET of a status endpoint: a JSON body (content type checked, size capped while streaming,
 * total deadline), or `not_modified` on 304. Failures throw StatusFetchError (transport, HTTP,
 * size, content type) or StatusPayloadError (not JSON).
 */
export async function fetchStatusJson(url: string, options: FetchStatusJsonOptions): Promise<FetchStatusJsonResult> {
  const now = options.now ?? Date.now;
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': options.userAgent ?? STATUS_USER_AGENT };
  if (options.etag) headers['if-none-match'] = options.etag;

  let response: Dispatcher.ResponseData;
  try {
    response = await request(url, {
      method: 'GET',
      headers,
      signal,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    });
  } catch (error) {
    throw toFetchError(error, deadline, options);
  }

  const { statusCode, body } = response;
  try {
    const etag = headerValue(response.headers['etag']) ?? null;
    if (statusCode === 304) {
      discard(body);
      return { kind: 'not_modified', etag: etag ?? options.etag ?? null };
    }
    if (statusCode !== 200) {
      discard(body);
      const retryAfterMs = parseRetryAfter(response.headers['retry-after'], now());
      const wait = retryAfterMs !== undefined ? ` (retry after ${Math.ceil(retryAfterMs / 1000)} s)` : '';
      throw new StatusFetchError('status.http', `the status page answered HTTP ${statusCode}${wait}`, {
        httpStatus: statusCode,
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      });
    }
    const contentType = headerValue(response.headers['content-type']) ?? '';
    if (!JSON_TYPE.test(contentType)) {
      discard(body);
      throw new StatusFetchError('status.content_type', `the status page answered with ${contentType ? `"${contentType}"` : 'no content type'}, not JSON`);
    }
    const declared = Number(headerValue(response.headers['content-length']));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      discard(body);
      throw tooLarge(options.maxBytes);
    }
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of body) {
      const buffer = chunk as Buffer;
      bytes += buffer.length;
      if (bytes > options.maxBytes) {
        discard(body);
        throw tooLarge(options.maxBytes);
      }
      chunks.push(buffer);
    }
    const textBody = Buffer.concat(chunks).toString('utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(textBody);
    } catch (error) {
      throw new StatusPayloadError('the status page answered with malformed JSON', { cause: error });
    }
    return { kind: 'ok', body: parsed, etag, bytes };
  } catch (error) {
    discard(body);
    throw toFetchError(error, deadline, options);
  }
}

/**
 * Drops a response body we will not read. undici reports the early end as an 'error' event
 * (RequestAbortedError) caused by this very call; it is expected, so it is consumed here.
 */
function discard(body: Dispatcher.ResponseData['body']): void {
  if (body.destroyed) return;
  body.once('error', () => undefined);
  body.destroy();
}

function tooLarge(maxBytes: number): StatusFetchError {
  return new StatusFetchError('status.too_large', `the status page's answer is larger than ${maxBytes} bytes (STATUS_MAX_BYTES)`);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function toFetchError(error: unknown, deadline: AbortSignal, options: FetchStatusJsonOptions): Error {
  if (error instanceof StatusFetchError || error instanceof StatusPayloadError) return error;
  if (deadline.aborted) {
    return new StatusFetchError('status.timeout', `the status page did not answer in full within ${options.timeoutMs} ms`, { cause: error });
  }
  if (options.signal?.aborted) return new StatusFetchError('status.aborted', 'the status read was cancelled', { cause: error });
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new StatusFetchError('status.connect_timeout', 'could not connect to the status page in time', { cause: error });
  }
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new StatusFetchError('status.timeout', `the status page did not answer in full within ${options.timeoutMs} ms`, { cause: error });
  }
  const detail = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  return new StatusFetchError('status.network', `could not reach the status page (${detail})`, { cause: error });
}
