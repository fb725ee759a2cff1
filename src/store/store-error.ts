import { AppError } from '../app-error.ts';

/**
 * A failure of the store: `store.unavailable` (cannot reach Redis in time), `store.not_configured`
 * (no Redis connection in the config), `store.failed` (a command failed).
 */
export class StoreError extends AppError {
  constructor(code: 'store.unavailable' | 'store.not_configured' | 'store.failed', message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** Runs one store operation; a Redis failure becomes `store.failed` naming the operation (cause kept). */
export async function storeCall<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError('store.failed', `${what} failed: ${reason}`, { cause: error });
  }
}
