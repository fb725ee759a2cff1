import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** A warning in the log: a JSON line (LOG_FORMAT=json) or a pretty one ("12:04:05 WARN  …", LOG_FORMAT=pretty). */
export const WARNING_LINE = /"level":40|^\d\d:\d\d:\d\d WARN /gm;
/** An error or a fatal entry, in either format. */
export const ERROR_LINE = /"level":(50|60)|^\d\d:\d\d:\d\d (ERROR|FATAL) /gm;

/** A child process of the benchmark: its pid, the URL it printed, its log file, how to stop it. */
export interface AppProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  /** The first capture group of `ready` (a base URL). */
  url: string;
  logPath: string;
  /** Log lines at pino level warn (40) and error/fatal (50, 60) so far. */
  warnings(): number;
  errors(): number;
  stop(): Promise<number | null>;
}

const running = new Set<ChildProcess>();

/** Every child still running gets SIGKILL: the last resort when the benchmark itself dies. */
export function killAllChildren(): void {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
process.once('exit', killAllChildren);

export interface StartOptions {
  name: string;
  /** Arguments to node (the script and its arguments). */
  args: string[];
  env: Record<string, string>;
  /** Matches the line that says the process is ready; group 1 is its URL. */
  ready: RegExp;
  logDir: string;
  timeoutMs?: number;
}

/** Spawns `node …args` in the repository with only `env` (plus PATH and HOME) and waits for `ready`. */
export async function startAppProcess(options: StartOptions): Promise<AppProcess> {
  const child = spawn(process.execPath, options.args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? (signal ? -1 : null));
    }),
  );
  const logPath = join(options.logDir, `${options.name}.log`);
  const log = createWriteStream(logPath);
  let warnings = 0;
  let errors = 0;
  let head = '';
  let url = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    log.write(text);
    warnings += text.match(WARNING_LINE)?.length ?? 0;
    errors += text.match(ERROR_LINE)?.length ?? 0;
    if (!url) head += text;
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  let stopping: Promise<number | null> | undefined;
  const stop = () => (stopping ??= stopOnce());
  const stopOnce = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await exited;
    clearTimeout(timer);
    await new Promise<void>((resolve) => log.end(() => resolve()));
    return code;
  };
  // Generous: a checkout's first start may compile the sources first.
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  for (;;) {
    const m = options.ready.exec(head);
    if (m) {
      url = m[1]!;
      break;
    }
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`${options.name} did not start (${child.exitCode ?? child.signalCode ?? 'timeout'}); its output:\n${head.slice(-2000)}`);
    }
    await sleep(25);
  }
  return { name: options.name, child, pid: child.pid!, url, logPath, warnings: () => warnings, errors: () => errors, stop };
}
