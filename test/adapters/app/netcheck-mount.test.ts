import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startInProcess } from './helpers/start-in-process.ts';

/** A port free a moment ago: the bot listens there and PUBLIC_URL names it (the banner prints PUBLIC_URL). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function startAt(env: Record<string, string>) {
  const port = await freePort();
  return startInProcess({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...env });
}

const SECRET = 'mount-test-secret-0123456789-0123456789';

/** `chatgpt-500 start` mounts the "Check my network" routes exactly where chat links can be made (PUBLIC_URL and SESSION_SECRET). */
describe('start: the Check my network page of the chat links', () => {
  it('is served with PUBLIC_URL and SESSION_SECRET, even with the web off, with the probe origins in the CSP', async () => {
    const bot = await startAt({ SESSION_SECRET: SECRET, WEB_ENABLED: 'false', NETWORK_CHECK_TARGETS: 'https://chatgpt.com/favicon.ico' });
    const page = await fetch(`${bot.url}/check/not-a-token`);
    expect(page.status).toBe(403);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self' https://chatgpt.com");
    expect(await page.text()).toContain('This link is not valid or has expired.');
    const api = await fetch(`${bot.url}/api/check/not-a-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(403);
    expect(await api.json()).toEqual({ code: 'netcheck_forged', error: 'This network check link is not valid.' });
    const script = await fetch(`${bot.url}/check/assets/check.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(`${bot.url}/`)).status).toBe(404);
  });

  it('is not served without SESSION_SECRET', async () => {
    const bot = await startAt({});
    expect((await fetch(`${bot.url}/check/not-a-token`)).status).toBe(404);
    expect((await fetch(`${bot.url}/api/check/not-a-token`)).status).toBe(404);
  });
});
