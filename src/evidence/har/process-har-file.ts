import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { HarError } from './har-error.ts';
import { processHar, type HarReport, type ProcessHarOptions } from './process-har.ts';

export interface ProcessHarFileOptions extends Omit<ProcessHarOptions, 'redactTo'> {
  /** A path for the redacted HAR: written beside it under a temporary name and renamed when complete. */
  redactTo?: string;
}

const errnoOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/**
 * `processHar` on a file: refuses a missing or unreadable file and one above `maxBytes` before
 * reading it, and writes the redacted copy (readable by the owner only) under a temporary name
 * that becomes `redactTo` only when the whole HAR was read; on any error it is removed.
 */
export async function processHarFile(path: string, options: ProcessHarFileOptions): Promise<HarReport> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new HarError('har.unreadable', 'not a regular file');
    size = info.size;
  } catch (error) {
    if (error instanceof HarError) throw error;
    const code = errnoOf(error);
    throw new HarError(code === 'ENOENT' || code === 'ENOTDIR' ? 'har.not_found' : 'har.unreadable', `cannot read the HAR (${code ?? 'error'})`, { cause: error });
  }
  if (size > options.maxBytes) throw new HarError('har.too_large', `HAR of ${size} bytes is larger than ${options.maxBytes}`, { bytes: size, limit: options.maxBytes });

  // Opened only when it is read at once: an open error then reaches the reader, not an unheard 'error' event.
  const open = () => createReadStream(path, { highWaterMark: 256 * 1024 });
  const { redactTo, ...rest } = options;
  if (!redactTo) return await readSource(open(), rest);

  const temporary = join(dirname(redactTo), `.${basename(redactTo)}.${process.pid}.partial`);
  const out = createWriteStream(temporary, { flags: 'wx', mode: 0o600 });
  try {
    await once(out, 'open');
  } catch (error) {
    throw new HarError('har.cannot_write', `cannot write the redacted HAR (${errnoOf(error) ?? 'error'})`, { cause: error });
  }
  try {
    const report = await readSource(open(), { ...rest, redactTo: out });
    await rename(temporary, redactTo).catch((error: unknown) => {
      throw new HarError('har.cannot_write', `cannot write the redacted HAR (${errnoOf(error) ?? 'error'})`, { cause: error });
    });
    return report;
  } catch (error) {
    out.destroy();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

async function readSource(source: ReturnType<typeof createReadStream>, options: ProcessHarOptions): Promise<HarReport> {
  try {
    return await processHar(source, options);
  } catch (error) {
    if (error instanceof HarError) throw error;
    const code = errnoOf(error);
    if (code && /^E[A-Z]+$/.test(code)) throw new HarError('har.unreadable', `cannot read the HAR (${code})`, { cause: error });
    throw error;
  } finally {
    source.destroy();
  }
}
