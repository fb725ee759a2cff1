/** The languages the bot speaks. `en` is the source language of the catalog. */
export const LOCALES = ['en', 'de', 'es', 'fr'] as const;

export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The supported language of a BCP 47 tag or a platform locale ("de-DE", "es_419", "fr-CA", "EN"),
 * or undefined when its language is not one the bot speaks.
 */
export function parseLocale(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/, 1)[0];
  return isLocale(base) ? base : undefined;
}

/**
 * The best supported language of an HTTP `Accept-Language` header, honouring q-values (q=0 means
 * "not this one"); undefined when it names none the bot speaks.
 */
export function acceptedLocale(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  let best: { locale: Locale; q: number } | undefined;
  for (const part of header.split(',')) {
    const [tag, ...params] = part.split(';');
    const locale = parseLocale(tag);
    if (!locale) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { locale, q };
  }
  return best?.locale;
}

/** `acceptedLocale`, or `fallback` when the header names no supported language. */
export function negotiateLocale(header: string | undefined, fallback: Locale): Locale {
  return acceptedLocale(header) ?? fallback;
}
