import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const WO: Facts = { surface: 'web', network: 'office' };
const DS: Facts = { surface: 'desktop' };
const AS: Facts = { surface: 'api' };
const E: Facts = {};

/**
 * Issue 13, twenty-fourth round: the families behind the wrong readings of blind batch 40 (600
 * replies, half dictated by voice, half by people writing in a language not their own), probed
 * with sentences written for these tests. Each table ends with replies the new rules must leave as
 * they were.
 */
describe('twenty-fourth round: dictated replies', () => {
  it.each<Case>([
    // A request that lost its "?".
    ['can you just unblock it on the guest network', 'network', W, 'unclear'],
    ['so could someone reset my browser profile', 'clean_browser', W, 'unclear'],
    ['oye, ¿puedes desbloquearme la vpn del trabajo', 'network', W, 'unclear'],
    ['Bitte, macht ein Ticket für das Büronetz auf', 'network', W, 'unclear'],
    ['Please, ouvrez une demande pour le wifi du bureau', 'network', W, 'unclear'],
    // A spelled-out acronym.
    ['I am on the v p n right now', 'network', W, { network: 'vpn' }],
    ['je suis sur le vé pé enne de la boîte', 'network', W, { network: 'vpn' }],
    ['ich bin im vau pe en', 'network', W, { network: 'vpn' }],
    ['estoy en la uve pe ene', 'network', W, { network: 'vpn' }],
    // A greeting's yes, a mic check, words it does not know closed by a yes.
    ['yes hello testing testing one two three', 'clean_browser', W, 'unclear'],
    ['hallo ja also äh mein Hund heißt Bello', 'retries', AS, 'unclear'],
    ['Tisch Lampe Stuhl nein nein', 'api_health', AS, 'unclear'],
    // Codes and words as a dictation writes them.
    ['we get five oh three back, the engine is overloaded', 'symptom', AS, { symptom: 'api_503' }],
    ['es ist ein fünfhunderter, immer', 'symptom', AS, { symptom: 'api_500' }],
    ['sale un cuatrocientos veintinueve', 'symptom', AS, { symptom: 'api_429' }],
    ['ça me met une erreur quatre cent trois', 'symptom', { surface: 'web' }, { symptom: 'http_403' }],
    ['in kognito geht es auch nicht', 'clean_browser', W, { clean_browser: 'fails' }],
    ['on my phone hot spot it loads', 'other_network', WO, { other_network: 'works' }],
    ['en quatre g ça passe', 'other_network', WO, { other_network: 'works' }],
    // The test was elsewhere: taken back.
    ['yes the browser works but wait, that was on my home wifi', 'web_works', DS, 'unclear'],
    ['sí funciona en el navegador, pero espera, eso fue en casa', 'web_works', DS, 'unclear'],
    // Left as they were.
    ['can you tell me how to open a private window', 'clean_browser', W, 'unclear'],
    ['how can you tell which network I am on?', 'network', W, 'unclear'],
    ['yes, works in incognito', 'clean_browser', W, { clean_browser: 'works' }],
    ['ja, beim zweiten Mal klappt es', 'retries', AS, { retries: 'intermittent' }],
    ['I can reproduce it on the VPN', 'network', W, { network: 'vpn' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-fourth round: written in a language not one’s own', () => {
  it.each<Case>([
    ['in incognito it functions normally', 'clean_browser', W, { clean_browser: 'works' }],
    ['the hotspot also makes problems', 'other_network', WO, { other_network: 'fails' }],
    ['can be the VPN, can be the office', 'network', W, 'unclear'],
    ['I use it in the application on my laptop', 'surface', E, { surface: 'desktop' }],
    ['c’est le logiciel de bureau sur mon PC', 'surface', E, { surface: 'desktop' }],
    ['nicht dass es im Privatfenster nicht gehen würde, es geht dort', 'clean_browser', W, { clean_browser: 'works' }],
    ['no, nunca sale, falla todas las veces', 'retries', AS, { retries: 'persists' }],
    ['¿qué diferencia hay entre la app y la web?', 'surface', E, 'unclear'],
    ['je ne comprends pas bien la question', 'network', W, 'unclear'],
    ['ich verstehe die Frage nicht', 'network', W, 'unclear'],
    ['Jo, em Privatfenster jeht et', 'clean_browser', W, { clean_browser: 'works' }],
    // Left as they were.
    ['we call it from our backend service', 'surface', E, { surface: 'api' }],
    ['nunca sale el error en incógnito', 'clean_browser', W, { clean_browser: 'works' }],
    ['it fails, the browser too', 'web_works', DS, { web_works: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

/**
 * The third part, from blind batch 42 (weighted to replies that state two facts and to negation
 * traps): sentences written for these tests.
 */
describe('twenty-fourth round, third part: two facts, negations and sarcasm', () => {
  it.each<Case>([
    ['the hotspot works, incognito not', 'other_network', WO, { other_network: 'works', clean_browser: 'fails' }],
    ['mit Handydaten geht es, Inkognito im Büro nicht', 'other_network', WO, { other_network: 'works', clean_browser: 'fails' }],
    ['con el hotspot va bien, y en incógnito no', 'other_network', WO, { other_network: 'works', clean_browser: 'fails' }],
    ['no second phone on me, sorry', 'other_network', WO, { other_network: 'not_tried' }],
    ['I was on the VPN earlier but disconnected, it still fails at home', 'network', W, { network: 'home' }],
    ['at first it failed, but now it works in incognito', 'clean_browser', W, { clean_browser: 'works' }],
    ['none of the retries succeed', 'retries', AS, { retries: 'persists' }],
    ['retries are amazing, if by amazing you mean never', 'retries', AS, { retries: 'persists' }],
    ['it is the ChatGPT bot inside our Teams', 'surface', E, 'unclear'],
    ['¿nos podéis subirnos la cuota?', 'symptom', AS, 'unclear'],
    ['no lo puedo abrir, IT bloquea el incógnito', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['igual en casa, igual con datos, no me fijé', 'network', W, 'unclear'],
    ['¿que si va? ja. ni una', 'api_health', AS, { api_health: 'fails' }],
    ['sí, a la décima... es broma, no sale ni una', 'retries', AS, { retries: 'persists' }],
    ['ça marchait chez moi je crois, mais je suis plus très sûr', 'other_network', WO, 'unclear'],
    ['der Traffic läuft übers Firmen-VPN', 'network', W, { network: 'vpn' }],
    ['Inkognito aber probiert, geht', 'clean_browser', W, { clean_browser: 'works' }],
    // The rest of the organisation, said beside another answer about the API.
    ['keeps failing, our other projects are fine though', 'retries', AS, { retries: 'persists', api_health: 'works' }],
    ['503 every time, and the other teams in our org see it too', 'symptom', AS, { symptom: 'api_503', api_health: 'fails' }],
    ['les autres équipes, ça marche pour eux; chez nous ça plante à chaque essai', 'retries', AS, { retries: 'persists', api_health: 'works' }],
    ['ça marche pour eux, pas pour moi', 'clean_browser', W, 'unclear'],
    ['immer 429, bei den anderen im Team geht alles', 'retries', AS, { retries: 'persists', symptom: 'api_429', api_health: 'works' }],
    ['siempre 500 y la org entera está afectada', 'retries', AS, { retries: 'persists', symptom: 'api_500', api_health: 'fails' }],
    // Left as they were.
    ['the other apps on my Mac work fine', 'surface', E, 'unclear'],
    ['VPN: no', 'network', { ...W, network: 'office' }, 'unclear'],
    ['en la app no, en la web', 'surface', E, { surface: 'web' }],
    ['incognito not, only the normal window', 'clean_browser', W, 'unclear'],
    ['the hotspot works', 'other_network', WO, { other_network: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
