import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const ON: Facts = { ...W, clean_browser: 'fails', network: 'office' };
const API: Facts = { surface: 'api', symptom: 'api_500' };
const D: Facts = { surface: 'desktop' };

/**
 * Issue 13, sixteenth round, French: the classes of wording behind the wrong and missed readings of
 * tune/fr-blind16 (France, Belgium, Switzerland, Québec; negations, hedges, SMS-style office chat).
 * Each case is one instance of a class, written for these tests and not taken from a tuning set.
 */
describe('requests answer nothing', () => {
  it.each<Case>([
    // A question by inversion asking someone to act asks, with or without "?", whatever error it names.
    ["pourriez-vous réinitialiser mon accès, j'ai une 403 depuis ce matin", 'symptom', { surface: 'web' }, 'unclear'],
    ['peux-tu relancer le serveur stp, chez moi ça plante', 'network', W, 'unclear'],
    ['voudriez-vous regarder mes logs svp, je suis sur le VPN', 'network', W, 'unclear'],
    // Imperatives with "moi"/"nous": requests.
    ['transférez-moi à un technicien svp', 'other_network', ON, 'unclear'],
    ["ouvre-moi un ticket, j'ai pas le temps de tester", 'clean_browser', W, 'unclear'],
    ['mettez-nous en contact avec le niveau 2', 'api_health', W, 'unclear'],
    // "vérifiez vous-même", a reply opening on "vérifiez / regardez …": the support is asked to check.
    ["regardez vous-même, moi j'ai aucun accès à l'API", 'api_health', W, 'unclear'],
    ['vérifiez les logs de votre côté, ici tout plante', 'web_works', D, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('questions back about the test, and questions off the topic', () => {
  it.each<Case>([
    // "c'est quoi un/le …", "qu'est-ce que c'est une …": what the test is.
    ["qu'est-ce que c'est une fenêtre privée exactement ?", 'clean_browser', W, 'unclear'],
    ["c'est quoi le partage de connexion, je l'active où ?", 'other_network', ON, 'unclear'],
    // "combien … ?", "faut-il … ?": how to run it.
    ['combien de tentatives je dois faire avant de répondre ?', 'retries', API, 'unclear'],
    ['faut-il relancer le script à la main ?', 'retries', API, 'unclear'],
    // "qqn sait si … ?", "au fait, vous savez si … ?": a question to whoever reads ("si" is whether, not yes).
    ["quelqu'un sait si le parking est fermé demain ?", 'web_works', D, 'unclear'],
    ['au fait, vous savez si la réunion de 14h est maintenue ?', 'clean_browser', W, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('doubt: no telling whether, either one, trailing off', () => {
  it.each<Case>([
    // "je sais (pas / jamais / plus) si …": no telling whether.
    ['je sais jamais si le VPN est branché ou pas', 'network', W, 'unclear'],
    ['au bureau, mais je sais pas si le VPN tournait', 'network', W, 'unclear'],
    // "soit X soit Y": either one.
    ["soit la 4G soit le wifi de l'hôtel, je ne sais plus", 'network', W, 'unclear'],
    // "… donc bon" closing the reply.
    ["en 4G ça charge, mais c'était lent à mourir donc bon", 'other_network', ON, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('leans and reports that answer', () => {
  it.each<Case>([
    // Nobody reported a problem: it works.
    ["a priori oui, le support n'a rien signalé", 'api_health', W, { api_health: 'works' }],
    ['aucune remontée des devs de notre côté', 'api_health', W, { api_health: 'works' }],
    ['les collègues ont rien constaté côté API', 'api_health', W, { api_health: 'works' }],
    // "j'ai l'impression que …" is a plain lean.
    ["j'ai l'impression que certaines relances passent", 'retries', API, { retries: 'intermittent' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('not tried, and the same network is no other network', () => {
  it.each<Case>([
    // "pas (encore) pu tester / essayer": not run.
    ['pas pu essayer, je suis coincé en réunion', 'other_network', ON, { other_network: 'not_tried' }],
    ["en privé j'ai pas encore pu tester", 'clean_browser', W, { clean_browser: 'not_tried' }],
    // "pas d'autre / aucune autre connexion": no second network to test with.
    ['aucune autre connexion dispo ici', 'other_network', ON, { other_network: 'not_tried' }],
    // "je le fais ce soir / dès que …": a test to come.
    ['pas testé, je le fais ce soir', 'other_network', ON, { other_network: 'not_tried' }],
    ['pas encore, je fais ça dès que je sors de réunion', 'clean_browser', W, { clean_browser: 'not_tried' }],
    // Someone else's computer on the same wifi: what follows in the sentence is still the same network.
    ['sur le portable d’une collègue, même wifi, et ça charge', 'other_network', ON, 'unclear'],
    ['sur l’ordi de mon collègue de bureau, même réseau, ça passe chez lui', 'other_network', ON, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('lists, negations and corrections', () => {
  it.each<Case>([
    // "✅ X OK / ❌ Y KO": each mark opens its item, on its own line or on one.
    ['✅ Firefox OK\n❌ appli KO', 'web_works', D, { web_works: 'works' }],
    ['❌ appli KO ✅ navigateur OK', 'web_works', D, { web_works: 'works' }],
    // "(ça passe) pas toujours": sometimes.
    ['ça marche pas toujours, des fois ça passe', 'retries', API, { retries: 'intermittent' }],
    ['le retry fonctionne pas à chaque fois', 'retries', API, { retries: 'intermittent' }],
    // "j'ai (jamais) dit que …": what was not said is taken back.
    ["j'ai jamais dit que le VPN était actif, je suis au bureau", 'network', W, { network: 'office' }],
    // "X, je l'utilise jamais": the surface not used, beside the one used.
    ["l'appli iPhone. Le navigateur, je l'utilise pas", 'surface', {}, { surface: 'mobile' }],
    ["sur le PC, l'appli de bureau. L'app mobile on l'utilise jamais", 'surface', {}, { surface: 'desktop' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe("the organisation's other calls and ChatGPT inside another product", () => {
  it.each<Case>([
    // Beside the retries, "nos autres appels / scripts / jobs" is the api_health test.
    ["les relances plantent toutes, et nos autres scripts qui appellent l'API sont HS aussi", 'retries', API, { retries: 'persists', api_health: 'fails' }],
    ['toujours en erreur, nos autres intégrations aussi sont en rade', 'retries', API, { retries: 'persists', api_health: 'fails' }],
    ['nos autres jobs passent sans souci, seul celui-ci échoue à chaque fois', 'retries', API, { retries: 'persists', api_health: 'works' }],
    // ChatGPT reached through another product names no surface.
    ['via le connecteur dans Teams', 'surface', {}, 'unclear'],
    ["par l'intégration dans Outlook", 'surface', {}, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('classes from the older French tuning sets', () => {
  it.each<Case>([
    // "c'est pas que …": a claim denied, no statement; what follows answers.
    ["ce n'est pas que ça plante en privé, je n'ai juste pas testé", 'clean_browser', W, { clean_browser: 'not_tried' }],
    ["c'est pas qu'on a une erreur en privé, ça fonctionne bien", 'clean_browser', W, { clean_browser: 'works' }],
    // "non, aucun souci": the "no" agrees with the problem denied.
    ['non, aucun souci de notre côté, les appels passent', 'api_health', W, { api_health: 'works' }],
    // "zéro réussite", "ne changent rien", a bare "jamais": the retries never succeed.
    ['zéro réussite depuis ce matin', 'retries', API, { retries: 'persists' }],
    ['les relances ne changent rien', 'retries', API, { retries: 'persists' }],
    ['Jamais.', 'retries', API, { retries: 'persists' }],
    // The emphatic "lui" closing a clause is no other person.
    ["l'appli plante, le navigateur marche bien lui", 'web_works', D, { web_works: 'works' }],
    // "pas de forfait mobile", SMS "jai pas de 5G": no second network to test with.
    ['pas de forfait mobile sur ce tel', 'other_network', ON, { other_network: 'not_tried' }],
    ['jai pas de 5G au bureau', 'other_network', ON, { other_network: 'not_tried' }],
    ['jai testé en privé, même erreur', 'clean_browser', W, { clean_browser: 'fails' }],
    // "le reste des requêtes", "nos pipelines": the organisation's other calls.
    ['ça échoue à chaque fois, et le reste des requêtes aussi', 'retries', API, { retries: 'persists', api_health: 'fails' }],
    ["à chaque retry c'est KO, nos pipelines tournent sans problème par contre", 'retries', API, { retries: 'persists', api_health: 'works' }],
    // "partout sauf X": X is where it fails.
    ['ça charge partout sauf au bureau', 'network', W, { network: 'office' }],
    // "j'ai jamais dit que …" up to a dash is taken back.
    ["non, j'ai jamais dit que ça passait au bureau — là-bas aussi ça plante", 'other_network', { ...W, network: 'home' }, { other_network: 'fails' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('requests, doubt and negations of everyday French', () => {
  it.each<Case>([
    // "(il) faudrait / faut que le support / vous …": asks someone to act.
    ['faudrait que le support jette un œil, on est tous bloqués', 'web_works', D, 'unclear'],
    ['il faut que vous régliez ça, toute la compta plante', 'clean_browser', W, 'unclear'],
    // "sous réserve", "je garantis rien", "grosso modo": no clear answer.
    ['oui en privé ça charge, sous réserve', 'clean_browser', W, 'unclear'],
    ['le VPN, mais je garantis rien', 'network', W, 'unclear'],
    ['grosso modo, oui', 'other_network', ON, 'unclear'],
    // "(verbe) pas en/sur/dans X non plus": not there either.
    ['non, pas sur le hotspot non plus', 'other_network', ON, { other_network: 'fails' }],
    ['ça passe pas dans Firefox non plus', 'web_works', D, { web_works: 'fails' }],
    // "jamais eu de bug / d'erreur": never a problem.
    ["on a jamais eu de bug avec l'API", 'api_health', W, { api_health: 'works' }],
    ["nan, jamais eu d'erreur côté API", 'api_health', W, { api_health: 'works' }],
    // "veut pas (s'afficher)": won't; "toujours pas": still not; "aujourd'hui plus": not any more.
    ["la page veut pas s'afficher", 'web_works', D, { web_works: 'fails' }],
    ['en privé ? toujours pas', 'clean_browser', W, { clean_browser: 'fails' }],
    ['non, toujours pas en 4G', 'other_network', ON, { other_network: 'fails' }],
    ["hier oui en privé, aujourd'hui plus", 'clean_browser', W, { clean_browser: 'fails' }],
    // "c'est pas sur le VPN que ça plante": the cleft's place denied.
    ["c'est pas sur le VPN que ça plante, c'est au bureau", 'network', W, { network: 'office' }],
    // "kifkif": the same; "tomber (pas) en erreur/panne": (not) failing.
    ['kifkif sur le hotspot', 'other_network', ON, { other_network: 'fails' }],
    ['nos jobs ne tombent jamais en erreur', 'api_health', W, { api_health: 'works' }],
    ['les autres appels tombent en panne eux aussi', 'api_health', W, { api_health: 'fails' }],
    // "mouline en boucle": keeps loading, no error of the list.
    ['la page mouline en boucle sans rien afficher', 'symptom', { surface: 'web' }, { symptom: 'other' }],
    // "à moitié", "moyennement": half, no clear answer.
    ['en privé ça charge à moitié', 'clean_browser', W, 'unclear'],
    ["moyennement, la page s'affiche pas en entier", 'clean_browser', W, 'unclear'],
    // "une requête sur trois", "un essai sur deux": some of the time.
    ['une requête sur trois passe', 'retries', API, { retries: 'intermittent' }],
    ['un essai sur deux échoue', 'retries', API, { retries: 'intermittent' }],
    // "mon portable est à plat": no phone to test with; "je ne pourrais pas te dire": don't know.
    ['mon portable est à plat, impossible de tester', 'other_network', ON, { other_network: 'not_tried' }],
    ['je ne pourrais pas te dire', 'api_health', W, { api_health: 'unknown' }],
    // "(jamais / pas) réussi à le faire fonctionner / me connecter": it fails.
    ["on n'a jamais réussi à le faire fonctionner sur le hotspot", 'other_network', ON, { other_network: 'fails' }],
    ['pas réussi à me connecter en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    // "ça m'étonnerait que …", "je doute que …": probably not, no answer.
    ["ça m'étonnerait que ce soit le wifi invité", 'network', W, 'unclear'],
    ['je doute que ce soit la maison', 'network', W, 'unclear'],
    // "va savoir": who knows (the API's health unknown).
    ['va savoir', 'api_health', W, { api_health: 'unknown' }],
    // "absolument pas" opening a clause is a no; "j'pense pas" a lean no.
    ["absolument pas, même page d'erreur", 'clean_browser', W, { clean_browser: 'fails' }],
    ['Absolument pas.', 'web_works', D, { web_works: 'fails' }],
    ["j'pense pas", 'other_network', ON, { other_network: 'fails' }],
    // A grey or black screen is a blank page, as a white one.
    ["page toute noire dans l'appli", 'symptom', D, { symptom: 'other' }],
    ['écran gris au lancement', 'symptom', D, { symptom: 'other' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('asking the bot to decide or to hand over', () => {
  it.each<Case>([
    // "tu veux que j'… ?", "voulez-vous que je … ?": asks the bot to decide the test.
    ["tu veux que j'essaie depuis chez moi ?", 'other_network', ON, 'unclear'],
    ['voulez-vous que je relance en privé ?', 'clean_browser', W, 'unclear'],
    // "ça veut dire que … ?": asks what the result means.
    ["ça veut dire que c'est mon wifi qui déconne ?", 'other_network', ON, 'unclear'],
    // "j'aimerais parler à un conseiller": asks for a person; "un humain" there is no captcha.
    ["j'aimerais parler à un conseiller", 'clean_browser', W, 'unclear'],
    ["j'ai besoin d'un humain", 'symptom', { surface: 'web' }, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('the error going away, staying or happening again', () => {
  it.each<Case>([
    // "(ça) foire / bug plus": no longer failing; "échoue pas toujours" stays "not always".
    ['sur le hotspot ça foire plus', 'other_network', ON, { other_network: 'works' }],
    ['ça échoue pas toujours, des fois ça passe', 'retries', API, { retries: 'intermittent' }],
    // "l'erreur disparaît": gone; "le bug est toujours là": still there.
    ["le message d'erreur disparaît en navigation privée", 'clean_browser', W, { clean_browser: 'works' }],
    ['le bug est toujours là en 4G', 'other_network', ON, { other_network: 'fails' }],
    // "(ne) se reproduit (pas)": (does not) occur.
    ["l'erreur ne se reproduit pas sur le hotspot", 'other_network', ON, { other_network: 'works' }],
    ['le plantage se reproduit en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    // "ça me le fait encore": it does it again; "ça ne me le fait plus": it does not; the bare "ça le fait pas"
    // is also slang for "not fine", and "ça le fait aussi … ?" asks.
    ['ça me le fait encore en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    ['ça ne me le fait plus en 4G', 'other_network', ON, { other_network: 'works' }],
    ['ça le fait pas', 'clean_browser', W, 'unclear'],
    ['ça le fait aussi en 4G ?', 'other_network', ON, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
