/**
 * A delivery thread module for tests of delivery-thread.ts. Each start is counted in the file
 * `COUNT_FILE` of its environment (workerData.env). The first start says it started, logs one line
 * and then fails with an uncaught error (as a thread that runs out of memory or meets a bug); the
 * second cannot start (as when Redis is away); the third and later stay up until stopped.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const port = parentPort!;
const file = (workerData as { env: { COUNT_FILE: string } }).env.COUNT_FILE;
const start = (existsSync(file) ? Number(readFileSync(file, 'utf8')) : 0) + 1;
writeFileSync(file, String(start));

if (start === 2) {
  port.postMessage({ type: 'failed', code: 'store.unavailable', message: 'Redis is away' });
  port.close();
} else {
  port.postMessage({ type: 'started' });
  port.postMessage({ type: 'log', line: JSON.stringify({ level: 30, time: 1, pid: 1, hostname: 'h', thread: 'delivery', start, msg: 'test thread up' }) });
  if (start === 1)
    setTimeout(() => {
      throw new Error('the test thread fails');
    }, 50);
  port.on('message', (message: { type?: string }) => {
    if (message.type !== 'stop') return;
    port.postMessage({ type: 'stopped' });
    port.close();
  });
}
