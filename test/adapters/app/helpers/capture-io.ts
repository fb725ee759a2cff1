import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../../../src/cli/cli-io.ts';

/** A CliIo whose output is kept in memory. */
export function captureIo(env: Record<string, string | undefined>) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => err.push(c.toString('utf8')));
  const io: CliIo = { stdout, stderr, stdin: Readable.from([]), env };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** Waits until `read()` matches `pattern`; returns the match. */
export async function waitFor(read: () => string, pattern: RegExp, timeoutMs = 10_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = read().match(pattern);
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; got:\n${read()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
