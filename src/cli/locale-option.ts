import { LOCALES, parseLocale, type Locale } from '../messages/locale.ts';
import { messagesFor } from '../messages/messages-for.ts';
import { UsageError } from './cli-io.ts';

/**
 * The language a `--locale` option names ("de", "de-DE", "fr_CA"), or `fallback` (DEFAULT_LOCALE)
 * without one. An unsupported language is a usage error (exit 2) naming the supported ones,
 * written in the fallback language.
 */
export function localeOption(value: string | undefined, fallback: Locale): Locale {
  if (value === undefined) return fallback;
  const locale = parseLocale(value);
  if (locale) return locale;
  throw new UsageError(messagesFor(fallback).t('cli.locale.unsupported', { locale: value, supported: LOCALES.join(', ') }));
}
