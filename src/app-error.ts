/**
 * Base class of the project's errors: a namespaced, stable `code` (compare codes, never messages)
 * and an optional `cause`.
 */
export class AppError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}
