import type { EventEmitter } from 'node:events';
import { AppError } from '../../src/app-error.ts';
import type { Logger } from '../../src/logger.ts';

export interface Shutdown {
  /** Adds a step; steps run one after the other in the order they were added. */
  add(name: string, run: () => unknown, options?: { timeoutMs?: number }): void;
  /** Runs every step once (a second call returns the same promise). Resolves to the exit code: 0, or 1 if a step failed. */
  run(reason: string): Promise<number>;
  /** Settles when run() has finished. */
  readonly done: Promise<number>;
  /**
   * Runs the shutdown on SIGTERM or SIGINT from `signals` (default: process). A second signal while
   * shutting down calls `onForce` (default: exit 1 at once). Returns a function that stops listening.
   */
  listen(signals?: EventEmitter): () => void;
}

export interface ShutdownOptions {
  logger: Logger;
  /** Bound of one step unless the step says otherwise. */
  stepTimeoutMs?: number;
  onForce?: (signal: string) => void;
  now?: () => number;
}

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Graceful shutdown in ordered, bounded, logged steps: stop accepting and finish requests in
 * flight, finish chat turns in flight, stop the status poller, flush pending card edits, close
 * Redis. A failing or hanging step is logged and the next one still runs.
 */
export function createShutdown(options: ShutdownOptions): Shutdown {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const steps: { name: string; run: () => unknown; timeoutMs: number }[] = [];
  let running: Promise<number> | undefined;
  let settle!: (code: number) => void;
  const done = new Promise<number>((resolve) => (settle = resolve));

  const runSteps = async (reason: string): Promise<number> => {
    logger.info({ reason, steps: steps.map((s) => s.name) }, 'shutting down');
    let code = 0;
    for (const step of steps) {
      const started = now();
      logger.info({ step: step.name }, 'shutdown step');
      try {
        await withTimeout(step.run, step.timeoutMs);
        logger.info({ step: step.name, ms: now() - started }, 'shutdown step done');
      } catch (error) {
        code = 1;
        logger.error({ err: error, step: step.name, ms: now() - started }, 'shutdown step failed');
      }
    }
    logger.info({ code }, 'shutdown complete');
    return code;
  };

  const shutdown: Shutdown = {
    add(name, run, stepOptions) {
      steps.push({ name, run, timeoutMs: stepOptions?.timeoutMs ?? options.stepTimeoutMs ?? 10_000 });
    },
    run(reason) {
      running ??= runSteps(reason).then((code) => {
        settle(code);
        return code;
      });
      return running;
    },
    done,
    listen(signals = process) {
      const onSignal = (signal: string) => {
        if (running) {
          logger.warn({ signal }, 'second signal while shutting down: stopping now');
          (options.onForce ?? (() => process.exit(1)))(signal);
          return;
        }
        void shutdown.run(signal);
      };
      for (const s of SIGNALS) signals.on(s, onSignal);
      return () => {
        for (const s of SIGNALS) signals.off(s, onSignal);
      };
    },
  };
  return shutdown;
}

async function withTimeout(run: () => unknown, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ShutdownTimeout(timeoutMs)), timeoutMs);
  });
  try {
    await Promise.race([Promise.resolve().then(run), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A shutdown step that did not finish in time (code 'shutdown.timeout'). */
export class ShutdownTimeout extends AppError {
  constructor(timeoutMs: number) {
    super('shutdown.timeout', `did not finish within ${timeoutMs} ms`);
  }
}
