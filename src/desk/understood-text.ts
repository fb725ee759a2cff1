import { CATALOGS, type MessageId } from '../messages/catalogs.ts';
import type { Locale } from '../messages/locale.ts';
import { messagesFor } from '../messages/messages-for.ts';
import type { ReadFact } from './read-facts.ts';

const lists = new Map<Locale, Intl.ListFormat>();

function listFormat(locale: Locale): Intl.ListFormat {
  let format = lists.get(locale);
  if (!format) lists.set(locale, (format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  return format;
}

function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(CATALOGS.en, id);
}

/** The catalog id of the clause saying one fact value ("it fails in a private window too"), when there is one. */
export function readingId(read: ReadFact): MessageId | undefined {
  const id = `reading.${read.fact}.${read.value}`;
  return isMessageId(id) ? id : undefined;
}

/**
 * How the bot says it read a typed reply, in the person's language: one clause per fact, joined
 * the way the language lists things ("Got it: it fails in a web browser, and you see "HTTP ERROR
 * 500"."). Undefined when nothing was read.
 */
export function understoodText(read: readonly ReadFact[], locale: Locale): string | undefined {
  const m = messagesFor(locale);
  const clauses = read.flatMap((r) => {
    const id = readingId(r);
    return id ? [m.t(id)] : [];
  });
  if (clauses.length === 0) return undefined;
  return m.t('reading.got_it', { facts: listFormat(locale).format(clauses) });
}
