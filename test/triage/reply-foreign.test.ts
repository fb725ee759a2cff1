import { describe, expect, it } from 'vitest';
import { foldAccents, isComposedLatin, repairForeignTypos } from '../../src/triage/reply-foreign.ts';
import { scoreLanguages } from '../../src/triage/reply-language.ts';

/** Folding as it was done for every text: decomposed whole, marks dropped, ß/æ/œ spelt out. */
const foldWhole = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/œ/g, 'oe');

describe('foldAccents', () => {
  it('folds a text of Latin letters and punctuation letter by letter as decomposing it whole does', () => {
    const characters = [...Array.from({ length: 0x24f - 0xa0 + 1 }, (_, k) => String.fromCharCode(0xa0 + k)), ...Array.from({ length: 0x205e - 0x2010 + 1 }, (_, k) => String.fromCharCode(0x2010 + k))];
    for (const character of characters) {
      const text = ` a${character}b ${character}${character} `;
      expect(isComposedLatin(text)).toBe(true);
      expect(text.normalize('NFC'), character).toBe(text);
      expect(foldAccents(text), character).toBe(foldWhole(text));
    }
    expect(foldAccents('grüß gott, ça marche « très » bien – sí, œuvre')).toBe('gruss gott, ca marche « tres » bien – si, oeuvre');
  });

  it('decomposes any other text whole', () => {
    for (const text of ['e\u0301te', '\u212b', 'ﬁ', 'straße 🙂', 'ｆｕｌｌ']) {
      expect(isComposedLatin(text)).toBe(false);
      expect(foldAccents(text)).toBe(foldWhole(text));
    }
    expect(foldAccents('plain ascii')).toBe('plain ascii');
  });
});

describe('repairForeignTypos', () => {
  const repair = (text: string): string => repairForeignTypos(text, scoreLanguages(text));

  it('repairs towards the keywords of the language the reply is in', () => {
    expect(repair(' im privaten fenster funktionirt es nicht ')).toBe(' im privaten fenster funktioniert es nicht ');
    expect(repair(' en la ventana privada no funciana ')).toBe(' en la ventana privada no funciona ');
    expect(repair(' en navigation privee ca fonctione ')).toBe(' en navigation privee ca fonctionne ');
  });

  it('does not repair a word of one language into a keyword of another', () => {
    // "Märchen" (a fairy tale) is one letter from the French "marche" (works).
    expect(repair(' hotspot? ein marchen. ')).toBe(' hotspot? ein marchen. ');
    // A reply no language leads is repaired towards all three.
    expect(repair(' marchen ')).toBe(' marche ');
  });
});
