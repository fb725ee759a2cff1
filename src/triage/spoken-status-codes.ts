/**
 * Status codes said in words, as a voice dictation or a careful writer gives them, written as
 * digits so the rules that read "500", "503", "429" or "403" read them too: "five oh three", "four
 * twenty nine", "five hundreds", "fünfhundertdrei", "vier null drei", "quinientos tres", "cuatro
 * veintinueve", "cinq cent trois", "quatre cent vingt-neuf". Only a run of number words that makes
 * one of the codes the rules read is rewritten ("one out of ten", "zwei Versuche", "un par de veces" stay
 * words). Input: lower case, accents folded ("fünf" → "funf").
 */
export function spokenStatusCodes(text: string): string {
  if (!MAY_HOLD.test(text)) return text;
  const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0], from: m.index, to: m.index + m[0].length }));
  const plain = words.map((w) => w.word);
  let out = '';
  let copied = 0;
  for (let i = 0; i < words.length; ) {
    const found = codeAt(plain, i);
    if (found === undefined) {
      i++;
      continue;
    }
    const first = words[i] as (typeof words)[number];
    const last = words[i + found.length - 1] as (typeof words)[number];
    out += `${text.slice(copied, first.from)}${found.value}`;
    copied = last.to;
    i += found.length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Every spoken code holds one of these (its first digit, or the hundreds). */
const MAY_HOLD = /four|five|hundred|vier|f(?:u|ue)nf|cuatro|cinco|quinientos|cuatrocientos|quatre|cinq/;

/** Words, with German compounds ("vierhundertneunundzwanzig") and French hyphens ("vingt-neuf") split below. */
const WORD = /[a-z]+(?:-[a-z]+)*/g;

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, oh: 0, o: 0, null: 0, cero: 0,
  one: 1, eins: 1, uno: 1,
  two: 2, zwei: 2, dos: 2, deux: 2,
  three: 3, drei: 3, tres: 3, trois: 3,
  four: 4, vier: 4, cuatro: 4, quatre: 4,
  five: 5, funf: 5, fuenf: 5, cinco: 5, cinq: 5,
  six: 6, sechs: 6, seis: 6,
  seven: 7, sieben: 7, siete: 7, sept: 7,
  eight: 8, acht: 8, ocho: 8, huit: 8,
  nine: 9, neun: 9, nueve: 9, neuf: 9,
};

const TEENS_AND_TENS: Readonly<Record<string, number>> = {
  ten: 10, zehn: 10, diez: 10, dix: 10,
  eleven: 11, elf: 11, once: 11, onze: 11,
  twelve: 12, zwolf: 12, zwoelf: 12, doce: 12, douze: 12,
  thirteen: 13, dreizehn: 13, trece: 13, treize: 13,
  fourteen: 14, vierzehn: 14, catorce: 14, quatorze: 14,
  fifteen: 15, funfzehn: 15, fuenfzehn: 15, quince: 15, quinze: 15,
  sixteen: 16, sechzehn: 16, dieciseis: 16, seize: 16,
  seventeen: 17, siebzehn: 17, diecisiete: 17,
  eighteen: 18, achtzehn: 18, dieciocho: 18,
  nineteen: 19, neunzehn: 19, diecinueve: 19,
  twenty: 20, zwanzig: 20, veinte: 20, vingt: 20,
  thirty: 30, dreissig: 30, treinta: 30, trente: 30,
  forty: 40, vierzig: 40, cuarenta: 40, quarante: 40,
  fifty: 50, funfzig: 50, fuenfzig: 50, cincuenta: 50, cinquante: 50,
  sixty: 60, sechzig: 60, sesenta: 60, soixante: 60,
  seventy: 70, siebzig: 70, setenta: 70,
  eighty: 80, achtzig: 80, ochenta: 80,
  ninety: 90, neunzig: 90, noventa: 90,
  veintiuno: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
};

/** A hundreds word alone ("hundred", "cent") multiplies the digit before it; these carry their own. */
const HUNDREDS: Readonly<Record<string, number>> = { cuatrocientos: 400, quinientos: 500 };
const HUNDRED = new Set(['hundred', 'hundreds', 'hundert', 'hunderter', 'cent', 'cents', 'ciento', 'cien']);
const AND = new Set(['and', 'und', 'y', 'et']);

/** A German number word made of parts ("funfhundertdrei", "neunundzwanzig"): its parts. */
const GERMAN_PARTS = /null|eins|ein|zwanzig|zwei|dreissig|drei|vierzig|vier|fuenfzig|funfzig|fuenf|funf|sechzig|sechs|siebzig|sieben|achtzig|acht|neunzig|neun|zehn|elf|zwoelf|zwolf|hunderter|hundert|und/g;
const GERMAN_COMPOUND = new RegExp(`^(?:${GERMAN_PARTS.source})+$`);

/** The words from `i` on, with compounds and hyphenated words in their parts (and how many words each part came from). */
function partsFrom(words: readonly string[], i: number): { part: string; word: number }[] {
  const parts: { part: string; word: number }[] = [];
  for (let k = i; k < words.length && k < i + 8; k++) {
    const word = words[k] as string;
    const pieces = word.includes('-') ? word.split('-') : GERMAN_COMPOUND.test(word) && !(word in UNITS) && !(word in TEENS_AND_TENS) && !HUNDRED.has(word) ? (word.match(GERMAN_PARTS) ?? [word]) : [word];
    for (const part of pieces) parts.push({ part, word: k - i + 1 });
  }
  return parts;
}

/** The code the words from `i` on say, and how many words it takes; undefined when they say none. */
function codeAt(words: readonly string[], i: number): { value: number; length: number } | undefined {
  const first = words[i] as string;
  // "quatre-vingt-neuf" is 89.
  if (first.startsWith('quatre-vingt')) return undefined;
  if (!(first in UNITS) && !(first in HUNDREDS) && !GERMAN_COMPOUND.test(first)) return undefined;
  const parts = partsFrom(words, i);
  const said = parts.map((p) => p.part);
  const value = (k: number): string | undefined => said[k];
  let k = 0;
  let hundreds: number | undefined;
  const lead = value(0) ?? '';
  if (lead in HUNDREDS) {
    hundreds = HUNDREDS[lead] as number;
    k = 1;
  } else if (lead in UNITS && HUNDRED.has(value(1) ?? '')) {
    hundreds = (UNITS[lead] as number) * 100;
    k = 2;
  }
  if (hundreds !== undefined) {
    if (AND.has(value(k) ?? '')) k++;
    // "the five hundred one" is the 500 one (501 is said "five oh one").
    const number = twoDigits(said, k);
    const rest = number?.value === 1 ? undefined : number;
    const code = hundreds + (rest?.value ?? 0);
    const used = rest === undefined ? (AND.has(value(k - 1) ?? '') ? k - 1 : k) : rest.end;
    return isCode(code) ? { value: code, length: (parts[used - 1] as { word: number }).word } : undefined;
  }
  // "five oh three", "vier null drei", "cinco cero tres": digit by digit.
  const d0 = UNITS[lead];
  if (d0 === undefined) return undefined;
  const d1 = UNITS[value(1) ?? ''];
  const d2 = UNITS[value(2) ?? ''];
  if (d1 !== undefined && d2 !== undefined && isCode(d0 * 100 + d1 * 10 + d2)) return { value: d0 * 100 + d1 * 10 + d2, length: (parts[2] as { word: number }).word };
  // "four twenty nine", "cuatro veintinueve", "quatre vingt-neuf": a digit, then the rest as one number.
  const rest = twoDigits(said, 1);
  if (rest !== undefined && rest.value >= 10 && isCode(d0 * 100 + rest.value)) return { value: d0 * 100 + rest.value, length: (parts[rest.end - 1] as { word: number }).word };
  return undefined;
}

/** A number from 1 to 99 said from part `k` on ("twenty nine", "neun und zwanzig", "vingt neuf", "tres"), and the part after it. */
function twoDigits(parts: readonly string[], k: number): { value: number; end: number } | undefined {
  const a = parts[k] ?? '';
  const tens = TEENS_AND_TENS[a];
  if (tens !== undefined) {
    // "twenty nine", "vingt neuf", "treinta y dos", "vingt et un".
    const joined = AND.has(parts[k + 1] ?? '') ? 1 : 0;
    const unit = tens % 10 === 0 && tens >= 20 ? UNITS[parts[k + 1 + joined] ?? ''] : undefined;
    return unit !== undefined && unit > 0 ? { value: tens + unit, end: k + 2 + joined } : { value: tens, end: k + 1 };
  }
  const unit = UNITS[a];
  if (unit === undefined || unit === 0) return undefined;
  // German: "neun und zwanzig" (the unit first).
  if (parts[k + 1] === 'und') {
    const german = TEENS_AND_TENS[parts[k + 2] ?? ''];
    if (german !== undefined && german >= 20 && german % 10 === 0) return { value: german + unit, end: k + 3 };
  }
  return { value: unit, end: k + 1 };
}

/** The HTTP error codes the rules read ("four twenty" is a time, not a code). */
const CODES: ReadonlySet<number> = new Set([400, 401, 403, 404, 408, 409, 413, 429, 500, 501, 502, 503, 504]);

function isCode(value: number): boolean {
  return CODES.has(value);
}
