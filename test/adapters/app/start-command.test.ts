import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BotParts, ComposeBot } from '../../../adapters/app/compose-bot.ts';
import { runStart, startCommand } from '../../../adapters/app/start-command.ts';
import { main } from '../../../src/cli/main.ts';
import { createFakeDesk } from '../web/helpers/fake-desk.ts';
import { createFakeIncidentBoard, sampleIncident } from '../web/helpers/fake-incident-board.ts';
import { captureIo, waitFor } from './helpers/capture-io.ts';

const BASE_ENV = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' };
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function fakeParts(order: string[] = []): { compose: ComposeBot; parts: BotParts } {
  const parts: BotParts = {
    desk: createFakeDesk(),
    incidents: createFakeIncidentBoard([sampleIncident()]),
    readiness: [{ name: 'store', check: () => ({ ok: true, state: 'memory' }) }],
    routers: [],
    closers: [
      { name: 'flush card edits', close: () => order.push('flush') },
      { name: 'close redis', close: () => order.push('redis') },
    ],
    start: async () => {
      order.push('started');
    },
  };
  return { compose: async () => parts, parts };
}

/** Runs `start` in-process until the banner shows; returns the URL and a stop function. */
async function startInProcess(env: Record<string, string>, order: string[] = []) {
  const { io, stdout, stderr } = captureIo({ ...BASE_ENV, ...env });
  const signals = new EventEmitter();
  const stopped: number[] = [];
  const { compose } = fakeParts(order);
  const running = runStart([], io, { compose, signals, drainTimeoutMs: 1000, onStopped: (code) => stopped.push(code) });
  const [, url] = await waitFor(() => stdout() + stderr(), /Operations\s+(http:\/\/127\.0\.0\.1:\d+)\/healthz/);
  const stop = async () => {
    signals.emit('SIGTERM', 'SIGTERM');
    return { code: await running, stopped };
  };
  return { url: url!, stdout, stop };
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

  it('with nothing configured, serves the page, the board and the API, prints the banner, and stops in order on SIGTERM', async () => {
    const order: string[] = [];
    const { url, stdout, stop } = await startInProcess({}, order);
    expect(stdout()).toContain(`Triage page     ${url}/`);
    expect(stdout()).toContain(`Helpdesk board  ${url}/board`);
    expect(stdout()).toContain('Store    memory');
    expect(stdout()).toContain('Slack    off — to add it, set SLACK_BOT_TOKEN');

    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1>ChatGPT shows “HTTP ERROR 500”?</h1>');
    expect((await fetch(`${url}/board`)).status).toBe(200);
    const created = await fetch(`${url}/api/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reporter: { id: 'r1' } }) });
    expect(created.status).toBe(201);
    const incidents = (await (await fetch(`${url}/api/incidents`)).json()) as { incidents: unknown[] };
    expect(incidents.incidents).toHaveLength(1);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    const { code, stopped } = await stop();
    expect(code).toBe(0);
    expect(stopped).toEqual([0]);
    expect(order).toEqual(['started', 'flush', 'redis']);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('with Slack configured and WEB_ENABLED unset, serves no page but the operational endpoints', async () => {
    const { url, stdout, stop } = await startInProcess({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret' });
    expect(stdout()).toContain('Web page        off');
    expect(stdout()).toContain(`on, HTTP mode: point the Slack app's request URLs at ${url}/slack/events`);
    expect((await fetch(`${url}/`)).status).toBe(404);
    expect((await fetch(`${url}/api/status`)).status).toBe(404);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await stop()).code).toBe(0);
  });

  it('with Slack configured and WEB_ENABLED=true, the incident API needs the HELPDESK_TOKEN', async () => {
    const token = 'a-long-helpdesk-token-0123456789';
    const { url, stdout, stop } = await startInProcess({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret', WEB_ENABLED: 'true', HELPDESK_TOKEN: token });
    expect(stdout()).toContain('Board    needs the HELPDESK_TOKEN (bearer)');
    expect(stdout()).not.toContain(token);
    expect((await fetch(`${url}/`)).status).toBe(200);
    expect((await fetch(`${url}/api/incidents`)).status).toBe(401);
    expect((await fetch(`${url}/api/incidents`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await stop()).code).toBe(0);
  });

  it('runs as `node bin/chatgpt-500.js start` with nothing configured, serves the page and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['bin/chatgpt-500.js', 'start'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const [, url] = await waitFor(() => output, /Triage page\s+(http:\/\/127\.0\.0\.1:\d+)\//, 20_000);
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      const script = await fetch(`${url}/app.js`);
      expect(script.headers.get('content-type')).toContain('javascript');
      expect((await fetch(`${url}/api/status`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output).toContain('chatgpt-500 is running');
  });
});
