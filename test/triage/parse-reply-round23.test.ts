import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const WO: Facts = { surface: 'web', network: 'office' };
const AS: Facts = { surface: 'api' };
const DS: Facts = { surface: 'desktop' };
const A: Facts = { surface: 'api', symptom: 'api_500' };
const E: Facts = {};

/**
 * Issue 13, twenty-third round: the families behind the wrong readings of blind batches 30-33 (800
 * replies, one writer per language, who never saw the parser), probed with sentences written for
 * these tests. Each table ends with replies the new rules must leave as they were.
 */
describe('twenty-third round: taken back, sarcastic or said of a thing one does not have', () => {
  it.each<Case>([
    ['not tried. actually wait, I just did, the hotspot works', 'other_network', WO, { other_network: 'works' }],
    ['oh sure it works over mobile data, if only I had a data plan', 'other_network', WO, { other_network: 'not_tried' }],
    ['klar geht das am Hotspot, wenn ich einen hätte', 'other_network', WO, { other_network: 'not_tried' }],
    ['Incognito solves everything, said no one ever', 'clean_browser', W, 'unclear'],
    ['anda bárbaro en incógnito... mentira, igual que siempre', 'clean_browser', W, { clean_browser: 'fails' }],
    ['ça marche pas en privé... non je rigole, ça marche', 'clean_browser', W, { clean_browser: 'works' }],
    ['le navigateur marche super... pas.', 'web_works', DS, { web_works: 'fails' }],
    ['ja klar, toll, immer noch kaputt', 'clean_browser', W, { clean_browser: 'fails' }],
    ['im Browser geht es genauso "gut", also gar nicht', 'web_works', DS, { web_works: 'fails' }],
    ['Browser? Ja nee, auch kaputt', 'web_works', DS, { web_works: 'fails' }],
    ['im Browser gehts, ah nein sorry, der geht auch nicht', 'web_works', DS, { web_works: 'fails' }],
    ['no, no es que falle siempre: en incógnito anda bien', 'clean_browser', W, { clean_browser: 'works' }],
    ['no es un error de certificado, es el check de Cloudflare que no pasa', 'symptom', { surface: 'web' }, { symptom: 'cloudflare_challenge' }],
    ["Non c'est pas l'appli, c'est dans Firefox", 'surface', E, { surface: 'web' }],
    // Left as they were.
    ['no, same error', 'clean_browser', W, { clean_browser: 'fails' }],
    ['das kann ich also nicht', 'clean_browser', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-third round: refusals and requests, and tests that are not the reporter\'s', () => {
  it.each<Case>([
    ['no voy a gastar mis datos en esto', 'other_network', WO, 'unclear'],
    ['que lo revise el soporte, yo ya probé bastante', 'clean_browser', W, 'unclear'],
    ['manden a alguien de sistemas por favor', 'web_works', DS, 'unclear'],
    ["c'est dans quel menu, le mode privé ?", 'clean_browser', W, 'unclear'],
    ['vous pouvez pas le tester vous-même ?', 'clean_browser', W, 'unclear'],
    ['a mi jefe le funciona con su celular', 'other_network', WO, 'unclear'],
    ['dans le navigateur de ma collègue ça passe', 'web_works', DS, 'unclear'],
    ['not on another network, but my laptop on the same office wifi loads it', 'other_network', WO, 'unclear'],
    ['tried the hotspot as well, same error', 'other_network', WO, { other_network: 'fails' }],
    ['nosotros no programamos nada con eso', 'api_health', W, { api_health: 'unknown' }],
    ['desde Chrome entra sin problemas', 'web_works', DS, { web_works: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-third round: places in doubt, and words that are no place', () => {
  it.each<Case>([
    ["I can't remember, the café or home", 'network', W, 'unclear'],
    ['office, but sometimes the vpn kicks in on its own', 'network', W, 'unclear'],
    ['en la oficina creo, aunque a veces la vpn se conecta sola sin que me dé cuenta', 'network', W, 'unclear'],
    ['weiss nicht genau, Büro oder das Gäste-WLAN', 'network', W, 'unclear'],
    ['zuhause geht es sicher, aber ich war seit Wochen nicht daheim', 'other_network', WO, 'unclear'],
    ["the GlobalProtect icon is green, I'm on the vpn", 'network', W, { network: 'vpn' }],
    ['the Android app on the tablet I take on site visits', 'surface', E, { surface: 'mobile' }],
    ["l'appli Android sur ma tablette Samsung, celle que le boulot m'a prêtée", 'surface', E, { surface: 'mobile' }],
    ["c'est l'appli Windows, l'icône sur mon bureau", 'surface', E, { surface: 'desktop' }],
    ['en connexion cellulaire, pas de wifi ici', 'network', W, { network: 'mobile_data' }],
    ["j'ai activé le point d'accès de mon iPhone et ça marche", 'other_network', WO, { other_network: 'works' }],
    ['Fehler bei jedem Versuch, wir gehen übers VPN raus', 'retries', AS, { retries: 'persists', network: 'vpn' }],
    ['503, a veces con un mensaje de overloaded en el body', 'symptom', AS, { symptom: 'api_503' }],
    ['wie vorher, Fehler 500', 'symptom', { surface: 'web' }, { symptom: 'http_500' }],
    // Left as they were.
    ['the office wifi at the site', 'network', W, { network: 'office' }],
    ['weiss nicht genau wie das heisst, aber Büro-WLAN', 'network', W, { network: 'office' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

/** The round's last part: families behind some of the batches' misses. */
describe('twenty-third round: the open space, the usual wifi, the anonymous tab, "même"', () => {
  it.each<Case>([
    ["sur le wifi de l'open space, pas en VPN", 'network', W, { network: 'office' }],
    ['es la red normal de casa, sin vpn', 'network', W, { network: 'home' }],
    ['works in the anonymous window', 'clean_browser', W, { clean_browser: 'works' }],
    ['en privé ça marche, je peux même poser des questions', 'clean_browser', W, { clean_browser: 'works' }],
    // Left as they were.
    ['même erreur en privé', 'clean_browser', W, { clean_browser: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

/** The round's third part: the families behind blind batches 34-37's wrong readings. */
describe('twenty-third round, batches 34-37', () => {
  it.each<Case>([
    ['en privado va, aunque tarda un montón en cargar', 'clean_browser', W, { clean_browser: 'works' }],
    ['tenemos un cron que llama a la API cada 10 minutos', 'surface', E, { surface: 'api' }],
    ['ni de broma fallan los datos, con el hotspot va perfecto', 'other_network', WO, { other_network: 'works' }],
    ['el navegador... bueno no, perdona, es la app de Mac', 'surface', E, { surface: 'desktop' }],
    ['no me quedan datos este mes, así que no lo probé', 'other_network', WO, { other_network: 'not_tried' }],
    ['y si gasto mis megas quién me los paga?', 'other_network', WO, 'unclear'],
    ['no navegador funciona sim, só o app falha', 'web_works', DS, { web_works: 'works' }],
    ['pode ser que funcione com dados, não sei', 'other_network', WO, 'unclear'],
    ['la API la usan los del otro equipo, yo uso chatgpt.com en Chrome', 'surface', E, { surface: 'web' }],
    ['askip en 4G ça passe, mais j\'ai pas testé moi-même', 'other_network', WO, { other_network: 'not_tried' }],
    ['Je vous prie de bien vouloir transmettre au service réseau', 'network', W, 'unclear'],
    ['je n\'ai malheureusement pas le temps de tester aujourd\'hui', 'other_network', WO, 'unclear'],
    ['ça a marché une fois en privé, puis plus rien', 'clean_browser', W, 'unclear'],
    ['eher so mittel, mal geht es, mal nicht', 'clean_browser', W, 'unclear'],
    ['irgendwann geht mal einer durch, aber so richtig sicher bin ich mir da nicht', 'retries', A, 'unclear'],
    ['vermutlich die API, ich bin aber nur Fachabteilung', 'surface', E, 'unclear'],
    ['kein Diensthandy, und privat darf ich nicht', 'other_network', WO, { other_network: 'not_tried' }],
    ['can IT just send me a hotspot so I can test?', 'other_network', WO, 'unclear'],
    ['hindi pa, wala akong load', 'other_network', WO, { other_network: 'not_tried' }],
    ['haan API theek hai, sirf website down', 'api_health', W, { api_health: 'works' }],
    ['only fails with gpt-4o, with the mini model it works', 'retries', A, 'unclear'],
    ['ça marche en retry ? lol non, jamais', 'retries', A, { retries: 'persists' }],
    // Left as they were.
    ['tarda en cargar pero carga, en incógnito', 'clean_browser', W, { clean_browser: 'works' }],
    ['privat geht es, im Inkognito-Fenster', 'clean_browser', W, { clean_browser: 'works' }],
    ['API fine, website down', 'api_health', W, { api_health: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
