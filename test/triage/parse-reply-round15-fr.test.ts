import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const ON: Facts = { ...W, clean_browser: 'fails', network: 'office' };
const API: Facts = { surface: 'api' };
const D: Facts = { surface: 'desktop' };

/**
 * Issue 13, fifteenth round, French: the classes of wording behind the wrong and missed readings of
 * tune/fr-blind15 (casual writers from France, Belgium, Switzerland and Québec; wordy writers with
 * negations and corrections). Each case is one instance of a class, written for these tests and not
 * taken from a tuning set.
 */
describe('doubt and questions back state nothing', () => {
  it.each<Case>([
    // "ou ptet / peut-être c'était …": the other value offered with doubt.
    ["sur mon iphone, ou ptet c'était l'ipad", 'surface', {}, 'unclear'],
    ['dans chrome je crois, ou peut-être dans l’appli', 'surface', {}, 'unclear'],
    // "je ne sais pas lequel / laquelle": no telling which.
    ["le vpn ou le wifi invité, je sais pas lequel était actif", 'network', W, 'unclear'],
    ['au bureau, chais plus lequel des wifis', 'network', W, 'unclear'],
    // "c quoi …", "la diff entre X et Y ?": asks the bot to explain.
    ['c koi le vpn', 'network', W, 'unclear'],
    ['la diff entre la 4g et le hotspot ? parce que sur la 4g ça passe', 'other_network', ON, 'unclear'],
    // "ok merci": thanks, no answer.
    ['ok merci', 'clean_browser', W, 'unclear'],
    // "en privé ou pas, j'ai pas regardé": whether or not, not looked at.
    ["sur la tablette de mon frère ça charge, en privé ou pas j'ai pas vérifié", 'clean_browser', W, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('another product or another test is no answer', () => {
  it.each<Case>([
    // ChatGPT built into another product.
    ["c'est l'intégration ChatGPT de notre outil de ticketing", 'surface', {}, 'unclear'],
    // Asked about a browser on the same network, a browser on another network is another test.
    ['dans Firefox avec la 4G ça marche, sur le réseau du bureau pas essayé', 'web_works', D, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('negations and corrections: the value finally meant', () => {
  it.each<Case>([
    // "(ne) plante/crash plus": no longer fails; "je passe sur la 4G": switching to it.
    ['ça ne plante plus depuis que je suis en 4G', 'other_network', ON, { other_network: 'works' }],
    ["l'appli crash plus quand on passe en partage de connexion", 'other_network', { surface: 'mobile', network: 'office' }, { other_network: 'works' }],
    // "ah attends si", "… enfin si", "enfin si": the no before it is taken back.
    ['non rien en privé... ah attends si, ça charge', 'clean_browser', W, { clean_browser: 'works' }],
    ["aucune idée… enfin si, l'équipe dev dit que l'API répond bien", 'api_health', W, { api_health: 'works' }],
    // "je dirais pas que ça marche": it does not.
    ['je dirais pas que ça passe en privé, même erreur', 'clean_browser', W, { clean_browser: 'fails' }],
    // "même pas": not even.
    ["non, pas encore, j'y ai même pas songé", 'other_network', ON, { other_network: 'not_tried' }],
    // After an outcome, a place and a bare "non" is where it fails.
    ['avec la 4G ça fonctionne, sur le VPN non', 'other_network', W, { other_network: 'works', network: 'vpn' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('places, surfaces and errors in casual French', () => {
  it.each<Case>([
    // The network of a workplace (shop, branch, prefecture, lab) and "le réseau d'entreprise" are the office.
    ['à la boutique, sur le wifi de la boutique', 'network', W, { network: 'office' }],
    ['sur le réseau de la succursale', 'network', W, { network: 'office' }],
    ["on est tous sur le même réseau d'entreprise", 'network', W, { network: 'office' }],
    // "pas sur ma box": not on the home router, no "pas sûr".
    ['je suis à la maison mais pas sur ma box : je suis connecté au VPN', 'network', W, { network: 'vpn' }],
    // "testé ailleurs", "je partage la connexion", "je viens d'essayer", a colleague's hotspot.
    ["au bureau, et j'ai pas testé ailleurs", 'network', W, { network: 'office', other_network: 'not_tried' }],
    ['oui ça charge quand je partage la co de mon iphone', 'other_network', ON, { other_network: 'works' }],
    ["je viens de tester avec le partage de connexion d'une collègue : ça passe", 'other_network', ON, { other_network: 'works' }],
    // "le site": the website; "ni l'app ni le site": neither works.
    ["ni l'appli ni le site ne marchent", 'web_works', D, { web_works: 'fails' }],
    // "l'appli Mac", and when it was installed is no time of the failure.
    ["l'appli windows installée la semaine dernière par l'IT", 'surface', {}, { surface: 'desktop' }],
    // The app closing by itself, an expired session: a crash or an error of its own, none of the list.
    ["l'app se ferme direct au lancement", 'symptom', { surface: 'mobile' }, { symptom: 'other' }],
    ['ça me dit que ma session est expirée toutes les deux minutes', 'symptom', D, { symptom: 'other' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('regional and casual forms, leans and "no better"', () => {
  it.each<Case>([
    // "je crois que j'étais …", "jcrois que c'était une 403": a plain lean on where one was or what was shown.
    ['je crois que j’étais connecté au vpn', 'network', W, { network: 'vpn' }],
    ["jpense que c'était une erreur 403", 'symptom', { surface: 'web' }, { symptom: 'http_403' }],
    // A time before now keeps it in the past: "au départ c'était une 502".
    ["au départ c'était une 502, maintenant plus rien", 'symptom', { surface: 'web' }, 'unclear'],
    // "pas mieux": no better.
    ["en privé c'est pas mieux", 'clean_browser', W, { clean_browser: 'fails' }],
    ['ça marche pas mieux avec le hotspot', 'other_network', ON, { other_network: 'fails' }],
    // "l'appli mobile": French word order; "GSM" (Belgian), like "natel" (Swiss): the phone.
    ["pas l'appli mobile, le site", 'surface', {}, { surface: 'web' }],
    ['sur le gsm', 'surface', {}, { surface: 'mobile' }],
    // "connexion perso": one's own network; "je suis chez nous" (Québec): at home.
    ['sur ma connexion perso', 'network', W, { network: 'home' }],
    ["je suis chez nous aujourd'hui", 'network', W, { network: 'home' }],
    // Swiss "ça joue", "hors VPN"; "ça repart"; "ça bloque plus".
    ['en 4G ça joue', 'other_network', ON, { other_network: 'works' }],
    ['hors VPN tout repart', 'other_network', { ...W, network: 'vpn' }, { other_network: 'works' }],
    ['en navigation privée ça bloque plus', 'clean_browser', W, { clean_browser: 'works' }],
    // A qualified network of a workplace ("le wifi interne de l'hôpital") is the office.
    ["le wifi interne de l'hôpital", 'network', W, { network: 'office' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('"ne … que", "plus du tout" and errors named in French', () => {
  it.each<Case>([
    // "il me semble que": a plain lean; "restent en échec": still fail.
    ['il me semble que les relances restent en échec', 'retries', API, { retries: 'persists' }],
    // "là plus du tout", "plus aucun": not any more.
    ['hier soir les relances passaient, là plus aucune', 'retries', API, { retries: 'persists' }],
    ['sur le wifi invité ça passait, là plus du tout', 'other_network', ON, { other_network: 'fails' }],
    // "un problème de certificat" is the certificate error, so it can be denied.
    ["c'est pas un bug de certificat, juste une 500", 'symptom', { surface: 'web' }, { symptom: 'http_500' }],
    // "pas que X, Y aussi": not only; "KO": down.
    ["pas que l'appli, le site aussi est KO", 'web_works', D, { web_works: 'fails' }],
    // "tourne dans le vide": keeps loading, after "ni … ni …" codes denied.
    ['ni 403 ni 429, la page tourne dans le vide', 'symptom', { surface: 'web' }, { symptom: 'other' }],
    // "testé que / seulement sur le même réseau": no other network tried.
    ['on a testé seulement avec le même réseau', 'other_network', ON, { other_network: 'not_tried' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('"ah non" taking back, "aucun", an installed program', () => {
  it.each<Case>([
    // After a statement, "ah non, …" takes it back.
    ['en privé ça passe. ah non, je recharge et même erreur', 'clean_browser', W, { clean_browser: 'fails' }],
    // "aucun X": no X, so it is denied.
    ['aucun captcha Cloudflare, juste une page blanche', 'symptom', { surface: 'web' }, { symptom: 'other' }],
    // A program installed on a computer is the desktop app.
    ['le logiciel installé sur mon pc', 'surface', {}, { surface: 'desktop' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('a numbered attempt log that ends in a success', () => {
  it.each<Case>([
    ['attempt 1: 502\nattempt 2: 502\nattempt 3: 200 OK', 'retries', API, { symptom: 'api_other', retries: 'intermittent' }],
    ['try 1: 429\ntry 2: 200 ok', 'retries', API, { symptom: 'api_429', retries: 'intermittent' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
