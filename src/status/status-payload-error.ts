import { AppError } from '../app-error.ts';

/** The status page answered, but not with a payload the reader understands. */
export class StatusPayloadError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('status.malformed', message, options);
  }
}
