import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const AS: Facts = { surface: 'api' };
const A: Facts = { surface: 'api', symptom: 'api_500' };
const DS: Facts = { surface: 'desktop' };
const E: Facts = {};

/**
 * Issue 13, twenty-second round: the families behind the wrong readings of blind batch 22 (600
 * replies by four writers who never saw the parser), probed with sentences written for these tests.
 */
describe('twenty-second round: a clause that asks for something, and what it carries on into, is no answer', () => {
  it.each<Case>([
    ['kindly do the needful and unblock it on the office network', 'network', W, 'unclear'],
    ['please switch off my VPN from your side', 'network', W, 'unclear'],
    ['Desactívenme el VPN por favor', 'network', W, 'unclear'],
    ['could you bump our quota so the retries stop failing', 'retries', A, 'unclear'],
    ['augmentez la limite svp', 'retries', A, 'unclear'],
    ['stp ouvre un ticket', 'api_health', A, 'unclear'],
    ['pruébelo usted con otra red, yo no puedo', 'other_network', W, 'unclear'],
    ['hacelo vos mismo desde otra red', 'other_network', W, 'unclear'],
    // The request stays in its clause: what is said beside it is read.
    ['it is the API from our backend, please check', 'surface', E, { surface: 'api' }],
    ['office network. please fix asap', 'network', W, { network: 'office' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-second round: a polite opener is no request', () => {
  it.each<Case>([
    ['kindly note I am on the office network', 'network', W, { network: 'office' }],
    ['please be informed that it fails on mobile data', 'network', W, { network: 'mobile_data' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-second round: "keeps failing" says how often, not how retries fare', () => {
  it.each<Case>([
    ['our service calls the API and it keeps returning 503', 'surface', E, { surface: 'api', symptom: 'api_503' }],
    ['the API, keeps failing with 500, and the retries fail too', 'surface', E, { surface: 'api', symptom: 'api_500', retries: 'persists' }],
    ['it keeps failing', 'retries', A, { retries: 'persists' }],
    ['ningún reintento ha salido bien', 'retries', A, { retries: 'persists' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-second round: a place named for another test is not where it fails', () => {
  it.each<Case>([
    ['only tried the browser on my home laptop, which is another network', 'web_works', DS, 'unclear'],
    ['en el navegador de mi casa sí, aquí en la misma red no', 'web_works', DS, 'unclear'],
    ['si, desde el navegador del celu con los mismos datos anda', 'web_works', DS, { web_works: 'works', network: 'mobile_data' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-second round: doubt, tests run in part, filler', () => {
  it.each<Case>([
    ['not sure, either the guest wifi or the VPN', 'network', W, 'unclear'],
    ['no idea, maybe home or the vpn', 'network', W, 'unclear'],
    ['not sure', 'api_health', AS, { api_health: 'unknown' }],
    ['might work on the hotspot, did not test it long enough', 'other_network', W, 'unclear'],
    ['did not test it properly', 'clean_browser', W, 'unclear'],
    ['la la la ok ok', 'other_network', W, 'unclear'],
    ['el perro pisó el teclado', 'clean_browser', W, 'unclear'],
    ['desde mi piso', 'network', W, { network: 'home' }],
    ['ich kann gar kein privates Fenster öffnen', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['Inkognito? das hat die IT gesperrt', 'clean_browser', W, { clean_browser: 'not_tried' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

/** The second part of the round: the families behind blind batch 23's wrong readings. */
describe('twenty-second round, batch 23: requests and what a change would do', () => {
  it.each<Case>([
    ['Abre un caso con soporte, please', 'retries', A, 'unclear'],
    ['open a ticket with them, please', 'api_health', A, 'unclear'],
    ['just bump the quota, that would fix it', 'retries', A, 'unclear'],
    ['office. please', 'network', W, { network: 'office' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-second round, batch 23: where the person is, and the known network again', () => {
  it.each<Case>([
    ['nein, im Browser auch nicht, ich bin im Mobilfunknetz', 'web_works', DS, { web_works: 'fails', network: 'mobile_data' }],
    ['non, le site non plus, je suis en 4G', 'web_works', DS, { web_works: 'fails', network: 'mobile_data' }],
    ['tried my colleague laptop, also on the office wifi, works there', 'other_network', { ...W, network: 'office' }, 'unclear'],
    ['ohne VPN gehts, mit VPN nicht', 'other_network', { ...W, network: 'vpn' }, { other_network: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-second round, batch 23: German idioms, retries not made, French "maison"', () => {
  it.each<Case>([
    ['im Edge macht er keine Zicken, gleiches Netz', 'web_works', DS, { web_works: 'works' }],
    ['bin mir da überhaupt nicht sicher', 'web_works', DS, 'unclear'],
    ['Samsung Internet, selbes WLAN, gleicher Fehler', 'web_works', DS, { web_works: 'fails' }],
    ['das Inkognito-Fenster hat auch nichts gebracht', 'clean_browser', W, { clean_browser: 'fails' }],
    ['bis zum Mittag lief es, seitdem geht kein einziger Request mehr durch', 'api_health', AS, { api_health: 'fails' }],
    ['Retries haben wir keine', 'retries', A, 'unclear'],
    ['there are basically no retries in that service', 'retries', A, 'unclear'],
    ['not all of them fail, some retries get a 200', 'retries', A, { retries: 'intermittent' }],
    ['on ne relance pas, politique maison', 'retries', A, 'unclear'],
    ['le wifi de la maison', 'network', W, { network: 'home' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-second round, batch 23: asking which thing a choice means, and the browser said to work', () => {
  it.each<Case>([
    ["l'appli de bureau, c'est celle qu'on installe ?", 'surface', E, 'unclear'],
    ['la de escritorio es la que se instala?', 'surface', E, 'unclear'],
    ['ist das die App, die man installiert?', 'surface', E, 'unclear'],
    ['I opened it in the browser first, but the browser is fine, it is the Windows app that fails', 'surface', E, { surface: 'desktop', web_works: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

/** The third part of the round: the families behind blind batch 24's wrong readings. */
describe('twenty-second round, batch 24: a request beside a complaint, closings, greetings', () => {
  it.each<Case>([
    ['Subid el límite por favor. Estamos bloqueados desde las nueve.', 'retries', A, 'unclear'],
    ['please unblock us. nothing works since the morning', 'retries', A, 'unclear'],
    ['desbloqueadnos el acceso', 'network', W, 'unclear'],
    ['¿Podéis revisar vosotros si las demás llamadas van?', 'api_health', AS, 'unclear'],
    ['IT blocks private mode here, so I could not check, kindly let me know another way', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['good, and you?', 'other_network', W, 'unclear'],
    ['muy bien y usted?', 'web_works', DS, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-second round, batch 24: a denied reason, the imperfect, "I expected"', () => {
  it.each<Case>([
    ['no es que no ande con el hotspot, es que no lo pude probar', 'other_network', W, { other_network: 'not_tried' }],
    ["ce n'est pas que ça ne marche pas en 4G, c'est que je n'ai pas pu tester", 'other_network', W, { other_network: 'not_tried' }],
    ['andaban, ahora ya no', 'api_health', AS, { api_health: 'fails' }],
    ['I expected it to work in private mode', 'clean_browser', W, 'unclear'],
    ["No, I haven't done the hotspot thing", 'other_network', W, { other_network: 'not_tried' }],
    ["j'ai bien testé en navigation privée, même erreur", 'clean_browser', W, { clean_browser: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-second round, batch 24: same network, second network, the organisation', () => {
  it.each<Case>([
    ['on the same wifi, on my neighbour desk laptop, it fails too', 'other_network', W, 'unclear'],
    ['Edge works, same 4G', 'web_works', DS, { web_works: 'works', network: 'mobile_data' }],
    ['lo abrí en el navegador pero con los datos del móvil, y ahí funcionó', 'web_works', DS, 'unclear'],
    ['browser works, I am on 4G btw', 'web_works', DS, { web_works: 'works', network: 'mobile_data' }],
    ['die übrigen Dienste bei uns laufen, nur unser Bot kriegt 500er', 'api_health', AS, { api_health: 'works', symptom: 'api_500' }],
    ['sí, el resto del equipo funciona bien', 'api_health', AS, { api_health: 'works' }],
    ['ça finit par passer au bout de 2 tentatives, c\'est du 503 à chaque fois', 'retries', AS, { retries: 'intermittent', symptom: 'api_503' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

/** The fourth part of the round: the families behind blind batch 25's wrong readings. */
describe('twenty-second round, batch 25: requests and refusals', () => {
  it.each<Case>([
    ['Kann der Support nicht einfach meinen Account zurücksetzen?', 'clean_browser', W, 'unclear'],
    ['Revisen mi cuenta, lo del incógnito no me interesa', 'clean_browser', W, 'unclear'],
    ['Cámbienme a la red de invitados', 'network', W, 'unclear'],
    ['augmentez le timeout du proxy et on n’en parle plus', 'retries', A, 'unclear'],
    ['where do I even look? does that count as an error?', 'symptom', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-second round, batch 25: what is said again, denied or retested', () => {
  it.each<Case>([
    ['Never? No, that is not right, a few of them do go through', 'retries', A, { retries: 'intermittent' }],
    ['not all of them fail, a few get through', 'retries', A, { retries: 'intermittent' }],
    ['it worked on the hotspot yesterday, but I retested just now and it fails', 'other_network', W, { other_network: 'fails' }],
    ['ça marchait en 4G hier, mais là j’ai retesté et non', 'other_network', W, { other_network: 'fails' }],
    ['Dachte erst der Browser im Büro geht, tut er aber nicht', 'web_works', DS, { web_works: 'fails' }],
    ['y si reintento diez veces, diez veces el error. O sea no', 'retries', A, { retries: 'persists' }],
    ['retried like 20 times, keeps failing', 'retries', A, { retries: 'persists' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-second round, batch 25: the machinery, the building, another person, complaints', () => {
  it.each<Case>([
    ['the retry logic runs fine, but every attempt fails', 'retries', A, { retries: 'persists' }],
    ['on n’a jamais eu une relance qui ne plante pas', 'retries', A, { retries: 'persists' }],
    ['Der normale Tab zeigt die Meldung, das private Fenster aber nicht', 'clean_browser', W, { clean_browser: 'works' }],
    ['went to the other end of the office, same wifi, same error', 'other_network', W, 'unclear'],
    ['sur le portable d’un collègue, ça plante aussi', 'other_network', W, 'unclear'],
    ['yes, nobody on the team has complained', 'api_health', AS, { api_health: 'works' }],
    ['sí, nadie se ha quejado', 'api_health', AS, { api_health: 'works' }],
    ['no tengo probado el modo incógnito', 'clean_browser', W, { clean_browser: 'not_tried' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

/** The fifth part of the round: the families behind blind batch 26's wrong readings. */
describe('twenty-second round, batch 26', () => {
  it.each<Case>([
    ['the browser on my work laptop is where it crashes', 'surface', E, { surface: 'web' }],
    ['the app crashes right after the login screen', 'symptom', { surface: 'desktop' }, { symptom: 'other' }],
    ['maybe one went through? hard to tell', 'retries', A, 'unclear'],
    ['haha ok 👍', 'other_network', W, 'unclear'],
    ['I do not have a company phone, so nothing to hotspot from', 'other_network', W, { other_network: 'not_tried' }],
    ['¿no me pueden mandar a un técnico? no quiero andar probando', 'web_works', DS, 'unclear'],
    ['en casa, pero conectado a la VPN del trabajo', 'network', W, { network: 'vpn' }],
    ['desde Edge en la compu del trabajo', 'surface', E, { surface: 'web' }],
    ['con el wifi de la misma oficina, otro piso, igual falla', 'other_network', W, 'unclear'],
    ['antes con los datos sí andaba, ahora ya no', 'other_network', W, { other_network: 'fails' }],
    ["j'ai testé le site chez moi hier soir, ça marchait", 'web_works', DS, 'unclear'],
    ['même réseau, ça veut dire quoi ?', 'web_works', DS, 'unclear'],
    ["Réparez-moi plutôt l'appli, le site je m'en fiche", 'web_works', DS, 'unclear'],
    ['Nur die Embeddings laufen, Chat Completions nicht', 'api_health', AS, 'unclear'],
    ['only embeddings work, completions fail', 'api_health', AS, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

/** The sixth part of the round: the families behind blind batch 27's wrong readings. */
describe('twenty-second round, batch 27', () => {
  it.each<Case>([
    ['Im Browser am Handy geht es, aber da bin ich im Mobilfunknetz', 'web_works', DS, 'unclear'],
    ['office wifi. VPN is turned off', 'network', W, { network: 'office' }],
    ['• Netz: Büro\n• VPN: aus', 'network', W, { network: 'office' }],
    ['vor zwei Stunden lief noch alles, inzwischen ist alles rot', 'api_health', AS, { api_health: 'fails' }],
    ['the app crashes but the website does not', 'web_works', DS, { web_works: 'works' }],
    ['nothing is down except our one integration', 'api_health', AS, { api_health: 'works' }],
    ['it does not keep failing, after a couple of retries it goes through', 'retries', A, { retries: 'intermittent' }],
    ['how many retries do you mean, we do 3 by default', 'retries', A, 'unclear'],
    ['desde un coworking donde trabajo a veces', 'network', W, 'unclear'],
    ['los reintentos se cuelgan, ni éxito ni error', 'retries', A, 'unclear'],
    ['nach ein paar Retries geht es meistens', 'retries', A, { retries: 'intermittent' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

/** The seventh part of the round: families behind the English and German replies batch 27 missed. */
describe('twenty-second round, misses of batch 27', () => {
  it.each<Case>([
    ['the iPhone app is grand, it is the Mac app that keeps failing', 'surface', E, { surface: 'desktop' }],
    ['forget the 429, it is a plain 500 now', 'symptom', AS, { symptom: 'api_500' }],
    ['VPN - no, my bad, office', 'network', W, { network: 'office' }],
    ['no phone with me for a hotspot, sorry', 'other_network', W, { other_network: 'not_tried' }],
    ['Nur die Desktop-App streikt, die Website nicht', 'web_works', DS, { web_works: 'works' }],
    ['Im Firefox ebenso wenig', 'web_works', DS, { web_works: 'fails' }],
    ['nö, privat geht es genauso wenig', 'clean_browser', W, { clean_browser: 'fails' }],
    ['gestern ging es im Browser noch, jetzt ist da auch Schluss', 'web_works', DS, { web_works: 'fails' }],
    ['kein VPN, ganz normal im Büro-WLAN', 'network', W, { network: 'office' }],
    ['20 Retries, kein einziger erfolgreich', 'retries', A, { retries: 'persists' }],
    ['Alles andere geht, nur dieser Job kriegt 503', 'api_health', AS, { api_health: 'works', symptom: 'api_503' }],
    ['andere Calls aus der Firma laufen', 'api_health', AS, { api_health: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

/** The eighth part of the round: the families behind blind batch 28's wrong readings (English and German). */
describe('twenty-second round, batch 28', () => {
  it.each<Case>([
    ['it is 503 all the time, constantly', 'symptom', AS, { symptom: 'api_503' }],
    ['500 on every call', 'symptom', AS, { symptom: 'api_500', retries: 'persists' }],
    ['Macht einfach ein Ticket auf, ich teste da nichts mehr', 'clean_browser', W, 'unclear'],
    ['Ich kann nicht sagen, dass es nicht geht – privat lädt alles', 'clean_browser', W, { clean_browser: 'works' }],
    ['Na, im Firefox rennt es a ned', 'web_works', DS, { web_works: 'fails' }],
    ['Am Hotspot ging es letzten Monat mal', 'other_network', W, 'unclear'],
    ['verify you are human, forever. and yeah I am on the VPN', 'symptom', { surface: 'web' }, { symptom: 'cloudflare_challenge', network: 'vpn' }],
    ['no browser on this work phone, it is locked down', 'web_works', { surface: 'mobile' }, 'unclear'],
    ['switched to my hotspot and it stopped failing', 'other_network', W, { other_network: 'works' }],
    ['any chance you could bump our quota?', 'retries', A, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

/** The ninth part of the round: the families behind blind batch 29's wrong readings (Spanish and French). */
describe('twenty-second round, batch 29', () => {
  it.each<Case>([
    ['Nada de VPN, estoy en el cable de la oficina', 'network', W, { network: 'office' }],
    ['dicen que todo bien, pero no lo tengo confirmado', 'clean_browser', W, 'unclear'],
    ['andar, lo que se dice andar, no', 'api_health', AS, { api_health: 'fails' }],
    ['¿y a quién le pregunto en la empresa?', 'api_health', AS, 'unclear'],
    ["l'app Android sur le téléphone du boulot", 'surface', E, { surface: 'mobile' }],
    ["la page s'affiche, mais j'ai pas encore posé de question", 'clean_browser', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
