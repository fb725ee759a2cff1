import { EventEmitter } from 'node:events';
import { afterEach } from 'vitest';
import { composeBot, type ComposeBot } from '../../../../adapters/app/compose-bot.ts';
import { runStart } from '../../../../adapters/app/start-command.ts';
import { startFakeStatusServer, type FakeStatusServer } from '../../../helpers/fake-status-server.ts';
import { incidentioQuiet } from '../../../status/status-payloads.ts';
import { captureIo, waitFor } from './capture-io.ts';

/** LOG_FORMAT=pretty: the start banner (on stderr) is how the helpers learn the address, as a person at a terminal would. */
export const BASE_ENV = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', LOG_FORMAT: 'pretty' };

export interface InProcessBot {
  url: string;
  statusServer: FakeStatusServer;
  stdout: () => string;
  stderr: () => string;
  /** SIGTERM; resolves with runStart's exit code and what onStopped saw. */
  stop(): Promise<{ code: number; stopped: number[] }>;
}

const running: InProcessBot[] = [];
afterEach(async () => {
  for (const bot of running.splice(0)) {
    await bot.stop();
    await bot.statusServer.close();
  }
});

/**
 * `chatgpt-500 start` in this process (runStart with the real composeBot unless `compose` is
 * given), STATUS_URL at a fake status page (quiet unless told), until the banner shows.
 */
export async function startInProcess(env: Record<string, string> = {}, options: { compose?: ComposeBot; statusPayload?: unknown } = {}): Promise<InProcessBot> {
  const statusServer = await startFakeStatusServer({ kind: 'json', body: options.statusPayload ?? incidentioQuiet() });
  const { io, stdout, stderr } = captureIo({ ...BASE_ENV, STATUS_URL: statusServer.url, ...env });
  const signals = new EventEmitter();
  const stopped: number[] = [];
  const done = runStart([], io, { compose: options.compose ?? composeBot, signals, drainTimeoutMs: 2000, onStopped: (code) => stopped.push(code) });
  const [, url] = await Promise.race([
    waitFor(() => stdout() + stderr(), /\s(http:\/\/127\.0\.0\.1:\d+)\/healthz/, 20_000),
    done.then((code) => Promise.reject(new Error(`start ended with ${code} before listening:\n${stderr()}`))),
  ]);
  let stopping: Promise<{ code: number; stopped: number[] }> | undefined;
  const bot: InProcessBot = {
    url: url!,
    statusServer,
    stdout,
    stderr,
    stop() {
      stopping ??= (async () => {
        signals.emit('SIGTERM', 'SIGTERM');
        return { code: await done, stopped };
      })();
      return stopping;
    },
  };
  running.push(bot);
  return bot;
}
