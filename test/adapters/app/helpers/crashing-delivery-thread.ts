/**
 * A delivery thread module for tests of delivery-thread.ts: says it started, logs one line, and
 * then fails with an uncaught error (as a thread that runs out of memory or meets a bug would).
 */
import { parentPort } from 'node:worker_threads';

parentPort!.postMessage({ type: 'started' });
parentPort!.postMessage({ type: 'log', line: JSON.stringify({ level: 30, time: 1, pid: 1, hostname: 'h', thread: 'delivery', msg: 'crashing thread up' }) });
setTimeout(() => {
  throw new Error('the test thread fails');
}, 50);
