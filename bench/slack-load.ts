import { createHmac } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';

/**
 * Signed Slack requests over keep-alive connections (undici Pool), as Slack sends them: the body
 * signed with HMAC-SHA256 of "v0:<timestamp>:<body>" (Slack's scheme, computed here so the load
 * does not depend on the code it measures).
 */
export interface SlackLoad {
  /** POSTs one form body; resolves with the HTTP status, the answer's text and the time it took. */
  send(body: string): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

export function slackSignature(secret: string, timestamp: string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function slackLoad(eventsUrl: string, secret: string, connections = 256): SlackLoad {
  const url = new URL(eventsUrl);
  const pool = new Pool(url.origin, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
  return {
    async send(body) {
      const ts = String(Math.floor(Date.now() / 1000));
      const res = await pool.request({
        method: 'POST',
        path: url.pathname,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': ts, 'x-slack-signature': slackSignature(secret, ts, body) },
        body,
      });
      return { status: res.statusCode, text: await res.body.text() };
    },
    close: () => pool.close(),
  };
}

/** A `/chatgpt-500` command as Slack posts it (form-encoded). */
export function commandBody(input: { user: string; text: string; responseUrl: string; trigger: string; team?: string }): string {
  return new URLSearchParams({
    token: 'unused',
    team_id: input.team ?? 'T0BENCH',
    team_domain: 'bench',
    channel_id: 'C0BENCH',
    channel_name: 'general',
    user_id: input.user,
    user_name: input.user.toLowerCase(),
    command: '/chatgpt-500',
    text: input.text,
    api_app_id: 'A0BENCH',
    is_enterprise_install: 'false',
    response_url: input.responseUrl,
    trigger_id: input.trigger,
  }).toString();
}

export interface LoadResult {
  sent: number;
  /** Ack latencies in ms, sorted ascending (open loop: from the time the request was due). */
  latencies: number[];
  /** Requests that got no 200, or an answer `ok` refused. */
  failed: number;
  firstFailure?: string;
  /** From the first request until the last answer, ms. */
  elapsedMs: number;
  /** performance.now() when the load started and when its last answer came. */
  startedAt: number;
  endedAt: number;
}

type Send = (i: number) => Promise<{ status: number; text: string }>;

function collect(startedAt: number, latencies: number[], failures: string[], sent: number): LoadResult {
  const endedAt = performance.now();
  latencies.sort((a, b) => a - b);
  return { sent, latencies, failed: failures.length, ...(failures[0] ? { firstFailure: failures[0] } : {}), elapsedMs: endedAt - startedAt, startedAt, endedAt };
}

/**
 * Open loop: request i is due at start + i / rate; it is sent when due whatever the answers before
 * it, and its latency counts from when it was due (no coordinated omission).
 */
export async function openLoop(rate: number, seconds: number, send: Send, ok: (r: { status: number; text: string }) => boolean): Promise<LoadResult> {
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  const failures: string[] = [];
  const inFlight: Promise<void>[] = [];
  const startedAt = performance.now();
  let i = 0;
  while (i < total) {
    const now = performance.now();
    while (i < total && startedAt + (i * 1000) / rate <= now) {
      const due = startedAt + (i * 1000) / rate;
      inFlight.push(
        send(i).then(
          (r) => {
            latencies.push(performance.now() - due);
            if (!ok(r)) failures.push(`${r.status} ${r.text.slice(0, 200)}`);
          },
          (error: unknown) => void failures.push(String(error)),
        ),
      );
      i++;
    }
    const nextDue = startedAt + (i * 1000) / rate;
    await sleep(Math.max(0, Math.min(5, nextDue - performance.now())));
  }
  await Promise.all(inFlight);
  return collect(startedAt, latencies, failures, total);
}

/** Closed loop: `concurrency` requests in flight until `total` were answered. */
export async function closedLoop(concurrency: number, total: number, send: Send, ok: (r: { status: number; text: string }) => boolean): Promise<LoadResult> {
  const latencies: number[] = [];
  const failures: string[] = [];
  let next = 0;
  const startedAt = performance.now();
  const worker = async () => {
    for (let i = next++; i < total; i = next++) {
      const t = performance.now();
      try {
        const r = await send(i);
        latencies.push(performance.now() - t);
        if (!ok(r)) failures.push(`${r.status} ${r.text.slice(0, 200)}`);
      } catch (error) {
        failures.push(String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return collect(startedAt, latencies, failures, total);
}

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
