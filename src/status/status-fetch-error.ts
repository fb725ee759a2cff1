import { AppError } from '../app-error.ts';

export type StatusFetchErrorCode =
  | 'status.timeout'
  | 'status.connect_timeout'
  | 'status.network'
  | 'status.http'
  | 'status.too_large'
  | 'status.content_type'
  | 'status.aborted';

/** Reading the status page failed before a payload could be read. */
export class StatusFetchError extends AppError {
  declare readonly code: StatusFetchErrorCode;
  /** The HTTP status, for `status.http`. */
  readonly httpStatus: number | undefined;
  /** Parsed `Retry-After`, in ms from the time of the answer. */
  readonly retryAfterMs: number | undefined;

  constructor(
    code: StatusFetchErrorCode,
    message: string,
    options: { cause?: unknown; httpStatus?: number; retryAfterMs?: number } = {},
  ) {
    super(code, message, { cause: options.cause });
    this.httpStatus = options.httpStatus;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** 429 and 5xx: the page asks us to slow down (backoff, Retry-After). */
  get backoff(): boolean {
    return this.httpStatus !== undefined && (this.httpStatus === 429 || this.httpStatus >= 500);
  }
}
