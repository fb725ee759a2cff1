import { AppError } from '../../src/app-error.ts';

/** The namespaced code of an AppError (e.g. 'desk.not_found'), else undefined. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof AppError ? error.code : undefined;
}
