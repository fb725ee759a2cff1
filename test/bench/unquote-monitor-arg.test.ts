import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unquoteMonitorArg } from '../../bench/unquote-monitor-arg.ts';
import { startRedisServer, type TestRedis } from '../helpers/redis-server.ts';

/** What `npm run bench` relies on to name scripts: a body read back from MONITOR hashes to its sha. */
describe('unquoteMonitorArg (bench: naming scripts seen by MONITOR)', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis.stop();
  });

  it('gives back the exact body of an EVAL: quotes, backslashes, tabs, newlines and UTF-8', async () => {
    const body = `-- Aggregation script … «quoted» "and" 'single' \\ back\tslash\r\nreturn {KEYS[1], ARGV[1], "ü"}\n`;
    const client = new Redis(redis.url);
    const monitor = await client.monitor();
    const seen = new Promise<string[]>((resolve) => monitor.on('monitor', (_time: string, args: string[]) => args[0]?.toLowerCase() === 'eval' && resolve(args)));
    const other = new Redis(redis.url);
    try {
      await other.eval(body, 1, 'k{x}', 'v "1"');
      const args = await seen;
      const sha = createHash('sha1').update(unquoteMonitorArg(args[1]!)).digest('hex');
      expect(sha).toBe(createHash('sha1').update(body).digest('hex'));
      expect(String(await other.script('LOAD', body))).toBe(sha);
      expect(unquoteMonitorArg(args[4]!)).toBe('v "1"');
    } finally {
      monitor.disconnect();
      client.disconnect();
      other.disconnect();
    }
  });
});
