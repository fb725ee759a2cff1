import { RETRY_WORDS, WEAK_WORKS, WORKS } from './reply-lexicon.ts';
import type { AskedFactId } from './fact-values.ts';
import type { Segment } from './reply-segments.ts';

/**
 * Which clauses of a reply state nothing for certain about the reporter's present test:
 * - the past of a state ("it used to work", "the API worked this morning", "antes funcionaba",
 *   "ce matin l'api marchait", "letzte Woche ging der Browser noch"); a test run then ("tried at
 *   home last night and it worked", "it worked at home last night") still counts;
 * - a condition ("if I use incognito it works", "it would work if IT allowed it"): the clause and,
 *   when the clause opens with the condition, the one after it ("if I log out, it works");
 * - a comparison ("works better in incognito", "faster at home") or a habit ("I'm usually in the
 *   office", "normally home"; "mostly on the VPN", "I use the API a lot at work": how often, beside a place);
 * - someone else ("my colleague says it works at his home", "mi jefa dice que…"), except for the
 *   organisation's API calls, which are the team's to report ("the dev team says the API calls fail");
 * Words are English after the rewrite, plus the German, Spanish and French ones it leaves as they are;
 * - asked about another network, the same network ("on the same wifi it fails").
 */
export function mootSegments(segments: readonly Segment[], expecting?: AskedFactId): boolean[] {
  const moot = segments.map(() => false);
  let start = 0;
  for (let i = 0; i <= segments.length; i++) {
    const seg = segments[i];
    if (seg !== undefined && (i === 0 || seg.joiner !== 'sentence')) continue;
    // "worked in incognito this morning. not anymore": the next sentence opening on the present is its "but now".
    markSentence(segments, start, i, moot, expecting, seg !== undefined && seg.tokens.some((t) => PRESENT.has(t)));
    start = i;
  }
  return moot;
}

function markSentence(segments: readonly Segment[], from: number, to: number, moot: boolean[], expecting: AskedFactId | undefined, nowNext: boolean): void {
  // Most sentences hold no trigger word: one set lookup per token decides that.
  let any = false;
  for (let i = from; i < to && !any; i++) for (const t of (segments[i] as Segment).tokens) if (TRIGGERS.has(t)) any = true;
  if (!any) return;
  const sentence = segments.slice(from, to);
  const retry = hasAny(sentence, RETRY);
  const tried = hasAny(sentence, TRIED);
  // "my colleague tried it on the hotspot, works", "meine Kollegin hat Inkognito probiert, bei ihr geht es": after
  // their test, an outcome set off by a comma that names neither the reporter nor a place of its own is its result.
  const theirTest = hasAny(sentence, TEST_RUN);
  const theirResult = (j: number): boolean =>
    theirTest && segments[j]?.joiner === 'comma' && !(segments[j] as Segment).tokens.some((t) => SELF.has(t) || t === 'my' || PLACES_AND_TESTS.has(t));
  const reported = hasAny(sentence, SAYS);
  // "it worked in incognito yesterday but not today": beside the present, the past is no answer.
  const present = nowNext || hasAny(sentence, PRESENT);
  // "yesterday it started giving 500s": when the failure began.
  const started = hasAny(sentence, STARTED);
  // "chez moi sur ma box, ça marchait": a place or test named anywhere in the sentence tells a test run then.
  const named = hasAny(sentence, PLACES_AND_TESTS);
  // A condition in a report or a description ("if I open chatgpt.com I get a 500") says when it fails.
  const testAsked = expecting !== undefined && expecting !== 'surface' && expecting !== 'symptom';
  for (let i = from; i < to; i++) {
    const tokens = (segments[i] as Segment).tokens;
    // "not tried yet", "hab ich bisher nicht probiert": a test not run is the present, whatever the time said.
    if (tokens.includes('nottried')) continue;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k] as string;
      if (!TRIGGERS.has(token)) continue;
      const kind = token === 'samenet' ? (expecting === 'other_network' ? 'other' : undefined) : mootKind(tokens, token, k, retry);
      if (kind === undefined || (kind === 'condition' && !testAsked)) continue;
      // Asked whether the organisation's API calls work, what the dev team says is the answer.
      if (kind === 'others' && expecting === 'api_health') continue;
      // "an hour ago", "earlier": said only of a state the present then replaces ("failing an hour ago but fine now").
      if (kind === 'time' && (started || (!present && (RELATIVE_PAST.has(token) || !pastState(tokens, tried, named))))) continue;
      // "the windows app IT rolled out last month": when the thing was installed or handed out, not a past state.
      if (kind === 'time' && tokens.slice(0, k).some((t) => HANDED_OUT.has(t))) continue;
      moot[i] = true;
      // "I cleared my cache yesterday and that did nothing", "j'avais vidé le cache hier et ça n'avait rien changé":
      // what "and" joins to a clause about then, naming no test, place or present of its own, is about then too.
      if ((kind === 'time' || kind === 'past') && i + 1 < to && segments[i + 1]?.joiner === 'and' && !(segments[i + 1] as Segment).tokens.some((t) => PLACES_AND_TESTS.has(t) || PRESENT.has(t) || t === 'nottried')) moot[i + 1] = true;
      // "if I use the hotspot it might work, didn't test tho": a test not run after the condition is the present.
      if (kind === 'condition' && k === 0 && i + 1 < to && !(segments[i + 1] as Segment).tokens.includes('nottried')) moot[i + 1] = true;
      // "on my colleague's PC, same wifi, and it works for her": what follows the same network in its sentence is
      // still on it, until a clause names a place of its own ("same wifi fails, on the hotspot it works") or says
      // no other was tried ("misma wifi, no he cambiado de red").
      if (token === 'samenet') for (let j = i + 1; j < to && !(segments[j] as Segment).tokens.some((t) => PLACES.has(t) || t === 'nottried'); j++) moot[j] = true;
      // "my teammate tried his hotspot and it loaded": what follows "and" is still their story.
      // "my colleague says, in incognito it works": with a word of saying, the sentence is their report.
      // "my colleague and I get 500": the reporter is in it too.
      if (kind === 'others' && segments[i + 1]?.joiner === 'and' && SELF.has(segments[i + 1]?.tokens[0] ?? '')) {
        moot[i] = false;
        continue;
      }
      for (let j = i + 1; kind === 'others' && j < to && (reported || segments[j]?.joiner === 'and' || theirResult(j)); j++) moot[j] = true;
    }
  }
}

type Kind = 'past' | 'time' | 'condition' | 'others' | 'other';

const PAST = new Set(['pastok', 'moot', 'previously', 'formerly', 'until', 'till', 'solia', 'solian', 'era', 'eran', 'avant', 'auparavant', 'autrefois', 'etait', 'etaient', 'etais', 'damals']);
const TIMES = new Set(['imperfect', 'ago', 'earlier', 'yesterday', 'gestern', 'vorhin', 'ayer', 'hier', 'anoche', 'pasada', 'derniere', 'fruh', 'vorher', 'fruher', 'frueher', 'antes']);
/** Times counted back from now, a past only beside the present ("an hour ago … now"). */
const RELATIVE_PAST = new Set(['ago', 'earlier']);
const CONDITIONS = new Set(['if', 'unless', 'wenn', 'falls', 'sofern']);
const COMPARISONS = new Set(['better', 'worse', 'faster', 'slower', 'quicker', 'besser', 'schlechter', 'schneller', 'langsamer', 'mejor', 'peor', 'mieux', 'pire']);
const HABITS = new Set(['usually', 'normally', 'typically', 'generally', 'normalerweise', 'meistens', 'normalmente', 'generalmente', 'normalement', 'generalement', 'habitude']);
const HYPOTHETICAL = new Set(['would', 'should', 'might', 'podria', 'deberia', 'pourrait', 'devrait', 'wurde', 'ware', 'konnte', 'sollte', 'musste', 'muesste']);
/** Hypotheticals in German, Spanish and French, whose verb is not next to them. */
const FOREIGN_HYPOTHETICAL = new Set(['podria', 'deberia', 'pourrait', 'devrait', 'wurde', 'ware', 'sollte', 'musste', 'muesste']);
const STARTED = new Set(['started', 'starting', 'start', 'starts', 'began', 'begun', 'begins', 'angefangen', 'begonnen', 'empezo', 'empezaron', 'comenzo', 'commence', 'debut']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi']);
const SELF = new Set(['i', 'me', 'we', 'myself', 'yo', 'moi', 'je', 'ich']);
const PRESENT = new Set(['today', 'now', 'anymore', 'heute', 'jetzt', 'hoy', 'ahora', 'maintenant', 'aujourd']);
/** Reporting words: what follows is someone's account ("mein Kollege sagt, …"). */
const SAYS = new Set(['says', 'said', 'say', 'told', 'tells', 'claims', 'asked', 'gefragt', 'sagt', 'sagte', 'meint', 'meinte', 'dice', 'dijo', 'comenta', 'dicen', 'dit', 'disait', 'affirme', 'pense', 'disent', 'sagen', 'according', 'segun', 'laut']);
const OTHERS = new Set(
  `colleague colleagues coworker coworkers teammate teammates boss manager friend friends wife husband he she his him
   kollege kollegin kollegen chef chefin ihm seinem seiner der companero companera companeros colega colegas jefe jefa
   collegue collegues voisin voisine patron lui
   intern interns partner girlfriend boyfriend roommate flatmate femme mari stagiaire stagiaires pote potes copain copine cheffe
   frau mann praktikant praktikantin freundin partnerin mujer marido esposa esposo becario becaria novia novio`.split(/\s+/),
);
/** Words before a comparison that make it a plain outcome ("no better", "pas mieux"). */
const NEGATING = new Set(['no', 'not', 'nothing', 'any', 'none', 'nicht', 'kein', 'pas', 'ni', 'nada']);
/** Conditions and habits of retrying are the answer to the retries question ("works if I refresh", "retries usually succeed"). */
const RETRY = new Set([...RETRY_WORDS, 'refresh', 'refreshing', 'refreshed', 'reload', 'reloading', 'reloaded', 'again', 'tries']);
/** A test done ("tried at home yesterday and it worked"): a past time says when it was run. */
const TRIED = new Set(['tried', 'tested', 'checked']);
/** A test run, also in the German, Spanish and French participles the rewrite leaves ("probiert", "probó", "essayé"). */
const TEST_RUN = new Set([...TRIED, 'probiert', 'ausprobiert', 'getestet', 'versucht', 'probo', 'probaron', 'probado', 'essaye', 'teste']);
/** Verbs of installing or handing out a thing: a time after them says when it came ("rolled out last month"). */
const HANDED_OUT = new Set(['rolled', 'installed', 'deployed', 'distributed', 'issued', 'bought', 'purchased', 'received', 'introduced', 'provided']);
/** "since this morning", "seit gestern": when the failure began, which is the present. */
const SINCE = new Set(['sincetime', 'seit', 'desde', 'depuis', 'from']);
/** A state in the past rather than a test run then: "was", "used to", the imperfect, "noch" (still, then). */
const STATE = new Set(['was', 'were', 'used', 'imperfect', 'noch', 'war', 'waren', 'still', 'did']);
const HYPOTHETICAL_OUTCOME = /^(?:work|works|fail|be|help|load|go|run|do|fix|solve)$/;
const INTENSIFIERS = new Set(['quite', 'totally', 'completely', 'perfectly', 'just', 'ganz', 'vollig', 'voellig', 'total', 'tout', 'totalement', 'completamente', 'totalmente']);
/** A manner, not a habit: "loads normally", "running normally". */
const MANNER = new Set([...WORKS, ...WEAK_WORKS, 'running', 'runs', 'run', 'goes', 'going', 'behaves', 'marche', 'fonctionne', 'funciona', 'lauft', 'laeuft', 'geht']);

function mootKind(tokens: readonly string[], token: string, k: number, retry: boolean): Kind | undefined {
  const before = tokens[k - 1] ?? '';
  const next = tokens[k + 1] ?? '';
  if (token === 'used') return next === 'to' ? 'past' : undefined;
  if (token === 'before') return next !== 'you' && before !== 'as' && before !== 'than' ? 'past' : undefined;
  if (PAST.has(token)) return 'past';
  if (TIMES.has(token) || (token === 'last' && /^(?:week|month|year|night|time|friday|monday|tuesday|wednesday|thursday|saturday|sunday)$/.test(next))) {
    return SINCE.has(before) || SINCE.has(tokens[k - 2] ?? '') ? undefined : 'time';
  }
  if ((token === 'morning' && (before === 'this' || (before === 'the' && tokens[k - 2] === 'in' && tokens.slice(0, k).some((t) => STATE.has(t))))) || (token === 'heute' && (next === 'fruh' || next === 'morgen'))) {
    // "since this morning", "seit heute früh": when it began, not a time in the past.
    return SINCE.has(tokens[k - 2] ?? '') || (token === 'heute' && SINCE.has(before)) ? undefined : 'time';
  }
  // "incognito was ok on Monday": a day named is a time in the past.
  if (WEEKDAYS.has(token) && (before === 'on' || before === 'last' || before === 'am' || before === 'el' || before === 'lundi')) return SINCE.has(before) ? undefined : 'time';
  if ((token === 'letzte' || token === 'letzten') && /^(?:woche|mal|nacht|monat|jahr|tage|freitag|montag)$/.test(next)) return 'time';
  if (CONDITIONS.has(token)) return retry ? undefined : 'condition';
  if (HYPOTHETICAL.has(token)) {
    const target = next === 'probably' || next === 'maybe' || next === 'definitely' ? (tokens[k + 2] ?? '') : next;
    return HYPOTHETICAL_OUTCOME.test(target) || token === 'might' || FOREIGN_HYPOTHETICAL.has(token) ? 'other' : undefined;
  }
  if (COMPARISONS.has(token)) return NEGATING.has(before) ? undefined : 'other';
  if (token === 'than') return before === 'more' || before === 'less' || before === 'other' || before === 'rather' ? undefined : 'other';
  // "loads normally", "lädt ganz normal", "works totally normally": a manner, not a habit.
  if (HABITS.has(token)) return retry || MANNER.has(before) || MANNER.has(verbBefore(tokens, k)) ? undefined : 'other';
  // "ich hänge meistens im VPN", "I use the API a lot at work": how often, said of a place, is a habit.
  if (PLACE_HABITS.has(token) && (token !== 'lot' || before === 'a')) return !retry && tokens.some((t) => PLACES.has(t)) ? 'other' : undefined;
  if (token === 'think') return next === 'so' ? undefined : 'other';
  if (OTHERS.has(token)) return 'others';
  return undefined;
}

/** The word before position k, past intensifiers and "it" ("works it ganz normally" gives "works"). */
function verbBefore(tokens: readonly string[], k: number): string {
  let j = k - 1;
  while (j >= 0 && (INTENSIFIERS.has(tokens[j] as string) || tokens[j] === 'it')) j--;
  return tokens[j] ?? '';
}

/** A past time makes the clause moot when it speaks of a state then, not of a test run then. */
function pastState(tokens: readonly string[], tried: boolean, named: boolean): boolean {
  if (tried) return false;
  // "desde mi casa anoche sí funcionaba": with a place or a test named, the imperfect tells a test run then.
  return !named || tokens.some((t) => STATE.has(t) && t !== 'imperfect');
}

/** Frequency words that make a habit only beside a place ("mostly 503" says which error). */
const PLACE_HABITS = new Set(['mostly', 'often', 'frequently', 'lot', 'souvent', 'beaucoup', 'seguido', 'menudo', 'mucho', 'viel']);
const PLACES = new Set(['home', 'office', 'vpn', 'hotspot', 'mobiledata', 'altnet']);

const PLACES_AND_TESTS = new Set(['home', 'hotspot', 'office', 'vpn', 'mobiledata', 'altnet', 'incognito', 'cleanprofile', 'private']);

/** Every word mootKind may act on (or samenet). */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...PAST, ...TIMES, ...CONDITIONS, ...COMPARISONS, ...HABITS, ...PLACE_HABITS, ...HYPOTHETICAL, ...OTHERS,
  'used', 'before', 'last', 'morning', 'heute', 'letzte', 'letzten', 'than', 'think', 'samenet', ...WEEKDAYS,
]);

/** Some token of the sentence is one of `words`. */
function hasAny(sentence: readonly Segment[], words: ReadonlySet<string>): boolean {
  return sentence.some((s) => s.tokens.some((t) => words.has(t)));
}
