import { AppError } from '../../src/app-error.ts';

/** A non-2xx answer from a Slack endpoint called without the WebClient (response_url). */
export class SlackHttpStatusError extends AppError {
  readonly status: number;
  /** Seconds from a Retry-After header, when there was one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, retryAfterSeconds: number | undefined, message: string) {
    super('slack.http_status', message);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
