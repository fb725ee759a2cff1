import { createHash } from 'node:crypto';
import { CATALOGS } from '../../src/messages/catalogs.ts';
import type { Locale } from '../../src/messages/locale.ts';
import type { Message } from '../../src/messages/message.ts';

/** The `web.*` and `page.*` texts of one language, as GET /api/texts sends them: the body once, and its ETag. */
export interface WebTexts {
  readonly locale: Locale;
  readonly texts: Readonly<Record<string, Message>>;
  /** The JSON body: {"locale": "de", "texts": {"web.page.heading": "…", …}}. */
  readonly json: string;
  /** A strong ETag over the body: it changes only when a text does (a deploy). */
  readonly etag: string;
}

const cache = new Map<Locale, WebTexts>();

/** The web and page areas of the catalog in `locale`: templates and plural forms, unformatted (the page formats them). */
export function webTexts(locale: Locale): WebTexts {
  let entry = cache.get(locale);
  if (!entry) {
    const texts = Object.fromEntries(Object.entries(CATALOGS[locale]).filter(([id]) => id.startsWith('web.') || id.startsWith('page.')));
    const json = JSON.stringify({ locale, texts });
    const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
    entry = { locale, texts, json, etag };
    cache.set(locale, entry);
  }
  return entry;
}
