import { AppError } from '../../app-error.ts';

/** Why a HAR file could not be read. The codes are stable; the CLI and adapters word them from the catalog. */
export const HAR_ERROR_CODES = ['har.not_found', 'har.unreadable', 'har.not_har', 'har.truncated', 'har.too_large', 'har.cannot_write'] as const;

export type HarErrorCode = (typeof HAR_ERROR_CODES)[number];

/**
 * A HAR that cannot be analysed: missing or unreadable, not a HAR at all (not JSON, or JSON
 * without `log.entries`), cut off before its end, larger than `HAR_MAX_BYTES`, or (`har.cannot_write`)
 * its redacted copy cannot be written. `bytes` is how
 * far the reader got (for `har.too_large`: the size, or the byte at which the limit was passed),
 * `limit` the configured maximum. The message is for logs; it never quotes the file's content.
 */
export class HarError extends AppError {
  declare readonly code: HarErrorCode;
  readonly bytes: number;
  readonly limit: number;

  constructor(code: HarErrorCode, message: string, details: { bytes?: number; limit?: number; cause?: unknown } = {}) {
    super(code, message, { cause: details.cause });
    this.bytes = details.bytes ?? 0;
    this.limit = details.limit ?? 0;
  }
}
