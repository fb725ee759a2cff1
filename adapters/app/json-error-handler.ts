import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../../src/logger.ts';
import { withoutNetcheckToken } from '../shared/netcheck-link.ts';

/** The JSON body of every error answer: a sentence for people, a stable code for programs. */
export interface ErrorBody {
  error: string;
  code: string;
  /** The request field at fault (dotted path), for validation errors. */
  field?: string;
}

/** body-parser's error `type`s, mapped to answers that name the problem. */
const BODY_PARSER_ERRORS: Record<string, { status: number; code: string; message: (err: Record<string, unknown>) => string }> = {
  'entity.too.large': {
    status: 413,
    code: 'body_too_large',
    message: (err) => `The body is too large: the limit is ${typeof err.limit === 'number' ? `${err.limit} bytes` : 'set by WEB_BODY_LIMIT_BYTES'}.`,
  },
  'entity.parse.failed': { status: 400, code: 'invalid_json', message: () => 'The body is not valid JSON.' },
  'entity.verify.failed': { status: 400, code: 'invalid_body', message: () => 'The body could not be verified.' },
  'encoding.unsupported': { status: 415, code: 'unsupported_encoding', message: () => 'The body uses an unsupported content encoding.' },
  'charset.unsupported': { status: 415, code: 'unsupported_charset', message: () => 'The body uses an unsupported charset; send UTF-8.' },
  'request.aborted': { status: 400, code: 'request_aborted', message: () => 'The request was aborted while its body was read.' },
  'request.size.invalid': { status: 400, code: 'invalid_body', message: () => 'The body is shorter or longer than its Content-Length.' },
};

/**
 * Maps an error to an answer. Errors that say they may be shown (`expose`, the http-errors
 * convention that body-parser and adapters/web's HttpError follow) keep their status and message;
 * everything else is a 500 with a fixed message: no stack or internal detail leaks.
 */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody; retryAfterSeconds?: number } {
  const err = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const known = typeof err.type === 'string' ? BODY_PARSER_ERRORS[err.type] : undefined;
  if (known) return { status: known.status, body: { error: known.message(err), code: known.code } };
  const status = typeof err.status === 'number' ? err.status : typeof err.statusCode === 'number' ? err.statusCode : 500;
  if (status >= 400 && status < 600 && err.expose === true && error instanceof Error) {
    const body: ErrorBody = { error: error.message, code: publicCode(err.code, status) };
    if (typeof err.field === 'string') body.field = err.field;
    return typeof err.retryAfterSeconds === 'number' ? { status, body, retryAfterSeconds: err.retryAfterSeconds } : { status, body };
  }
  return { status: 500, body: { error: 'Something went wrong on our side; the error has been logged.', code: 'internal' } };
}

/** `http.not_found` → `not_found`; anything else becomes a code derived from the status. */
function publicCode(code: unknown, status: number): string {
  if (typeof code === 'string' && /^http\.[a-z_]+$/.test(code)) return code.slice('http.'.length);
  return status === 404 ? 'not_found' : status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status >= 500 ? 'unavailable' : 'bad_request';
}

/** The last middleware: logs server errors with their stack (in the log only) and answers JSON. */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const { status, body, retryAfterSeconds } = toErrorResponse(error);
    // A "Check my network" link's token is a capability: never in a log line.
    const path = withoutNetcheckToken(req.path);
    if (body.code === 'internal') logger.error({ err: error, method: req.method, path }, 'request failed');
    else if (status >= 500) logger.warn({ method: req.method, path, status, code: body.code, reason: error instanceof Error ? error.message : String(error) }, 'request refused');
    else logger.debug({ method: req.method, path, status, code: body.code }, 'request refused');
    if (res.headersSent) {
      // Part of the answer is already on the wire: all that is left is to end it.
      res.end();
      return;
    }
    if (retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(retryAfterSeconds));
    res.status(status).json(body);
  };
}
