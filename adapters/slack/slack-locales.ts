import type { Logger } from '../../src/logger.ts';
import { parseLocale, type Locale } from '../../src/messages/locale.ts';
import type { ThreadIndex } from '../../src/store/store.port.ts';
import type { SlackUserPlace } from './slack-user-locale.ts';

/** Where each person's language is kept (`slack-locale:<user>`): the store's thread index fits, like the DM channel ids. */
export type LocaleCache = Pick<ThreadIndex, 'find' | 'rebind'>;

export interface SlackLocales {
  /**
   * The person's language as the store remembers it, without asking Slack (before an ack);
   * undefined when it is not known (or the store cannot be read).
   */
  known(user: string): Promise<Locale | undefined>;
  /**
   * The person's language: remembered, else Slack's (users.info with include_locale) and
   * remembered. Never throws and never waits long: a missing `users:read` scope, a 429, an error
   * or a timeout gives the default language, remembered for a short while only.
   */
  of(user: string): Promise<Locale>;
  /**
   * The person's Slack timezone ("Europe/Berlin") as the store remembers it from the same
   * users.info answer as their language (`of`); never asks Slack. Undefined when not known.
   */
  timezone(user: string): Promise<string | undefined>;
}

export interface SlackLocalesDeps {
  /** users.info's `user.locale` ("de-DE") and `user.tz` ("Europe/Berlin"), each optional; throws on any failure. */
  lookup: (user: string) => Promise<SlackUserPlace>;
  cache?: LocaleCache;
  defaultLocale: Locale;
  logger: Logger;
  now: () => number;
  /** How long an answer of Slack is kept (default 24 h: a person who changes their language is seen the next day). */
  ttlMs?: number;
  /** How long the default is kept after a failed lookup (default 10 min). */
  failureTtlMs?: number;
  /** Longest wait for users.info before the default is used (default 2 s). */
  timeoutMs?: number;
}

/**
 * A remembered language: "de@<until ms>", with the timezone when Slack named one
 * ("de@<until>@Europe/Berlin"); "-@<until>" after a failed lookup (the default applies).
 */
const ENTRY = /^([a-z]{2}|-)@(\d+)(?:@([A-Za-z][A-Za-z0-9_+\-/]{0,63}))?$/;

/**
 * The Slack person's language (their Slack locale, as users.info tells it with
 * `include_locale=true`) and, from the same answer, their timezone (`user.tz`, for the support
 * report's times), cached in the store with a TTL written into the value: the thread
 * index's own TTL is the conversation TTL, and a hit renews it, so the expiry is checked here.
 */
export function createSlackLocales(deps: SlackLocalesDeps): SlackLocales {
  const ttlMs = deps.ttlMs ?? 24 * 60 * 60_000;
  const failureTtlMs = deps.failureTtlMs ?? 10 * 60_000;
  const timeoutMs = deps.timeoutMs ?? 2000;
  const keyOf = (user: string) => `slack-locale:${user}`;

  /** The cached entry: a language, 'default' (a failed lookup, still fresh), or undefined (none or expired); and the timezone. */
  async function cached(user: string): Promise<{ locale: Locale | 'default' | undefined; tz?: string }> {
    if (!deps.cache) return { locale: undefined };
    let value: string | null;
    try {
      value = await deps.cache.find(keyOf(user));
    } catch (error) {
      deps.logger.warn({ err: error, user }, 'could not read the remembered Slack locale');
      return { locale: undefined };
    }
    const m = value ? ENTRY.exec(value) : null;
    if (!m || Number(m[2]) <= deps.now()) return { locale: undefined };
    return { locale: m[1] === '-' ? 'default' : parseLocale(m[1]), ...(m[3] ? { tz: m[3] } : {}) };
  }

  async function remember(user: string, locale: Locale | undefined, forMs: number, tz?: string): Promise<void> {
    // A timezone that does not fit the entry is left out (the form then uses the conversation's or UTC).
    const zone = tz && ENTRY.test(`-@0@${tz}`) ? `@${tz}` : '';
    try {
      await deps.cache?.rebind(keyOf(user), `${locale ?? '-'}@${deps.now() + forMs}${zone}`);
    } catch (error) {
      deps.logger.warn({ err: error, user }, 'could not remember the Slack locale');
    }
  }

  async function ask(user: string): Promise<SlackUserPlace> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        deps.lookup(user),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`users.info took longer than ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async known(user) {
      const hit = (await cached(user)).locale;
      return hit === 'default' ? undefined : hit;
    },
    async timezone(user) {
      return (await cached(user)).tz;
    },
    async of(user) {
      const hit = (await cached(user)).locale;
      if (hit === 'default') return deps.defaultLocale;
      if (hit) return hit;
      let place: SlackUserPlace;
      try {
        place = await ask(user);
      } catch (error) {
        deps.logger.warn({ err: error, user }, 'could not read the Slack locale of a person (users:read missing?); using the default language');
        // Written on the way, not waited for (remember never throws): the delivery's next store
        // command goes out in the same socket write instead of a round trip later.
        void remember(user, undefined, failureTtlMs);
        return deps.defaultLocale;
      }
      // A language the bot does not speak is an answer too: the default, kept as long as one it speaks.
      const locale = parseLocale(place.locale);
      void remember(user, locale, ttlMs, place.tz);
      return locale ?? deps.defaultLocale;
    },
  };
}
