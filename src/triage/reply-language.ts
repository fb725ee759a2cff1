import type { Locale } from '../messages/locale.ts';
import * as english from './reply-lexicon.ts';
import { PHRASE_RULES } from './reply-phrases.ts';
import { DE_RULES, DE_WORDS } from './reply-phrases-de.ts';
import { ES_RULES, ES_WORDS } from './reply-phrases-es.ts';
import { FR_RULES, FR_WORDS } from './reply-phrases-fr.ts';
import type { PhraseRule } from './reply-phrase-rule.ts';

/**
 * Which supported language a chat reply is written in, from the words the parser reads: function
 * words and the answer vocabulary of each language (accents folded, "funktioniert", "oui",
 * "tampoco"...). A word shared by two languages ("la", "en", "es", "no", "incognito", "wifi") weighs
 * nothing or little. Chosen over n-gram identifiers (franc, eld, tinyld) because chat replies are
 * one to ten words, where character statistics guess, and these words are the ones the parser
 * must know anyway; it costs one map lookup per word.
 */
export interface LanguageScores {
  en: number;
  de: number;
  es: number;
  fr: number;
  /**
   * Words of languages the parser does not read: Portuguese, Italian and Dutch, near enough to
   * Spanish, French or German that their words would be misread ("não … funciona", "no 4G" = on
   * 4G, "non ho provato" = not tried).
   */
  other: number;
}

/** Foreign rules run for a language from this score on (one clear word: "ja", "oui", "sí"). */
export const RULES_FROM = 2;
/** A language is told when it scores at least this (about two clear words) and twice any other. */
const CONFIDENT_FROM = 5;

const words = (weight: number, list: string): [string, number][] =>
  list
    .trim()
    .split(/\s+/)
    .map((w) => [w, weight]);

/** The words of a set of rules' patterns (three letters or more), for the lexicon below. */
function ruleWords(rules: readonly PhraseRule[]): string[] {
  return rules.flatMap(([pattern]) => pattern.source.replace(/\\[a-zA-Z]/g, ' ').split(/[^a-z]+/)).filter((w) => w.length >= 3);
}

/** Words an English reply may hold: the parser's English vocabulary and its phrase rules. */
const ENGLISH: ReadonlySet<string> = new Set([
  ...english.KNOWN_WORDS,
  ...english.TYPO_KEYWORDS,
  ...Object.values(english).flatMap((value) => (value instanceof Set ? [...(value as Set<string>)] : [])),
  ...ruleWords(PHRASE_RULES),
]);

/**
 * Each language's words: those listed below, and (weight 2) every word its rules look for that
 * English does not use ("tiempo", "standig", "pantoute"), so a reply made of words only the rules know
 * still gets its language's rules.
 */
const withRuleWords = (listed: [string, number][], rules: readonly PhraseRule[], dictionary: Readonly<Record<string, string>>): Map<string, number> =>
  new Map([...[...ruleWords(rules), ...Object.keys(dictionary)].filter((w) => !ENGLISH.has(w)).map((w): [string, number] => [w, 2]), ...listed]);

const LEXICON: Record<Exclude<keyof LanguageScores, 'other'>, ReadonlyMap<string, number>> = {
  en: new Map([
    ...words(3, `yes yeah yep yup nope works working worked does doesnt didnt dont tried haven havent fails failing failed fine still
      loads loading broken same incognito-mode though either neither`),
    ...words(2, `the it my is not and but with from too also home office network browser window private sure what how which
      where why can you we our they this that just please fix help think something went wrong get got says said shows
      page when only now again all any every its was were have has had been be do did will would should could there
      here them then than very really thanks today error message says tried`),
    ...words(1, `in on at of to ok okay no`),
  ]),
  de: withRuleWords([
    ...words(3, `nein nee jein geht gehts ging gings funktioniert funktionierts funktionierte klappt klappts klappte lauft laeuft
      ladt laedt nicht nich kein keine keinen keinem nichts leider hause zuhause daheim buro buero wlan fenster privaten
      inkognito weiss ahnung fehler gleiche gleicher gleichen selben handy mobilen netz netzwerk probiert ausprobiert
      getestet versucht bitte kannst konnt koennt einfach meinst zugriff verweigert anfragen kontingent uberschritten
      ueberschritten versuchen versuche manchmal jeder jede schlagt schlaegt welches welche irgendwas anderes etwas
      gesperrt scheint fruher frueher noch immer auch ich wir und aber mit bei dem vom ubers uebers firma firmennetz
      heimnetz homeoffice gaste gaeste zug kunden sind ist hab habe wieder kaputt modus anwendung nutzen benutzen
      reparieren fixen beheben hilf weisse seite meldung steht zeigt kommt zertifikat zertifikatsfehler ungewohnliche
      ungewoehnliche aktivitat aktivitaet festgestellt erkannt aufrufe daten funktionieren klappen laufen gehen mensch`),
    ...words(2, `ja jo jap das der den des ein eine einen einem im am zu mal ab uber ueber oft`),
  ], DE_RULES, DE_WORDS),
  es: withRuleWords([
    ...words(3, `funciona funcionan funciono funcionaba jala anda carga cargan sirve tambien tampoco sigue mismo misma oficina
      datos moviles movil celular ventana privada probado probe todavia nada pero estoy navegador aplicacion
      escritorio sale puedes podrias arreglar arreglalo arreglenlo arregla porfa veces siempre reintento reintentos
      intentos despues cuota excedida solicitudes demasiadas denegado configuracion certificado cosa refieres acuerdo
      inusual detectada empresa corporativa invitados tren entiendo lados llamadas usamos revisar pruebo curiosamente
      quizas creo parece ayudame casa desde falla fallan bien bloqueado esta esto eso tengo puedo hemos`),
    ...words(2, `si los las con que lo cada unos otra otro pagina blanco del ni vez mi`),
    ...words(1, `ya red`),
    ...words(1, `el la en de y es me`),
    ...words(2, `se`),
  ], ES_RULES, ES_WORDS),
  fr: withRuleWords([
    ...words(3, `oui ouais pas marche marchait fonctionne fonctionnent fonctionnait maison domicile bureau reseau donnees
      fenetre privee prive essaye essayer encore toujours aussi mais je chez pareil plante appli navigateur erreur quoi
      comment vous pouvez svp reparer corriger aidez parfois quelques essais echoue chaque relance renvoie aucune idee
      sais utilise appels rien crois pense bizarrement trop requetes depasse acces refuse affiche certificat humain
      boucle chose blanche inhabituelle detectee entreprise boulot teletravail partage connexion invite perso partout
      comprends truc tourne peux bloquee nous quel quelle ca cest avec depuis probleme problemes mouais moins mieux pire`),
    ...words(2, `non nan ne les des du au sur moi meme passe charge navigation autre dans sans une genre`),
    ...words(1, `le la en de est`),
  ], FR_RULES, FR_WORDS),
};

const LANGUAGES = ['en', 'de', 'es', 'fr'] as const;

/**
 * Words only Portuguese, Italian or Dutch use among the languages near them (accents folded): no
 * Spanish, French, German or English word, and none a chat in those would hold ("non", "sim", "no",
 * "casa", "funciona", "van" are left out). Each weighs 3, as a clear word of a supported language.
 */
const OTHER_LANGUAGES = words(
  3,
  `nao tambem ainda voce voces vc vcs estou estava testei testou tentei tentar tentativa tentativas funcionou funcionava
    agora nenhum nenhuma isso muito mesmo rede dados uma erro deu ele ela eles elas consegui conseguiu janela aba
    navegacao trabalho travou travando entao tenho tem certeza talvez acho boa bom nosso nossa meu minha provavelmente
    pra pro pelo pela foi ficou fica esse essa sei depois hoje ontem vezes coisa chamado pfv olha lembro falha falhou
    falhando
    ho abbiamo sono anche ancora provato provata provati riprovato riprovando funziona funzionava funzionano funzioni
    neanche nemmeno niente perche gia questo questa quello molto della delle nella nelle sulla dalla degli gli col sul
    rete dati mobili ufficio modalita finestra navigazione errore tentativi ogni volta volte sempre adesso tutto tutti
    boh forse credo penso alcune altre passano cmq probabilmente potete cui fare quindi potuto posso puoi vedo apre
    stesso direi fermo chiamate vanno bene qualcuna fallisca ricordo andava quando allora oggi ieri stamattina lavoro
    niet het werkt werkte geprobeerd ook wel thuis kantoor geen maar nog bij een mijn wij`,
);

/** Per word, its weight in each language (en, de, es, fr) and in the others: one lookup per word. */
const WEIGHTS = new Map<string, readonly [number, number, number, number, number]>();
for (const [k, lexicon] of [...LANGUAGES.map((language) => LEXICON[language]), new Map(OTHER_LANGUAGES)].entries()) {
  for (const [word, weight] of lexicon) {
    const weights = [...(WEIGHTS.get(word) ?? [0, 0, 0, 0, 0])] as [number, number, number, number, number];
    weights[k] = weight;
    WEIGHTS.set(word, weights);
  }
}

/**
 * The same words filed by a hash of their letters, so a word of the text is looked up where it
 * stands (no substring built): entry k is WORDS[k] with weights WEIGHT_TABLE[5k..5k+4]. The hashes
 * index an open-addressed table (SLOTS holds k + 1, 0 for none; a taken slot passes to the next).
 */
const WORDS = [...WEIGHTS.keys()];
const WEIGHT_TABLE = Int32Array.from(WORDS.flatMap((w) => [...(WEIGHTS.get(w) as readonly number[])]));
const HASHES = Int32Array.from(WORDS, (word) => {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash;
});
const SLOT_MASK = (1 << Math.ceil(Math.log2(4 * WORDS.length))) - 1;
const SLOTS = new Int32Array(SLOT_MASK + 1);
HASHES.forEach((hash, k) => {
  let slot = hash & SLOT_MASK;
  while (SLOTS[slot] !== 0) slot = (slot + 1) & SLOT_MASK;
  SLOTS[slot] = k + 1;
});
/** Per entry, the call that last counted it: a word counts once per text. */
const counted = new Uint32Array(WORDS.length);
let call = 0;

/**
 * The score of each language over the words of a lower-cased, accent-folded text: runs of a–z
 * ("9am" and "err_cert" are no words), each word counted once however often it is repeated.
 */
export function scoreLanguages(text: string): LanguageScores {
  let en = 0;
  let de = 0;
  let es = 0;
  let fr = 0;
  let other = 0;
  call = call === 0xffffffff ? 1 : call + 1;
  if (call === 1) counted.fill(0);
  let start = -1;
  let letters = true;
  let hash = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const letter = c >= 97 && c <= 122;
    // "err_cert" is one token, "_navegador_" (Slack italics) a word between marks.
    const joiner = c === 95 && start >= 0 && i + 1 < text.length && isAlphanumeric(text.charCodeAt(i + 1));
    if (letter || (c >= 48 && c <= 57) || joiner) {
      if (start < 0) {
        start = i;
        letters = true;
        hash = 0;
      }
      if (!letter) letters = false;
      else hash = (Math.imul(hash, 31) + c) | 0;
      continue;
    }
    if (start < 0) continue;
    const from = start;
    start = -1;
    if (!letters) continue;
    const k = entryAt(text, from, i - from, hash);
    if (k < 0) {
      // "subidnos", "desbloquéenme", "arréglenlo": a Spanish imperative with its pronouns attached, in no list.
      if (i - from >= 7 && SPANISH_IMPERATIVE.test(text.slice(from, i))) es += 2;
      continue;
    }
    if (counted[k] === call) continue;
    counted[k] = call;
    en += WEIGHT_TABLE[5 * k] as number;
    de += WEIGHT_TABLE[5 * k + 1] as number;
    es += WEIGHT_TABLE[5 * k + 2] as number;
    fr += WEIGHT_TABLE[5 * k + 3] as number;
    other += WEIGHT_TABLE[5 * k + 4] as number;
  }
  return { en, de, es, fr, other };
}

/** A Spanish imperative with pronouns attached: "-ad/-ed/-id" + me/nos/lo/la, or "-en/-an" + me/nos (+ lo/la) or lo/la. */
const SPANISH_IMPERATIVE = /^[a-z]{3,}(?:[aei]d(?:me|nos|lo|la|los|las)|[ae]n(?:me|nos)(?:lo|la|los|las)?|[ae]n(?:lo|la|los|las))$/;

/** The entry of the word text[from, from + length) with letters hashing to `hash`, or -1. */
function entryAt(text: string, from: number, length: number, hash: number): number {
  for (let slot = hash & SLOT_MASK; SLOTS[slot] !== 0; slot = (slot + 1) & SLOT_MASK) {
    const k = (SLOTS[slot] as number) - 1;
    if (HASHES[k] !== hash) continue;
    const word = WORDS[k] as string;
    if (word.length === length && text.startsWith(word, from)) return k;
  }
  return -1;
}

function isAlphanumeric(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Every word of the lexicons above, of English and of the other languages: never "repaired" as a typo. */
export const LEXICON_WORDS: ReadonlySet<string> = new Set([...ENGLISH, ...LANGUAGES.flatMap((language) => [...LEXICON[language].keys()]), ...OTHER_LANGUAGES.map(([word]) => word)]);

/** The language the scores tell with confidence, if any. */
export function confidentLanguage(scores: LanguageScores): Locale | undefined {
  let best: Locale | undefined;
  let top = 0;
  let second = 0;
  for (const language of LANGUAGES) {
    const score = scores[language];
    if (score > top) [second, top, best] = [top, score, language];
    else if (score > second) second = score;
  }
  return top >= CONFIDENT_FROM && top >= 2 * second ? best : undefined;
}
