import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const A: Facts = { surface: 'api', symptom: 'api_500' };

/**
 * Issue 13, nineteenth round: families of wording probed with sentences written for these tests
 * (French first, then the wrong readings of every language); each family is a general way of
 * saying something, and each case one instance of it.
 */
describe('nineteenth round: French SMS spellings', () => {
  it.each<Case>([
    ['sa marche en privé', 'clean_browser', W, { clean_browser: 'works' }],
    ['sa marche pa en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en 4g sa marche pa non plu', 'other_network', W, { other_network: 'fails' }],
    ['jai pa testé', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['ça plante de tps en tps', 'retries', A, { retries: 'intermittent' }],
    ['ouaip', 'clean_browser', W, { clean_browser: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nineteenth round: not every time is some of the time; not even is a failure', () => {
  it.each<Case>([
    ['ça ne plante pas à chaque fois', 'retries', A, { retries: 'intermittent' }],
    ['ça bloque pas toujours', 'retries', A, { retries: 'intermittent' }],
    ['ça échoue pas systématiquement', 'retries', A, { retries: 'intermittent' }],
    ['ça plante systématiquement', 'retries', A, { retries: 'persists' }],
    ['ça échoue en continu depuis ce matin', 'retries', A, { retries: 'persists' }],
    ['es stürzt nicht immer ab', 'retries', A, { retries: 'intermittent' }],
    ["it doesn't fail every time", 'retries', A, { retries: 'intermittent' }],
    ['no falla siempre', 'retries', A, { retries: 'intermittent' }],
    ['pas même en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    ['not even in incognito', 'clean_browser', W, { clean_browser: 'fails' }],
    ['nicht mal im Inkognito', 'clean_browser', W, { clean_browser: 'fails' }],
    ['ni siquiera en incógnito', 'clean_browser', W, { clean_browser: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nineteenth round: still stuck, not good either, nothing at all', () => {
  it.each<Case>([
    ['ça reste bloqué en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    ['je suis toujours bloqué, même en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    ["le mode privé est bloqué par l'IT", 'clean_browser', W, { clean_browser: 'not_tried' }],
    ["en 4G c'est pas bon non plus", 'other_network', W, { other_network: 'fails' }],
    ["c'est toujours pas bon en privé", 'clean_browser', W, { clean_browser: 'fails' }],
    ['ça marche que dalle en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    ['que nenni, même en privé ça plante', 'clean_browser', W, { clean_browser: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe("nineteenth round: someone else's account is not the reporter's test", () => {
  it.each<Case>([
    ["d'après mon collègue, en 4G ça passe", 'other_network', W, 'unclear'],
    ['selon ma cheffe, en privé ça marche', 'clean_browser', W, 'unclear'],
    ['mon stagiaire l\'a fait en 4G sans souci', 'other_network', W, 'unclear'],
    ['ma femme dit que le site marche chez nous', 'web_works', { surface: 'desktop' }, 'unclear'],
    ['paraît que ça marche en privé pour les autres', 'clean_browser', W, 'unclear'],
    ["on m'a dit que ça marchait en privé", 'clean_browser', W, 'unclear'],
    ['les autres disent que ça marche en 4G', 'other_network', W, 'unclear'],
    ['according to my colleague, it works on the hotspot', 'other_network', W, 'unclear'],
    ['my intern tried the hotspot, no issue', 'other_network', W, 'unclear'],
    ['I was told it works in incognito', 'clean_browser', W, 'unclear'],
    ['others say it works on mobile data', 'other_network', W, 'unclear'],
    ['mein Praktikant hat den Hotspot probiert, geht', 'other_network', W, 'unclear'],
    ['meine Frau sagt, im Inkognito geht es', 'clean_browser', W, 'unclear'],
    ['mir wurde gesagt, dass es im Inkognito geht', 'clean_browser', W, 'unclear'],
    ['die anderen sagen, dass es im Mobilfunk geht', 'other_network', W, 'unclear'],
    ['según mi compañero, en el hotspot funciona', 'other_network', W, 'unclear'],
    ['mi mujer dice que en incógnito funciona', 'clean_browser', W, 'unclear'],
    ['dicen que en incógnito funciona', 'clean_browser', W, 'unclear'],
    ['me dijeron que en incógnito va', 'clean_browser', W, 'unclear'],
    ['los demás dicen que con datos funciona', 'other_network', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });

  it.each<Case>([
    // Done as told, the test is the reporter's own.
    ['Abrí una ventana de incógnito como me dijeron y ahí sí entró sin problema', 'clean_browser', { surface: 'web' }, { clean_browser: 'works' }],
    ["j'ai ouvert une fenêtre privée comme on m'a dit, et là ça marche", 'clean_browser', W, { clean_browser: 'works' }],
    // The team's word on the organisation's API is the api_health answer.
    ["selon l'équipe backend, l'API plante aussi", 'api_health', W, { api_health: 'fails' }],
    ['the backend team says the API is fine', 'api_health', W, { api_health: 'works' }],
  ])('%s (asked %s) is still read', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nineteenth round: fewer errors, faster or slower is a comparison, no outcome', () => {
  it.each<Case>([
    ["moins d'erreurs en privé", 'clean_browser', W, 'unclear'],
    ["c'est plus rapide en privé", 'clean_browser', W, 'unclear'],
    ['plus lent en 4G mais ça marche', 'other_network', W, { other_network: 'works' }],
    ['fewer errors in incognito', 'clean_browser', W, 'unclear'],
    ['less broken in incognito', 'clean_browser', W, 'unclear'],
    ['weniger Fehler im Inkognito', 'clean_browser', W, 'unclear'],
    ['menos errores en incógnito', 'clean_browser', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nineteenth round: without the means, "so no" is not having tried; no time now is no answer', () => {
  it.each<Case>([
    ['pas de téléphone pro, donc non', 'other_network', W, { other_network: 'not_tried' }],
    ['no work phone, so no', 'other_network', W, { other_network: 'not_tried' }],
    ['kein Diensthandy, also nein', 'other_network', W, { other_network: 'not_tried' }],
    ["pas eu l'occasion de tester", 'clean_browser', W, { clean_browser: 'not_tried' }],
    ["j'y ai pas pensé", 'clean_browser', W, { clean_browser: 'not_tried' }],
    ["je l'ai toujours pas fait", 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['hatte noch keine Gelegenheit', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['no he tenido ocasión', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ["pas le temps pour l'instant", 'other_network', W, 'unclear'],
    ['no time right now', 'other_network', W, 'unclear'],
    ['keine Zeit gerade', 'other_network', W, 'unclear'],
    ['no tengo tiempo ahora', 'other_network', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nineteenth round: French corrections', () => {
  it.each<Case>([
    ['en 4G ça marche. Non, je retire, ça plante aussi', 'other_network', W, { other_network: 'fails' }],
    ['ça plante — rectification : ça marche en privé', 'clean_browser', W, { clean_browser: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nineteenth round: everywhere except a place, the place has the other outcome', () => {
  it.each<Case>([
    ['ça marche partout sauf en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    ['ça plante partout sauf en 4G', 'other_network', W, { other_network: 'works' }],
    ['works everywhere except in incognito', 'clean_browser', W, { clean_browser: 'fails' }],
    ['fails everywhere except on the hotspot', 'other_network', W, { other_network: 'works' }],
    ['fails everywhere but on my hotspot', 'other_network', W, { other_network: 'works' }],
    ['geht überall außer im Inkognito', 'clean_browser', W, { clean_browser: 'fails' }],
    ['geht nirgends außer im Hotspot', 'other_network', W, { other_network: 'works' }],
    ['funciona en todos lados menos en incógnito', 'clean_browser', W, { clean_browser: 'fails' }],
    ['falla en todos lados excepto con datos', 'other_network', W, { other_network: 'works' }],
    ['no funciona en ningún lado excepto con datos', 'other_network', W, { other_network: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nineteenth round: French "maison" made in-house, nothing to report, "ça va ?"', () => {
  it.each<Case>([
    ["l'intégration maison tourne sans souci", 'api_health', W, { api_health: 'works' }],
    ['en privé rien à signaler', 'clean_browser', W, { clean_browser: 'works' }],
    ['en 4G rien à redire', 'other_network', W, { other_network: 'works' }],
    ['RAS en privé', 'clean_browser', W, { clean_browser: 'works' }],
    ['la 4G de mon tel perso, ça va ?', 'other_network', W, 'unclear'],
    ['ras le bol', 'clean_browser', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nineteenth round: nothing to report works; more errors is a comparison', () => {
  it.each<Case>([
    ['nothing to report in incognito', 'clean_browser', W, { clean_browser: 'works' }],
    ['incognito: no complaints', 'clean_browser', W, { clean_browser: 'works' }],
    ['im Inkognito nichts zu beanstanden', 'clean_browser', W, { clean_browser: 'works' }],
    ['im Inkognito keine Auffälligkeiten', 'clean_browser', W, { clean_browser: 'works' }],
    ['en incógnito sin novedad', 'clean_browser', W, { clean_browser: 'works' }],
    ['en incógnito nada raro', 'clean_browser', W, { clean_browser: 'works' }],
    ['more errors in incognito', 'clean_browser', W, 'unclear'],
    ['even more broken in incognito', 'clean_browser', W, 'unclear'],
    ['no more errors in incognito', 'clean_browser', W, { clean_browser: 'works' }],
    ['im Inkognito mehr Fehler', 'clean_browser', W, 'unclear'],
    ['en incógnito más errores', 'clean_browser', W, 'unclear'],
    ['en incógnito va más lento', 'clean_browser', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nineteenth round: Spanish SMS and corrections, German "geholfen"', () => {
  it.each<Case>([
    ['n funciona en incognito', 'clean_browser', W, { clean_browser: 'fails' }],
    ['con datos tmpco', 'other_network', W, { other_network: 'fails' }],
    ['no va en incógnito, ah no, sí va', 'clean_browser', W, { clean_browser: 'works' }],
    ['500, perdón, 403', 'symptom', { surface: 'web' }, { symptom: 'http_403' }],
    ['der Hotspot hat geholfen', 'other_network', W, { other_network: 'works' }],
    ['der Hotspot hat nicht geholfen', 'other_network', W, { other_network: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nineteenth round: N out of N is every time; French acknowledgements and randomness', () => {
  it.each<Case>([
    ['10 out of 10', 'retries', A, { retries: 'persists' }],
    ['5 of 5 retries failed', 'retries', A, { retries: 'persists' }],
    ['3 out of 10', 'retries', A, { retries: 'intermittent' }],
    ['10 fois sur 10', 'retries', A, { retries: 'persists' }],
    ['10 von 10 schlagen fehl', 'retries', A, { retries: 'persists' }],
    ['10 de 10 fallan', 'retries', A, { retries: 'persists' }],
    ['aléatoirement', 'retries', A, { retries: 'intermittent' }],
    ['de façon aléatoire', 'retries', A, { retries: 'intermittent' }],
    ['bien reçu', 'clean_browser', W, 'unclear'],
    ["c'est noté", 'clean_browser', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nineteenth round: French error messages absent, a new profile, the mobile network', () => {
  it.each<Case>([
    ["ouais, en privé nickel, aucun message d'erreur", 'clean_browser', W, { clean_browser: 'works' }],
    ["en privé, plus de page d'erreur", 'clean_browser', W, { clean_browser: 'works' }],
    ['nouveau profil Chrome, même erreur', 'clean_browser', W, { clean_browser: 'fails' }],
    ["sur le réseau mobile c'est bon", 'other_network', W, { other_network: 'works' }],
    ['pas possible ici, pas de réseau mobile dans le bâtiment', 'other_network', W, { other_network: 'not_tried' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nineteenth round: French conditions, another time, a place to come', () => {
  it.each<Case>([
    ['si jamais ça marche en 4G je vous dis', 'other_network', W, 'unclear'],
    ['si je passe en 4G, ça risque de marcher', 'other_network', W, 'unclear'],
    ['en privé ça plante, comme hier à la maison', 'clean_browser', W, { clean_browser: 'fails' }],
    ['connecté au VPN de la boîte comme d\'hab', 'network', W, { network: 'vpn' }],
    ['en privé pareil, je rentre chez moi ce soir et je testerai la box', 'clean_browser', W, { clean_browser: 'fails', other_network: 'not_tried' }],
    ["Si je me souviens bien c'était « Access denied », code 403.", 'symptom', { surface: 'web' }, { symptom: 'http_403' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nineteenth round: another time, a place to come, the office as people, "could" in every language', () => {
  it.each<Case>([
    ['fails in incognito, like yesterday at home', 'clean_browser', W, { clean_browser: 'fails' }],
    ['im Inkognito Fehler, wie gestern zuhause', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en incógnito falla, como ayer en casa', 'clean_browser', W, { clean_browser: 'fails' }],
    ["incognito same, I'll go home tonight and test my wifi", 'clean_browser', W, { clean_browser: 'fails' }],
    ['en incógnito igual, esta noche en casa pruebo el wifi', 'clean_browser', W, { clean_browser: 'fails' }],
    ["incognito works, I'll let the office know", 'clean_browser', W, { clean_browser: 'works' }],
    ['Inkognito geht, ich sag dem Büro Bescheid', 'clean_browser', W, { clean_browser: 'works' }],
    ['en incógnito va, aviso a la oficina', 'clean_browser', W, { clean_browser: 'works' }],
    ['en privé ça marche, je vais prévenir le bureau', 'clean_browser', W, { clean_browser: 'works' }],
    ['in case it works in incognito, what next?', 'clean_browser', W, 'unclear'],
    ['it could work in incognito', 'clean_browser', W, 'unclear'],
    ['im Inkognito könnte es gehen', 'clean_browser', W, 'unclear'],
    ['en incógnito podría funcionar', 'clean_browser', W, 'unclear'],
    ['si alguna vez funciona con datos te aviso', 'other_network', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nineteenth round: a cleft denying where it fails; another machine failing', () => {
  it.each<Case>([
    ["ce n'est pas en privé que ça plante, c'est en normal", 'clean_browser', W, { clean_browser: 'works' }],
    ["c'est pas en privé que ça marche", 'clean_browser', W, { clean_browser: 'fails' }],
    ["l'imprimante plante aussi", 'clean_browser', W, 'unclear'],
    ['la machine à café marche pas non plus', 'api_health', W, 'unclear'],
    ['the printer is broken too', 'clean_browser', W, 'unclear'],
    ["l'imprimante plante aussi, mais en privé ça marche", 'clean_browser', W, { clean_browser: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nineteenth round: other machines, clefts, errors that no longer come, hearsay, now and again (de/es/en)', () => {
  it.each<Case>([
    ['die Kaffeemaschine geht auch nicht', 'api_health', W, 'unclear'],
    ['la impresora tampoco va', 'clean_browser', W, 'unclear'],
    ['la cafetera también falla', 'api_health', W, 'unclear'],
    ['no es en incógnito donde falla, es en la ventana normal', 'clean_browser', W, { clean_browser: 'works' }],
    ["it's not incognito where it fails, it's the normal window", 'clean_browser', W, { clean_browser: 'works' }],
    ['im Inkognito kommt der Fehler nicht mehr', 'clean_browser', W, { clean_browser: 'works' }],
    ['im Hotspot tritt der Fehler nicht auf', 'other_network', W, { other_network: 'works' }],
    ['im Inkognito kommt der Fehler immer noch', 'clean_browser', W, { clean_browser: 'fails' }],
    ['heard it works in incognito', 'clean_browser', W, 'unclear'],
    ['rumour is the hotspot works', 'other_network', W, 'unclear'],
    ['every now and again', 'retries', A, { retries: 'intermittent' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
