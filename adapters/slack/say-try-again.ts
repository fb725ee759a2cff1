import { messagesFor } from '../../src/messages/messages-for.ts';
import { isStoreOutage } from '../../src/store/store-error.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';

/** The note in English (the default language). */
export const TRY_AGAIN_TEXT = messagesFor('en').t('chat.try_again');

/**
 * When `error` is a store outage, tells the person at once (an ephemeral message by a direct Web
 * API call: the outbox lives in the store that is down) and resolves true; otherwise false. Best
 * effort: a failure of that call is logged, never thrown. In the default language: the person's
 * is remembered in the store that is down.
 */
export async function sayTryAgain(
  deps: Pick<SlackHandlerDeps, 'api' | 'logger' | 'defaultLocale'>,
  error: unknown,
  to: { channel: string | undefined; user: string; threadTs?: string | undefined },
): Promise<boolean> {
  if (!isStoreOutage(error)) return false;
  deps.logger.warn({ err: error, code: 'store.unavailable' }, 'the store cannot be reached; told the person to try again');
  if (!to.channel) return true;
  try {
    await deps.api.postEphemeral({ channel: to.channel, user: to.user, text: messagesFor(deps.defaultLocale).t('chat.try_again'), ...(to.threadTs ? { threadTs: to.threadTs } : {}) });
  } catch (sayError) {
    deps.logger.warn({ err: sayError }, 'could not tell the person to try again');
  }
  return true;
}
