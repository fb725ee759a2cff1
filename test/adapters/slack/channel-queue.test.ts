import { webApi } from '@slack/bolt';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toBoltLogger } from '../../../adapters/slack/bolt-logger.ts';
import { createChannelQueue, type CallOutcome, type ChannelQueueOptions } from '../../../adapters/slack/channel-queue.ts';
import { createSlackWebApi } from '../../../adapters/slack/create-slack-web-api.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.ts';
import { BOT_TOKEN, memoryLog } from './slack-test-kit.ts';

const message = (text: string) => ({ text, blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text } }] });

describe("channel queue over the adapter's Web API client and a fake Slack API", () => {
  let fake: FakeSlackApi;
  let outcomes: [string, CallOutcome][];
  const queues: ReturnType<typeof createChannelQueue>[] = [];

  beforeAll(async () => {
    fake = await startFakeSlackApi({ token: BOT_TOKEN });
  });
  afterAll(async () => {
    await fake.close();
  });
  afterEach(() => {
    for (const q of queues.splice(0)) q.close();
    fake.reset();
  });

  /** Web API calls through the queue, as the adapter makes them (a lane per channel). */
  function setup(options: ChannelQueueOptions = {}) {
    outcomes = [];
    const { logger } = memoryLog();
    const client = createSlackWebApi({ token: BOT_TOKEN, apiUrl: fake.url });
    const queue = createChannelQueue({ backoffMs: () => 20, ...options, logger, onAttempt: (method, outcome) => outcomes.push([method, outcome]) });
    queues.push(queue);
    return {
      postMessage: async ({ channel, message: m }: { channel: string; message: ReturnType<typeof message> }) => {
        const r = await queue.run(channel, 'chat.postMessage', () => client.call('chat.postMessage', { channel, text: m.text, blocks: m.blocks }));
        return { channel: typeof r.channel === 'string' ? r.channel : channel, ts: typeof r.ts === 'string' ? r.ts : '' };
      },
      update: ({ channel, ts, message: m }: { channel: string; ts: string; message: ReturnType<typeof message> }) =>
        queue.run(channel, 'chat.update', () => client.call('chat.update', { channel, ts, text: m.text, blocks: m.blocks })),
    };
  }

  it('a 429 on channel A waits Retry-After in A only: channel B goes through meanwhile, A keeps its order', async () => {
    const api = setup();
    fake.fail({ method: 'chat.postMessage', channel: 'CAAAA', status: 429, retryAfter: 1 });
    const a1 = api.postMessage({ channel: 'CAAAA', message: message('a1') });
    await fake.waitForCalls('chat.postMessage', 1);
    await new Promise((r) => setTimeout(r, 100)); // A's lane has read the 429 and is waiting
    const a2 = api.postMessage({ channel: 'CAAAA', message: message('a2') });
    const b = await api.postMessage({ channel: 'CBBBB', message: message('b') });
    expect(b.channel).toBe('CBBBB');
    await Promise.all([a1, a2]);

    const calls = fake.callsTo('chat.postMessage');
    const [a1First, a1Retry, a2Call] = calls.filter((c) => c.body.channel === 'CAAAA');
    const bCall = calls.find((c) => c.body.channel === 'CBBBB')!;
    expect([a1First!.status, a1Retry!.status, a2Call!.status]).toEqual([429, 200, 200]);
    expect([a1First!.body.text, a1Retry!.body.text, a2Call!.body.text]).toEqual(['a1', 'a1', 'a2']);
    // Retry-After honoured for A (timers never fire early by more than a millisecond)...
    expect(a1Retry!.at - a1First!.at).toBeGreaterThanOrEqual(999);
    // ...while B was not held behind it.
    expect(bCall.at).toBeLessThan(a1Retry!.at);
    expect(bCall.at - a1First!.at).toBeLessThan(900);
    expect(a2Call!.at).toBeGreaterThanOrEqual(a1Retry!.at);
    expect(outcomes.filter(([, o]) => o === 'rate_limited')).toHaveLength(1);
  });

  it('remembers the pause after giving up: the next call to that channel still waits for Retry-After', async () => {
    const api = setup({ maxAttempts: 1 });
    fake.fail({ method: 'chat.postMessage', channel: 'CAAAA', status: 429, retryAfter: 1 });
    await expect(api.postMessage({ channel: 'CAAAA', message: message('x') })).rejects.toMatchObject({ code: 'slack.rate_limited' });
    await api.postMessage({ channel: 'CAAAA', message: message('y') });
    const [first, second] = fake.callsTo('chat.postMessage');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(999);
  });

  it('a Retry-After beyond the limit fails the call at once instead of holding the lane', async () => {
    const api = setup({ maxRetryAfterMs: 5000 });
    fake.fail({ method: 'chat.update', status: 429, retryAfter: 3600 });
    const started = Date.now();
    await expect(api.update({ channel: 'CAAAA', ts: '1.1', message: message('x') })).rejects.toMatchObject({ code: 'slack.rate_limited' });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(fake.callsTo('chat.update')).toHaveLength(1);
  });

  it('retries a 500 within the bound, then gives up with slack.server_error and the cause', async () => {
    const api = setup({ maxAttempts: 3 });
    fake.fail({ method: 'chat.postMessage', channel: 'CCCCC', status: 500, times: Infinity });
    const error = await api.postMessage({ channel: 'CCCCC', message: message('x') }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'slack.server_error', cause: { code: 'slack_api.http', status: 500 } });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(3);
    expect(outcomes).toEqual([
      ['chat.postMessage', 'server_error'],
      ['chat.postMessage', 'server_error'],
      ['chat.postMessage', 'server_error'],
    ]);
  });

  it('a 500 followed by success: one retry, the message is posted', async () => {
    const api = setup();
    fake.fail({ method: 'chat.postMessage', status: 503 });
    const posted = await api.postMessage({ channel: 'CCCCC', message: message('x') });
    expect(fake.message('CCCCC', posted.ts)?.text).toBe('x');
    expect(fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([503, 200]);
    expect(outcomes).toEqual([
      ['chat.postMessage', 'server_error'],
      ['chat.postMessage', 'ok'],
    ]);
  });

  it('does not retry what Slack refuses (ok: false), e.g. message_not_found', async () => {
    const api = setup();
    await expect(api.update({ channel: 'CAAAA', ts: '999.999', message: message('x') })).rejects.toMatchObject({ code: 'slack.api_error', cause: { code: 'slack_api.platform', slackError: 'message_not_found' } });
    expect(fake.callsTo('chat.update')).toHaveLength(1);
    expect(outcomes).toEqual([['chat.update', 'api_error']]);
  });

  it('close() ends a wait for Retry-After at once with slack.closed', async () => {
    const api = setup();
    fake.fail({ method: 'chat.postMessage', status: 429, retryAfter: 60 });
    const pending = api.postMessage({ channel: 'CAAAA', message: message('x') }).catch((e: unknown) => e);
    await fake.waitForCalls('chat.postMessage', 1);
    queues.at(-1)!.close();
    expect(await pending).toMatchObject({ code: 'slack.closed' });
  });

  it("why: the stock WebClient pauses its one global queue on a 429, so channel B waits for channel A's Retry-After", async () => {
    const { logger } = memoryLog();
    const stock = new webApi.WebClient(BOT_TOKEN, { slackApiUrl: fake.url, logger: toBoltLogger(logger), retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } });
    fake.fail({ method: 'chat.postMessage', channel: 'CAAAA', status: 429, retryAfter: 1 });
    const a = stock.chat.postMessage({ channel: 'CAAAA', text: 'a' });
    await fake.waitForCalls('chat.postMessage', 1);
    await new Promise((r) => setTimeout(r, 100)); // let the client read the 429 and pause
    await stock.chat.postMessage({ channel: 'CBBBB', text: 'b' });
    await a;
    const first = fake.callsTo('chat.postMessage')[0]!;
    const b = fake.callsTo('chat.postMessage').find((c) => c.body.channel === 'CBBBB')!;
    expect(b.at - first.at).toBeGreaterThanOrEqual(900);
  });

  it('forgets lanes once they are empty', async () => {
    const api = setup();
    await Promise.all(Array.from({ length: 20 }, (_, i) => api.postMessage({ channel: `C${i}`, message: message('x') })));
    const queue = queues.at(-1)!;
    await queue.idle();
    expect(queue.lanes()).toBe(0);
  });
});
