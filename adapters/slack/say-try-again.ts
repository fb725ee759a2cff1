import { isStoreOutage } from '../../src/store/store-error.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';

export const TRY_AGAIN_TEXT = 'Sorry, I could not take that just now. Please try again in a minute.';

/**
 * When `error` is a store outage, tells the person at once (an ephemeral message by a direct Web
 * API call: the outbox lives in the store that is down) and resolves true; otherwise false. Best
 * effort: a failure of that call is logged, never thrown.
 */
export async function sayTryAgain(
  deps: Pick<SlackHandlerDeps, 'api' | 'logger'>,
  error: unknown,
  to: { channel: string | undefined; user: string; threadTs?: string | undefined },
): Promise<boolean> {
  if (!isStoreOutage(error)) return false;
  deps.logger.warn({ err: error, code: 'store.unavailable' }, 'the store cannot be reached; told the person to try again');
  if (!to.channel) return true;
  try {
    await deps.api.postEphemeral({ channel: to.channel, user: to.user, text: TRY_AGAIN_TEXT, ...(to.threadTs ? { threadTs: to.threadTs } : {}) });
  } catch (sayError) {
    deps.logger.warn({ err: sayError }, 'could not tell the person to try again');
  }
  return true;
}
