import type { Writable } from 'node:stream';
import { createHarAnalyzer, type HarAnalysis, type HarAnalysisOptions } from './create-har-analyzer.ts';
import { toEntryView } from './har-entry-view.ts';
import { readHar } from './read-har.ts';
import { createRedactedHarWriter } from './redacted-har-writer.ts';
import { redactHarEntry, redactHarLog } from './redact-har-entry.ts';
import type { RedactionTally } from './redaction-tally.ts';

export interface ProcessHarOptions extends HarAnalysisOptions {
  /** HAR_MAX_BYTES: refused above (`har.too_large`). */
  maxBytes: number;
  /** Where the redacted HAR goes, when one is asked for; ended when the HAR is done. */
  redactTo?: Writable;
  /** See ReadHarOptions.maxStringBytes. */
  maxStringBytes?: number;
}

export interface HarReport extends HarAnalysis {
  /** Values the redaction replaced. */
  redacted: number;
  /** Bytes read. */
  bytes: number;
  /** Values (bodies) too large to keep whole, cut in the analysis and the redacted copy. */
  shortened: number;
}

/**
 * Reads a HAR from a stream once: each entry is redacted first, then analysed and (on request)
 * written to the redacted copy, so nothing unredacted is kept or written and the findings are
 * made from redacted text. Memory stays at one chunk and its entries. Throws a HarError for a
 * file that is not a HAR, is truncated or too large; a redacted copy is then incomplete, and the
 * caller discards it.
 */
export async function processHar(source: AsyncIterable<Uint8Array | string>, options: ProcessHarOptions): Promise<HarReport> {
  const tally: RedactionTally = { redacted: 0 };
  const analyzer = createHarAnalyzer(options);
  const writer = options.redactTo ? createRedactedHarWriter(options.redactTo) : undefined;
  const read = await readHar(source, {
    maxBytes: options.maxBytes,
    ...(options.maxStringBytes !== undefined ? { maxStringBytes: options.maxStringBytes } : {}),
    async onEntry(entry) {
      const redacted = redactHarEntry(entry, tally);
      analyzer.add(toEntryView(redacted));
      if (writer) await writer.entry(redacted);
    },
  });
  const log = redactHarLog(read.log, tally);
  if (writer) await writer.finish(log);
  return { ...analyzer.finish(), redacted: tally.redacted, bytes: read.bytes, shortened: read.shortened };
}
