import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import express from 'express';
import pino from 'pino';
import { createSlackAdapter } from '../adapters/slack/create-slack-adapter.ts';
import { signSlackRequest } from '../adapters/slack/verify-slack-signature.ts';
import { loadConfig } from '../src/config.ts';
import { assembleDesk } from '../src/desk/assemble-desk.ts';
import { createMetrics } from '../src/metrics.ts';
import type { Store } from '../src/store/store.port.ts';
import { startFakeSlackApi } from '../test/helpers/fake-slack-api.ts';
import { statusReading } from '../test/helpers/status-readings.ts';
import type { Measurement } from './measure.ts';

const SECRET = 'bench-signing-secret';

/**
 * `/chatgpt-500` over real HTTP on 127.0.0.1: the real bolt app (HTTP receiver) with signature
 * checks, the desk on `store`, and the Web API pointed at a fake Slack API on loopback. Measures the
 * time to Slack's ack (the HTTP answer), `concurrency` commands in flight, then waits until every
 * conversation's first question was posted (the work after the ack).
 */
export async function slackAck(label: string, store: Store, commands: number, concurrency: number): Promise<Measurement[]> {
  const fake = await startFakeSlackApi({ token: 'xoxb-bench' });
  const config = loadConfig({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_API_URL: fake.url, INCIDENT_CARD_MIN_INTERVAL_SECONDS: '5' });
  const logger = pino({ level: 'silent' });
  const assembled = assembleDesk({ store, status: { current: () => statusReading('operational') }, config, logger, consumer: `bench-${label}` });
  const app = express();
  const adapter = createSlackAdapter({ config, desk: assembled.desk, outbox: store.outbox, logger, metrics: createMetrics(), app, claims: store.events });
  assembled.senders.register('slack', adapter.sender);
  await adapter.start();
  assembled.start();
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  const acks: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < commands; i = next++) {
      const body = new URLSearchParams({
        team_id: 'T0BENCH', channel_id: 'C0BENCH', user_id: `U${i}`, user_name: `user${i}`, command: '/chatgpt-500',
        text: 'chatgpt.com shows error 500', response_url: fake.responseUrl(String(i)), trigger_id: `${i}.bench`, api_app_id: 'A0BENCH',
      }).toString();
      const ts = String(Math.floor(Date.now() / 1000));
      const t = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': ts, 'x-slack-signature': signSlackRequest(SECRET, ts, body) },
        body,
      });
      await res.arrayBuffer();
      acks.push(performance.now() - t);
      if (res.status !== 200) throw new Error(`slash command answered ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ackElapsed = performance.now() - started;
  // Every conversation posts its root message and the first question into its thread.
  const deadline = Date.now() + 120_000;
  const threadPosts = () => fake.calls.filter((c) => c.method === 'chat.postMessage').length;
  while (threadPosts() < commands * 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const doneElapsed = performance.now() - started;
  if (threadPosts() < commands * 2) throw new Error(`only ${threadPosts()} of ${commands * 2} thread messages were posted`);
  await assembled.close(5000);
  await adapter.stop();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await fake.close();
  acks.sort((a, b) => a - b);
  const at = (q: number) => acks[Math.min(acks.length - 1, Math.floor(q * acks.length))]!;
  return [
    { name: `Slack /chatgpt-500 → ack, ${concurrency} in flight (${label})`, runs: commands, opsPerSecond: (commands / ackElapsed) * 1000, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: acks.at(-1)! },
    { name: `… until every first question is in its thread (${label})`, runs: commands, opsPerSecond: (commands / doneElapsed) * 1000, p50Ms: NaN, p99Ms: NaN, maxMs: doneElapsed },
  ];
}
