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
 * "not this one"); `fallback` when none is supported.
 */
export function negotiateLocale(header: string | undefined, fallback: Locale): Locale {
  if (!header) return fallback;
  let best: { locale: Locale; q: number; at: number } | undefined;
  header.split(',').forEach((part, at) => {
    const [tag, ...params] = part.split(';');
    const locale = parseLocale(tag);
    if (!locale) return;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) return;
    if (!best || q > best.q) best = { locale, q, at };
  });
  return best?.locale ?? fallback;
}
