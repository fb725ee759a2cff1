import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { waitFor } from './capture-io.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface SpawnedBot {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** `node [nodeArgs] bin/chatgpt-500.js start` as a child process with only `env` (plus PATH and HOME; LOG_FORMAT=pretty unless told); waits for the banner. */
export async function spawnBot(env: Record<string, string>, nodeArgs: readonly string[] = []): Promise<SpawnedBot> {
  const child = spawn(process.execPath, [...nodeArgs, 'bin/chatgpt-500.js', 'start'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', LOG_FORMAT: 'pretty', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const [, url] = await Promise.race([
    // A minute: on a loaded 2-core machine a start (node, the modules, the parser's tables) has taken over 30 s.
    waitFor(() => output, /\s(http:\/\/127\.0\.0\.1:\d+)\/healthz/, 60_000),
    exited.then((code) => Promise.reject(new Error(`chatgpt-500 start exited with ${code} before listening:\n${output}`))),
  ]);
  return {
    url: url!,
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      child.kill(signal);
      return exited;
    },
  };
}
