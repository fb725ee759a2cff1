import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/messages/catalogs.ts';
import { formatMessage } from '../../src/messages/format-message.ts';
import { acceptedLocale, LOCALES, negotiateLocale, parseLocale } from '../../src/messages/locale.ts';
import type { Message } from '../../src/messages/message.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';

const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message).filter((f): f is string => typeof f === 'string'));
const paramsOf = (message: Message): string[] => [...new Set(forms(message).flatMap((f) => [...f.matchAll(/\{([a-zA-Z][a-zA-Z0-9_]*)\}/g)].map((m) => m[1]!)))].sort();

describe('the message catalog', () => {
  const english = CATALOGS.en;
  const ids = Object.keys(english).sort();

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English ids, with the same parameters', (locale) => {
    const catalog: Readonly<Record<string, Message>> = CATALOGS[locale];
    expect(Object.keys(catalog).sort()).toEqual(ids);
    for (const id of ids) expect({ id, params: paramsOf(catalog[id]!) }).toEqual({ id, params: paramsOf(english[id as keyof typeof english]) });
  });

  it.each(LOCALES)('%s has no empty text, and every plural message has its "other" form', (locale) => {
    for (const [id, message] of Object.entries(CATALOGS[locale] as Readonly<Record<string, Message>>)) {
      for (const form of forms(message)) expect({ id, empty: form.trim() === '' }).toEqual({ id, empty: false });
      if (typeof message !== 'string') expect({ id, other: typeof message.other }).toEqual({ id, other: 'string' });
    }
  });

  it('ids carry their area prefix', () => {
    for (const id of ids) expect(id).toMatch(/^(triage|desk|cli|chat|slack|teams|web|reading|evidence|page)\.[a-z0-9_.]+$/i);
  });
});

describe('formatMessage', () => {
  it('fills parameters, writes numbers the way the locale does, and keeps a missing one visible', () => {
    expect(formatMessage('en', 'Hello {name}, {count} people', { name: 'Ana', count: 12000 })).toBe('Hello Ana, 12,000 people');
    expect(formatMessage('de', '{count} Personen', { count: 12000 })).toBe('12.000 Personen');
    expect(formatMessage('en', 'Hello {name}', {})).toBe('Hello {name}');
  });

  it('chooses the plural form by the locale’s rules', () => {
    const minutes = { one: '{count} minute', other: '{count} minutes' };
    expect(formatMessage('en', minutes, { count: 1 })).toBe('1 minute');
    expect(formatMessage('en', minutes, { count: 0 })).toBe('0 minutes');
    const minutos = { one: '{count} minuto', other: '{count} minutos' };
    expect(formatMessage('es', minutos, { count: 2 })).toBe('2 minutos');
    // French counts 0 and 1 as singular.
    const fr = { one: '{count} minute', other: '{count} minutes' };
    expect(formatMessage('fr', fr, { count: 0 })).toBe('0 minute');
  });

  it('messagesFor gives each language its own catalog', () => {
    expect(messagesFor('de').locale).toBe('de');
    expect(messagesFor('de')).toBe(messagesFor('de'));
  });
});

describe('locales', () => {
  it('reads platform and BCP 47 tags', () => {
    expect(parseLocale('de-DE')).toBe('de');
    expect(parseLocale('es_419')).toBe('es');
    expect(parseLocale('FR-ca')).toBe('fr');
    expect(parseLocale('en')).toBe('en');
    expect(parseLocale('pt-BR')).toBeUndefined();
    expect(parseLocale('')).toBeUndefined();
    expect(parseLocale(undefined)).toBeUndefined();
  });

  it('negotiates Accept-Language by q-value, skipping unsupported and refused languages', () => {
    expect(negotiateLocale('pt-BR,pt;q=0.9,es;q=0.8,en;q=0.5', 'en')).toBe('es');
    expect(negotiateLocale('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', 'en')).toBe('fr');
    expect(negotiateLocale('de;q=0, en;q=0.2', 'fr')).toBe('en');
    expect(negotiateLocale('ja', 'de')).toBe('de');
    expect(negotiateLocale(undefined, 'es')).toBe('es');
    expect(negotiateLocale('en;q=0.5, de', 'fr')).toBe('de');
  });

  it('acceptedLocale tells "none supported" apart from a match on the fallback', () => {
    expect(acceptedLocale('ja, pt-BR;q=0.9')).toBeUndefined();
    expect(acceptedLocale('en-GB, de;q=0.5')).toBe('en');
    expect(acceptedLocale('de;q=0')).toBeUndefined();
    expect(acceptedLocale(undefined)).toBeUndefined();
  });
});
