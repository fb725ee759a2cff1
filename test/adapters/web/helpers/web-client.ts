/** An answer of the JSON API, like serve-app's post/get: status, headers, parsed body (null when not JSON) and the text. */
export interface ClientResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown> | null;
  text: string;
}

export interface WebClient {
  /** The session cookie this client holds (`c500_session=…`), once a response set one. */
  cookie(): string | undefined;
  get(url: string, headers?: Record<string, string>): Promise<ClientResponse>;
  /** POSTs JSON (or a raw string). */
  post(url: string, body: unknown, headers?: Record<string, string>): Promise<ClientResponse>;
}

/**
 * A client that keeps the session cookie like a browser does (one jar for every base URL on the
 * host: browsers do not tell cookies apart by port) and sends it with every request.
 */
export function webClient(initialCookie?: string): WebClient {
  let cookie = initialCookie;
  const send = async (url: string, init: RequestInit & { headers: Record<string, string> }): Promise<ClientResponse> => {
    const res = await fetch(url, { ...init, headers: { ...(cookie ? { cookie } : {}), ...init.headers } });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('c500_session='));
    if (set) cookie = set.split(';')[0];
    const text = await res.text();
    let body: Record<string, unknown> | null = null;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      body = null;
    }
    return { status: res.status, headers: res.headers, body, text };
  };
  return {
    cookie: () => cookie,
    get: (url, headers = {}) => send(url, { headers }),
    post: (url, body, headers = {}) =>
      send(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
  };
}
