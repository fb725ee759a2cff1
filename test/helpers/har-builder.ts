/** Crafted HAR entries and files for tests (the shape Chrome's DevTools exports). */
export interface EntrySpec {
  url: string;
  method?: string;
  status?: number;
  statusText?: string;
  error?: string;
  resourceType?: string;
  time?: string;
  requestHeaders?: Record<string, string>;
  responseHeaders?: Record<string, string>;
  requestCookies?: Record<string, string>;
  responseCookies?: Record<string, string>;
  postData?: { mimeType: string; text: string; params?: { name: string; value: string }[] };
  mimeType?: string;
  body?: string;
  base64?: boolean;
  redirectURL?: string;
}

const pairs = (record: Record<string, string> = {}) => Object.entries(record).map(([name, value]) => ({ name, value }));

export function harEntry(spec: EntrySpec): Record<string, unknown> {
  const url = new URL(spec.url);
  const status = spec.status ?? 200;
  const body = spec.body ?? '';
  return {
    _initiator: { type: 'other' },
    _priority: 'High',
    _resourceType: spec.resourceType ?? 'fetch',
    cache: {},
    pageref: 'page_1',
    request: {
      method: spec.method ?? 'GET',
      url: spec.url,
      httpVersion: 'http/2.0',
      headers: pairs({ ':authority': url.host, ':path': `${url.pathname}${url.search}`, ...spec.requestHeaders }),
      queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
      cookies: pairs(spec.requestCookies),
      headersSize: -1,
      bodySize: spec.postData ? spec.postData.text.length : 0,
      ...(spec.postData ? { postData: spec.postData } : {}),
    },
    response: {
      status,
      statusText: spec.statusText ?? '',
      httpVersion: 'http/2.0',
      headers: pairs(spec.responseHeaders),
      cookies: pairs(spec.responseCookies),
      content: {
        size: body.length,
        mimeType: spec.mimeType ?? (status === 0 ? 'x-unknown' : 'application/json'),
        ...(body ? { text: spec.base64 ? Buffer.from(body).toString('base64') : body } : {}),
        ...(spec.base64 ? { encoding: 'base64' } : {}),
      },
      redirectURL: spec.redirectURL ?? '',
      headersSize: -1,
      bodySize: -1,
      _transferSize: 0,
      _error: spec.error ?? null,
    },
    serverIPAddress: '104.18.32.47',
    startedDateTime: spec.time ?? '2026-11-30T09:15:02.123Z',
    time: 42.5,
    timings: { blocked: 1, dns: -1, ssl: -1, connect: -1, send: 0.1, wait: 40, receive: 1.4 },
  };
}

export function harDocument(entries: Record<string, unknown>[], pageTitle = 'https://chatgpt.com/'): Record<string, unknown> {
  return {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      pages: [{ startedDateTime: '2026-11-30T09:15:01.000Z', id: 'page_1', title: pageTitle, pageTimings: { onContentLoad: 100, onLoad: 200 } }],
      entries,
    },
  };
}

export const harText = (entries: EntrySpec[], pageTitle?: string): string => JSON.stringify(harDocument(entries.map(harEntry), pageTitle), null, 2);

/** A text as chunks of `size` bytes (chunk boundaries anywhere, also inside a UTF-8 character). */
export async function* chunksOf(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
