import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { parseReply } from '../../src/triage/parse-reply.ts';
import { readReplyText } from '../../src/triage/reply-normalize.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const WO: Facts = { surface: 'web', network: 'office' };
const DS: Facts = { surface: 'desktop' };
const AS: Facts = { surface: 'api' };

/**
 * Replies in Portuguese, Italian or Dutch: languages the parser does not read, near enough to
 * Spanish, French or German that their words were misread one by one ("não" is no word it knows,
 * "non" is French, "no 4G" is "on 4G" in Portuguese). Such a reply answers nothing: asked again,
 * with the languages the bot reads. Sentences written for these tests.
 */
describe('a reply in a language the parser does not read', () => {
  it.each<[string, Parameters<typeof parseReply>[1]['expecting'], Facts]>([
    ['não, também não funciona', 'clean_browser', W],
    ['nao, no 4G tambem da erro', 'other_network', WO],
    ['sim, no hotspot funcionou', 'other_network', WO],
    ['ainda não testei', 'clean_browser', W],
    ['acho que é a VPN', 'network', W],
    ['non ho provato', 'clean_browser', W],
    ['no, neanche con i dati mobili', 'other_network', WO],
    ['sì, dal browser funziona', 'web_works', DS],
    ['boh, non saprei', 'api_health', AS],
    ['nee, het werkt ook niet via 4G', 'other_network', WO],
    ['ja, thuis werkt het wel', 'other_network', WO],
  ])('%s (asked %s): nothing read, and said why', (text, expecting, facts) => {
    const reading = parseReply(text, { expecting, facts });
    expect(reading).toMatchObject({ understood: false, facts: {}, otherLanguage: true });
    expect(reading.language).toBeUndefined();
  });

  it('keeps the details it finds (browser, model) though it reads no fact', () => {
    expect(parseReply('não funciona no Chrome 124, nem com gpt-4o', { expecting: 'clean_browser', facts: W }).details).toMatchObject({ browser: 'Chrome', browserVersion: '124', model: 'gpt-4o' });
  });

  it('counts the words of those languages apart from the four it reads', () => {
    expect(readReplyText('não, também não funciona').scores.other).toBeGreaterThanOrEqual(6);
    expect(readReplyText('ja, geht im Inkognito').scores.other).toBe(0);
  });
});

describe('replies in the languages it reads, with a word the others share, read as before', () => {
  it.each<Case>([
    ['sí, funciona en incógnito', 'clean_browser', W, { clean_browser: 'works' }],
    ['no, tampoco funciona con los datos del móvil', 'other_network', WO, { other_network: 'fails' }],
    ['non, ça ne marche pas non plus en navigation privée', 'clean_browser', W, { clean_browser: 'fails' }],
    ['ja, geht im Inkognito', 'clean_browser', W, { clean_browser: 'works' }],
    ['Wir callen die API aus nem Python-Service', 'surface', {}, { surface: 'api' }],
    ['nel, tampoco', 'clean_browser', W, { clean_browser: 'fails' }],
    ['works on the hotspot, obrigado', 'other_network', WO, { other_network: 'works' }],
    ['yes works in incognito, grazie', 'clean_browser', W, { clean_browser: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
