import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, rawCommand, REDIS_SERVER, spawnRedisServer, stopChild, waitFor } from './redis-server.ts';

export interface TestRedisSentinel {
  /** "127.0.0.1:port" of the sentinel. */
  sentinels: string[];
  name: string;
  stop(): Promise<void>;
}

/** A master `redis-server` watched by one `redis-server --sentinel` (quorum 1), in a temp dir. */
export async function startRedisSentinel(name = 'mymaster'): Promise<TestRedisSentinel> {
  const dir = await mkdtemp(join(tmpdir(), 'c500-sentinel-'));
  const master = await spawnRedisServer();
  const port = await freePort();
  const config = join(dir, 'sentinel.conf');
  await writeFile(config, `port ${port}\nbind 127.0.0.1\ndir ${dir}\nsentinel monitor ${name} 127.0.0.1 ${master.port} 1\n`);
  const sentinel = spawn(REDIS_SERVER, [config, '--sentinel'], { stdio: 'ignore' });
  const stop = async () => {
    await Promise.all([stopChild(sentinel), stopChild(master.child)]);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(`sentinel on ${port}`, async () => (await rawCommand(port, `SENTINEL get-master-addr-by-name ${name}`)).startsWith('*2'));
    return { sentinels: [`127.0.0.1:${port}`], name, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
