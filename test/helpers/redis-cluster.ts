import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, rawCommand, REDIS_CLI, spawnRedisServer, stopChild, waitFor } from './redis-server.ts';

const run = promisify(execFile);

/** A local Redis Cluster of three masters (no replicas), or the one REDIS_CLUSTER_NODES names. */
export interface TestRedisCluster {
  /** "127.0.0.1:port" of every master. */
  nodes: string[];
  stop(): Promise<void>;
}

/**
 * Starts three `redis-server --cluster-enabled yes` in a temporary directory (each with its own
 * cluster bus port, so no port above 55535 is needed), joins them with `redis-cli --cluster create`
 * and waits for `cluster_state:ok` on every node.
 */
export async function startRedisCluster(): Promise<TestRedisCluster> {
  const given = process.env.REDIS_CLUSTER_NODES;
  if (given) return { nodes: given.split(/[\s,]+/).filter(Boolean), stop: async () => {} };

  const dir = await mkdtemp(join(tmpdir(), 'c500-cluster-'));
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopChild));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const ports: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const busPort = await freePort();
      const { port, child } = await spawnRedisServer(
        (p) => ['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${p}.conf`, '--cluster-port', String(busPort), '--cluster-node-timeout', '5000'],
        dir,
      );
      children.push(child);
      ports.push(port);
    }
    const nodes = ports.map((p) => `127.0.0.1:${p}`);
    await run(REDIS_CLI, ['--cluster', 'create', ...nodes, '--cluster-replicas', '0', '--cluster-yes'], { timeout: 30_000 });
    for (const port of ports) {
      await waitFor(`cluster_state:ok on ${port}`, async () => (await rawCommand(port, 'CLUSTER INFO')).includes('cluster_state:ok'), 20_000);
    }
    return { nodes, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
