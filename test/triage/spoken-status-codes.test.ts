import { describe, expect, it } from 'vitest';
import { spokenStatusCodes } from '../../src/triage/spoken-status-codes.ts';

describe('spokenStatusCodes', () => {
  it.each([
    ['it says five oh three', 'it says 503'],
    ['five zero zero every time', '500 every time'],
    ['four twenty nine i guess', '429 i guess'],
    ['four hundred and three', '403'],
    ['a five hundred', 'a 500'],
    ['only five hundreds', 'only 500'],
    ['immer funfhundert', 'immer 500'],
    ['fuenfhundertdrei', '503'],
    ['vierhundertneunundzwanzig', '429'],
    ['vier hundert neun und zwanzig', '429'],
    ['vier null drei', '403'],
    ['ein funfhunderter', 'ein 500'],
    ['sale quinientos tres', 'sale 503'],
    ['cuatrocientos veintinueve', '429'],
    ['el cuatro veintinueve', 'el 429'],
    ['cinco cero cuatro', '504'],
    ['erreur cinq cents', 'erreur 500'],
    ['cinq cent trois', '503'],
    ['quatre cent vingt-neuf', '429'],
    ['quatre cent quatre', '404'],
    ['not four oh three, five oh two', 'not 403, 502'],
  ])('%s → %s', (said, written) => {
    expect(spokenStatusCodes(said)).toBe(written);
  });

  it.each([
    'one out of ten retries work',
    'at four twenty it broke',
    'quatre-vingt-neuf pour cent',
    'zwei Versuche, dann vier',
    'the five hundred one',
    'un par de veces',
    'four or five times',
  ])('leaves "%s" as words, or only the code in it', (text) => {
    expect(spokenStatusCodes(text)).toBe(text === 'the five hundred one' ? 'the 500 one' : text);
  });
});
