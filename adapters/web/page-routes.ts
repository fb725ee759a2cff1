import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Router, type Response } from 'express';
import { negotiateLocale, type Locale } from '../../src/messages/locale.ts';
import { localeParam } from './locale-param.ts';
import { localizedPage } from './localized-page.ts';
import { boardLocale, pageLocale } from './page-locale.ts';
import { webTexts } from './web-texts.ts';

export interface PageRoutesDeps {
  /** Where index.html and board.html are. */
  publicDir: string;
  /** DEFAULT_LOCALE: the page's language when neither the menu nor Accept-Language names one the bot speaks. */
  defaultLocale: Locale;
  /** DESK_LOCALE: the board's language until its menu chooses another. */
  deskLocale: Locale;
  /**
   * The board needs HELPDESK_TOKEN and none is set (a chat platform is configured): /board and
   * /board/… answer 403 with a page saying how to set one, instead of the board.
   */
  boardLocked?: boolean;
}

/**
 * The triage page (/) and the helpdesk board (/board) in their language, and their texts over
 * JSON (GET /api/texts?locale=de) for what their scripts write. The page's language: the menu's
 * remembered choice (cookie), else Accept-Language, else DEFAULT_LOCALE; the board's: its menu's
 * choice, else DESK_LOCALE.
 */
export function pageRoutes(deps: PageRoutesDeps): Router {
  const router = Router();
  const page = localizedPage(readFileSync(join(deps.publicDir, 'index.html'), 'utf8'), 'index.html');
  const board = localizedPage(readFileSync(join(deps.publicDir, 'board.html'), 'utf8'), 'board.html');
  const boardOff = localizedPage(readFileSync(join(deps.publicDir, 'board-off.html'), 'utf8'), 'board-off.html');

  if (deps.boardLocked) {
    router.get(['/board', '/board.html', '/board/{*rest}'], (req, res) => {
      res.locals.route = '/board';
      const locale = boardLocale(req, deps.deskLocale);
      res.status(403);
      sendPage(res, locale, boardOff(locale), 'Cookie');
    });
  }

  router.get(['/', '/index.html'], (req, res) => {
    res.locals.route = '/';
    const locale = pageLocale(req, deps.defaultLocale);
    sendPage(res, locale, page(locale), 'Cookie, Accept-Language');
  });
  router.get(['/board', '/board.html'], (req, res) => {
    res.locals.route = '/board';
    const locale = boardLocale(req, deps.deskLocale);
    sendPage(res, locale, board(locale), 'Cookie');
  });
  // An incident's permalink: the board's page, which opens that incident (its script reads the path).
  router.get('/board/incidents/:id', (req, res) => {
    res.locals.route = '/board/incidents/:id';
    const locale = boardLocale(req, deps.deskLocale);
    sendPage(res, locale, board(locale), 'Cookie');
  });
  // The icon, for browsers that ask for /favicon.ico whatever the page links (the pages link icon.svg too).
  const favicon = readFileSync(join(deps.publicDir, 'favicon.ico'));
  router.get('/favicon.ico', (_req, res) => {
    res.locals.route = '/favicon.ico';
    res.set({ 'Cache-Control': 'public, max-age=86400' });
    res.type('image/x-icon').send(favicon);
  });

  // The web area of the catalog: templates and plural forms, which public/texts.js formats like formatMessage.
  router.get('/api/texts', (req, res) => {
    const asked = localeParam(req);
    // ?area=board: the board's own texts too (src/messages/<locale>/board.ts).
    const texts = webTexts(asked ?? negotiateLocale(req.get('accept-language'), deps.defaultLocale), req.query.area === 'board' ? 'board' : 'web');
    if (!asked) res.vary('Accept-Language');
    // Revalidated on every use (a deploy may change a text), answered 304 while the ETag matches.
    res.set({ 'Cache-Control': 'no-cache', ETag: texts.etag, 'Content-Language': texts.locale });
    res.type('application/json').send(texts.json);
  });
  return router;
}

function sendPage(res: Response, locale: Locale, html: string, vary: string): void {
  res.set({ 'Cache-Control': 'no-cache', Vary: vary, 'Content-Language': locale });
  res.type('html').send(html);
}
