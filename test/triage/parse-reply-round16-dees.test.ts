import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const ON: Facts = { ...W, clean_browser: 'fails', network: 'office' };
const API: Facts = { surface: 'api' };
const D: Facts = { surface: 'desktop' };

/**
 * Issue 13, sixteenth round, German and Spanish: the classes of wording behind the wrong and missed
 * readings of tune/de-blind16 and tune/es-blind16 (DACH informal chat with dialect; Spain and Latin
 * America). Each case is one instance of a class, written for these tests and not taken from a
 * tuning set.
 */
describe('German: a failure denied is works, a success denied is doubt', () => {
  it.each<Case>([
    // "ich würde nicht sagen, dass … nicht geht", "es ist nicht so, dass … nicht …": the failure denied.
    ['Würde nicht sagen, dass Chrome hier nicht funktioniert, der lädt ganz normal', 'web_works', D, { web_works: 'works' }],
    ['es ist nicht so, dass es am Hotspot nicht klappt', 'other_network', ON, { other_network: 'works' }],
    ['ich würde jetzt nicht behaupten, dass das private Fenster nicht geht', 'clean_browser', W, { clean_browser: 'works' }],
    // Denying that it works says no outcome for certain.
    ['ich würde nicht sagen, dass es im Firefox klappt', 'web_works', D, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('German: "genauso wenig" with words before it is a failure', () => {
  it.each<Case>([
    ['im Safari klappt es auf dem Mac genauso wenig', 'web_works', D, { web_works: 'fails' }],
    ['der Hotspot geht bei mir ebensowenig', 'other_network', ON, { other_network: 'fails' }],
    ['inkognito lädt das bei mir gleich wenig', 'clean_browser', W, { clean_browser: 'fails' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('German: a human is the check only when the person is asked to be one', () => {
  it.each<Case>([
    // Asking for a human, or "Mensch" as an interjection, is no Cloudflare check.
    ['schick mir bitte jemanden vorbei, es geht einfach nicht', 'web_works', D, 'unclear'],
    ['gebt uns einfach einen Menschen am Telefon', 'symptom', { surface: 'web' }, 'unclear'],
    ['Mensch, es kommt halt der 500er', 'symptom', { surface: 'web' }, { symptom: 'http_500' }],
    // The check itself is still read.
    ['immer diese Prüfung, ob ich kein Roboter bin', 'symptom', { surface: 'web' }, { symptom: 'cloudflare_challenge' }],
    ['so ein Mensch-Check, der nie fertig wird', 'symptom', { surface: 'web' }, { symptom: 'cloudflare_challenge' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('German: "normal" said of where the person sits is no outcome', () => {
  it.each<Case>([
    ['kein VPN, ich sitz heut ganz normal im Büro', 'network', W, { network: 'office' }],
    ['bin normal zuhause im WLAN', 'network', W, { network: 'home' }],
    // Said of ChatGPT, "normal" still works.
    ['im Edge läuft es ganz normal', 'web_works', D, { web_works: 'works' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('German and Spanish: an account deactivated is an error of its own', () => {
  it.each<Case>([
    ['da steht nur "Ihr Konto wurde deaktiviert"', 'symptom', { surface: 'web' }, { symptom: 'other' }],
    ['Account gesperrt, mehr sagt die App nicht', 'symptom', { surface: 'mobile' }, { symptom: 'other' }],
    ['sale que mi cuenta fue suspendida', 'symptom', { surface: 'web' }, { symptom: 'other' }],
    ['dice "esta cuenta está deshabilitada" y nada más', 'symptom', { surface: 'desktop' }, { symptom: 'other' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('Spanish: "pasa cuando …" is when the failure happens', () => {
  it.each<Case>([
    ['el navegador, y nos pasa solo cuando estamos en la oficina', 'surface', {}, { surface: 'web', network: 'office' }],
    ['me pasa mientras estoy con la vpn', 'network', W, { network: 'vpn' }],
    // "pasa" of a call still goes through.
    ['a veces pasa al cuarto reintento', 'retries', { ...API, symptom: 'api_500' }, { retries: 'intermittent' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('Spanish: "¿cómo me fijo / cómo sé si …?" asks back', () => {
  it.each<Case>([
    ['pero cómo sé si las llamadas del equipo van bien?', 'api_health', API, 'unclear'],
    ['oye, ¿cómo me entero si los otros equipos tienen el mismo problema?', 'api_health', API, 'unclear'],
    ['pero como veo si el incógnito funciona?', 'clean_browser', W, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('Spanish: could not test, does not always fail, the code it was', () => {
  it.each<Case>([
    // "no he podido probarlo", "no pude intentarlo": not tried.
    ['no pude intentarlo, el portátil no tiene wifi', 'other_network', ON, { other_network: 'not_tried' }],
    ['no he podido intentarlo todavía, sorry', 'clean_browser', W, { clean_browser: 'not_tried' }],
    // "no falla siempre", "no funciona siempre": not always.
    ['no fallan siempre, alguno entra', 'retries', { ...API, symptom: 'api_503' }, { retries: 'intermittent' }],
    ['no funciona siempre, a veces al segundo intento', 'retries', { ...API, symptom: 'api_500' }, { retries: 'intermittent' }],
    // "era / fue un 4xx": the error seen; set against now, or denied, it is not.
    ['creo que era un 429', 'symptom', API, { symptom: 'api_429' }],
    ['era el error 500, eso seguro', 'symptom', { surface: 'web' }, { symptom: 'http_500' }],
    ['antes era un 500, ahora ya no sale nada', 'symptom', { surface: 'web' }, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('Spanish: a failure denied is works, a success denied is doubt', () => {
  it.each<Case>([
    ['yo no diría que en safari no funciona, ahí abre bien', 'web_works', D, { web_works: 'works' }],
    ['no diría que con el hotspot no carga', 'other_network', ON, { other_network: 'works' }],
    ['no te diría que en incógnito funcione', 'clean_browser', W, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe("German and Spanish: the organisation's other calls answer api_health, the reporter's own failure does not", () => {
  it.each<Case>([
    // The organisation's other calls, said beside another answer, whatever the surface.
    ['nunca se recupera, y las demás llamadas de la empresa tampoco van', 'retries', API, { retries: 'persists', api_health: 'fails' }],
    ['siempre 503; el resto de las peticiones a la API va bien', 'retries', API, { retries: 'persists', api_health: 'works', symptom: 'api_503' }],
    ['immer 429, die übrigen API-Aufrufe laufen aber problemlos', 'retries', API, { retries: 'persists', api_health: 'works', symptom: 'api_429' }],
    // "the rest of the org" when the API is where it fails.
    ['los otros equipos también tienen caída la integración', 'symptom', { ...API, symptom: 'api_500' }, { api_health: 'fails' }],
    // "only me": no word on the others' calls (the code is the symptom).
    ['solo a mí me sale el 500', 'api_health', API, { symptom: 'api_500' }],
    ['nur bei mir kommt der 503er', 'api_health', { ...API, symptom: 'api_503' }, 'unclear'],
    ['ja, beim Rest der Firma läuft es, nur ich krieg 503', 'api_health', API, { api_health: 'works', symptom: 'api_503' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('German and Spanish: the thing not installed, the thing denied, neither of two', () => {
  it.each<Case>([
    // "App hab ich keine", "la app no la tengo": the thing not installed is not the surface.
    ['Chrome am Laptop, Desktop-App hab ich keine', 'surface', {}, { surface: 'web' }],
    ['desde safari; la aplicación ni la tenemos', 'surface', {}, { surface: 'web' }],
    ['no tengo la app instalada, uso edge', 'surface', {}, { surface: 'web' }],
    // "X no es, es Y": the thing named first and denied at the end of its clause.
    ['cloudflare no es, sale un 403', 'symptom', { surface: 'web' }, { symptom: 'http_403' }],
    ['la cuota no es eh, es un 503', 'symptom', API, { symptom: 'api_503' }],
    // "la conexión no es privada": the browser's warning, not a denial.
    ['me pone que su conexión no es privada', 'symptom', { surface: 'web' }, { symptom: 'ssl_or_network_config' }],
    // "ni X ni Y: es Z": neither value, then the one it is.
    ['ni el móvil ni el navegador, es la app de escritorio', 'surface', {}, { surface: 'desktop' }],
    ['ni firefox ni edge: es un job nuestro que llama a la API', 'surface', {}, { surface: 'api' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('German: "… auch nicht mehr" after the verb fails too', () => {
  it.each<Case>([
    ['unsere Skripte laufen auch nicht mehr', 'api_health', W, { api_health: 'fails' }],
    ['der Hotspot geht jetzt leider nicht mehr', 'other_network', ON, { other_network: 'fails' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('German and Spanish: "request" as a noun is an API call, not a request to IT', () => {
  const A5: Facts = { ...API, symptom: 'api_500' };
  it.each<Case>([
    ['jeder fünfte Request kommt durch', 'retries', A5, { retries: 'intermittent' }],
    ['kein einziger Request geht durch, auch nach zehn Versuchen', 'retries', A5, { retries: 'persists' }],
    ['cada request falla igual, no se recupera nunca', 'retries', A5, { retries: 'persists' }],
    // "gar keiner" asked which code: no code at all; the timeout is the error (outside the list: api_other).
    ['überhaupt keiner, der Aufruf hängt bis zum Timeout', 'symptom', API, { symptom: 'api_other' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('Spanish: a network named and denied opening the reply is not where it is', () => {
  it.each<Case>([
    ['la red de la oficina no, hoy estoy desde casa', 'network', W, { network: 'home' }],
    ['el wifi de mi casa no, estoy con el hotspot del cel', 'network', W, { network: 'mobile_data' }],
    // After an outcome, "X no" denies that outcome there.
    ['con datos móviles carga; en la red de casa no', 'other_network', { ...W, network: 'home' }, { other_network: 'works' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
