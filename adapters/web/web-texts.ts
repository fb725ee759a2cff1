import { createHash } from 'node:crypto';
import { CATALOGS } from '../../src/messages/catalogs.ts';
import type { Locale } from '../../src/messages/locale.ts';
import type { Message } from '../../src/messages/message.ts';

/** The page's texts of one language (`web.*`, `page.*`, and `reportForm.*` for the report form), as GET /api/texts sends them: the body once, and its ETag. */
export interface WebTexts {
  readonly locale: Locale;
  readonly texts: Readonly<Record<string, Message>>;
  /** The JSON body: {"locale": "de", "texts": {"web.page.heading": "…", …}}. */
  readonly json: string;
  /** A strong ETag over the body: it changes only when a text does (a deploy). */
  readonly etag: string;
}

/** The catalog areas a page asks for besides `web.`: the board's own texts (`board.`). */
export type TextArea = 'web' | 'board';

const cache = new Map<string, WebTexts>();

/**
 * The web area of the catalog in `locale` (with the page's and the report form's for the page, the board area for `board`): templates and plural
 * forms, unformatted (the page formats them).
 */
export function webTexts(locale: Locale, area: TextArea = 'web'): WebTexts {
  const prefixes = area === 'board' ? ['web.', 'board.'] : ['web.', 'page.', 'reportForm.'];
  let entry = cache.get(`${locale}:${area}`);
  if (!entry) {
    const texts = Object.fromEntries(Object.entries(CATALOGS[locale]).filter(([id]) => prefixes.some((prefix) => id.startsWith(prefix))));
    const json = JSON.stringify({ locale, texts });
    const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
    entry = { locale, texts, json, etag };
    cache.set(`${locale}:${area}`, entry);
  }
  return entry;
}
