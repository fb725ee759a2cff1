import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { composeBot, type ComposeBot } from '../../../adapters/app/compose-bot.ts';
import { startCommand } from '../../../adapters/app/start-command.ts';
import { main } from '../../../src/cli/main.ts';
import { startFakeStatusServer } from '../../helpers/fake-status-server.ts';
import { incidentioQuiet } from '../../status/status-payloads.ts';
import { EventEmitter } from 'node:events';
import { runStart, STORE_UNAVAILABLE_EXIT_CODE } from '../../../adapters/app/start-command.ts';
import { freePort } from '../../helpers/redis-server.ts';
import { runBin } from '../../helpers/run-cli.ts';
import { captureIo, waitFor } from './helpers/capture-io.ts';
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
    // LOG_FORMAT=pretty (the helper's): the banner is on stderr, for a person; stdout stays empty.
    expect(bot.stdout()).toBe('');
    expect(bot.stderr()).toContain(`Triage page     ${url}/`);
    expect(bot.stderr()).toContain(`Helpdesk board  ${url}/board`);
    expect(bot.stderr()).toMatch(/Store +memory/);
    expect(bot.stderr()).toMatch(new RegExp(`Status +${bot.statusServer.url}`));
    expect(bot.stderr()).toMatch(/Slack +off — to add it, set SLACK_BOT_TOKEN/);
    expect(bot.stderr()).toMatch(/Board access +open to anyone/);
    expect(bot.stderr()).not.toContain('WARNING');

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

  it('with Slack configured and WEB_ENABLED unset: the page is on; the board says how to set HELPDESK_TOKEN, its API answers 403; the banner warns', async () => {
    // LOG_LEVEL=warn: the warning is said once, in the banner, not again as a log line.
    const bot = await startInProcess({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret', LOG_LEVEL: 'warn' });
    const { url } = bot;
    expect(bot.stderr()).toContain(`on, HTTP mode: point the Slack app's request URLs at ${url}/slack/events`);
    expect(bot.stderr()).toContain(`Helpdesk board  ${url}/board`);
    expect(bot.stderr()).toMatch(/Board access +locked until HELPDESK_TOKEN is set/);
    expect(bot.stderr()).toContain(`WARNING: Slack or Teams is configured and HELPDESK_TOKEN is not set, so the helpdesk board shows no incidents.`);
    expect(bot.stderr()).toContain(`until then ${url}/board says how.`);
    expect(bot.stderr().match(/HELPDESK_TOKEN is not set/g)).toHaveLength(1);

    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('data-t="web.page.heading"');
    for (const path of ['/board', '/board.html', '/board/incidents/abc']) {
      const board = await fetch(`${url}${path}`);
      expect(board.status, path).toBe(403);
      expect(board.headers.get('content-type'), path).toContain('text/html');
      const html = await board.text();
      expect(html, path).toContain('<h1 data-t="start.board_off.heading">The helpdesk board needs a token</h1>');
      expect(html, path).toContain('openssl rand -base64 32');
      expect(html, path).not.toContain('board.js');
    }
    // In the board's language (DESK_LOCALE, or its menu's cookie).
    expect(await (await fetch(`${url}/board`, { headers: { cookie: 'c500_board_locale=de' } })).text()).toContain('Das Helpdesk-Board braucht ein Token');
    const api = await fetch(`${url}/api/incidents`);
    expect(api.status).toBe(403);
    expect(await api.json()).toEqual({ error: 'The helpdesk board is off: set HELPDESK_TOKEN on the server to turn it on.', code: 'helpdesk_token_unset' });
    expect((await fetch(`${url}/api/outbox`)).status).toBe(403);
    // People without Slack still triage on the page.
    const created = await fetch(`${url}/api/conversations`, json({ reporter: { id: 'r1' } }));
    expect(created.status).toBe(201);
    // Mounted before the body parser: an unsigned request is refused by Slack's guard, not by the JSON API.
    expect((await fetch(`${url}/slack/events`, json({ type: 'url_verification', challenge: 'x' }))).status).toBe(401);
    expect((await bot.stop()).code).toBe(0);
  });

  it('with Slack configured and WEB_ENABLED=false: no page, no board, but the operational endpoints and /slack/events', async () => {
    const bot = await startInProcess({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret', WEB_ENABLED: 'false' });
    const { url } = bot;
    expect(bot.stderr()).toMatch(/Web page +off \(WEB_ENABLED=false/);
    expect(bot.stderr()).not.toContain('WARNING');
    expect((await fetch(`${url}/`)).status).toBe(404);
    expect((await fetch(`${url}/board`)).status).toBe(404);
    expect((await fetch(`${url}/api/status`)).status).toBe(404);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/slack/events`, json({ type: 'url_verification', challenge: 'x' }))).status).toBe(401);
    expect((await bot.stop()).code).toBe(0);
  });

  it('with Slack configured and a HELPDESK_TOKEN, the board and the incident API need the token', async () => {
    const token = 'a-long-helpdesk-token-0123456789';
    const bot = await startInProcess({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret', HELPDESK_TOKEN: token });
    const { url } = bot;
    expect(bot.stderr()).toMatch(/Board access +needs the HELPDESK_TOKEN \(bearer\)\n/);
    expect(bot.stderr()).not.toContain(token);
    expect(bot.stderr()).not.toContain('WARNING');
    expect((await fetch(`${url}/`)).status).toBe(200);
    const board = await fetch(`${url}/board`);
    expect(board.status).toBe(200);
    expect(await board.text()).toContain('board.js');
    expect((await fetch(`${url}/api/incidents`)).status).toBe(401);
    expect((await fetch(`${url}/api/incidents`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await bot.stop()).code).toBe(0);
  });

  it('LOG_FORMAT=json (what a pipe gets by default): JSON lines only on stderr, no banner, the start line carries the addresses', async () => {
    const statusServer = await startFakeStatusServer({ kind: 'json', body: incidentioQuiet() });
    const { io, stdout, stderr } = captureIo({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', LOG_FORMAT: 'json', STATUS_URL: statusServer.url, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret' });
    const signals = new EventEmitter();
    const done = runStart([], io, { signals, drainTimeoutMs: 2000, onStopped: () => undefined });
    try {
      const [, url] = await waitFor(stderr, /"url":"(http:\/\/127\.0\.0\.1:\d+)"[^\n]*"msg":"chatgpt-500 started"/, 20_000);
      const lines = stderr().trim().split('\n');
      const entries = lines.map((line) => JSON.parse(line) as { msg: string; level: number; page?: string; board?: string });
      expect(stderr()).not.toContain('chatgpt-500 is running');
      expect(stdout()).toBe('');
      expect(entries.find((e) => e.msg === 'chatgpt-500 started')).toMatchObject({ page: `${url}/`, board: `${url}/board` });
      expect(entries.find((e) => e.level === 40 && e.msg.startsWith('the helpdesk board shows no incidents'))).toBeDefined();
    } finally {
      signals.emit('SIGTERM', 'SIGTERM');
      expect(await done).toBe(0);
      await statusServer.close();
    }
  });

  it('LOG_FORMAT=pretty: the banner and one readable line per log entry on stderr, no JSON', async () => {
    const bot = await startInProcess({ LOG_LEVEL: 'info' });
    await bot.stop();
    const lines = bot.stderr().split('\n').filter(Boolean);
    expect(lines.some((line) => line.startsWith('{'))).toBe(false);
    expect(lines).toContainEqual(expect.stringMatching(/^\d\d:\d\d:\d\d INFO {3}http server listening {2}url=http:\/\/127\.0\.0\.1:\d+ {2}host=127\.0\.0\.1 {2}port=\d+$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\d\d:\d\d:\d\d WARN {3}store: in-memory/));
    expect(bot.stderr()).toContain('chatgpt-500 is running');
  });

  it('a port in use: one line in DESK_LOCALE naming the address, exit 1', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = taken.address() as AddressInfo;
      const { io, stdout, stderr } = captureIo({ PORT: String(port), HOST: '127.0.0.1', STATUS_URL: await deadUrl(), DESK_LOCALE: 'de' });
      expect(await runStart([], io, { drainTimeoutMs: 500, onStopped: () => undefined })).toBe(1);
      expect(stdout()).toBe('');
      expect(stderr().split('\n').filter((line) => line.startsWith('chatgpt-500: '))).toEqual([
        `chatgpt-500: kann nicht auf 127.0.0.1:${port} lauschen: die Adresse ist belegt (PORT auf einen anderen Port setzen)`,
      ]);
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });

  it('an unreachable Redis at start: one line on stderr naming it and REDIS_URL, exit 69, no stack trace', async () => {
    const port = await freePort();
    const run = await runBin(['start'], { env: { REDIS_URL: `redis://127.0.0.1:${port}`, PORT: '0', HOST: '127.0.0.1', STATUS_URL: 'http://127.0.0.1:9/' }, timeoutMs: 40_000 });
    expect(run.code).toBe(STORE_UNAVAILABLE_EXIT_CODE);
    expect(run.code).toBe(69);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `chatgpt-500: cannot start: cannot reach Redis 127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}. Start Redis, or correct REDIS_URL (without a Redis setting the bot runs on the in-memory store, one process only).`,
    ]);
  }, 60_000);

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
