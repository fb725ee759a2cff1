import { LOCALES, parseLocale, type Locale } from '../messages/locale.ts';
import { messagesFor } from '../messages/messages-for.ts';
import { UsageError, type CliIo } from './cli-io.ts';

/** The terminal's language variables, in POSIX order: the first one set decides. */
const TERMINAL_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language of the CLI's texts: the `--locale` option ("de", "de-DE", "fr_CA"); else the
 * terminal's language, from the first of LC_ALL, LC_MESSAGES and LANG that is set (POSIX order;
 * "de_DE.UTF-8" is German; one naming a language the bot does not speak, such as "C" or "ja_JP",
 * means `fallback`); else `fallback` (DEFAULT_LOCALE, or DESK_LOCALE for the desk's commands).
 * An unsupported `--locale` is a usage error (exit 2) naming the supported ones, written in the
 * language the command would otherwise have used.
 */
export function localeOption(value: string | undefined, env: CliIo['env'], fallback: Locale): Locale {
  const otherwise = terminalLocale(env) ?? fallback;
  if (value === undefined) return otherwise;
  const locale = parseLocale(value);
  if (locale) return locale;
  throw new UsageError(messagesFor(otherwise).t('cli.locale.unsupported', { locale: value, supported: LOCALES.join(', ') }));
}

/** The language the terminal asks for (LC_ALL, LC_MESSAGES, LANG), when the bot speaks it. */
export function terminalLocale(env: CliIo['env']): Locale | undefined {
  const set = TERMINAL_VARIABLES.map((name) => env[name]?.trim()).find((value) => value !== undefined && value !== '');
  return parseLocale(set);
}
