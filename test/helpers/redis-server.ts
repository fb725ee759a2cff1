import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createConnection, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A redis-server the tests started (or the one REDIS_URL names); `stop` is a no-op for the latter. */
export interface TestRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? 'redis-server';
export const REDIS_CLI = process.env.REDIS_CLI_BIN ?? 'redis-cli';

/** A port nobody listens on right now (the kernel picks it; 127.0.0.1 only). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A key prefix no other test uses, so tests can share one Redis. */
export function uniquePrefix(label = 't'): string {
  return `${label}${randomBytes(4).toString('hex')}:`;
}

/** Sends one inline command over a raw socket; resolves with the first reply line. */
export async function rawCommand(port: number, command: string, timeoutMs = 1000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no reply from 127.0.0.1:${port}`));
    }, timeoutMs);
    socket.on('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', (chunk) => {
      data += chunk.toString('utf8');
      if (replyComplete(data)) {
        clearTimeout(timer);
        socket.end();
        resolve(data);
      }
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** True once a whole RESP reply is in `data` (simple line, or a bulk string of the announced length). */
function replyComplete(data: string): boolean {
  const end = data.indexOf('\r\n');
  if (end < 0) return false;
  if (!data.startsWith('$')) return true;
  const length = Number(data.slice(1, end));
  return length < 0 || Buffer.byteLength(data) >= end + 2 + length + 2;
}

/** Polls until `check` passes or the deadline passes (then throws with the last failure). */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}

/** Spawns `redis-server` with the given extra arguments on a free port and waits for PING. */
export async function spawnRedisServer(extraArgs: (port: number) => string[] = () => [], cwd?: string): Promise<{ port: number; child: ChildProcess }> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...extraArgs(port)], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      await waitFor(`redis-server on port ${port}`, async () => {
        if (child.exitCode !== null) throw new Error(`redis-server exited: ${output.trim().split('\n').slice(-2).join(' ')}`);
        return (await rawCommand(port, 'PING')).startsWith('+PONG');
      });
      return { port, child };
    } catch (error) {
      lastError = error;
      child.kill('SIGKILL');
      await exited;
    }
  }
  throw lastError instanceof Error ? lastError : new Error('redis-server did not start');
}

/** Stops a spawned server and waits for it to exit. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/**
 * A single Redis for a test file: REDIS_URL when the environment gives one (tests then share it and
 * keep apart by key prefix), otherwise a fresh `redis-server` on a free port without persistence.
 */
export async function startRedisServer(): Promise<TestRedis> {
  const given = process.env.REDIS_URL;
  if (given) {
    const port = Number(new URL(given).port || 6379);
    return { url: given, port, stop: async () => {} };
  }
  const { port, child } = await spawnRedisServer();
  return { url: `redis://127.0.0.1:${port}`, port, stop: () => stopChild(child) };
}
