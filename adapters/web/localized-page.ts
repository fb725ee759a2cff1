import { AppError } from '../../src/app-error.ts';
import { CATALOGS, type MessageId } from '../../src/messages/catalogs.ts';
import { formatMessage } from '../../src/messages/format-message.ts';
import type { Locale } from '../../src/messages/locale.ts';

/** An element whose whole content is one catalog text: `<h1 data-t="web.page.heading">…</h1>`. */
const TEXT_ELEMENT = /<([a-z][a-z0-9]*)((?:\s[^>]*?)?\sdata-t="([^"]*)"[^>]*)>([^<]*)<\/\1>/g;
/** A start tag with translated attributes: `<ol aria-label="Messages" data-t-aria-label="web.page.messages_label">`. */
const ATTRIBUTE_TAG = /<[a-z][a-z0-9]*(?:\s[^>]*?)?\sdata-t-[a-z-]+="[^"]*"[^>]*>/g;
const ATTRIBUTE_TEXT = /\sdata-t-([a-z-]+)="([^"]*)"/g;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(CATALOGS.en, id);
}

/**
 * A page of public/ in each language: the text of every `data-t` element and every
 * `data-t-<attribute>` attribute from the catalog, `<html lang>` set, and the language menu's
 * option for the language selected. The English in the file is what a reader of the source sees;
 * the ids decide. Checked once, when the page is read: an id the catalog lacks, or a `data-t`
 * element that holds more than text, throws (a test reads every page).
 */
export function localizedPage(template: string, name: string): (locale: Locale) => string {
  const ids = [...template.matchAll(/\sdata-t(?:-[a-z-]+)?="([^"]*)"/g)].map((m) => m[1]!);
  const unknown = ids.filter((id) => !isMessageId(id));
  if (unknown.length) throw new AppError('web.page_text_unknown', `${name}: no catalog text for ${unknown.join(', ')}`);
  const textElements = [...template.matchAll(TEXT_ELEMENT)].length;
  const marked = [...template.matchAll(/\sdata-t="/g)].length;
  if (textElements !== marked) throw new AppError('web.page_text_nested', `${name}: a data-t element may hold only text (${marked - textElements} hold elements)`);
  if (!/<html lang="[a-z]+">/.test(template)) throw new AppError('web.page_lang_missing', `${name}: <html lang="…"> is missing`);

  const rendered = new Map<Locale, string>();
  const render = (locale: Locale): string => {
    const text = (id: string) => escapeHtml(formatMessage(locale, CATALOGS[locale][id as MessageId]));
    return template
      .replace(/<html lang="[a-z]+">/, `<html lang="${locale}">`)
      .replace(TEXT_ELEMENT, (_whole, tag: string, attributes: string, id: string) => `<${tag}${attributes}>${text(id)}</${tag}>`)
      .replace(ATTRIBUTE_TAG, (tag) => {
        let out = tag;
        for (const [, attribute, id] of tag.matchAll(ATTRIBUTE_TEXT)) {
          const value = `${attribute!}="${text(id!)}"`;
          const existing = new RegExp(`\\s${attribute!}="[^"]*"`);
          out = existing.test(out) ? out.replace(existing, ` ${value}`) : out.replace(/^<[a-z][a-z0-9]*/, (start) => `${start} ${value}`);
        }
        return out;
      })
      .replace(/<option value="([a-z]+)"( selected)?/g, (_whole, value: string) => `<option value="${value}"${value === locale ? ' selected' : ''}`);
  };
  return (locale) => {
    let page = rendered.get(locale);
    if (page === undefined) rendered.set(locale, (page = render(locale)));
    return page;
  };
}
