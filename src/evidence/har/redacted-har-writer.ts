import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { HarError } from './har-error.ts';
import type { JsonObject } from './read-har.ts';

export interface RedactedHarWriter {
  /** Writes one (already redacted) entry; resolves when the stream can take more. */
  entry(entry: JsonObject): Promise<void>;
  /** Writes the `log`'s other fields (already redacted), closes the document and ends the stream. */
  finish(log: JsonObject): Promise<void>;
}

/**
 * Writes a HAR one entry at a time, as `{"log":{"entries":[…],<the log's other fields>}}`: the
 * entries come first because the reader meets `pages` and `creator` wherever the file has them
 * (key order means nothing to HAR readers). It waits for the stream to drain, so a slow disk
 * never makes the redacted copy pile up in memory.
 */
export function createRedactedHarWriter(out: Writable): RedactedHarWriter {
  let count = 0;
  let failure: unknown;
  // Kept from the start: a write error (a full disk) must fail the HAR, not the process.
  out.on('error', (error) => {
    failure ??= error;
  });
  const cannotWrite = (error: unknown): HarError => {
    const code = (error as { code?: unknown } | null)?.code;
    return new HarError('har.cannot_write', `cannot write the redacted HAR (${typeof code === 'string' ? code : 'error'})`, { cause: error });
  };
  const write = async (text: string): Promise<void> => {
    if (failure) throw cannotWrite(failure);
    if (!out.write(text)) await once(out, 'drain').catch((error: unknown) => Promise.reject(cannotWrite(error)));
  };
  return {
    async entry(entry) {
      await write(`${count++ === 0 ? '{"log":{"entries":[\n' : ',\n'}${JSON.stringify(entry)}`);
    },
    async finish(log) {
      let tail = count === 0 ? '{"log":{"entries":[]' : '\n]';
      for (const [key, value] of Object.entries(log)) if (key !== 'entries') tail += `,${JSON.stringify(key)}:${JSON.stringify(value)}`;
      await write(`${tail}}}\n`);
      out.end();
      await finished(out).catch((error: unknown) => Promise.reject(cannotWrite(failure ?? error)));
    },
  };
}
