import { DEFAULT_ALLOWLIST } from '../../../src/triage/default-allowlist.ts';
import { readSharedFixture } from '../../helpers/shared-fixtures.ts';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { expect } from 'vitest';
import { createSlackAdapter, type SlackAdapter, type SlackAdapterDeps } from '../../../adapters/slack/create-slack-adapter.ts';
import { signSlackRequest } from '../../../adapters/slack/verify-slack-signature.ts';
import { loadConfig } from '../../../src/config.ts';
import type { Desk } from '../../../src/desk/desk.port.ts';
import { createLogger } from '../../../src/logger.ts';
import { createMetrics, type Metrics } from '../../../src/metrics.ts';
import { createDispatcher } from '../../../src/delivery/create-dispatcher.ts';
import { createDeliveryWorker, type DeliveryWorker } from '../../../src/delivery/delivery-worker.ts';
import { SenderRegistry } from '../../../src/delivery/sender-registry.ts';
import { createMemoryStore } from '../../../src/store/create-store.ts';
import { DEFAULT_RULES } from '../../helpers/store-backends.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.ts';


export function fixtureText(name: string): string {
  return readSharedFixture(`slack/${name}`);
}

export function fixtureJson<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(fixtureText(name)) as T;
}

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-0000-token';

export interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

export function memoryLog() {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { lines, logger: createLogger('debug', stream) };
}

export interface SendOptions {
  contentType?: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Override the signature header (undefined: sign correctly; null: send none). */
  signature?: string | null;
  /** Sign with this secret instead of the right one. */
  secret?: string;
  headers?: Record<string, string>;
}

export interface SlackHarness {
  fake: FakeSlackApi;
  adapter: SlackAdapter;
  metrics: Metrics;
  log: ReturnType<typeof memoryLog>;
  baseUrl: string;
  send(body: string, options?: SendOptions): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The real bolt app (HTTP mode, the adapter's own receiver) in an express app on 127.0.0.1:0, its Web API
 * pointed at a fake Slack API on loopback. `desk` is whatever the test passes in.
 */
export async function startSlackHarness(desk: Desk, env: Record<string, string> = {}, deps: Partial<SlackAdapterDeps> = {}, options: { fake?: FakeSlackApi } = {}): Promise<SlackHarness> {
  // A fake of the test's (shared by several replicas) stays open when this harness closes.
  const fake = options.fake ?? (await startFakeSlackApi({ token: BOT_TOKEN }));
  const config = loadConfig({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: fake.url, ...env });
  const log = memoryLog();
  const metrics = createMetrics();
  const app = express();
  // Without an outbox of the test's, the adapter's own messages (hints, notes, Home) are delivered
  // by a worker over a memory store, through the adapter's real sender.
  const own = deps.outbox ? undefined : createMemoryStore({ conversationTtlMs: 3_600_000, now: Date.now, rules: DEFAULT_RULES });
  const adapter = createSlackAdapter({ config, desk, logger: log.logger, metrics, app, ...(own ? { outbox: own.outbox } : {}), ...deps } as SlackAdapterDeps);
  await adapter.start();
  let worker: DeliveryWorker | undefined;
  if (own) {
    const senders = new SenderRegistry();
    senders.register('slack', adapter.sender);
    const dispatcher = createDispatcher({ store: own, senders, owner: 'kit', cardIntervalMs: 0, now: Date.now, allowlist: { minimum: [...DEFAULT_ALLOWLIST.minimum], broader: [...DEFAULT_ALLOWLIST.broader] } });
    worker = createDeliveryWorker({ outbox: own.outbox, dispatcher, consumer: 'kit', concurrency: 8, claimMs: 30_000, maxAttempts: 3, retry: { baseMs: 50, maxMs: 200 }, blockMs: 50 });
    worker.start();
  }
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    fake,
    adapter,
    metrics,
    log,
    baseUrl,
    async send(body, options = {}) {
      const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
      const headers: Record<string, string> = {
        'content-type': options.contentType ?? (body.startsWith('{') || body.startsWith('[') ? 'application/json' : 'application/x-www-form-urlencoded'),
        'x-slack-request-timestamp': timestamp,
        ...options.headers,
      };
      if (options.signature === undefined) headers['x-slack-signature'] = signSlackRequest(options.secret ?? SIGNING_SECRET, timestamp, body);
      else if (options.signature !== null) headers['x-slack-signature'] = options.signature;
      return fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body });
    },
    async close() {
      await worker?.stop(500);
      await adapter.stop();
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
      if (!options.fake) await fake.close();
    },
  };
}

/** A slash command body as Slack sends it (form fields), with overrides. */
export function slashCommandBody(fields: Record<string, string> = {}, responseUrl = 'https://hooks.slack.com/commands/T0/1/x'): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T0TEAM0001',
    team_domain: 'example',
    channel_id: 'C0CHAN0001',
    channel_name: 'general',
    user_id: 'U0USER0001',
    user_name: 'reporter',
    command: '/chatgpt-500',
    text: '',
    api_app_id: 'A0APP00001',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `${Date.now()}.1.${Math.random().toString(16).slice(2)}`,
    ...fields,
  }).toString();
}

/** Nothing in `text` can open a link or mention, and every "&" starts an entity. */
export function expectInert(text: string): void {
  expect(text).not.toMatch(/[<>]/);
  expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
}
