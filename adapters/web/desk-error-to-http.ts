import type { ErrorRequestHandler } from 'express';
import { DeskError } from '../../src/desk/desk-error.ts';
import { HttpError } from './http-error.ts';

/** How the desk's expected refusals read over HTTP; anything else stays a 500. */
export function deskErrorToHttp(error: unknown): unknown {
  if (!(error instanceof DeskError)) return error;
  switch (error.code) {
    case 'desk.not_found':
      return new HttpError(404, 'http.not_found', 'No conversation with this id: it may have expired. Start a new one.', { cause: error });
    case 'desk.invalid_answer':
      return new HttpError(400, 'http.invalid_answer', `value: ${error.message}`, { field: 'value', cause: error });
    case 'desk.conflict':
      return new HttpError(409, 'http.conflict', 'The conversation changed at the same moment; send the answer again.', { cause: error });
    case 'desk.unavailable':
      return new HttpError(503, 'http.unavailable', 'The triage service is not available right now; try again shortly.', { cause: error });
    default:
      return error;
  }
}

/** Router-level error middleware: passes the mapped error on to the app's JSON error handler. */
export const mapDeskErrors: ErrorRequestHandler = (error, _req, _res, next) => next(deskErrorToHttp(error));
