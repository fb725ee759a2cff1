import { AppError } from '../../src/app-error.ts';

/**
 * An answer to a bad request, shown to the client as is: adapters/app's error handler answers
 * `{"error": message, "code": <code without "http.">, "field"?}` with `status`.
 */
export class HttpError extends AppError {
  readonly status: number;
  /** The http-errors convention: the message may be shown to the client. */
  readonly expose = true;
  readonly field?: string;
  /** Sent as the Retry-After header (seconds): when a retry may work (503s). */
  readonly retryAfterSeconds?: number;

  constructor(status: number, code: `http.${string}`, message: string, options?: { field?: string; cause?: unknown; retryAfterSeconds?: number }) {
    super(code, message, { cause: options?.cause });
    this.status = status;
    if (options?.field !== undefined) this.field = options.field;
    if (options?.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
