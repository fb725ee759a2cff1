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

describe('twenty-fifth round, second part (batch 44): corrections, shell output, the rest of the organisation', () => {
  it.each<Case>([
    // "oh no" after a statement, "attendez, je regarde à nouveau", "bueno sí, acabo de mirar": taken back.
    ['works in chrome. oh no, that was a cached tab, after a refresh also error 500', 'web_works', DS, { web_works: 'fails', symptom: 'http_500' }],
    ["Accès refusé. Attendez, je vérifie à nouveau. C'est « Network configuration issue »", 'symptom', W, { symptom: 'ssl_or_network_config' }],
    ['ni idea... bueno sí, acabo de revisar el panel y está todo en rojo', 'api_health', W, { api_health: 'fails' }],
    ['they recover eventually... nope, just checked, that was another key. this one never recovers', 'retries', AS, { retries: 'persists' }],
    // A page fetched with curl is a test of the network, not the API.
    ['curl over the hotspot → HTTP/2 200, on the office LAN it hangs', 'other_network', W, { other_network: 'works', network: 'office' }],
    ['Navigateur OK, curl -I https://chatgpt.com → 200 aussi', 'web_works', DS, { web_works: 'works' }],
    // The rest of the organisation.
    ['nothing else is failing, only our service', 'api_health', W, { api_health: 'works' }],
    ['los demás equipos no tienen problemas con sus llamadas', 'api_health', W, { api_health: 'works' }],
    ["ce n'est pas que chez moi : toutes les équipes qui appellent l'API sont en erreur", 'api_health', W, { api_health: 'fails' }],
    ["certains appels passent, d'autres pas", 'api_health', W, 'unclear'],
    // Doubt, a way home, the computer's desktop, a keyboard run.
    ['some of them maybe, no idea really', 'api_health', W, 'unclear'],
    ["peut-être que ça passait en 4G, j'ai pas fait attention", 'other_network', W, 'unclear'],
    ['all retries fail. I just want to go home', 'retries', AS, { retries: 'persists' }],
    ["c'est l'icône bleue sur mon bureau, je sais pas trop", 'surface', E, 'unclear'],
    ["l'appli je crois, mais je fais pas vraiment la différence", 'surface', E, 'unclear'],
    ['qwerty ok', 'web_works', DS, 'unclear'],
    ['dans Chrome ça marche, et même en navigation privée', 'web_works', DS, { web_works: 'works', clean_browser: 'works' }],
    // Unchanged.
    ['la API va bien, lo acabo de comprobar', 'api_health', W, { api_health: 'works' }],
    ['API responds fine, just tested with curl', 'api_health', W, { api_health: 'works' }],
    ['pas que chez moi, au bureau aussi', 'network', W, 'unclear'],
    ['we call it with curl from our backend', 'surface', E, { surface: 'api' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-fifth round, third part: self-corrections, second codes and the rest of the organisation in German and Spanish', () => {
  it.each<Case>([
    ["Geht nicht – äh, Moment, doch, jetzt lädt's im Inkognito", 'clean_browser', W, { clean_browser: 'works' }],
    ['Nein… warte, falsch, das war das alte WLAN. Am Hotspot geht es', 'other_network', W, { other_network: 'works' }],
    ['Nicht einer von 20 Versuchen ist durchgegangen', 'retries', AS, { retries: 'persists' }],
    ['nicht 429 – 503', 'symptom', AS, { symptom: 'api_503' }],
    ['not 500, 503', 'symptom', AS, { symptom: 'api_503' }],
    ['ja noch … ne sorry, die anderen sind auch down', 'api_health', W, { api_health: 'fails' }],
    ['nur Handydaten, kein WLAN', 'network', W, { network: 'mobile_data' }],
    ['the win app', 'surface', E, { surface: 'desktop' }],
    ['de cada diez pasan dos', 'retries', AS, { retries: 'intermittent' }],
    ['pensaba que era un 500 pero en el log pone 429', 'symptom', AS, { symptom: 'api_429' }],
    ['el lunes en incógnito iba, hoy ya ni así', 'clean_browser', W, { clean_browser: 'fails' }],
    // Unchanged.
    ['Weiss nicht genau, Büro oder Gäste-WLAN', 'network', W, 'unclear'],
    ['No es que no funcionen, funcionan; solo nuestro endpoint de batch falla', 'api_health', W, { api_health: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-fifth round, fourth part: "spoke too soon", "as if", a sour "great", plural codes', () => {
  it.each<Case>([
    ['loads fine in incognito! ugh, spoke too soon, it errors again', 'clean_browser', W, { clean_browser: 'fails' }],
    ['hotspot works. hold on, I was still on the wifi. on the hotspot it fails too', 'other_network', W, { other_network: 'fails' }],
    ['Intermittent? I wish. It fails every time.', 'retries', AS, { retries: 'persists' }],
    ['sure, the hotspot works, as if. same error', 'other_network', W, { other_network: 'fails' }],
    ['tried the hotspot. still broken. perfect.', 'other_network', W, { other_network: 'fails' }],
    ['nobody else has any issue, just our job', 'api_health', W, { api_health: 'works' }],
    ['our other services are fine', 'api_health', W, { api_health: 'works' }],
    ['we keep getting 503s', 'symptom', AS, { symptom: 'api_503' }],
    ['certaines relances aboutissent, pas toutes', 'retries', AS, { retries: 'intermittent' }],
    // Unchanged.
    ['works on the hotspot, great', 'other_network', W, { other_network: 'works' }],
    ['hold on, let me check', 'clean_browser', W, { clean_browser: 'not_tried' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-fifth round, fifth part (batch 45): mixed languages, earlier tries, doubt in German and Spanish', () => {
  it.each<Case>([
    // A reply mostly in English with a clause in another language reads that clause too.
    ['Im Browser läuft es, only the desktop app is broken', 'web_works', DS, { web_works: 'works' }],
    // Where an earlier try ran is not where it fails.
    ['works in the browser... hold on, that was on 4G. here on the same wifi chrome fails too', 'web_works', DS, { web_works: 'fails' }],
    ['Ja – Moment, nein, der Laptop war noch im Firmen-WLAN. Über den Hotspot geht es auch nicht', 'other_network', W, { other_network: 'fails' }],
    // Doubt, a promise, a test made in part.
    ['es war 403, glaub ich, bin mir aber nicht mehr sicher', 'symptom', W, 'unclear'],
    ['zum Hotspot komm ich später', 'other_network', W, { other_network: 'not_tried' }],
    ['läuft wohl sporadisch durch, hab aber nur zweimal geschaut', 'retries', AS, 'unclear'],
    ['either the VPN or the office wifi, no idea, if the VPN is even on', 'network', W, 'unclear'],
    ['creo que en casa, pero no sé dónde fue', 'network', W, 'unclear'],
    // Someone else's words, French and Spanish.
    ["J'ai testé le wifi du 2e étage, mais c'est le même réseau d'entreprise. Pas mieux", 'other_network', W, 'unclear'],
    ['Mit Backoff kommen sie irgendwann durch', 'retries', AS, { retries: 'intermittent' }],
    ['a nosotros el retry no nos pasa nunca', 'retries', AS, { retries: 'persists' }],
    ['los demás equipos tiran bien', 'api_health', W, { api_health: 'works' }],
    ['ningún 500 ni nada de eso, sale Access denied', 'symptom', W, { symptom: 'http_403' }],
    ['bueno pues nada, hasta el lunes', 'web_works', DS, 'unclear'],
    // Unchanged.
    ['keine Ahnung, ob die API geht', 'api_health', W, { api_health: 'unknown' }],
    ['probé con los datos del celular, pero tampoco', 'other_network', W, { other_network: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
