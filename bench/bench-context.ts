import { setTimeout as sleep } from 'node:timers/promises';
import { startAppProcess, type AppProcess } from './app-process.ts';
import type { FakeSlackChild } from './fake-slack-child.ts';

/** What every phase of `npm run bench` shares: the fakes, Redis, the secrets, where logs go. */
export interface BenchContext {
  quick: boolean;
  logDir: string;
  redisUrl: string;
  /** The redis-server this run started (undefined with REDIS_URL). */
  redisPid: number | undefined;
  statusUrl: string;
  fake: FakeSlackChild;
  secret: string;
  token: string;
  helpdeskToken: string;
  /** Node options of every bot process this run starts (`--node-args`), before `bin/chatgpt-500.js`. */
  nodeArgs: readonly string[];
  /** More environment of every bot process (`--bot-env`), e.g. DELIVERY_THREAD=off. */
  botEnv: Readonly<Record<string, string>>;
}

/** The four openings the load cycles through: each says what fails (web, HTTP 500) and where (four networks). */
export const REPORT_TEXTS = [
  'chatgpt.com shows HTTP ERROR 500 on the office wifi',
  'chatgpt.com shows HTTP ERROR 500 on my home wifi',
  'chatgpt.com shows HTTP ERROR 500 over the VPN',
  'chatgpt.com shows HTTP ERROR 500 on mobile data',
];

/** A Slack user id unique within the run (the fake names a DM after the first 12 characters). */
export const userId = (phase: string, i: number) => `U${phase}${String(i).padStart(7, '0')}`;

/**
 * The real bot: `node bin/chatgpt-500.js start` in Slack HTTP mode on 127.0.0.1, on a port of its
 * choosing. `web`: also the web side, for the helpdesk API (GET /api/incidents); off by default
 * beside Slack, as a Slack-only install runs.
 */
export function startOurs(ctx: BenchContext, name: string, keyPrefix: string, options: { web?: boolean } = {}): Promise<AppProcess> {
  return startBot(ctx, name, {
    REDIS_URL: ctx.redisUrl,
    REDIS_KEY_PREFIX: keyPrefix,
    SLACK_SIGNING_SECRET: ctx.secret,
    SLACK_BOT_TOKEN: ctx.token,
    SLACK_API_URL: ctx.fake.url,
    HELPDESK_TOKEN: ctx.helpdeskToken,
    // The page and the board are on by default: off unless this bench uses them, as before.
    WEB_ENABLED: options.web ? 'true' : 'false',
    WEB_RATE_LIMIT_PER_MINUTE: '1000000',
  });
}

/** `chatgpt-500 start` with the bench's node options, on 127.0.0.1, the fake status page, `env` and the run's --bot-env. */
export function startBot(ctx: BenchContext, name: string, env: Record<string, string>): Promise<AppProcess> {
  return startAppProcess({
    name,
    args: [...ctx.nodeArgs, 'bin/chatgpt-500.js', 'start'],
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // The start banner (how the address is learnt) comes with LOG_FORMAT=pretty only.
      LOG_FORMAT: 'pretty',
      STATUS_URL: ctx.statusUrl,
      ...env,
      ...ctx.botEnv,
    },
    ready: /\s(http:\/\/127\.0\.0\.1:\d+)\/healthz/,
    logDir: ctx.logDir,
  });
}

/** Polls the fake until it has seen `target` delivered turns; resolves with Date.now() then, or undefined at the deadline. */
export async function waitForTurns(ctx: BenchContext, target: number, timeoutMs: number): Promise<{ at: number | undefined; turns: number }> {
  const deadline = Date.now() + timeoutMs;
  let turns = 0;
  for (;;) {
    turns = (await ctx.fake.counts()).turns;
    if (turns >= target) return { at: performance.now(), turns };
    if (Date.now() > deadline) return { at: undefined, turns };
    await sleep(20);
  }
}

/**
 * Messages owed 1 s after a load: the outbox's waiting + being sent + waiting for a retry. Read from
 * the bot's helpdesk API (GET /api/outbox) when it answers, else from the store directly (the same
 * `outbox.stats()` the `chatgpt-500 outbox` command prints), with this run's key prefix.
 */
export async function outboxBacklog(ctx: BenchContext, baseUrl: string, keyPrefix: string): Promise<number | undefined> {
  try {
    const res = await fetch(`${baseUrl}/api/outbox`, { headers: { authorization: `Bearer ${ctx.helpdeskToken}` } });
    const body: unknown = await res.json();
    if (res.ok && typeof body === 'object' && body !== null && 'pending' in body && typeof body.pending === 'number') {
      return body.pending + ('retrying' in body && typeof body.retrying === 'number' ? body.retrying : 0);
    }
  } catch {
    // not answering: read the store
  }
  try {
    const stats = await (await outboxReader(ctx.redisUrl, keyPrefix)).stats();
    return stats.ready + stats.inFlight + stats.delayed;
  } catch {
    return undefined;
  }
}

const readers = new Map<string, Promise<{ stats(): Promise<{ ready: number; inFlight: number; delayed: number }> }>>();

/** The store's outbox over one Redis connection per key prefix (closed when the benchmark exits). */
function outboxReader(redisUrl: string, keyPrefix: string) {
  let reader = readers.get(keyPrefix);
  if (!reader) {
    reader = (async () => {
      const [{ loadConfig }, { createRedis, connectRedis }, { storeOptionsFromConfig }, { createRedisStore }] = await Promise.all([
        import('../src/config.ts'),
        import('../src/store/create-redis.ts'),
        import('../src/store/create-store.ts'),
        import('../src/store/create-redis-store.ts'),
      ]);
      const config = loadConfig({ REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix });
      const client = createRedis(config, { connectTimeoutMs: 5000 });
      await connectRedis(client, 10_000);
      closers.push(() => client.disconnect());
      return createRedisStore(client, storeOptionsFromConfig(config)).outbox;
    })();
    readers.set(keyPrefix, reader);
  }
  return reader;
}

const closers: (() => void)[] = [];

/** Closes the store connections outboxBacklog opened. */
export function closeOutboxReaders(): void {
  for (const close of closers.splice(0)) close();
  readers.clear();
}
