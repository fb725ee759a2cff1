import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const A: Facts = { surface: 'api', symptom: 'api_500' };
const D: Facts = { surface: 'desktop', symptom: 'http_500' };
const Wn: Facts = { surface: 'web' };
const Ap: Facts = { surface: 'api' };

/**
 * Issue 13, twentieth round: French hedges and negation traps, probed with replies written for these tests
 * (then the same doubt in English, German and Spanish). A hedge or a doubt leaves the fact unclear, never a
 * guess; a plain lean ("je crois que", "il me semble", "a priori", a memory) still answers; each family is a
 * general way of saying something, and each case one instance of it.
 */
describe("twentieth round (French): doubt of one's own judgement leaves the fact unclear; a plain lean or a memory still answers", () => {
  it.each<Case>([
    ['je crois que oui, mais je peux me tromper', 'clean_browser', W, 'unclear'],
    ['une 500 mais je peux me tromper', 'symptom', W, 'unclear'],
    ['je veux pas dire de bêtise, mais je crois que oui', 'clean_browser', W, 'unclear'],
    ['De mémoire, cela fonctionnait en 4G, mais je ne suis pas formel.', 'other_network', W, 'unclear'],
    ['ouais je pense, faudrait que je reteste', 'clean_browser', W, 'unclear'],
    ["je pense que oui mais j'ai pas vraiment vérifié", 'clean_browser', W, 'unclear'],
    ["ça a l'air de marcher en privé, à confirmer", 'clean_browser', W, 'unclear'],
    ['je crois que oui, je vérifie', 'clean_browser', W, 'unclear'],
    ["Bonjour, il me semble que la navigation privée fonctionne, mais je n'ai fait qu'un essai rapide.", 'clean_browser', W, 'unclear'],
    ["a vue d'oeil ça marche en 4G", 'other_network', W, 'unclear'],
    ['je crois bien que oui', 'clean_browser', W, { clean_browser: 'works' }],
    ['a priori ça marche en privé', 'clean_browser', W, { clean_browser: 'works' }],
    ['de mémoire oui', 'clean_browser', W, { clean_browser: 'works' }],
    ["une 403 si je ne m'abuse", 'symptom', W, { symptom: 'http_403' }],
    ['en 4G ça marche, je pense', 'other_network', W, { other_network: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twentieth round (French): doubt said of the claim is no answer (for api_health, not knowing)', () => {
  it.each<Case>([
    ["c'est pas sûr", 'clean_browser', W, 'unclear'],
    ['rien de sûr', 'clean_browser', W, 'unclear'],
    ["rien n'est moins sûr", 'other_network', W, 'unclear'],
    ['je suis pas du tout sûr', 'clean_browser', W, 'unclear'],
    ['pas convaincu que ça marche en privé', 'clean_browser', W, 'unclear'],
    ['pas exclu que ça marche en privé', 'clean_browser', W, 'unclear'],
    ['Il est probable que cela fonctionne en navigation privée.', 'clean_browser', W, 'unclear'],
    ['ça passe en privé, probablement', 'clean_browser', W, 'unclear'],
    ['je dis pas non', 'clean_browser', W, 'unclear'],
    ["c'est pas sûr", 'api_health', W, { api_health: 'unknown' }],
    ['je dirais que oui mais je suis pas dev', 'api_health', W, { api_health: 'unknown' }],
    ['je ne suis pas sur le VPN, je suis au bureau', 'network', W, { network: 'office' }],
    ["ça marche en privé, j'en suis sûr", 'clean_browser', W, { clean_browser: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twentieth round (French): meh, roughly, a grudging yes, a guess in the conditional, a reply trailing off', () => {
  it.each<Case>([
    ['mouais', 'clean_browser', W, 'unclear'],
    ["mouais, en privé ça a l'air d'aller", 'clean_browser', W, 'unclear'],
    ['ça marche à peu près en privé', 'clean_browser', W, 'unclear'],
    ['grosso modo ça marche en privé', 'clean_browser', W, 'unclear'],
    ['oui plutôt', 'clean_browser', W, 'unclear'],
    ['genre oui ?', 'clean_browser', W, 'unclear'],
    ['en privé ça marcherait, je crois', 'clean_browser', W, 'unclear'],
    ["ca a l'air d'aller en prive mais bon", 'clean_browser', W, 'unclear'],
    ['à peu près une requête sur deux passe', 'retries', A, { retries: 'intermittent' }],
    ["ça a l'air de passer en 4G", 'other_network', W, { other_network: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twentieth round (French): a lean the other way is a lean no; no better is a failure', () => {
  it.each<Case>([
    ["je n'ai pas l'impression que ça marche en privé", 'clean_browser', W, { clean_browser: 'fails' }],
    ['on dirait pas que ça marche en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    ['je ne crois pas', 'clean_browser', W, { clean_browser: 'fails' }],
    ['je crois pas que ce soit mieux en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    ['je ne pense pas que ce soit mieux en 4G', 'other_network', W, { other_network: 'fails' }],
    ['je ne pense pas que le site marche mieux', 'web_works', D, { web_works: 'fails' }],
    ["je ne dirais pas que c'est mieux en privé", 'clean_browser', W, { clean_browser: 'fails' }],
    ["ça n'a pas l'air mieux en 4G", 'other_network', W, { other_network: 'fails' }],
    ['guère mieux en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    ["je ne crois pas qu'il y ait de souci avec l'API", 'api_health', W, { api_health: 'works' }],
    ['pas sûr que ça marche en privé', 'clean_browser', W, 'unclear'],
    ['je ne suis pas sûr que ça marche en privé', 'clean_browser', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twentieth round (French): negations that do not negate the outcome', () => {
  it.each<Case>([
    ['en 4G sans problème', 'other_network', W, { other_network: 'works' }],
    ['oui, sans aucun doute', 'clean_browser', W, { clean_browser: 'works' }],
    ['en privé ça marche pas si mal', 'clean_browser', W, { clean_browser: 'works' }],
    ['jamais eu de retry qui passe', 'retries', A, { retries: 'persists' }],
    ['jamais, ça reste en 500', 'retries', A, { retries: 'persists' }],
    ["je n'ai pas réussi à ouvrir une fenêtre privée", 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['pas de souci, je teste ça ce soir', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['pas de souci en navigation privée, ça marche', 'clean_browser', W, { clean_browser: 'works' }],
    ['en privé, jamais eu de souci', 'clean_browser', W, { clean_browser: 'works' }],
    ["ça ne marche qu'en privé", 'clean_browser', W, { clean_browser: 'works' }],
    ['ça ne marche ni en privé ni en normal', 'clean_browser', W, { clean_browser: 'fails' }],
    ['je ne dis pas que ça marche en privé', 'clean_browser', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twentieth round (French, third batch): caution, a result not settled, chances, no difference, nothing but failing', () => {
  it.each<Case>([
    ['Bonjour, a priori cela fonctionne en navigation privée, je reste prudent.', 'clean_browser', W, 'unclear'],
    ["je m'avance peut-être, mais je crois que ça marche en privé", 'clean_browser', W, 'unclear'],
    ['Madame, Monsieur, je pense que cela fonctionne en navigation privée, sans pouvoir le garantir.', 'clean_browser', W, 'unclear'],
    ['Bonjour, après un test rapide, il semble que la navigation privée fonctionne. Je vous confirme demain.', 'clean_browser', W, 'unclear'],
    ["ça a l'air de marcher en privé, à voir sur la durée", 'clean_browser', W, 'unclear'],
    ["j'ai pas fait assez de tests pour le dire", 'clean_browser', W, 'unclear'],
    ['peut-être un coup de chance mais ça a marché en privé', 'clean_browser', W, 'unclear'],
    ['en privé ça a marché, je crois, mais une seule fois', 'clean_browser', W, 'unclear'],
    ['je préfère ne pas me prononcer', 'clean_browser', W, 'unclear'],
    ['je ne peux pas me prononcer', 'api_health', W, { api_health: 'unknown' }],
    ['ça a des chances de marcher en privé', 'clean_browser', W, 'unclear'],
    ['pas terrible mais ça charge', 'clean_browser', W, 'unclear'],
    ['pas que ça marche, mais ça charge plus loin', 'clean_browser', W, 'unclear'],
    ["ça m'a semblé marcher en privé", 'clean_browser', W, { clean_browser: 'works' }],
    ["aucun n'est passé", 'retries', A, { retries: 'persists' }],
    ['ni mieux ni pire', 'clean_browser', W, { clean_browser: 'fails' }],
    ['ça ne marche ni mieux ni moins bien en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en privé ça ne fait que planter', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en privé il ne se passe rien', 'clean_browser', W, { clean_browser: 'fails' }],
    ["en privé ça n'a pas aidé", 'clean_browser', W, { clean_browser: 'fails' }],
    ['je vois pas la différence', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en privé ça me le fait plus', 'clean_browser', W, { clean_browser: 'works' }],
    ["en privé je n'ai plus eu de souci", 'clean_browser', W, { clean_browser: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twentieth round (French, fourth batch): a code given by approximation or guessed; a lean no, too', () => {
  it.each<Case>([
    ['genre une 500', 'symptom', Wn, 'unclear'],
    ['une sorte de 500', 'symptom', Wn, 'unclear'],
    ['une 500 ou un truc du genre', 'symptom', Wn, 'unclear'],
    ['ça ressemblait à une 500', 'symptom', Wn, 'unclear'],
    ['ça devait être une 500', 'symptom', Wn, 'unclear'],
    ['un truc genre problème de configuration réseau ?', 'symptom', Wn, { symptom: 'ssl_or_network_config' }],
    ['une 500 a priori', 'symptom', Wn, { symptom: 'http_500' }],
    ['des 503 il me semble', 'symptom', Ap, { symptom: 'api_503' }],
    ['des 503, mais je reste prudent', 'symptom', Ap, 'unclear'],
    ['je pense pas non plus', 'clean_browser', W, { clean_browser: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twentieth round (French, fifth batch): a first look, a hope, partly; the failure that does not show', () => {
  it.each<Case>([
    ['à première vue ça marche en privé', 'clean_browser', W, 'unclear'],
    ["Bonjour, j'ai l'impression que ça fonctionne en navigation privée, mais je n'en mettrais pas ma main à couper.", 'clean_browser', W, 'unclear'],
    ['oui mais ne me demandez pas de le jurer', 'clean_browser', W, 'unclear'],
    ["j'espère que oui", 'clean_browser', W, 'unclear'],
    ["je crois que oui ? enfin j'espère", 'clean_browser', W, 'unclear'],
    ['oui, quoique', 'clean_browser', W, 'unclear'],
    ['ça marche presque en privé', 'clean_browser', W, 'unclear'],
    ['ça marche un peu en privé', 'clean_browser', W, 'unclear'],
    ["en privé c'est mieux mais pas parfait", 'clean_browser', W, 'unclear'],
    ['ça passe quasiment jamais', 'retries', A, { retries: 'persists' }],
    ["en privé l'erreur ne se montre pas", 'clean_browser', W, { clean_browser: 'works' }],
    ['en privé le problème ne persiste pas', 'clean_browser', W, { clean_browser: 'works' }],
    ['la navigation privée ne résout pas le problème', 'clean_browser', W, { clean_browser: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twentieth round: the same doubt in English, German and Spanish', () => {
  it.each<Case>([
    ['I think it works in incognito, but I could be wrong', 'clean_browser', W, 'unclear'],
    ["it works in incognito, I think, I'll double check", 'clean_browser', W, 'unclear'],
    ["I'm not convinced it works in incognito", 'clean_browser', W, 'unclear'],
    ['meh, incognito seems about the same', 'clean_browser', W, 'unclear'],
    ['roughly, yes', 'clean_browser', W, 'unclear'],
    ["I don't get the impression it works in incognito", 'clean_browser', W, 'unclear'],
    ['ich glaube, im Inkognito geht es, aber ich kann mich irren', 'clean_browser', W, 'unclear'],
    ['ich habe nicht den Eindruck, dass es im Inkognito geht', 'clean_browser', W, 'unclear'],
    ['creo que sí funciona en incógnito, pero puedo equivocarme', 'clean_browser', W, 'unclear'],
    ['no del todo seguro', 'clean_browser', W, 'unclear'],
    ['in incognito, no problem', 'clean_browser', W, { clean_browser: 'works' }],
    ['im Inkognito ohne Probleme', 'clean_browser', W, { clean_browser: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
