import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeliveryThread } from '../../../adapters/app/delivery-thread.ts';
import { forwardLogLine } from '../../../adapters/app/forward-log-line.ts';
import { signSlackRequest } from '../../../adapters/slack/verify-slack-signature.ts';
import { loadConfig } from '../../../src/config.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.ts';
import { startFakeStatusServer, type FakeStatusServer } from '../../helpers/fake-status-server.ts';
import { rawCommand, REDIS_SERVER, spawnRedisServer, startRedisServer, stopChild, uniquePrefix, waitFor as waitUntil, type TestRedis } from '../../helpers/redis-server.ts';
import { statusReading } from '../../helpers/status-readings.ts';
import { incidentioQuiet } from '../../status/status-payloads.ts';
import { memoryLog, slashCommandBody } from '../slack/slack-test-kit.ts';
import { waitFor } from '../slack/slack-desk-kit.ts';
import { spawnBot } from './helpers/spawn-bot.ts';

const TOKEN = 'xoxb-thread-test-token';
const SECRET = 'thread-test-signing-secret';

describe('DELIVERY_THREAD: where the outbox worker runs', () => {
  it('is the main thread by default; on needs Redis and no Teams, and says so', () => {
    const redis = { REDIS_URL: 'redis://127.0.0.1:6379' };
    expect(loadConfig({}).delivery).toBe('main');
    expect(loadConfig(redis).delivery).toBe('main');
    expect(loadConfig({ ...redis, DELIVERY_THREAD: 'off' }).delivery).toBe('main');
    expect(loadConfig({ ...redis, DELIVERY_THREAD: 'on' }).delivery).toBe('thread');
    expect(() => loadConfig({ DELIVERY_THREAD: 'on' })).toThrow(/DELIVERY_THREAD.*Redis store/);
    expect(() => loadConfig({ ...redis, DELIVERY_THREAD: 'on', TEAMS_APP_ID: 'a', TEAMS_APP_PASSWORD: 'p', TEAMS_APP_TYPE: 'MultiTenant' })).toThrow(/DELIVERY_THREAD.*Teams/);
    expect(() => loadConfig({ DELIVERY_THREAD: 'auto' })).toThrow(/DELIVERY_THREAD.*on or off/);
  });
});

describe('forwardLogLine', () => {
  it("writes another thread's pino line through this logger at its level, without its time and pid", () => {
    const { lines, logger } = memoryLog();
    forwardLogLine(logger, JSON.stringify({ level: 50, time: 1, pid: 99999, hostname: 'x', thread: 'delivery', code: 'slack.rate_limited', msg: 'delivery failed' }));
    forwardLogLine(logger, 'not json at all');
    expect(lines[0]).toMatchObject({ level: 50, thread: 'delivery', code: 'slack.rate_limited', msg: 'delivery failed' });
    expect(lines[0]!.pid).toBe(process.pid);
    expect(lines[1]).toMatchObject({ level: 40, line: 'not json at all' });
  });
});

describe('createDeliveryThread', () => {
  it('starts a thread that ended on its own again, and keeps trying while a restart cannot start', async () => {
    const { lines, logger } = memoryLog();
    const dir = mkdtempSync(join(tmpdir(), 'c500-thread-count-'));
    const thread = createDeliveryThread({
      env: { COUNT_FILE: join(dir, 'starts') },
      consumer: 'test:1:thread',
      logger,
      status: () => statusReading('operational'),
      restartMs: 20,
      entry: new URL('./helpers/crashing-delivery-thread.ts', import.meta.url),
    });
    try {
      await thread.start();
      await waitFor('the third start', () => lines.find((l) => l.msg === 'test thread up' && l.start === 3), 15_000);
      expect(lines.some((l) => l.msg === 'the delivery thread failed')).toBe(true);
      expect(lines.some((l) => l.msg === 'the delivery thread ended; starting it again')).toBe(true);
      expect(lines.some((l) => l.msg === 'the delivery thread could not start' && l.code === 'store.unavailable')).toBe(true);
      expect(lines.some((l) => l.msg === 'the delivery thread could not start again; trying again')).toBe(true);
      await thread.stop(100);
      expect(readFileSync(join(dir, 'starts'), 'utf8')).toBe('3');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('`chatgpt-500 start` with DELIVERY_THREAD=on', () => {
  let redis: TestRedis;
  let statusServer: FakeStatusServer;
  let fake: FakeSlackApi;
  beforeAll(async () => {
    [redis, statusServer, fake] = await Promise.all([startRedisServer(), startFakeStatusServer({ kind: 'json', body: incidentioQuiet() }), startFakeSlackApi({ token: TOKEN })]);
  });
  afterAll(async () => {
    await fake?.close();
    await statusServer?.close();
    await redis?.stop();
  });

  it("delivers a slash command's first question from the thread, counts it in /metrics and stops cleanly", async () => {
    const bot = await spawnBot({
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: uniquePrefix('thread'),
      STATUS_URL: statusServer.url,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_API_URL: fake.url,
      DELIVERY_THREAD: 'on',
      LOG_LEVEL: 'info',
      HELPDESK_TOKEN: 'desk-token-for-the-thread-test',
    });
    const body = slashCommandBody({ user_id: 'U0THREAD01', text: 'HTTP ERROR 500 in the browser' });
    const timestamp = Math.floor(Date.now() / 1000);
    const ack = await fetch(`${bot.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signSlackRequest(SECRET, String(timestamp), body) },
      body,
    });
    expect(ack.status).toBe(200);
    const question = await waitFor('the first question in the DM', () => [...fake.messages.values()].find((m) => m.channel.startsWith('D') && JSON.stringify(m.blocks ?? []).includes('c500.answer')), 15_000);
    expect(question.channel).toMatch(/^D/);

    // The worker counts a delivery once the outbox has settled it, just after Slack answered.
    let metrics = '';
    await waitUntil('the delivery in /metrics', async () => {
      metrics = await (await fetch(`${bot.url}/metrics`)).text();
      return /chatgpt500_outbox_deliveries_total\{[^}]*outcome="delivered"[^}]*\} [1-9]/.test(metrics);
    }, 10_000);
    const posted = /chatgpt500_chat_api_calls_total\{platform="slack",method="chat\.postMessage",outcome="ok"\} (\d+)/.exec(metrics);
    expect(Number(posted?.[1])).toBeGreaterThanOrEqual(1);
    expect(metrics).toMatch(/chatgpt500_outbox_deliveries_total\{[^}]*outcome="delivered"[^}]*\} [1-9]/);
    // The main thread's own metrics are still there.
    expect(metrics).toMatch(/chatgpt500_http_request_duration_seconds_count\{[^}]*route="\/slack\/events"/);

    expect(await bot.stop()).toBe(0);
    expect(bot.output()).not.toMatch(/delivery thread (failed|ended|could not)/);
  }, 60_000);
});

describe('delivery in its own thread through faults', () => {
  it('Slack answering 500 (the post reached it) and 429, and Redis stopped and started again: every reporter gets the first question once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c500-thread-redis-'));
    const persistent = (port: number) => ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir, '--port', String(port)];
    const { port, child } = await spawnRedisServer(persistent, dir);
    const [statusServer, fake] = await Promise.all([startFakeStatusServer({ kind: 'json', body: incidentioQuiet() }), startFakeSlackApi({ token: TOKEN })]);
    let restarted: ChildProcess | undefined;
    try {
      const bot = await spawnBot({
        REDIS_URL: `redis://127.0.0.1:${port}`,
        REDIS_KEY_PREFIX: uniquePrefix('threadfaults'),
        STATUS_URL: statusServer.url,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_API_URL: fake.url,
        DELIVERY_THREAD: 'on',
        DELIVERY_CLAIM_SECONDS: '2',
        DELIVERY_RETRY_MIN_SECONDS: '0.05',
        DELIVERY_RETRY_MAX_SECONDS: '0.5',
      });
      // Slack's answer is lost after the post went through (a retry must look first), then Slack rate-limits.
      fake.fail({ method: 'chat.postMessage', status: 500, reached: true, times: 6 });
      fake.fail({ method: 'chat.postMessage', status: 429, retryAfter: 1, times: 6 });
      const users = Array.from({ length: 30 }, (_, i) => `U0FAULT${String(i).padStart(3, '0')}`);
      for (const user of users) {
        const body = slashCommandBody({ user_id: user, text: 'chatgpt shows HTTP ERROR 500' });
        const timestamp = String(Math.floor(Date.now() / 1000));
        const ack = await fetch(`${bot.url}/slack/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signSlackRequest(SECRET, timestamp, body) },
          body,
        });
        expect(ack.status).toBe(200);
      }
      // Redis goes away for a second with deliveries owed, and comes back with its data.
      await stopChild(child);
      await new Promise((r) => setTimeout(r, 1000));
      restarted = spawn(REDIS_SERVER, persistent(port), { cwd: dir, stdio: 'ignore' });
      await waitUntil('the restarted redis-server', async () => (await rawCommand(port, 'PING')).startsWith('+PONG'));

      const questions = () => [...fake.messages.values()].filter((m) => m.channel.startsWith('D') && JSON.stringify(m.blocks ?? []).includes('c500.answer'));
      await waitFor('a first question for every reporter', () => questions().length >= users.length, 30_000);
      await new Promise((r) => setTimeout(r, 1500));
      const perChannel = new Map<string, number>();
      for (const m of questions()) perChannel.set(m.channel, (perChannel.get(m.channel) ?? 0) + 1);
      expect(perChannel.size).toBe(users.length);
      expect([...perChannel.values()].every((n) => n === 1)).toBe(true);
      // The faults did happen: six rate-limited posts besides one per question (a post whose answer was lost is looked up, not posted again).
      expect(fake.callsTo('chat.postMessage').length).toBeGreaterThanOrEqual(users.length + 6);
      expect(await bot.stop()).toBe(0);
    } finally {
      await fake.close();
      await statusServer.close();
      if (restarted) await stopChild(restarted);
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
