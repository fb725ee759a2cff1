import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const DS: Facts = { surface: 'desktop' };
const AS: Facts = { surface: 'api' };
const E: Facts = {};

/**
 * Issue 13, twenty-fifth round: the families behind the wrong readings of blind batch 43 (600
 * replies from story-tellers, terse chat users, people who name a result that is not theirs, and
 * sarcastic ones), probed with sentences written for these tests. Each table ends with replies the
 * new rules must leave as they were.
 */
describe('twenty-fifth round: what is said of someone or something else', () => {
  it.each<Case>([
    // The reporter's own key is not the organisation's calls.
    ['using my own api key it works, but all the company calls fail', 'api_health', W, { api_health: 'fails' }],
    ['mit meinem eigenen Key läuft es, aber die Firmen-Calls sind alle tot', 'api_health', W, { api_health: 'fails' }],
    ['with my personal key it works', 'api_health', W, 'unclear'],
    // Someone else's retries, someone else's device.
    ['A Marta le funcionan algunos reintentos, pero a mí me fallan todos', 'retries', AS, { retries: 'persists' }],
    ["Au service d'à côté les retries passent, chez nous pas une seule fois", 'retries', AS, { retries: 'persists' }],
    ["Sur le portable de mon mari, avec l'appli, ça marche", 'web_works', DS, 'unclear'],
    // No outage across the organisation: its calls work.
    ['no org-wide outage, only our batch job', 'api_health', W, { api_health: 'works' }],
    ['pas de panne générale, juste notre appli', 'api_health', W, { api_health: 'works' }],
    ["les autres équipes n'ont rien", 'api_health', W, { api_health: 'works' }],
    // A surface said not to be the one.
    ['no es la api, es la web', 'surface', E, { surface: 'web' }],
    // Unchanged.
    ['a veces le pasan los reintentos', 'retries', AS, { retries: 'intermittent' }],
    ['No es la app del móvil, es en la página web', 'surface', E, { surface: 'web' }],
    ['sur mon PC perso ça marche, mais lui il est en 4G', 'web_works', DS, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-fifth round: sarcasm, conditions, guesses and things that are not answers', () => {
  it.each<Case>([
    // A sentence of "not" alone takes the outcome back; "same as the normal window" fails.
    ['oh it loads beautifully in incognito. NOT.', 'clean_browser', W, { clean_browser: 'fails' }],
    ["Im privaten Fenster läuft's super. Nicht.", 'clean_browser', W, { clean_browser: 'fails' }],
    ['same garbage as in the normal window', 'clean_browser', W, { clean_browser: 'fails' }],
    ['gleicher Fehler wie im normalen Fenster', 'clean_browser', W, { clean_browser: 'fails' }],
    // Being able to use it as usual works.
    ['I could use it normally there', 'web_works', DS, { web_works: 'works' }],
    ['da konnte ich ganz normal arbeiten', 'web_works', DS, { web_works: 'works' }],
    ['pude usarlo normal', 'web_works', DS, { web_works: 'works' }],
    ["j'ai pu l'utiliser normalement", 'web_works', DS, { web_works: 'works' }],
    ['everything came back once I switched to the hotspot', 'other_network', W, { other_network: 'works' }],
    // A condition, a run not made, a guess, a choice between two.
    ['wenn ich zuhause bin, klappt es immer', 'other_network', W, 'unclear'],
    ['den Job hab ich heute noch nicht laufen lassen', 'retries', AS, 'unclear'],
    ['perhaps it works on 4G, will try tomorrow', 'other_network', W, 'unclear'],
    ['maybe the desktop app? or the website', 'surface', E, 'unclear'],
    ["ça a eu l'air de passer une fois ? je ne suis pas sûr", 'clean_browser', W, 'unclear'],
    // Not said to the bot, or not about it.
    ['hey siri set a timer for ten minutes', 'web_works', DS, 'unclear'],
    ['le chien a marché sur le clavier, désolé', 'clean_browser', W, 'unclear'],
    ["je n'ai rien changé depuis hier, c'est le Wi-Fi du bureau", 'network', W, { network: 'office' }],
    // A stressed "sí" after the test, not "if"; being let in works.
    ['en modo incógnito sí me deja entrar', 'clean_browser', W, { clean_browser: 'works' }],
    // Unchanged.
    ['si me deja entrar te aviso', 'clean_browser', W, 'unclear'],
    ['no, en el navegador tampoco me deja entrar', 'web_works', DS, { web_works: 'fails' }],
    ["ça a l'air de passer en 4G", 'other_network', W, { other_network: 'works' }],
    ['works in incognito. not in the normal window though', 'clean_browser', W, { clean_browser: 'works' }],
    ['je suis au café, ça marche', 'other_network', W, { other_network: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
