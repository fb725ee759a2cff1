import { CATALOGS, type MessageId } from './catalogs.ts';
import { formatMessage } from './format-message.ts';
import type { Locale } from './locale.ts';
import type { MessageParams } from './message.ts';

/** The catalog of one language, ready to use: `t('triage.question.surface')`. */
export interface Messages {
  readonly locale: Locale;
  t(id: MessageId, params?: MessageParams): string;
}

const cache = new Map<Locale, Messages>();

export function messagesFor(locale: Locale): Messages {
  let messages = cache.get(locale);
  if (!messages) {
    const catalog = CATALOGS[locale];
    messages = { locale, t: (id, params) => formatMessage(locale, catalog[id], params) };
    cache.set(locale, messages);
  }
  return messages;
}
