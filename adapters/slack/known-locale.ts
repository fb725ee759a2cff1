import type { Locale } from '../../src/messages/locale.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';

/** The longest an answer inside an ack waits for the store to name the person's language. */
const KNOWN_LOCALE_WAIT_MS = 300;

/**
 * The language of an answer given inside an ack (Slack wants it within 3 s): the person's as the
 * store remembers it, else the default. Slack itself is never asked before the ack.
 */
export async function knownLocale(deps: Pick<SlackHandlerDeps, 'locales' | 'defaultLocale'>, user: string): Promise<Locale> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), KNOWN_LOCALE_WAIT_MS);
  });
  try {
    return (await Promise.race([deps.locales.known(user).catch(() => undefined), late])) ?? deps.defaultLocale;
  } finally {
    clearTimeout(timer);
  }
}
