import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HarAnalysisOptions } from '../../src/evidence/har/create-har-analyzer.ts';
import { processHar } from '../../src/evidence/har/process-har.ts';

export interface RedactedCopyOptions {
  /** HAR_MAX_BYTES. */
  maxBytes: number;
  allowlist: HarAnalysisOptions['allowlist'];
  /** Where the copy waits while it is used (default: the OS's temporary directory). */
  tempDir?: string;
}

/**
 * The redacted copy of a HAR a person shared in a chat, for as long as `use` needs it: the body
 * `open` starts is streamed through processHar (redaction first) into a file readable by its owner
 * only, `use` gets its path and size, and the file is deleted afterwards whatever happens. Nothing
 * unredacted is written. Throws processHar's HarError for a file that is no longer a whole HAR.
 */
export async function withRedactedCopy<T>(open: () => Promise<AsyncIterable<Uint8Array>>, options: RedactedCopyOptions, use: (copy: { path: string; size: number }) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'c500-har-'));
  try {
    const path = join(dir, 'redacted.har');
    const out = createWriteStream(path, { mode: 0o600 });
    const closed = once(out, 'close');
    try {
      await processHar(await open(), { maxBytes: options.maxBytes, allowlist: options.allowlist, redactTo: out });
    } finally {
      if (!out.writableFinished) out.destroy();
      await closed;
    }
    return await use({ path, size: (await stat(path)).size });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
