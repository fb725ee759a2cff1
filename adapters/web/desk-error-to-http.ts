import type { ErrorRequestHandler } from 'express';
import { DeskError } from '../../src/desk/desk-error.ts';
import { StoreError } from '../../src/store/store-error.ts';
import { HttpError } from './http-error.ts';

/** How long a client should wait before it tries again while the store is down (Retry-After). */
export const STORE_RETRY_AFTER_SECONDS = 10;

/**
 * How the desk's expected refusals read over HTTP: a store that cannot serve right now is
 * `503 store_unavailable` with Retry-After; anything else stays a 500.
 */
export function deskErrorToHttp(error: unknown): unknown {
  if (error instanceof StoreError) return storeErrorToHttp(error);
  if (!(error instanceof DeskError)) return error;
  switch (error.code) {
    case 'desk.not_found':
      return new HttpError(404, 'http.not_found', 'No conversation with this id: it may have expired. Start a new one.', { cause: error });
    case 'desk.invalid_answer':
      return new HttpError(400, 'http.invalid_answer', `value: ${error.message}`, { field: 'value', cause: error });
    case 'desk.invalid_report': {
      const field = error.message.split(':', 1)[0] ?? 'body';
      return new HttpError(400, 'http.invalid_body', error.message, { field, cause: error });
    }
    case 'desk.conflict':
      return new HttpError(409, 'http.conflict', 'The conversation changed at the same moment; send the answer again.', { cause: error });
    case 'desk.unavailable':
      return new HttpError(503, 'http.unavailable', 'The triage service is not available right now; try again shortly.', { cause: error, retryAfterSeconds: STORE_RETRY_AFTER_SECONDS });
    default:
      return error;
  }
}

function storeErrorToHttp(error: StoreError): unknown {
  switch (error.code) {
    case 'store.unavailable':
      return new HttpError(503, 'http.store_unavailable', 'The bot cannot reach its store right now; try again in a minute.', { cause: error, retryAfterSeconds: STORE_RETRY_AFTER_SECONDS });
    case 'store.corrupt':
      return new HttpError(410, 'http.unreadable', 'What is stored for this request cannot be read any more. Start a new conversation.', { cause: error });
    default:
      return error;
  }
}

/** Router-level error middleware: passes the mapped error on to the app's JSON error handler. */
export const mapDeskErrors: ErrorRequestHandler = (error, _req, _res, next) => next(deskErrorToHttp(error));
