import { harText } from './har-builder.ts';

const b64url = (text: string) => Buffer.from(text).toString('base64url');

/** A JWT as ChatGPT's session carries one (header.payload.signature). */
export const PLANTED_JWT = `${b64url('{"alg":"RS256","typ":"JWT"}')}.${b64url('{"sub":"user-PlantedSubject","email":"ana@corp.example"}')}.SiGnAtUrEpLaNtEd_0123456789abcdef`;

/** Every secret the planted HAR holds; none may appear in anything the program writes. */
export const PLANTED = {
  cookieSession: 'CookieSessionValue7f3a9c',
  cookieDevice: 'CookieDeviceValue19bd2e',
  cookieHeaderOnly: 'CookieHeaderOnly55aa01',
  setCookie: 'SetCookieValue8c4411d0',
  bearer: 'BearerOpaque4b7c9d1e2f3a',
  proxyBasic: Buffer.from('proxyuser:ProxyPassw0rd!').toString('base64'),
  apiKeyHeader: 'sk-proj-HeaderKey0123456789abcdefABCDEF',
  apiKeyInText: 'sk-svcacct-TextKey9876543210zyxwvuTSRQ',
  jwt: PLANTED_JWT,
  querySession: 'QuerySessionId5e6f7a8b',
  queryCode: 'OAuthCodeQq3Rr4Ss5',
  queryState: 'OAuthStateTt6Uu7',
  querySig: 'SignedUrlSig3c2b1a',
  fragmentToken: 'FragmentAccessToken42x',
  postJsonToken: 'PostBodyRefreshToken9d8c',
  postJsonPassword: 'PostBodyPassw0rdZ7',
  formPassword: 'FormPasswordHunter22',
  responseJsonToken: 'ResponseAccessTokenA1b2',
  responseSessionToken: 'ResponseSessionTokenC3d4',
  htmlEmbeddedToken: 'HtmlEmbeddedCsrfE5f6g7',
  base64BodyToken: 'Base64BodyTokenH8i9j0',
  streamToken: 'EventStreamTokenK1l2m3',
  websocketToken: 'WebSocketTokenN4o5p6',
  pageTitleToken: 'PageTitleTokenQ7r8s9',
  refererToken: 'RefererTokenT0u1v2',
  userinfoPassword: 'UserInfoPassW3x4',
} as const;

/** The parts of the JWT too: not even its payload may survive. */
export const PLANTED_STRINGS: string[] = [...Object.values(PLANTED), ...PLANTED_JWT.split('.')];

/** A HAR with every kind of secret the redaction must catch, and a 500 from chatgpt.com to find. */
export function plantedSecretsHar(): string {
  const p = PLANTED;
  const text = harText(
    [
      {
        url: `https://chatgpt.com/backend-api/conversation?session_id=${p.querySession}&model=gpt-4o#access_token=${p.fragmentToken}`,
        method: 'POST',
        status: 500,
        resourceType: 'fetch',
        requestHeaders: {
          authorization: `Bearer ${p.bearer}`,
          'proxy-authorization': `Basic ${p.proxyBasic}`,
          cookie: `__Secure-next-auth.session-token=${p.cookieSession}; oai-did=${p.cookieDevice}; _cfuvid=${p.cookieHeaderOnly}`,
          'x-api-key': p.apiKeyHeader,
          'openai-sentinel-chat-requirements-token': p.jwt,
          referer: `https://chatgpt.com/c/1?token=${p.refererToken}`,
          'content-type': 'application/json',
        },
        requestCookies: { '__Secure-next-auth.session-token': p.cookieSession, 'oai-did': p.cookieDevice },
        postData: {
          mimeType: 'application/json',
          text: JSON.stringify({ action: 'next', refresh_token: p.postJsonToken, nested: { password: p.postJsonPassword, note: `key ${p.apiKeyInText}` } }),
        },
        responseHeaders: {
          'set-cookie': `__cf_bm=${p.setCookie}; path=/; HttpOnly`,
          'x-request-id': 'req_planted_500',
          'cf-ray': '8f00aa11bb22cc33-FRA',
          'content-type': 'application/json',
        },
        responseCookies: { __cf_bm: p.setCookie },
        body: JSON.stringify({ detail: 'Internal Server Error', accessToken: p.responseJsonToken, error: { code: 'internal_error' } }),
      },
      {
        url: `https://auth.openai.com/authorize/callback?code=${p.queryCode}&state=${p.queryState}`,
        status: 302,
        resourceType: 'document',
        redirectURL: `https://chatgpt.com/?sig=${p.querySig}`,
        responseHeaders: { location: `https://chatgpt.com/?sig=${p.querySig}` },
        mimeType: 'text/html',
      },
      {
        url: 'https://chatgpt.com/',
        status: 200,
        resourceType: 'document',
        mimeType: 'text/html',
        body: `<html><script>window.__remixContext = {"session":{"user":{"name":"Ana"},"accessToken":"${p.jwt}"},"csrfToken":"${p.htmlEmbeddedToken}"};</script></html>`,
      },
      {
        url: 'https://auth.openai.com/u/login/password',
        method: 'POST',
        status: 200,
        postData: { mimeType: 'application/x-www-form-urlencoded', text: `username=ana%40corp.example&password=${p.formPassword}`, params: [{ name: 'password', value: p.formPassword }] },
        body: JSON.stringify({ sessionToken: p.responseSessionToken }),
      },
      {
        url: 'https://chatgpt.com/backend-api/me',
        status: 200,
        body: JSON.stringify({ id: 'user-1', auth: { token: p.base64BodyToken } }),
        base64: true,
      },
      {
        url: 'https://chatgpt.com/backend-api/f/conversation',
        status: 200,
        mimeType: 'text/event-stream',
        body: `event: delta\ndata: {"v":"hello","token":"${p.streamToken}"}\n\ndata: [DONE]\n`,
      },
      {
        url: `https://user:${p.userinfoPassword}@chatgpt.com/ws`,
        status: 101,
      },
    ],
    `https://chatgpt.com/c/1?token=${p.pageTitleToken}`,
  );
  // A WebSocket entry as Chrome writes it: its messages are in the entry.
  const doc = JSON.parse(text) as { log: { entries: Record<string, unknown>[] } };
  doc.log.entries[6]!._webSocketMessages = [{ type: 'send', time: 1, opcode: 1, data: JSON.stringify({ type: 'auth', token: p.websocketToken }) }];
  return JSON.stringify(doc, null, 2);
}

/**
 * What a reader of a HAR (or of anything the program wrote) can see: the text, and the bodies
 * that are stored base64-encoded, decoded. A secret hidden in a base64 body counts as seen.
 */
export function visibleText(text: string): string {
  const decoded: string[] = [];
  for (const match of text.matchAll(/"text":\s*"([A-Za-z0-9+/=]{16,})"/g)) decoded.push(Buffer.from(match[1]!, 'base64').toString('utf8'));
  return [text, ...decoded].join('\n');
}
