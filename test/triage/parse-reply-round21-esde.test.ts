import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const WS: Facts = { surface: 'web' };
const A: Facts = { surface: 'api', symptom: 'api_500' };
const AS: Facts = { surface: 'api' };
const D: Facts = { surface: 'desktop', symptom: 'http_500' };
const DS: Facts = { surface: 'desktop' };
const E: Facts = {};

/**
 * Issue 13, twenty-first round (Spanish first, then German): families of wording from registers the
 * earlier batches lacked (voseo and Latin-American colloquial Spanish, chat spellings, formal e-mails,
 * hearsay; German particles, Denglisch, "weder … noch"), probed with sentences written for these tests.
 */
describe('twenty-first round: an emphatic "no way" before the verb denies it', () => {
  it.each<Case>([
    ['ni de coña funciona en incógnito', 'clean_browser', W, { clean_browser: 'fails' }],
    ['ni en pedo anda con el hotspot', 'other_network', W, { other_network: 'fails' }],
    ['ni de broma carga en privado', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en incógnito ni abre', 'clean_browser', W, { clean_browser: 'fails' }],
    ['con los datos ni carga', 'other_network', W, { other_network: 'fails' }],
    ['ni de coña', 'clean_browser', W, { clean_browser: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round: chat spellings', () => {
  it.each<Case>([
    ['con datos tp va', 'other_network', W, { other_network: 'fails' }],
    ['en incognito tb falla', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en privado tmb funciona', 'clean_browser', W, { clean_browser: 'works' }],
    ['toy en ksa', 'network', E, { network: 'home' }],
    ['nse, xq no lo he probado', 'other_network', W, { other_network: 'not_tried' }],
    ['nse', 'clean_browser', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round: not knowing whether', () => {
  it.each<Case>([
    ['no sé si la API va', 'api_health', W, { api_health: 'unknown' }],
    ['ni idea de si la API funciona', 'api_health', W, { api_health: 'unknown' }],
    ['la neta no sé si la API jale', 'api_health', W, { api_health: 'unknown' }],
    ['no tenemos nada que use la API, así que no sabría', 'api_health', W, { api_health: 'unknown' }],
    ['no sé si en incógnito funciona', 'clean_browser', W, 'unclear'],
    ['mmm no sabría decirte, el log no lo guarda', 'retries', A, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round: the test not run, said formally or for want of means', () => {
  it.each<Case>([
    ['No he podido realizar la prueba con otra red, ya que no dispongo de datos móviles.', 'other_network', W, { other_network: 'not_tried' }],
    ['no hemos podido hacer la prueba todavía', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['ni siquiera me deja abrir el incógnito, lo tiene bloqueado la empresa', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['no me permite usar el modo privado', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['no tengo permisos para abrir ventanas privadas en este equipo', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['no uso incógnito nunca, no sé ni dónde está', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['Hotspot hab ich halt nicht', 'other_network', W, { other_network: 'not_tried' }],
    ['weder Inkognito noch Hotspot probiert', 'clean_browser', W, { clean_browser: 'not_tried', other_network: 'not_tried' }],
    ['weder im Inkognito noch über den Hotspot getestet', 'clean_browser', W, { clean_browser: 'not_tried', other_network: 'not_tried' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round: doubt, hearsay and a look too brief', () => {
  it.each<Case>([
    ['dudo que la API esté caída', 'api_health', W, 'unclear'],
    ['dudo mucho que sea la VPN', 'network', E, 'unclear'],
    ['tendría que ser la oficina, es donde estoy siempre', 'network', E, 'unclear'],
    ['debería ser la VPN', 'network', E, 'unclear'],
    ['al parecer en incógnito funciona, me lo dijo el de soporte', 'clean_browser', W, 'unclear'],
    ['tengo entendido que en incógnito va', 'clean_browser', W, 'unclear'],
    ['por lo visto con el hotspot carga', 'other_network', W, 'unclear'],
    ['al parecer estoy en la VPN, eso me dijo IT', 'network', E, 'unclear'],
    ['me da que en incógnito sí va, pero lo probé muy rápido', 'clean_browser', W, 'unclear'],
    ['me parece que 500, pero lo cerré rápido', 'symptom', WS, 'unclear'],
    ['según parece con el hotspot funciona, pero no lo probé yo', 'other_network', W, { other_network: 'not_tried' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round: alike, and how', () => {
  it.each<Case>([
    ['pues en incógnito me va igual de mal', 'clean_browser', W, { clean_browser: 'fails' }],
    ['la API va igual de bien que siempre', 'api_health', W, { api_health: 'works' }],
    ['en privado pasa exactamente lo mismo', 'clean_browser', W, { clean_browser: 'fails' }],
    ['con el hotspot ocurre justo lo mismo', 'other_network', W, { other_network: 'fails' }],
    ['kommt halt immer wieder der 429', 'symptom', AS, { symptom: 'api_429' }],
    ['gemäss unserem Entwicklerteam laufen die API-Aufrufe normal', 'api_health', W, { api_health: 'works' }],
    ['unsere Entwickler bestätigen, dass die API-Aufrufe ebenfalls fehlschlagen', 'api_health', W, { api_health: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round: a test told as a story', () => {
  it.each<Case>([
    ['probé con los datos del celular, pero tampoco', 'other_network', W, { other_network: 'fails' }],
    ['Mirá, primero pensé que era el wifi, así que probé con los datos del celular, pero tampoco. Después probé en incógnito y ahí sí anduvo.', 'clean_browser', W, { other_network: 'fails', clean_browser: 'works' }],
    ['lo intenté en incógnito y tampoco', 'clean_browser', W, { clean_browser: 'fails' }],
    ['compartí internet desde el celular y ahí sí cargó', 'other_network', W, { other_network: 'works' }],
    ['he creado un perfil nuevo de Chrome y ahí funciona', 'clean_browser', W, { clean_browser: 'works' }],
    ['Dann hab ich den Hotspot vom Handy genommen und es ging sofort', 'other_network', W, { other_network: 'works' }],
    ['im Büro ging gar nichts', 'network', E, { network: 'office' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round: neither, nor anything; denied once', () => {
  it.each<Case>([
    ['no funciona ni en incógnito ni con datos', 'clean_browser', W, { clean_browser: 'fails', other_network: 'fails' }],
    ['ni en privado ni con el hotspot, nada', 'other_network', W, { clean_browser: 'fails', other_network: 'fails' }],
    ['ni incógnito ni nada, no carga', 'clean_browser', W, { clean_browser: 'fails' }],
    ['no es ni la oficina ni la VPN, estoy en casa', 'network', E, { network: 'home' }],
    ['con el wifi de mi casa funciona, en la oficina no', 'other_network', W, { other_network: 'works', network: 'office' }],
    ['estoy en casa, en la oficina no', 'network', E, { network: 'home' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe("twenty-first round: the workplace's network, another network, the error's words", () => {
  it.each<Case>([
    ['desde el hospital donde trabajo, red interna', 'network', E, { network: 'office' }],
    ['en la sucursal del centro', 'network', E, { network: 'office' }],
    ['no he probado otra red', 'other_network', W, { other_network: 'not_tried' }],
    ['con otra red funciona', 'other_network', W, { other_network: 'works' }],
    ['error interno del servidor', 'symptom', AS, { symptom: 'api_500' }],
    ['sale un error de que la red está mal configurada', 'symptom', DS, { symptom: 'ssl_or_network_config' }],
    ['ich denke schon, dass es übers VPN läuft', 'network', E, { network: 'vpn' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round: retries that do not help, a list opened by marks', () => {
  it.each<Case>([
    ['api, 429, y los reintentos no ayudan', 'surface', E, { surface: 'api', symptom: 'api_429', retries: 'persists' }],
    ['los retries no sirven de nada', 'retries', A, { retries: 'persists' }],
    ['por mucho que reintentemos sigue el 503', 'retries', { surface: 'api', symptom: 'api_503' }, { retries: 'persists' }],
    ['✅ incógnito\n❌ hotspot', 'clean_browser', W, { clean_browser: 'works', other_network: 'fails' }],
    ['❌ inkognito\n✅ hotspot', 'clean_browser', W, { clean_browser: 'fails', other_network: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round: the exception said first, a habit, in the end, a wish', () => {
  it.each<Case>([
    ['salvo en incógnito, falla en todos lados', 'clean_browser', W, { clean_browser: 'works' }],
    ['excepto con datos, no funciona en ningún lado', 'other_network', W, { other_network: 'works' }],
    ["außer im Inkognito geht's nirgends", 'clean_browser', W, { clean_browser: 'works' }],
    ['únicamente pasa con la VPN puesta', 'network', E, { network: 'vpn' }],
    ['la VPN la uso a veces, hoy no', 'network', E, 'unclear'],
    ['VPN hab ich manchmal an, heute aber nicht', 'network', E, 'unclear'],
    ['no, siempre acaba pasando', 'retries', A, { retries: 'intermittent' }],
    ["nein, irgendwann klappt's immer", 'retries', A, { retries: 'intermittent' }],
    ['diría que la mayoría acaba pasando, pero no lo he medido', 'retries', A, 'unclear'],
    ['hasta ahora todos los reintentos han fallado', 'retries', A, { retries: 'persists' }],
    ['bisher sind alle Retries gescheitert', 'retries', A, { retries: 'persists' }],
    ['ojalá fuera la VPN', 'network', E, 'unclear'],
    ['oye que ya funciona todo, gracias', 'clean_browser', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round: how it fares for others, not known', () => {
  it.each<Case>([
    ['la API no la usamos nosotros, la usa otro equipo y no sé cómo les va', 'api_health', W, { api_health: 'unknown' }],
    ['ni puta idea', 'api_health', W, { api_health: 'unknown' }],
    ['los de backend no se han quejado, pero no les he preguntado', 'api_health', W, 'unclear'],
    ['las llamadas a la API no se han parado en ningún momento', 'api_health', W, { api_health: 'works' }],
    ['no sé qué decirte, a mí me sale 500 siempre', 'symptom', WS, { symptom: 'http_500' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round: words that name something else (headquarters, browsing data), emphasis, once only', () => {
  it.each<Case>([
    ['en la casa matriz', 'network', E, { network: 'office' }],
    ['borré mis datos de navegación y sigue igual', 'clean_browser', W, 'unclear'],
    ['en incógnito sí, pero solo la primera vez', 'clean_browser', W, 'unclear'],
    ['la VPN no la tengo, estoy en la oficina', 'network', E, { network: 'office' }],
    ['nunca jamás pasa', 'retries', A, { retries: 'persists' }],
    ['no creo que sea cosa del navegador, en incógnito pasa igual', 'clean_browser', W, { clean_browser: 'fails' }],
    ['leider ja, auch die API streikt', 'api_health', W, { api_health: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round: controls (plain answers stay read)', () => {
  it.each<Case>([
    ['en incógnito funciona', 'clean_browser', W, { clean_browser: 'works' }],
    ['no, no lo he probado', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['debería funcionar en incógnito, pero no lo he comprobado', 'clean_browser', W, 'unclear'],
    ['en el navegador sí funciona', 'web_works', D, { web_works: 'works' }],
    ['creo que en incógnito funciona', 'clean_browser', W, { clean_browser: 'works' }],
    ['no sé', 'api_health', W, { api_health: 'unknown' }],
    ['el job no registra nada de eso', 'retries', A, 'unclear'],
    ['Inkognito geht', 'clean_browser', W, { clean_browser: 'works' }],
    ['läuft normal', 'api_health', W, { api_health: 'works' }],
    ['bin ganz normal im Büro', 'network', E, { network: 'office' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
