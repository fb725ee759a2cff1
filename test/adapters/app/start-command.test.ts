import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { composeBot, type ComposeBot } from '../../../adapters/app/compose-bot.ts';
import { startCommand } from '../../../adapters/app/start-command.ts';
import { main } from '../../../src/cli/main.ts';
import { startFakeStatusServer } from '../../helpers/fake-status-server.ts';
import { incidentioQuiet } from '../../status/status-payloads.ts';
import { captureIo } from './helpers/capture-io.ts';
import { spawnBot } from './helpers/spawn-bot.ts';
import { startInProcess } from './helpers/start-in-process.ts';

/** composeBot, with every shutdown step noted in `order` as it runs. */
function recordingCompose(order: string[]): ComposeBot {
  return async (config, deps) => {
    const parts = await composeBot(config, deps);
    return { ...parts, closers: parts.closers.map((c) => ({ name: c.name, close: async () => void (await c.close(), order.push(c.name)) })) };
  };
}

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** An address where nothing listens (a port that was free a moment ago). */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('chatgpt-500 start', () => {
  it('prints its help', async () => {
    const { io, stdout } = captureIo({});
    expect(await startCommand.run(['--help'], io)).toBe(0);
    expect(stdout()).toContain('Usage: chatgpt-500 start');
  });

  it('refuses an unknown option with the usage exit code', async () => {
    const { io, stderr } = captureIo({});
    expect(await main(['start', '--nope'], io, { start: async () => startCommand })).toBe(2);
    expect(stderr()).toContain("Unknown option '--nope'");
  });

  it('stops with exit 78 and one line naming the variable on a bad configuration', async () => {
    const { io, stderr } = captureIo({ PORT: 'eighty' });
    expect(await main(['start'], io, { start: async () => startCommand })).toBe(78);
    expect(stderr()).toBe('chatgpt-500: configuration error: PORT: must be a whole number\n');
  });

  it('with nothing else configured: the page, the board and the API on the real desk; the banner; an ordered stop on SIGTERM', async () => {
    const order: string[] = [];
    const bot = await startInProcess({}, { compose: recordingCompose(order) });
    const { url } = bot;
    expect(bot.stdout()).toContain(`Triage page     ${url}/`);
    expect(bot.stdout()).toContain(`Helpdesk board  ${url}/board`);
    expect(bot.stdout()).toContain('Store    memory');
    expect(bot.stdout()).toContain(`Status   ${bot.statusServer.url}`);
    expect(bot.stdout()).toContain('Slack    off — to add it, set SLACK_BOT_TOKEN');

    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1 data-t="web.page.heading">ChatGPT shows “HTTP ERROR 500”?</h1>');
    expect((await fetch(`${url}/board`)).status).toBe(200);
    const created = await fetch(`${url}/api/conversations`, json({ reporter: { id: 'r1' } }));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ next: { fact: 'surface' } });
    expect(await (await fetch(`${url}/api/incidents`)).json()).toEqual({ incidents: [] });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    const { code, stopped } = await bot.stop();
    expect(code).toBe(0);
    expect(stopped).toEqual([0]);
    expect(order).toEqual([
      'desk: finish turns and background work in flight',
      'outbox: stop taking entries, finish deliveries in flight (the rest stays for the other replicas)',
      'status: stop polling',
      'store: close (memory)',
    ]);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('with Slack configured and WEB_ENABLED unset, serves no page but the operational endpoints and /slack/events', async () => {
    const bot = await startInProcess({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret' });
    const { url } = bot;
    expect(bot.stdout()).toContain('Web page        off');
    expect(bot.stdout()).toContain(`on, HTTP mode: point the Slack app's request URLs at ${url}/slack/events`);
    expect((await fetch(`${url}/`)).status).toBe(404);
    expect((await fetch(`${url}/api/status`)).status).toBe(404);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    // Mounted before the body parser: an unsigned request is refused by Slack's guard, not by the JSON API.
    expect((await fetch(`${url}/slack/events`, json({ type: 'url_verification', challenge: 'x' }))).status).toBe(401);
    expect((await bot.stop()).code).toBe(0);
  });

  it('with Slack configured and WEB_ENABLED=true, the incident API needs the HELPDESK_TOKEN', async () => {
    const token = 'a-long-helpdesk-token-0123456789';
    const bot = await startInProcess({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret', WEB_ENABLED: 'true', HELPDESK_TOKEN: token });
    const { url } = bot;
    expect(bot.stdout()).toContain('Board    needs the HELPDESK_TOKEN (bearer)');
    expect(bot.stdout()).not.toContain(token);
    expect((await fetch(`${url}/`)).status).toBe(200);
    expect((await fetch(`${url}/api/incidents`)).status).toBe(401);
    expect((await fetch(`${url}/api/incidents`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await bot.stop()).code).toBe(0);
  });

  it('runs as `node bin/chatgpt-500.js start`: serves the page, takes a conversation, and exits 0 on SIGTERM', async () => {
    const statusServer = await startFakeStatusServer({ kind: 'json', body: incidentioQuiet() });
    try {
      const bot = await spawnBot({ STATUS_URL: statusServer.url });
      expect(bot.output()).toContain('chatgpt-500 is running');
      const page = await fetch(`${bot.url}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect((await fetch(`${bot.url}/app.js`)).headers.get('content-type')).toContain('javascript');
      await statusServer.waitForRequests(1);
      await expect.poll(async () => ((await (await fetch(`${bot.url}/api/status`)).json()) as { status: string }).status).toBe('operational');
      const created = await fetch(`${bot.url}/api/conversations`, json({ reporter: { id: 'r1' }, text: 'chatgpt.com shows HTTP ERROR 500' }));
      expect(created.status).toBe(201);
      expect(await created.json()).toMatchObject({ next: { fact: 'clean_browser' }, status: { status: 'operational' } });
      expect(await bot.stop()).toBe(0);
    } finally {
      await statusServer.close();
    }
  });

  it.each([
    ['nothing listens at STATUS_URL', 'refused'],
    ['the status page never answers', 'hang'],
  ] as const)('starts at once and serves a working page when %s: the status says unknown', async (_what, kind) => {
    const statusServer = kind === 'hang' ? await startFakeStatusServer({ kind: 'hang' }) : undefined;
    try {
      const bot = await spawnBot({ STATUS_URL: statusServer?.url ?? (await deadUrl()) });
      expect((await fetch(`${bot.url}/`)).status).toBe(200);
      const status = (await (await fetch(`${bot.url}/api/status`)).json()) as { status: string; line: string };
      expect(status.status).toBe('unknown');
      const ready = (await (await fetch(`${bot.url}/readyz`)).json()) as { ok: boolean; checks: Record<string, { ok: boolean; state: string }> };
      expect(ready).toMatchObject({ ok: true, checks: { store: { ok: true, state: 'memory' }, status: { ok: true, state: 'unknown' } } });
      const created = await fetch(`${bot.url}/api/conversations`, json({ reporter: { id: 'r1' } }));
      expect(created.status).toBe(201);
      expect(await created.json()).toMatchObject({ next: { fact: 'surface' }, status: { status: 'unknown' } });
      expect(await bot.stop()).toBe(0);
    } finally {
      await statusServer?.close();
    }
  });
});
