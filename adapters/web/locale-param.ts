import type { Request } from 'express';
import { LOCALES, parseLocale, type Locale } from '../../src/messages/locale.ts';
import { HttpError } from './http-error.ts';

/**
 * `?locale=` as a supported language ("de", "de-DE"); absent: undefined; anything else (another
 * language, or the parameter given twice): 400 `unsupported_locale` naming the supported ones.
 */
export function localeParam(req: Request): Locale | undefined {
  const raw: unknown = req.query.locale;
  if (raw === undefined) return undefined;
  const locale = typeof raw === 'string' && raw.length <= 35 ? parseLocale(raw) : undefined;
  if (locale) return locale;
  const shown = typeof raw === 'string' ? `"${raw.slice(0, 40)}"` : 'given more than once';
  throw new HttpError(400, 'http.unsupported_locale', `locale: unsupported locale ${shown}; supported: ${LOCALES.join(', ')}`, { field: 'locale' });
}
