import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROOT } from './app-process.ts';

export interface FakeCounts {
  calls: number;
  byMethod: Record<string, number>;
  /** Messages with blocks posted to DM channels (questions and verdicts): delivered turns. */
  turns: number;
}

export interface QuestionMessage {
  message?: { channel: string; ts: string; threadTs?: string; text?: string; blocks?: unknown[] };
  button?: { action_id: string; value?: string; text: { text: string }; blockId?: string };
}

/** The benchmark's handle on bench/fake-slack-process.ts (IPC; answers come in request order). */
export interface FakeSlackChild {
  url: string;
  responseUrl: string;
  pid: number;
  counts(): Promise<FakeCounts>;
  question(user: string): Promise<QuestionMessage>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeSlackChild(token: string): Promise<FakeSlackChild> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./fake-slack-process.ts', import.meta.url)), [token], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  process.once('exit', () => child.kill('SIGKILL'));
  const waiting: ((m: Record<string, unknown>) => void)[] = [];
  let ready: ((m: Record<string, unknown>) => void) | undefined;
  const first = new Promise<Record<string, unknown>>((resolve, reject) => {
    ready = resolve;
    child.once('exit', (code) => reject(new Error(`the fake Slack API exited (${code}) before it was ready`)));
  });
  child.on('message', (m: Record<string, unknown>) => {
    if (m.type === 'ready') ready?.(m);
    else waiting.shift()?.(m);
  });
  const hello = await first;
  const ask = <T>(message: Record<string, unknown>) =>
    new Promise<T>((resolve) => {
      waiting.push((m) => resolve(m as T));
      child.send(message);
    });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: String(hello.url),
    responseUrl: String(hello.responseUrl),
    pid: child.pid!,
    counts: () => ask<FakeCounts>({ type: 'counts' }),
    question: (user) => ask<QuestionMessage>({ type: 'question', user }),
    reset: () => ask<unknown>({ type: 'reset' }).then(() => undefined),
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send({ type: 'close' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
