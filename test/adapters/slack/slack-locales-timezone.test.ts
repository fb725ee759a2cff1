import { describe, expect, it } from 'vitest';
import { createSlackLocales, type LocaleCache } from '../../../adapters/slack/slack-locales.ts';
import { createLogger } from '../../../src/logger.ts';

/** An in-memory thread index (the store's `threads` has the same two calls). */
function memoryCache(entries: Record<string, string> = {}): LocaleCache & { entries: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return { entries: map, find: async (key) => map.get(key) ?? null, rebind: async (key, value) => void map.set(key, value) };
}

const NOW = 1_800_000_000_000;

describe('the Slack timezone, kept with the language', () => {
  it('one users.info answer gives both; the timezone is then read from the store without asking Slack', async () => {
    const cache = memoryCache();
    let lookups = 0;
    const locales = createSlackLocales({ lookup: async () => (lookups++, { locale: 'fr-FR', tz: 'Europe/Paris' }), cache, defaultLocale: 'en', logger: createLogger('silent'), now: () => NOW });
    expect(await locales.timezone('U0TZ000001')).toBeUndefined();
    expect(lookups).toBe(0);
    expect(await locales.of('U0TZ000001')).toBe('fr');
    expect(cache.entries.get('slack-locale:U0TZ000001')).toBe(`fr@${NOW + 24 * 60 * 60_000}@Europe/Paris`);
    expect(await locales.timezone('U0TZ000001')).toBe('Europe/Paris');
    expect(await locales.known('U0TZ000001')).toBe('fr');
    expect(lookups).toBe(1);
  });

  it('an entry written before timezones were kept still names the language; no timezone', async () => {
    const cache = memoryCache({ 'slack-locale:U0OLD00001': `de@${NOW + 1000}` });
    const locales = createSlackLocales({ lookup: async () => ({}), cache, defaultLocale: 'en', logger: createLogger('silent'), now: () => NOW });
    expect(await locales.known('U0OLD00001')).toBe('de');
    expect(await locales.timezone('U0OLD00001')).toBeUndefined();
  });

  it('an expired entry names no timezone either', async () => {
    const cache = memoryCache({ 'slack-locale:U0EXP00001': `de@${NOW - 1}@Europe/Berlin` });
    const locales = createSlackLocales({ lookup: async () => ({}), cache, defaultLocale: 'en', logger: createLogger('silent'), now: () => NOW });
    expect(await locales.timezone('U0EXP00001')).toBeUndefined();
  });
});
