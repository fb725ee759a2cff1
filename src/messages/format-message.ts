import type { Locale } from './locale.ts';
import type { Message, MessageParams } from './message.ts';

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function rulesFor(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function numbersFor(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

/**
 * The text of `message` in `locale` with `params` filled in. Numbers are written the way the
 * locale writes them; a `{name}` without a value stays as written, so a missing parameter shows
 * instead of silently vanishing (the catalog test checks that none is missing).
 */
export function formatMessage(locale: Locale, message: Message, params: MessageParams = {}): string {
  let template: string;
  if (typeof message === 'string') {
    template = message;
  } else {
    const count = params.count;
    const form = typeof count === 'number' ? rulesFor(locale).select(count) : 'other';
    template = message[form] ?? message.other;
  }
  if (!template.includes('{')) return template;
  return template.replace(/\{([a-zA-Z][a-zA-Z0-9_]*)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbersFor(locale).format(value) : value;
  });
}
