import { API_SYMPTOMS, type AskedFactId, type Facts } from './fact-values.ts';
import { replyContext } from './reply-context.ts';
import { extractReplyDetails } from './reply-details.ts';
import { ACK_OR_FILLER, HEDGES, NETWORK_TOKENS, NO, YES } from './reply-lexicon.ts';
import { confidentLanguage } from './reply-language.ts';
import { KNOWN, readReplyText } from './reply-normalize.ts';
import { ordinalChoice } from './reply-ordinal-choice.ts';
import { readSegment, type SegmentReading } from './reply-read-segment.ts';
import { resolveNetwork } from './reply-resolve-network.ts';
import { resolveRetries, RETRY_STEM } from './reply-resolve-retries.ts';
import { resolveSurface } from './reply-resolve-surface.ts';
import { resolveSymptom } from './reply-resolve-symptom.ts';
import { resolveTests } from './reply-resolve-tests.ts';
import { splitSegments, type Segment } from './reply-segments.ts';
import { mootSegments } from './reply-moot.ts';
import type { Locale } from '../messages/locale.ts';
import type { Details } from './types.ts';

export interface ReplyReading {
  /** False when nothing in the reply could be mapped with confidence; `facts` is then empty. */
  understood: boolean;
  /** Only the facts this reply states that differ from the known ones (never an echo of the input). */
  facts: Facts;
  /** Free details found in the reply (browser, request ids, site...), even when not understood. */
  details: Details;
  /** The supported language the reply is written in, when its words tell it with confidence. */
  language?: Locale;
  /**
   * The reply asks back about the question ("what's incognito?", "how do I do that?", "c'est quoi
   * le mode privé ?"): it answers nothing by itself, and the caller can show how to run the test.
   */
  questionBack?: true;
  /**
   * The reply is written in a language the parser does not read (Portuguese, Italian, Dutch): it
   * answers nothing, and the caller can say which languages it reads.
   */
  otherLanguage?: true;
}

/** A clear word of a language the parser does not read (reply-language.ts, `other`). */
const OTHER_LANGUAGE_FROM = 3;

/**
 * Maps a person's free-text reply onto the asked facts of triage-spec.md. `expecting` is the fact
 * the bot just asked (a bare "yes"/"no" answers it); `facts` are those known so far, used as
 * context ("500" means api_500 when the surface is the API). The reply may state other facts too
 * ("web, 500, and incognito works too"); every fact it states is read, and a fact said two
 * different ways is left out. Nothing is guessed: hedges ("maybe", "kinda"), contradictions and
 * "idk" (a valid answer only for api_health) leave the fact unclear. Pure: no I/O.
 *
 * Calls where the spec is silent:
 * - "no, it works": words beat a bare yes/no (works); "yes, same error" is fails.
 * - "can't, IT blocked it", "will try later", "I don't know how": not_tried (for api_health: unknown).
 * - A question back ("how do I do that?", "what's incognito?", "is the API down?") states nothing; the
 *   reading says so (`questionBack`). A request ("can you just fix it", "please fix") states nothing.
 * - A clear answer ending in "?" ("works in incognito?", "I think so?") is an answer; "maybe",
 *   "probably", "I guess", and "I think ...?" are not.
 * - German, Spanish and French are rewritten into English words first (reply-foreign.ts); the
 *   reading names the reply's language when its words tell it with confidence (`language`).
 * - 503 (and 502, 429...) on web/desktop/mobile is `other`; a bare 503 with no surface known is unclear;
 *   a 429 / "rate limit" / "quota" with no surface known is api_429 and surface api.
 * - "works in firefox" when asked about a private window is unclear (another browser is not that test).
 * - "zscaler" alone says no place (it runs in offices and at home alike); VPN wins over the place it runs from.
 * - A fact the reply repeats with the value already known is left out (only changes are returned).
 * - A bare "yes"/"no" answers only the yes/no questions (clean_browser, other_network, api_health, web_works,
 *   and retries: "Do retries eventually succeed?", yes = intermittent).
 * - A whole reply that picks a choice by its place ("the first one", "option 2") takes that choice.
 * - A self-correction ("no wait", "no actually", "ich meinte", "mejor dicho", "je voulais dire") takes
 *   back what came before it; "500? no, 429" takes back the value said back with "?".
 * - "It depends", a reply that opens with doubt alone ("kinda? ..."), and a request beside a bare
 *   complaint ("please fix, prod is down") answer nothing.
 * - What the team says of the organisation's API calls answers api_health ("the dev team says they fail").
 */
export function parseReply(text: string, options: { expecting?: AskedFactId; facts?: Facts }): ReplyReading {
  const details = extractReplyDetails(text);
  const known = options.facts ?? {};
  const read = readReplyText(text);
  const scores = read.scores;
  const tokens = withShrugRead(afterLastCorrection(read.tokens));
  if (tokens.every((t) => t === '.' || t === ',' || ACK_OR_FILLER.has(t))) return { understood: false, facts: {}, details };
  // "não, não funciona", "non lo so", "nao, no 4G tb falha": a reply in a language the parser does not
  // read (as many of its words as of any supported language's) is not read word by word through a
  // near one ("não" is no word it knows, "non" is French, "no 4G" is "on 4G"); it answers nothing.
  if (scores.other >= OTHER_LANGUAGE_FROM && scores.other >= Math.max(scores.en, scores.de, scores.es, scores.fr)) return { understood: false, facts: {}, details, otherLanguage: true };
  const language = confidentLanguage(scores);
  const told = language === undefined ? {} : { language };
  // Doubt about what the reply says ("I want to say 403 but not 100%", "500? or 503?", "no lo juraría",
  // "schwer zu sagen") and a question back that asks the bot to decide ("does the guest wifi count as
  // office", "should I try it in edge or chrome", "ça compte comme bureau ?") state nothing: asked again.
  if (tokens.includes('askback')) return { understood: false, facts: {}, details, ...told, questionBack: true };
  // "didn't really check properly", "pas bien testé": a test run only in part is doubt, not "not tried".
  if (tokens.includes('doubtx') || tokens.some((t, i) => t === 'nottried' && triedInPart(tokens, i))) return { understood: false, facts: {}, details, ...told };

  // "Kartoffel blau Montag ja ja.": a yes or a no after only words the parser does not know (three or more)
  // answers nothing.
  if (yesOrNoAfterUnknownWords(tokens)) return { understood: false, facts: {}, details, ...told };
  const chosen = ordinalChoice(text, options.expecting, known);
  if (chosen !== undefined && options.expecting !== undefined) {
    const facts = withoutKnown({ [options.expecting]: chosen } as Facts, known);
    return { understood: Object.keys(facts).length > 0, facts, details, ...told };
  }

  const ctx = replyContext(options.expecting, known);
  // "500? no, 429": a value said back with "?" and then denied is taken back.
  const segments = splitSegments(tokens).filter((s, i, all) => !(s.tentative && DENIALS.has(wordAfter(all, i))));
  // "kinda? it loaded once then 500 again": a reply that opens with doubt alone is no answer.
  const opening = segments[0]?.tokens ?? [];
  // "not sure, either the guest wifi or the VPN": nor does one that opens by not knowing (unless "don't know" is the answer).
  const doubts = (t: string): boolean => HEDGES.has(t) || (t === 'idk' && options.expecting !== 'api_health');
  if (segments.length > 1 && opening.some(doubts) && opening.every((t) => doubts(t) || ACK_OR_FILLER.has(t))) {
    return { understood: false, facts: {}, details, ...told };
  }
  // A question back ("what's incognito?", "how do I do that", "is the API down?") and a request
  // ("can you just fix it", "please fix") state nothing; "no I didn't, how do I open one?" still
  // answers in its other clause. A clear statement ending in "?" ("works in incognito?") is an answer.
  // It is flagged as a question back when it asks how or what ("how do I do that", "what's
  // incognito?") or asks about a test's topic ("is the API down?"); a bare "what?" is not.
  // "vpn, not sure", "la maison ? pas sûr", "vpn, no estoy seguro si …": doubt said after the answer takes it back
  // (for api_health, "not sure" is itself the answer).
  // "… c'était la semaine dernière, avant le problème peut-être": a reply that ends on "maybe" ends in doubt.
  const lastWord = tokens.filter((t) => !MARK_TOKENS.has(t)).at(-1) ?? '';
  if (options.expecting !== 'api_health' && segments.length > 1 && (isTrailingDoubt(segments[segments.length - 1]?.tokens ?? []) || TRAILING_MAYBE.has(lastWord))) {
    return { understood: false, facts: {}, details, ...told };
  }
  // "Can someone come to my desk? Room 2.14, Registry Office", "please can you just reset my access, it says 403":
  // a reply that asks IT for something (a request, or a question asking someone to act) answers nothing.
  // "pouvez-vous débloquer mon compte, j'ai Access denied": a question by inversion (askact) asks, "?" or not.
  if (segments.some((s, i) => (asksFavour(s.tokens) || s.tokens.includes('request')) && sentenceAsks(segments, i)) || opensWithRequest(opening) || opensAskingFavour(tokens) || tokens.includes('askact')) return { understood: false, facts: {}, details, ...told };
  let questionBack = false;
  // The past, a condition, a comparison or a habit ("it used to work at home", "if I log out it
  // works", "works better in incognito") states nothing for certain: the sentence is not read.
  const moot = mootSegments(segments, options.expecting);
  const requested = requestClauses(segments);
  // "what do you mean another network, like my home one?": a guess offered inside a question back asks too.
  const asksOn = askingSentences(segments);
  const readings = segments.map((s, i) => {
    const asks = s.question || s.tokens.includes('askhow') || asksOn[i] === true;
    if (asks && (s.tokens.includes('askhow') || isForeign(readSegment(s.tokens)))) questionBack = true;
    const reading = readSegment(asks || moot[i] === true || requested[i] === true || s.tokens.includes('request') ? [] : s.tokens);
    if (s.tentative && s.tokens.includes('softhedge')) reading.hedge = true;
    // "sometimes?": how often, said with doubt.
    if (s.tentative && reading.intermittent) reading.hedge = true;
    return reading;
  });
  // "think it's a 403? yeah pretty sure 403": a lean asked back, then said again with confidence, is the answer.
  if (segments.some((s) => s.tentative)) readings.forEach((r, i) => {
    if (!(segments[i] as (typeof segments)[number]).tentative || !r.hedge || r.codes.length === 0) return;
    if (readings.slice(i + 1).some((later, k) => !(segments[i + 1 + k] as (typeof segments)[number]).tentative && !later.hedge && !later.unknown && later.codes.length > 0 && later.codes.every((c) => r.codes.includes(c)))) readings[i] = readSegment([]);
  });
  // "let me check... ok yes it works": a promise to check is no answer once what was found follows.
  readings.forEach((r, i) => {
    if (!r.notTried || !(segments[i] as (typeof segments)[number]).tokens.includes('willtry')) return;
    if (readings.slice(i + 1).some((later) => later.polarity !== null || later.answer !== null)) readings[i] = readSegment([]);
  });
  // "it depends (on the model)": the whole reply is conditional, and answers nothing.
  if (tokens.includes('depends')) for (const r of readings) r.hedge = true;
  // A request ("please fix it, prod is down") says what the person wants: a bare outcome beside it
  // is the complaint, not an answer; a clause naming a test or an error still counts.
  const requests = tokens.includes('request') || requested.includes(true);
  if (requests || tokens.includes('askhow') || segments.some((s) => s.question)) readings.forEach((r, i) => {
    if (isBareOutcome(r)) readings[i] = readSegment([]);
  });
  // "pls just open a ticket, no time to test", "vous pouvez me la débloquer ?", "tu peux demander ? moi jsp": beside a
  // request, not having tested or not knowing is the reason for asking, no answer.
  // "how do I check that? I have no access to the API": beside a question back, having no use of it is the reason too.
  // "how do I turn on a hotspot? never done it": said after the question back, not having done it is why the person asks
  // ("no I didn't, how do I open one?" answers before asking).
  const askedAt = tokens.includes('askhow') ? segments.findIndex((s) => s.tokens.includes('askhow')) : -1;
  if (requests || askedAt >= 0) readings.forEach((r, i) => {
    if ((requests ? r.notTried || r.unknown : r.noUse || (r.notTried && i > askedAt)) && r.polarity === null) readings[i] = readSegment([]);
  });
  // "500 in chrome, not in incognito": after a failure, a bare "not in incognito" may say the error
  // is not there (works) or that incognito does not help (fails); it is not read. "not in incognito
  // either" stays a failure.
  readings.forEach((r, i) => {
    if (!r.cleanBrowserNegated || r.cleanBrowser || r.additive || i === 0) return;
    const bare = (segments[i] as (typeof segments)[number]).tokens.every((t) => BARE_NEGATED_TOPIC.has(t));
    if (bare && readings.slice(0, i).some((p) => p.polarity === 'fails')) readings[i] = readSegment([]);
  });

  // "yes the other calls work, only the big batch job dies with a 500", "everything else in the org is fine, it's only my
  // script getting 429s": asked about the organisation's calls, the one thing said alone to fail is the reporter's own
  // failure, not their calls (its error still tells the symptom).
  if (options.expecting === 'api_health' || tokens.includes('orgcalls')) readings.forEach((r, i) => {
    if ((r.polarity === 'fails' || r.codes.length > 0) && ownFailureOnly((segments[i] as (typeof segments)[number]).tokens)) readings[i] = { ...r, polarity: null, answer: null, api: false, codeOnly: false };
  });

  const surfaceReading = resolveSurface(readings, ctx);
  let surface = surfaceReading.surface;
  // A private window implies the web (confirmed below once a web error is read): the API is then the control.
  const tentative = surface ?? known.surface ?? (surfaceReading.impliedWeb ? 'web' : undefined);
  // "other api calls from our team are fine btw", "las otras llamadas de la org también fallan", "die anderen API-Calls
  // gehen auch nicht": the organisation's other calls are the api_health test whatever the surface; "the rest of the org",
  // "el resto de la org" only when the API is where it fails.
  const org = tokens.includes('orgcalls') || tokens.includes('orgrest');
  const apiTopic = readings.map((r, i) => isApiHealthClause(r, ctx.apiMode, tentative, options.expecting) || (org && isOrgCallsClause(segments[i]?.tokens ?? [], tentative)));
  // A web clause says how the web fares, not the symptom; unless no symptom is known and it says the
  // same error again ("im Chrome kommt auch 500": the 500 is the symptom too). A failure said as a verb
  // ("the browser doesn't load either") names no error.
  const skip = readings.map((r, i) => ((surfaceReading.webTopic[i] ?? false) && !(known.symptom === undefined && r.additive && (r.codes.length > 0 || r.symptoms.some((t) => t !== 'othererr' && t !== 'timeout')))) || (apiTopic[i] ?? false));
  // Asked about the API as a control, a status code is the API's ("nope, 500s there as well"), not the symptom;
  // one said of the browser with no symptom known is the symptom ("API works, only the browser shows the 500").
  // When the failing surface is the API itself and no symptom is known, the code the org's calls get is the symptom
  // too ("no, the other services get 503s as well").
  const apiFails = (surface ?? known.surface) === 'api' && known.symptom === undefined;
  const symptom = resolveSymptom(readings, ctx, surface ?? known.surface, options.expecting === 'api_health' ? readings.map((r) => known.symptom !== undefined || !(isBrowserError(r) || (apiFails && r.codes.length > 0))) : skip);
  if (symptom.impliesApi && surface === undefined) surface = 'api';
  const webSymptom = symptom.symptom !== undefined && !(API_SYMPTOMS as readonly string[]).includes(symptom.symptom);
  if (surfaceReading.impliedWeb && surface === undefined && webSymptom) surface = 'web';

  // Asked a question a yes or a no does not answer (which surface, which error, which network), "yeah I'm on the VPN"
  // is no outcome of a test on the VPN.
  const yesNoAsked = options.expecting === undefined || !OPEN_QUESTIONS.has(options.expecting);
  const network = resolveNetwork(readings, segments, ctx, yesNoAsked ? polarityOf : saidPolarity);
  const tests = resolveTests(
    {
      segments,
      readings,
      topics: {
        // "he tried incognito and it works": another person's test is not the reporter's.
        clean_browser: readings.map((r) => (r.cleanBrowser || r.cleanBrowserNegated) && !r.otherPeople),
        other_network: network.otherTopic,
        api_health: apiTopic,
        web_works: surfaceReading.webTopic,
      },
      forced: {
        other_network: network.otherOutcome,
        api_health: readings.map((r) => (options.expecting === 'api_health' && (r.apiNegated || r.noUse) && !r.api ? 'unknown' : undefined)),
      },
      // "solo a mí me da 503", "nur bei mir kommt 503": the reporter's own failure answers no test.
      foreign: readings.map((r, i) => isForeign(r) || (segments[i]?.tokens.includes('onlyme') ?? false)),
    },
    ctx,
  );
  // "what do you mean by retries, should I just run it again?": a question back says nothing of them.
  // "it is 500, every time", "a 429 each time I open it": unasked, how often the error shows is not how retries fare
  // ("500 on every call" and "retrying fails every time" are, and so is "every time" in a reply that speaks of retrying).
  // Asked, "it gets through after 3-4 attempts, it's a 429 every time": once a retry is said to succeed, the error
  // shown every time is how often it shows, not how the retries fare.
  // Asked which error, "es ist eigentlich durchgehend 500" says how often it shows, not how retries fare ("on every
  // call" still says the calls, retried or not, fail).
  const retrySkip = retriesSkipped(readings, segments, skip, options.expecting, tokens, text);
  const retries = options.expecting === 'retries' && tokens.includes('askhow') ? undefined : resolveRetries(readings, ctx, surface ?? known.surface, retrySkip, text);

  const stated: Facts = { ...tests };
  if (surface !== undefined) stated.surface = surface;
  // "timeout, no code" is a clearly described error that is none of the listed ones: api_other.
  if (symptom.symptom !== undefined) stated.symptom = symptom.symptom;
  // "office, or the VPN was still on", "au bureau ou alors le VPN": two places offered as alternatives name none.
  // "mostly at the office, sometimes from home": places said with how often name no one place where it fails.
  if (network.network !== undefined && !offersTwoPlaces(tokens) && !placesByFrequency(segments)) stated.network = network.network;
  // Asked where it fails, a place named is the answer; "no wifi around here" is no other-network test.
  // A second network named and said to fail too ("home; tried the hotspot too, same") is that test;
  // "without the VPN I can't reach anything" names none.
  if (options.expecting === 'network' && network.network !== undefined && stated.other_network !== 'works' && !(stated.other_network === 'fails' && namesFailingSecond(network.otherTopic, readings)) && !(stated.other_network === 'not_tried' && saysSecondNetworkNotTried(tokens, readings, network.network))) delete stated.other_network;
  if (options.expecting === 'other_network' && (stated.other_network === 'works' || stated.other_network === 'fails') && testsNoOtherNetwork(readings, segments, tokens, ctxNetwork(known))) delete stated.other_network;
  // On mobile data, "no wifi here" says only where the person is, whatever was asked.
  if (options.expecting !== 'other_network' && stated.network === 'mobile_data' && stated.other_network === 'not_tried' && !tokens.includes('hotspot')) delete stated.other_network;
  // "didn't try the hotspot, but turning the VPN off fixed it": what follows "but" is the other network tried.
  if (options.expecting === 'other_network' && stated.other_network === 'not_tried' && readings.some((r, i) => i > 0 && segments[i]?.joiner === 'contrast' && r.networksNegated.includes('vpn') && r.networks.length === 0 && !r.selfLocation && !r.notTried && polarityOf(r) === 'works')) stated.other_network = 'works';
  // Asked which surface, "not in the browser, the app" names the surface; it is no web test.
  if (options.expecting === 'surface' && stated.web_works === 'fails') delete stated.web_works;
  if (retries !== undefined) stated.retries = retries;
  // Asked about a browser on the same network, "on the same home wifi", "con los mismos datos" names that network; so it
  // does beside another question ("Safari on the same office wifi opens it": the same network is no other network).
  if ((options.expecting === 'web_works' || (options.expecting !== 'other_network' && stated.other_network !== undefined)) && stated.network === undefined && stated.web_works !== undefined) {
    const at = tokens.indexOf('samenet');
    const place = at < 0 ? undefined : PLACE_VALUES.get(tokens[at + 1] ?? '');
    if (place !== undefined) {
      stated.network = place;
      delete stated.other_network;
    }
  }
  // Asked about the network, a phone named without its app ("tethered via my phone", "no data on my phone") is the
  // connection, not the surface ChatGPT fails on.
  if ((options.expecting === 'network' || options.expecting === 'other_network') && stated.surface === 'mobile' && !readings.some((r) => r.app)) delete stated.surface;
  // ChatGPT inside another product ("inside Teams, the ChatGPT tab") names none of the four surfaces.
  if (options.expecting === 'surface' && tokens.some((t, i) => t === 'hostapp' && tokens[i - 1] !== 'not' && tokens[i - 1] !== 'no')) delete stated.surface;
  // Asked which surface, not knowing ("app? or browser, no idea what IT installed") names none.
  if (options.expecting === 'surface' && readings.some((r) => r.unknown && r.networks.length === 0 && !r.cleanBrowser)) delete stated.surface;
  // Asked about a browser on the same network, another device or a browser somewhere else ("works on my laptop at home",
  // "in Safari on 4G yes") is another test.
  if (options.expecting === 'web_works' && readings.some((r) => (r.desktopDevice || r.mobileDevice || r.browser) && r.networks.length > 0)) {
    delete stated.other_network;
    // "the web version worked from my home pc": a browser on another device at another place is no answer either.
    if (readings.some((r) => r.desktopDevice && r.networks.some((n) => n !== ctxNetwork(known)))) delete stated.web_works;
    // "I only tried the browser on my home PC, that's a different network", "en el navegador de mi casa (sí); aquí, en
    // la misma red, no": the place of that other test is not where the failure happens, and the test is not this one.
    // "le site je l'ai essayé à la maison hier soir et ça marchait": a browser tried back then at a place other than the
    // one known (none is known yet) is a test elsewhere, not the browser on the same network; the place is where it ran.
    if (!tokens.includes('samenet') && tokens.some((t) => TEST_THEN.has(t)) && readings.some((r) => r.browser && !r.selfLocation && r.networks.some((n) => n !== 'altnet' && n !== 'hotspot' && n !== ctxNetwork(known)))) {
      delete stated.web_works;
      delete stated.network;
    }
    const placed = readings.filter((r) => r.networks.some((n) => n !== 'altnet' && n !== 'hotspot'));
    if (!tokens.includes('samenet') || tokens.includes('altnet')) {
      if (placed.every((r) => r.desktopDevice || r.mobileDevice)) delete stated.network;
    }
    else if (readings.some((r, i) => r.browser && r.networks.length > 0 && !(segments[i]?.tokens.includes('samenet') ?? false))) {
      delete stated.web_works;
      delete stated.network;
    }
  }
  // Asked about a browser on the same network, a second network named ("only on the guest wifi") is another test.
  // Not tried, or one device on a cable and the other on Wi-Fi, is no answer either (web_works is works or fails).
  // "Lo probé en el navegador pero con los datos del celular": mobile data, when it is not the network known nor said the same, is a second one too.
  // "Am Handy im Browser geht's, aber da bin ich im Mobilfunk": where the person is "there", for that test, is no place of the failure.
  const there = (i: number): boolean => segments[i]?.tokens.some((t) => t === 'there' || t === 'alla' || t === 'la-bas') ?? false;
  const dataElsewhere = options.expecting === 'web_works' && known.network !== 'mobile_data' && !tokens.includes('samenet') && !tokens.includes('samedevice') && readings.some((r) => r.browser) && readings.some((r, i) => r.networks.includes('mobiledata') && (!r.selfLocation || there(i)) && !r.app);
  if (options.expecting === 'web_works' && (tokens.some((t) => t === 'altnet' || t === 'hotspot') || dataElsewhere || readings.some((r) => r.notTried) || (tokens.some((t) => WIRED.has(t)) && tokens.some((t) => WIRELESS.has(t))))) delete stated.web_works;
  if (options.expecting === 'web_works' && dataElsewhere) {
    delete stated.other_network;
    if (stated.network === 'mobile_data') delete stated.network;
  }
  // Another person's device ("sur le laptop de mon collègue ça marche"), or one on its own connection ("on my colleague's
  // phone it works, but he is on data"), tells nothing of the reporter's own: neither the same network nor theirs.
  if (options.expecting === 'web_works' && (tokens.includes('borrowed') || (readings.some((r) => r.otherPeople) && readings.some((r) => r.networks.length > 0)))) {
    delete stated.web_works;
    delete stated.network;
  }
  // "yes, but only in Firefox (Chrome shows the error)": ChatGPT works in a browser, that one.
  if (options.expecting === 'web_works' && readings.some((r) => r.answer === 'yes') && segments.some((s, i) => s.tokens[0] === 'only' && s.tokens.some((t) => BROWSER_NAMES.has(t)) && readings[i]?.polarity === null)) stated.web_works = 'works';
  // Asked about a private window, a browser named without it ("it used to work in Chrome, since yesterday not")
  // is the normal window: no answer, unless the test could not be run.
  if (options.expecting === 'clean_browser' && stated.clean_browser !== 'not_tried' && namesBrowserOnly(tokens)) delete stated.clean_browser;
  // Another AI product, model or tool ("Azure OpenAI is green", "in the VS Code plugin it works") answers nothing
  // of ChatGPT's surfaces, errors, calls or retries.
  if (tokens.includes('otherproduct') && options.expecting !== undefined && OTHER_PRODUCT_MOOT.has(options.expecting)) {
    delete stated[options.expecting];
    delete stated.surface;
  }
  // The organisation's calls to another provider's deployment ("our Azure OpenAI deployment works") are not its OpenAI calls.
  if (tokens.includes('otherapi') && (options.expecting === 'api_health' || options.expecting === 'retries')) delete stated[options.expecting];
  // A place someone else owns ("at a customer's office, on their guest wifi") or something like a VPN
  // ("a VPN-like proxy") is no network of the list: where it fails stays unclear, and it is no clear other network.
  // The VPN stays the VPN wherever it runs from ("at the customer's, over our VPN").
  if (tokens.includes('elsewhere') || tokens.includes('proxylike')) {
    if (stated.network !== 'vpn' || tokens.includes('proxylike')) delete stated.network;
    if (options.expecting === 'network' || tokens.includes('proxylike')) delete stated.other_network;
  }
  // Asked about a private window, the web is what the question presumes: said alone ("tried it in brave instead",
  // "the private thing in chrome?") it answers nothing.
  if (options.expecting === 'clean_browser' && stated.surface === 'web' && Object.keys(stated).length === 1) delete stated.surface;
  const facts = withoutKnown(stated, known);
  return { understood: Object.keys(facts).length > 0, facts, details, ...told, ...(questionBack ? { questionBack: true as const } : {}) };
}

/**
 * A clause about the organisation's API as the control test: when the failing surface is not the
 * API (or api_health was asked), or when it says the API works while something else fails.
 */
function isApiHealthClause(r: SegmentReading, mode: 'health' | 'surface', surface: string | undefined, expecting: AskedFactId | undefined): boolean {
  if (!r.api && !(expecting === 'api_health' && (r.apiNegated || r.noUse))) return false;
  if (mode === 'health') return true;
  return surface !== 'api' && surface !== undefined && r.polarity === 'works';
}

/** A clause about the organisation's other calls ("orgcalls"), or about the rest of the organisation when the API is the surface. */
function isOrgCallsClause(tokens: readonly string[], surface: string | undefined): boolean {
  return tokens.includes('orgcalls') || (surface === 'api' && tokens.includes('orgrest'));
}

/** An outcome said in words ("works", "fails"), not by a bare yes or no. */
function saidPolarity(r: SegmentReading): 'works' | 'fails' | null {
  return r.polarity === 'works' || r.polarity === 'fails' ? r.polarity : null;
}

function polarityOf(r: SegmentReading): 'works' | 'fails' | null {
  if (r.polarity === 'works' || r.polarity === 'fails') return r.polarity;
  if (r.polarity === null && (r.answer === 'yes' || r.answer === 'no')) return r.answer === 'yes' ? 'works' : 'fails';
  return null;
}

/** A clause about a surface, a place or the normal browser window never answers a test by itself. */
function isForeign(r: SegmentReading): boolean {
  return (
    r.browser ||
    r.app ||
    r.desktopDevice ||
    r.mobileDevice ||
    r.desktopWord ||
    r.api ||
    r.apiNegated ||
    r.baseline ||
    r.otherAction ||
    r.otherPeople ||
    r.cleanBrowser ||
    r.cleanBrowserNegated ||
    r.networks.length > 0 ||
    r.networksNegated.length > 0
  );
}

/** "hotel — no actually, my phone's hotspot": a correction takes back what came before it. */
function afterLastCorrection(tokens: string[]): string[] {
  const cut = tokens.lastIndexOf('correction');
  return cut < 0 ? tokens : tokens.slice(cut + 1);
}

/** A last clause that opens with "don't know" and says no more than whether ("…, not sure", "…, idk if it lasts"). */
function isTrailingDoubt(tokens: readonly string[]): boolean {
  const at = tokens.findIndex((t) => !DOUBT_OPENERS.has(t));
  if (tokens[at] !== 'idk') return false;
  return tokens.slice(at + 1).every((t) => TRAILING_DOUBT_FILLER.has(t)) || WHETHER.has(tokens[at + 1] ?? '');
}

const PLEASE = new Set(['please', 'pls', 'plz', 'bitte', 'porfa', 'svp']);
const TRAILING_MAYBE = new Set(['maybe', 'perhaps', 'probably']);
const DOUBT_OPENERS = new Set(['but', 'though', 'tho', 'although', 'aunque', 'pero', 'mais', 'enfin', 'aber', 'well', 'and', ',', '.', '?']);
const TRAILING_DOUBT_FILLER = new Set(['tbh', 'honestly', 'really', 'exactly', 'lol', 'haha', 'jaja', 'mdr', 'though', 'tho', 'either', 'ngl', '?', '.', ',']);
const WHETHER = new Set(['if', 'whether', 'yes']);

/** The network token of the place already known, if any. */
function ctxNetwork(known: Facts): string | undefined {
  return known.network === 'mobile_data' ? 'mobiledata' : known.network;
}

/** A shrug alone is "I don't know"; beside an answer ("works on the hotspot 🤷") it is only a tone. */
function withShrugRead(tokens: string[]): string[] {
  if (!tokens.includes('shrug')) return tokens;
  const alone = tokens.every((t) => t === 'shrug' || t === '.' || t === ',');
  return alone ? tokens.map((t) => (t === 'shrug' ? 'idk' : t)) : tokens.filter((t) => t !== 'shrug');
}

/**
 * Asked where it fails, a second network said not tried: "VPN, and no, haven't tried a hotspot",
 * "office LAN, haven't tried another network", "VPN; without the VPN I haven't tested". On mobile
 * data, "no wifi here" says only where the person is.
 */
function saysSecondNetworkNotTried(tokens: readonly string[], readings: readonly SegmentReading[], network: string): boolean {
  if (!tokens.includes('nottried')) return false;
  return tokens.includes('hotspot') || (tokens.includes('altnet') && network !== 'mobile_data') || readings.some((r) => r.notTried && r.networksNegated.includes('vpn'));
}

/** An error said of the browser and not of the API ("only the browser shows the 500"). */
function isBrowserError(r: SegmentReading): boolean {
  return r.browser && !r.api && (r.codes.length > 0 || r.symptoms.length > 0);
}

/** "only my script getting 429s", "it's just this one job", "but only the batch job dies": a clause opening on "only"/"just" and one thing of the person's. */
function ownFailureOnly(tokens: readonly string[]): boolean {
  let at = 0;
  while (at < tokens.length && OWN_OPENERS.has(tokens[at] as string)) at++;
  return (tokens[at] === 'only' || tokens[at] === 'just') && OWN_THINGS.has(tokens[at + 1] ?? '');
}

const OWN_OPENERS = new Set(['it', 'is', 's', 'its', 'but', 'and', 'yeah', 'yes', 'though', 'tho', 'so']);
const OWN_THINGS = new Set(['my', 'this', 'that', 'the', 'our', 'one', 'mine', 'me', 'unser', 'unsere', 'unseren', 'unserem', 'mein', 'meine', 'meinen', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'mi', 'mis', 'notre', 'nos', 'mon', 'ma', 'mes', 'dieser', 'diese', 'dieses', 'este', 'esta', 'ce', 'cette']);

/**
 * Asked about another network, a test that names none besides the one known:
 * - one on the same network, with no second one named ("im gleichen WLAN auf dem Laptop der Kollegin geht's auch
 *   nicht", "con el mismo wifi desde el portátil de mi compañero tampoco");
 * - another person's device with no network named ("j'ai testé sur le PC d'un collègue à côté, ça plante aussi");
 * - another device tested only on the network already known ("tried a second laptop, also on the office wifi, works there").
 * The clauses are read whole here (a clause about someone else is moot in `readings`, yet it names the device).
 */
function testsNoOtherNetwork(readings: readonly SegmentReading[], segments: readonly Segment[], tokens: readonly string[], knownPlace: string | undefined): boolean {
  if (tokens.includes('samenet') && !tokens.some((t) => t === 'hotspot' || t === 'altnet' || t === 'mobiledata')) return true;
  const anotherDevice = tokens.includes('borrowed') || tokens.includes('otherdevice');
  let whole: SegmentReading[] | undefined;
  const wholeReadings = (): SegmentReading[] => (whole ??= segments.map((s) => readSegment(s.tokens)));
  if (anotherDevice && wholeReadings().every((r) => r.networks.length === 0)) return true;
  if (knownPlace === undefined || !readings.some((r) => r.networks.some((n) => n === knownPlace))) return false;
  if (!readings.every((r) => r.networks.every((n) => n === knownPlace) && r.networksNegated.length === 0)) return false;
  return tokens.includes('otherdevice') || wholeReadings().some((r) => r.desktopDevice || r.mobileDevice);
}

/** The clauses the retries resolver leaves out besides `skip`: those that only say how often the error shows. */
function retriesSkipped(readings: readonly SegmentReading[], segments: readonly Segment[], skip: readonly boolean[], expecting: AskedFactId | undefined, tokens: readonly string[], text: string): readonly boolean[] {
  const also = (leaveOut: (r: SegmentReading, i: number) => boolean): boolean[] => readings.map((r, i) => (skip[i] ?? false) || leaveOut(r, i));
  const howOften = (r: SegmentReading, i: number): boolean => r.persistent && !r.retryWord && saysOnlyHowOften(segments[i]?.tokens ?? []);
  if (expecting === 'symptom' && !RETRIED.test(text)) return also((r, i) => r.persistent && !r.retryWord && !(segments[i]?.tokens.includes('persistx') ?? false));
  if (!tokens.some((t) => TIME_FREQUENCY.has(t))) return skip;
  if (expecting === 'retries') return readings.some((r) => r.retryWord && r.polarity === 'works' && !r.persistent) ? also(howOften) : skip;
  return RETRIED.test(text) ? skip : also(howOften);
}

/** The questions a bare yes or no does not answer. */
const OPEN_QUESTIONS: ReadonlySet<AskedFactId> = new Set(['surface', 'symptom', 'network']);

/** Words that place a test in the past ("hier soir", "yesterday", the imperfect "marchait"). */
const TEST_THEN = new Set(['imperfect', 'yesterday', 'hier', 'ayer', 'gestern', 'anoche', 'vorhin', 'earlier', 'ago']);

/** Words that say how often the failure shows, not of which calls ("every time", "everytime", "keeps failing"). */
const TIME_FREQUENCY = new Set(['eachtime', 'everytime', 'keepsx']);
/** A retry named in any language (the retries resolver's stem), or a call sent again. */
const RETRIED = new RegExp(`${RETRY_STEM.source}|relanç|versuch|\\bagain\\b|\\bre-?(?:run|send|submit|tr)`, 'i');

/** A clause whose persistence is said by time alone ("500, every time"), not of the calls or retries ("every call", "keeps failing"). */
function saysOnlyHowOften(tokens: readonly string[]): boolean {
  return tokens.some((t) => TIME_FREQUENCY.has(t)) && !tokens.includes('persistx');
}

/** A clause about the second network names one ("tried my hotspot too, same"), not only "without the VPN". */
function namesFailingSecond(otherTopic: readonly boolean[], readings: readonly SegmentReading[]): boolean {
  return otherTopic.some((t, i) => t && (readings[i]?.networks.length ?? 0) > 0);
}

/** A clause with an outcome but no test, place, surface, error or retry named ("prod is down"). */
function isBareOutcome(r: SegmentReading): boolean {
  return !isForeign(r) && !r.retryWord && r.codes.length === 0 && r.symptoms.length === 0 && !r.notTried && !r.unknown;
}

/** Two different places on either side of an "or" ("office or vpn?"), with no negation after it ("or rather"/"or not" aside). */
function offersTwoPlaces(tokens: readonly string[]): boolean {
  const place = (t: string): string | undefined => NETWORK_TOKENS.get(t);
  return tokens.some((t, i) => {
    if (t !== 'or' || ALTERNATIVE_BREAKERS.has(tokens[i + 1] ?? '')) return false;
    const before = tokens.slice(0, i).map(place).filter((p) => p !== undefined && p !== 'alt');
    const after = tokens.slice(i + 1).map(place).filter((p) => p !== undefined && p !== 'alt');
    return before.some((b) => after.some((a) => a !== b)) && !tokens.slice(0, i).some((x) => x === 'not' || x === 'neither' || x === 'no');
  });
}

/**
 * Two different places, each said with how often ("mostly office, sometimes home"): no one place where it
 * fails. "Office, though I'm usually on the VPN" says where it is now beside where it usually is.
 */
function placesByFrequency(segments: readonly { tokens: readonly string[] }[]): boolean {
  let first: string | undefined;
  let two = false;
  for (const s of segments) {
    const place = s.tokens.map((t) => NETWORK_TOKENS.get(t)).find((p) => p !== undefined && p !== 'alt');
    if (place === undefined) continue;
    if (!s.tokens.some((t) => HOW_OFTEN.has(t))) return false;
    if (first === undefined) first = place;
    else if (place !== first) two = true;
  }
  return two;
}

/** A place token named right after "the same" ("samenet home"), as the network value. */
const PLACE_VALUES = new Map<string, Facts['network']>([['office', 'office'], ['home', 'home'], ['vpn', 'vpn'], ['mobiledata', 'mobile_data']]);

const HOW_OFTEN = new Set(['mostly', 'usually', 'often', 'sometimes', 'occasionally', 'generally']);

/**
 * Per segment: it belongs to a sentence that asks back and ends in "?" ("what do you mean another
 * network, like my home one?"), after the asking words: the guess offered is part of the question.
 */
function askingSentences(segments: readonly { tokens: readonly string[]; joiner: string; question: boolean; tentative: boolean }[]): boolean[] {
  const out = segments.map(() => false);
  let start = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as (typeof segments)[number];
    const last = s.question || s.tentative || i === segments.length - 1 || segments[i + 1]?.joiner === 'sentence';
    if (!last) continue;
    if (s.question || s.tentative) {
      const from = segments.slice(start, i + 1).findIndex((x) => x.tokens.includes('askhow'));
      if (from >= 0) for (let j = start + from + 1; j <= i; j++) out[j] = true;
    }
    start = i + 1;
  }
  return out;
}

/** The facts a reply about another AI product or tool leaves unanswered. */
const OTHER_PRODUCT_MOOT = new Set<AskedFactId>(['surface', 'symptom', 'api_health', 'web_works', 'retries']);

const ALTERNATIVE_BREAKERS = new Set(['rather', 'not', 'no', 'correction']);

/** Words after "not tried" that make it a test run in part ("didn't check properly"). */
const PARTLY = new Set(['properly', 'thoroughly', 'fully', 'carefully', 'closely', 'really', 'much', 'bien', 'richtig', 'wirklich', 'genau', 'enough']);

/** "didn't check properly", "didn't really test it long enough": "not tried" with a word of degree after it, or its object between. */
function triedInPart(tokens: readonly string[], at: number): boolean {
  if (PARTLY.has(tokens[at + 1] ?? '')) return true;
  const object = tokens[at + 1] === 'it' || tokens[at + 1] === 'that' || tokens[at + 1] === 'this';
  return object && (PARTLY.has(tokens[at + 2] ?? '') || (tokens[at + 2] === 'long' && tokens[at + 3] === 'enough'));
}

const DENIALS = new Set(['no', 'nope', 'nah', 'not', 'none']);

/** Punctuation left as tokens. */
const MARK_TOKENS: ReadonlySet<string> = new Set(['.', ',', '?', '!']);

const WIRED = new Set(['cable', 'kabel', 'lan', 'lan-kabel', 'ethernet', 'wired', 'filaire', 'cableada', 'cableado']);
const WIRELESS = new Set(['wifi', 'wi-fi', 'wlan', 'wireless']);

const BROWSER_NAMES = new Set(['browser', 'chrome', 'firefox', 'safari', 'edge', 'brave', 'opera', 'vivaldi', 'chromium']);

/** The reply names a browser but never the private window or a clean profile. */
function namesBrowserOnly(tokens: readonly string[]): boolean {
  return tokens.some((t) => BROWSER_NAMES.has(t)) && !tokens.some((t) => t === 'incognito' || t === 'cleanprofile');
}

const BARE_NEGATED_TOPIC = new Set(['not', 'in', 'on', 'with', 'the', 'a', 'an', 'incognito', 'private', 'cleanprofile', 'window', 'mode', 'tab', 'browsing']);

function withoutKnown(stated: Facts, known: Facts): Facts {
  const facts: Facts = {};
  for (const [fact, value] of Object.entries(stated) as [keyof Facts, string][]) {
    if (known[fact] !== value) (facts as Record<string, string>)[fact] = value;
  }
  return facts;
}

const FAVOUR_MODALS = new Set(['can', 'could', 'would']);
const FAVOUR_ASKED = new Set(['you', 'someone', 'somebody', 'anyone', 'anybody']);
/** "can you …?", "could someone …?": a question asking someone to act (the foreign rules map "pueden", "könnten Sie" here). */
function asksFavour(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => FAVOUR_MODALS.has(t) && FAVOUR_ASKED.has(tokens[i + 1] ?? ''));
}

/** The sentence holding segment `i` ends in "?" ("can someone come to my desk and have a look?"). */
function sentenceAsks(segments: readonly { joiner: string; question: boolean; tentative: boolean }[], i: number): boolean {
  for (let j = i; j < segments.length; j++) {
    const s = segments[j] as (typeof segments)[number];
    if (j > i && s.joiner === 'sentence') return false;
    if (s.question || s.tentative) return true;
  }
  return false;
}

/**
 * The clauses that ask for something: one holding a request or a please-word ("Desactívenme la VPN por
 * favor", "augmentez notre quota svp"), and the clauses it carries on into with "and" or "so" ("kindly do
 * the needful and unblock chatgpt on office network", "can you raise our limit so the retries stop failing").
 */
function requestClauses(segments: readonly Segment[]): boolean[] {
  const out = segments.map(() => false);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    // "Please, ouvrez un ticket pour le réseau": a please-word said alone before a clause asks for it too.
    const afterBarePlease = i > 0 && s.joiner !== 'sentence' && isBarePlease((segments[i - 1] as Segment).tokens);
    const carried = afterBarePlease || (i > 0 && out[i - 1] === true && s.joiner !== 'sentence' && (s.by === undefined ? false : CARRY_ON.has(s.by)));
    if (carried || s.tokens.some((t) => t === 'request' || pleads(t))) out[i] = true;
    // "Abre un ticket con OpenAI, please": a please-word said alone after a clause asks for what that sentence says.
    if (s.joiner !== 'sentence' && isBarePlease(s.tokens)) {
      for (let j = i - 1; j >= 0; j--) {
        out[j] = true;
        if ((segments[j] as Segment).joiner === 'sentence') break;
      }
    }
  }
  return out;
}

/** A clause that is only a please-word (and fillers): "please,", "…, por favor". */
function isBarePlease(tokens: readonly string[]): boolean {
  return tokens.some(pleads) && tokens.every((t) => pleads(t) || ACK_OR_FILLER.has(t));
}

/** A please-word ("please", "bitte", "porfa", "svp", "kindly"). */
function pleads(token: string): boolean {
  return PLEASE.has(token) || token === 'kindly';
}

/** Conjunctions that carry a request on into the next clause. */
const CARRY_ON = new Set(['and', '&', 'plus', 'so']);

/** "please can you just reset my access, …": a reply that opens by asking for something. */
function opensWithRequest(opening: readonly string[]): boolean {
  return PLEASE.has(opening[0] ?? '') && (opening.includes('request') || asksFavour(opening));
}

/**
 * A reply that opens with "can you …" ("can you just white list it on the office network", "oye, ¿puedes
 * reinstalarme la app?"), "?" or not: dictated and typed-in-a-hurry questions lose their "?". One
 * word may come first ("so", "oye"), a comma after it or not, unless it asks ("how can you tell").
 */
function opensAskingFavour(tokens: readonly string[]): boolean {
  const [first = '', second = '', third = ''] = tokens.filter((t) => t !== ',');
  return FAVOUR_MODALS.has(first) ? FAVOUR_ASKED.has(second) : FAVOUR_MODALS.has(second) && !ASKING_WORDS.has(first) && FAVOUR_ASKED.has(third);
}

/**
 * Three or more words the English lexicon does not know (once translated), then only yes/no words
 * (besides punctuation): "Kartoffel blau Montag ja ja." A reply that opens with its yes ("Ja, würd
 * ich sagen", "jo, em Privatfenster jeht et") is an answer however many words follow.
 */
function yesOrNoAfterUnknownWords(tokens: readonly string[]): boolean {
  let unknown = 0;
  let polar = false;
  for (const t of tokens) {
    if (MARK_TOKENS.has(t)) continue;
    if (YES.has(t) || NO.has(t)) polar = true;
    else if (polar || KNOWN.has(t) || ACK_OR_FILLER.has(t) || /\d/.test(t)) return false;
    else unknown++;
  }
  return polar && unknown >= 3;
}

/** The first word after segment `i`, a laugh left out ("500? lol no", "¿que si funcionan? ja. ni una"). */
function wordAfter(segments: readonly Segment[], i: number): string {
  for (let j = i + 1; j < segments.length; j++) {
    const word = (segments[j] as Segment).tokens.find((t) => t !== 'lol' && t !== '.' && t !== ',');
    if (word !== undefined) return word;
  }
  return '';
}

/** "how can you tell": a question back, not a request. */
const ASKING_WORDS = new Set(['how', 'what', 'where', 'which', 'why', 'when', 'who', 'whom', 'if', 'unless', 'whether']);
