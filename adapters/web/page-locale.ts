import type { Request } from 'express';
import { negotiateLocale, parseLocale, type Locale } from '../../src/messages/locale.ts';
import { cookieValues } from './session-cookie.ts';

/** The language chosen in the triage page's menu (set by public/texts.js, read when serving the page). */
export const PAGE_LOCALE_COOKIE = 'c500_locale';
/** The language chosen in the helpdesk board's menu: the desk's own, apart from the reporter's. */
export const BOARD_LOCALE_COOKIE = 'c500_board_locale';

/** The language a cookie names, when it names one the bot speaks. */
export function cookieLocale(req: Request, cookie: string): Locale | undefined {
  for (const value of cookieValues(req.get('cookie'), cookie)) {
    const locale = parseLocale(value);
    if (locale) return locale;
  }
  return undefined;
}

/** The triage page's language: the menu's remembered choice, else the browser's Accept-Language, else `fallback` (DEFAULT_LOCALE). */
export function pageLocale(req: Request, fallback: Locale): Locale {
  return cookieLocale(req, PAGE_LOCALE_COOKIE) ?? negotiateLocale(req.get('accept-language'), fallback);
}

/** The board's language: the menu's remembered choice, else the desk's (DESK_LOCALE). */
export function boardLocale(req: Request, deskLocale: Locale): Locale {
  return cookieLocale(req, BOARD_LOCALE_COOKIE) ?? deskLocale;
}
