import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const ON: Facts = { ...W, clean_browser: 'fails', network: 'office' };
const API: Facts = { surface: 'api' };
const D: Facts = { surface: 'desktop' };

/**
 * Issue 13, fifteenth round: the classes of wording behind the wrong and missed readings of the
 * fifteenth blind batch (en, es). Each case is one instance of a class, written for these tests
 * (not taken from a tuning set).
 */
describe('fifteenth round: what a reply does not state stays unclear', () => {
  it.each<Case>([
    // Laughter in any spelling beside an acknowledgement is filler.
    ['jajajaja ok', 'clean_browser', W, 'unclear'],
    ['hehehe ok ok', 'other_network', ON, 'unclear'],
    ['xD okay', 'web_works', D, 'unclear'],
    // Someone else's place: a client's network, "at their office".
    ["on a supplier's network, visiting them this week", 'network', W, 'unclear'],
    ["I'm at their office today, the customer's", 'network', W, 'unclear'],
    // A guess offered inside a question back asks too.
    ['what do you mean by a private window, like the guest one?', 'clean_browser', W, 'unclear'],
    ['what do you mean a second network, like the office one?', 'other_network', { ...W, network: 'home' }, 'unclear'],
    // Places each said with how often name no one place.
    ['usually from home, sometimes at the office', 'network', W, 'unclear'],
    ['a veces en la oficina, casi siempre desde casa', 'network', W, 'unclear'],
    // Spanish: "qué sería …?" asks back; a "how do I check" question with no access to the API as its reason.
    ['q seria el modo privado? nunca lo vi', 'clean_browser', W, 'unclear'],
    ['¿cómo lo checo? no tengo acceso a la api', 'api_health', W, 'unclear'],
    // Spanish imperatives with a clitic are requests.
    ['auméntenme la cuota y ya', 'retries', API, 'unclear'],
    ['desbloquéenme el incógnito porfa', 'clean_browser', W, 'unclear'],
    // Doubt said with the chat spelling "capaz q".
    ['capaz q alguno entra, no revisamos', 'retries', API, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('fifteenth round: what a reply does state is read', () => {
  it.each<Case>([
    // A failure denied is a success.
    ["it's not like firefox doesn't load on this wifi, it does", 'web_works', D, { web_works: 'works' }],
    ['no es que no cargue en incógnito, carga bien', 'clean_browser', W, { clean_browser: 'works' }],
    // Not tried, in Spanish preterites with "nunca".
    ['nunca lo intenté en privado', 'clean_browser', W, { clean_browser: 'not_tried' }],
    // A past state beside the present: the present is the answer.
    ['the hotspot worked yesterday evening. not anymore', 'other_network', ON, { other_network: 'fails' }],
    ['the requests were erroring two hours ago but not anymore, our API calls go through now', 'api_health', W, { api_health: 'works' }],
    ['private window was fine earlier, not anymore since lunch', 'clean_browser', W, { clean_browser: 'fails' }],
    ['at first it showed a 403, but now it is a 500 every time', 'symptom', { surface: 'web' }, { symptom: 'http_500' }],
    // A log of numbered attempts.
    ['retry 1: 503\nretry 2: 200 OK', 'retries', { ...API, symptom: 'api_503' }, { retries: 'intermittent' }],
    ['try 1 - timeout\ntry 2 - timeout\ntry 3 - timeout', 'retries', { ...API, symptom: 'api_other' }, { retries: 'persists' }],
    // Counts and successes of retries.
    ['zero out of 30 got through', 'retries', API, { retries: 'persists' }],
    ['every retry errors, 0 of 20', 'retries', API, { retries: 'persists' }],
    ['our backoff gets a few through in the end', 'retries', API, { retries: 'intermittent' }],
    // "it opens", "yh", "too bad", "for work".
    ['yh in edge inprivate it opens', 'clean_browser', W, { clean_browser: 'works' }],
    ['incognito loads fine. too bad I need my extensions for work', 'clean_browser', W, { clean_browser: 'works' }],
    // Nobody uses the browser: the surface said stands.
    ['the api, nobody here is using a browser', 'surface', {}, { surface: 'api' }],
    // "no idea why" is an aside.
    ['un 429, ni idea por qué', 'symptom', API, { symptom: 'api_429' }],
    // The same network named, asked about a browser on it.
    ['yes, safari on the same office wifi works', 'web_works', { surface: 'mobile' }, { web_works: 'works', network: 'office' }],
    ['sí, con los mismos datos el navegador carga', 'web_works', { surface: 'mobile' }, { web_works: 'works', network: 'mobile_data' }],
    // Warehouse and similar floors are the office; a frequency word beside one place is no second place.
    ['the depot floor wifi', 'network', W, { network: 'office' }],
    ['office, though I am usually on the VPN', 'network', W, { network: 'office' }],
    // A place of the list denied after a success on another network is where it fails.
    ['loads fine at home but not on the vpn', 'other_network', W, { other_network: 'works', network: 'vpn' }],
    ['tethering works, though not on the office lan', 'other_network', W, { other_network: 'works', network: 'office' }],
    // A failure said with where the person is: there it fails.
    ["the browser only breaks when I'm at home, the API is fine", 'api_health', W, { api_health: 'works', network: 'home' }],
    // A bare "same there" joined to another test's clause goes on about that test.
    ['the hotspot is fine. private mode changed nothing, same 500 there', 'other_network', W, { other_network: 'works', clean_browser: 'fails' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
