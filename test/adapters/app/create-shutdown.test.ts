import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createShutdown } from '../../../adapters/app/create-shutdown.ts';
import { memoryLogger } from './helpers/memory-logger.ts';

describe('createShutdown', () => {
  it('runs the steps in order, one after the other, and logs each', async () => {
    const log = memoryLogger();
    const shutdown = createShutdown({ logger: log.logger });
    const order: string[] = [];
    shutdown.add('http', async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('http');
    });
    shutdown.add('flush card edits', () => order.push('flush'));
    shutdown.add('close redis', async () => order.push('redis'));
    expect(await shutdown.run('test')).toBe(0);
    expect(order).toEqual(['http', 'flush', 'redis']);
    const steps = log.lines().filter((l) => l.msg === 'shutdown step done').map((l) => l.step);
    expect(steps).toEqual(['http', 'flush card edits', 'close redis']);
    expect(log.lines().at(-1)).toMatchObject({ msg: 'shutdown complete', code: 0 });
  });

  it('keeps going after a failing or hanging step, and ends with code 1', async () => {
    const log = memoryLogger();
    const shutdown = createShutdown({ logger: log.logger, stepTimeoutMs: 50 });
    const order: string[] = [];
    shutdown.add('fails', () => {
      throw new Error('boom');
    });
    shutdown.add('hangs', () => new Promise(() => {}));
    shutdown.add('close redis', () => order.push('redis'));
    expect(await shutdown.run('test')).toBe(1);
    expect(order).toEqual(['redis']);
    const failed = log.lines().filter((l) => l.msg === 'shutdown step failed');
    expect(failed.map((l) => l.step)).toEqual(['fails', 'hangs']);
    expect(JSON.stringify(failed[1]!.err)).toContain('did not finish within 50 ms');
  });

  it('runs once however often it is asked', async () => {
    const shutdown = createShutdown({ logger: memoryLogger().logger });
    let runs = 0;
    shutdown.add('count', () => (runs += 1));
    const [a, b] = await Promise.all([shutdown.run('one'), shutdown.run('two')]);
    expect([a, b, runs]).toEqual([0, 0, 1]);
    expect(await shutdown.done).toBe(0);
  });

  it('starts on SIGTERM or SIGINT; a second signal forces the exit', async () => {
    const signals = new EventEmitter();
    const forced: string[] = [];
    const shutdown = createShutdown({ logger: memoryLogger().logger, onForce: (s) => forced.push(s) });
    let release!: () => void;
    shutdown.add('slow', () => new Promise<void>((r) => (release = r)));
    const unlisten = shutdown.listen(signals);
    signals.emit('SIGTERM', 'SIGTERM');
    await new Promise((r) => setTimeout(r, 10));
    signals.emit('SIGINT', 'SIGINT');
    expect(forced).toEqual(['SIGINT']);
    release();
    expect(await shutdown.done).toBe(0);
    unlisten();
    expect(signals.listenerCount('SIGTERM')).toBe(0);
  });
});
