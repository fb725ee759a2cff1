import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const ON: Facts = { ...W, clean_browser: 'fails', network: 'office' };
const API: Facts = { surface: 'api', symptom: 'api_503' };

/**
 * Issue 13, seventeenth round, French: the classes of wording behind the wrong and missed readings of
 * tune/fr-blind17 (a French administration, a Belgian bank, a Swiss hospital; hedges and negation traps),
 * then classes found by probing everyday French doubt and negation. Each case is one instance of a class,
 * written for these tests and not taken from a tuning set.
 */
describe('having neither, and tests that cannot be run', () => {
  it.each<Case>([
    // "je n'ai ni X ni Y" with a phone, data or a network among them: no means to test, not a failure.
    ["j'ai ni gsm ni forfait data, je peux pas essayer ailleurs", 'other_network', ON, { other_network: 'not_tried' }],
    ["on n'a ni partage de connexion ni wifi invité ici", 'other_network', ON, { other_network: 'not_tried' }],
    ['il n\'y a ni 4G ni autre réseau dans ce bâtiment', 'other_network', ON, { other_network: 'not_tried' }],
    // "ni erreur ni code": no code, no failure said.
    ["je n'ai ni code ni message, la page reste vide", 'symptom', { surface: 'web' }, 'unclear'],
    // "impossible / pas possible de tester", "je peux pas essayer": not tried.
    ['pas possible de tester en privé, la DSI a tout verrouillé', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ["c'est impossible d'essayer en 4G, aucun signal au sous-sol", 'other_network', ON, { other_network: 'not_tried' }],
    ['on pourra pas tester sur un autre réseau avant lundi', 'other_network', ON, { other_network: 'not_tried' }],
    // "impossible de me connecter": it fails; "impossible d'ouvrir …" (a window, or the site?) says nothing.
    ['pas moyen de me connecter via le partage de co', 'other_network', ON, { other_network: 'fails' }],
    ["impossible d'ouvrir en navigation privée", 'clean_browser', W, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('laughter and puzzlement are no answer and no question', () => {
  it.each<Case>([
    // "mdr", "ptdr": laughter, filler as "lol".
    ['ptdr ok', 'other_network', ON, 'unclear'],
    ['mdr', 'clean_browser', W, 'unclear'],
    ['ça charge pas non plus en 4g mdr', 'other_network', ON, { other_network: 'fails' }],
    // "bizarre, non ?", "c'est étrange hein ?": puzzlement at the result, not asking to confirm it.
    ["en privé ça s'ouvre sans le moindre souci, c'est étrange hein ?", 'clean_browser', W, { clean_browser: 'works' }],
    ['avec le hotspot ça passe, curieux non ?', 'other_network', ON, { other_network: 'works' }],
    // A bare confirmation tag still asks.
    ['avec le hotspot ça passe, non ?', 'other_network', ON, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('retries: none succeeds, nothing but failures, one in three', () => {
  it.each<Case>([
    ["aucune tentative n'aboutit, j'ai relancé dix fois", 'retries', API, { retries: 'persists' }],
    ['rien que des erreurs toute la matinée', 'retries', API, { retries: 'persists' }],
    ['à peu près une tentative sur quatre réussit', 'retries', API, { retries: 'intermittent' }],
    ['une relance sur deux passe, pas plus', 'retries', API, { retries: 'intermittent' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('failing again, there too', () => {
  it.each<Case>([
    // "ça vient de (re)planter", "replante": it has just failed (again); "là aussi": there too.
    ['ça marchait en privé... non pardon, ça vient de planter là aussi', 'clean_browser', W, { clean_browser: 'fails' }],
    ['non, en navigation privée ça vient de crasher aussi', 'clean_browser', W, { clean_browser: 'fails' }],
    ['ça replante en 4G, même erreur', 'other_network', ON, { other_network: 'fails' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe("the team's word on the organisation's API", () => {
  it.each<Case>([
    // "d'après / selon les devs, l'API …": the api_health test, also beside the asked fact.
    ['wifi de la maison. selon la DSI l\'API répond normalement', 'network', W, { network: 'home', api_health: 'works' }],
    ["d'après l'équipe dev, l'API plante aussi de leur côté", 'api_health', W, { api_health: 'fails' }],
    // Without the API in the clause, the team's word is about something else.
    ["d'après les collègues le site marche", 'api_health', W, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('everyday doubt states nothing (own probes)', () => {
  it.each<Case>([
    // "aucune certitude", "je pencherais pour", "je parierais sur", "…, enfin je crois", "à vérifier".
    ['aucune certitude, mais je crois que c’est une 403', 'symptom', { surface: 'web' }, 'unclear'],
    ['je pencherais pour le wifi invité', 'network', W, 'unclear'],
    ['je parierais sur une 502', 'symptom', { surface: 'web' }, 'unclear'],
    ['en privé oui, enfin je crois', 'clean_browser', W, 'unclear'],
    ['à vérifier, mais avec le hotspot ça avait l’air ok', 'other_network', ON, 'unclear'],
    // "plutôt oui / non", "pas tout à fait", "disons que", "on va dire que oui", "pas impossible que".
    ['plutôt oui', 'clean_browser', W, 'unclear'],
    ['plutôt non', 'other_network', ON, 'unclear'],
    ['ça fonctionne pas tout à fait en privé', 'clean_browser', W, 'unclear'],
    ['disons que ça charge en 4G', 'other_network', ON, 'unclear'],
    ['on va dire que oui', 'clean_browser', W, 'unclear'],
    ["c'est pas impossible que ça passe avec le partage de co", 'other_network', ON, 'unclear'],
    // "en principe": a habit, as "en théorie".
    ['en principe ça marche en navigation privée', 'clean_browser', W, 'unclear'],
    // "qui sait ?" asks nobody; "j'ignore": don't know (the answer for api_health).
    ['qui sait', 'api_health', W, { api_health: 'unknown' }],
    ["j'ignore si les autres équipes ont le souci avec l'API", 'api_health', W, { api_health: 'unknown' }],
    ["qui saurait si l'API répond ailleurs ?", 'api_health', W, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });

  it('keeps the plain leans and clear words beside them', () => {
    const cases: Case[] = [
      ['je crois bien que ça passe en 4G', 'other_network', ON, { other_network: 'works' }],
      ['oui tout à fait, en privé ça marche', 'clean_browser', W, { clean_browser: 'works' }],
      ["pas tout à fait sûre, une 500", 'symptom', { surface: 'web' }, 'unclear'],
    ];
    for (const c of cases) expect(read(c), c[0]).toEqual(c[3]);
  });
});

describe('everyday negation traps (own probes)', () => {
  it.each<Case>([
    // "ça marche pas mal": fairly well; "pas mal de fois": often (no "plante pas" = works; often is no clear answer).
    ['en 4G ça fonctionne pas mal', 'other_network', ON, { other_network: 'works' }],
    ['ça passe pas mal du tout en privé', 'clean_browser', W, { clean_browser: 'works' }],
    ['ça plante pas mal de fois avec le hotspot', 'other_network', ON, 'unclear'],
    // "ne … point", "ne … guère": as "ne … pas".
    ['en navigation privée, ça ne fonctionne point', 'clean_browser', W, { clean_browser: 'fails' }],
    ['ça ne charge guère mieux en 4G', 'other_network', ON, { other_network: 'fails' }],
    ['pas franchement mieux avec le partage de connexion', 'other_network', ON, { other_network: 'fails' }],
    // "je ne dis pas que …", "je ne dirais pas non", "pas sans problème": no answer.
    ['je dis pas que ça passe en privé, hein', 'clean_browser', W, 'unclear'],
    ['je ne dirais pas non', 'clean_browser', W, 'unclear'],
    ["pas sans souci, ça a mis une éternité en 4G", 'other_network', ON, 'unclear'],
    // "l'erreur ne s'affiche plus / ne revient pas": gone; "la page ne s'affiche plus": fails.
    ["le message d'erreur ne s'affiche plus en privé", 'clean_browser', W, { clean_browser: 'works' }],
    ["l'erreur revient pas avec le hotspot", 'other_network', ON, { other_network: 'works' }],
    ['la page ne s’affiche plus en 4G', 'other_network', ON, { other_network: 'fails' }],
    // "je n'arrive pas à me connecter": fails; "j'arrive à me connecter": works; "à ouvrir une fenêtre privée": not tried.
    ["en privé j'arrive toujours pas à me connecter", 'clean_browser', W, { clean_browser: 'fails' }],
    ['on arrive bien à nous connecter via la 4G', 'other_network', ON, { other_network: 'works' }],
    ["je ne parviens pas à ouvrir un onglet privé", 'clean_browser', W, { clean_browser: 'not_tried' }],
    // "nullement", "loin de là", "pas le moins du monde": no; "pas l'autorisation": not allowed.
    ['loin de là', 'clean_browser', W, { clean_browser: 'fails' }],
    ['pas le moins du monde.', 'other_network', ON, { other_network: 'fails' }],
    ["j'ai pas l'autorisation d'utiliser le partage de co", 'other_network', ON, { other_network: 'not_tried' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('nowhere, knowing nothing, hearsay and almost (own probes)', () => {
  it.each<Case>([
    // "(ne) marche nulle part": fails everywhere; "nulle part sauf X": works only there.
    ['ça ne fonctionne nulle part, même pas en 4G', 'other_network', ON, { other_network: 'fails' }],
    ['ça passe nulle part sauf avec le hotspot', 'other_network', ON, { other_network: 'works' }],
    // "j'en sais trop rien", "je ne suis sûr de rien": don't know / not sure (not "nothing" failing).
    ["j'en sais vraiment rien", 'api_health', W, { api_health: 'unknown' }],
    ['je suis sûre de rien, en privé peut-être', 'clean_browser', W, 'unclear'],
    // "il paraît(rait) que" (hearsay), "j'aurais tendance à dire", "sauf erreur", "je ne pourrais pas l'affirmer".
    ['il paraîtrait que oui', 'clean_browser', W, 'unclear'],
    ["il paraît que l'API répond chez les autres", 'api_health', W, 'unclear'],
    ["j'aurais tendance à dire le VPN", 'network', W, 'unclear'],
    ["sauf erreur de ma part, c'était une 429", 'symptom', { surface: 'web' }, 'unclear'],
    ['je pourrais pas le garantir, mais en 4G ça chargeait', 'other_network', ON, 'unclear'],
    // "…, enfin presque", "ça a marché une fois": no clear answer; "malheureusement pas": no.
    ['en privé ça passe, enfin presque', 'clean_browser', W, 'unclear'],
    ['ça a fonctionné une seule fois avec le partage de co', 'other_network', ON, 'unclear'],
    ['malheureusement pas', 'clean_browser', W, { clean_browser: 'fails' }],
    // "ne charge même pas / même plus": not even (was read works); "charge à peine": barely; "même pas essayé": not tried.
    ['en navigation privée ça ne s’ouvre même pas', 'clean_browser', W, { clean_browser: 'fails' }],
    ['avec le hotspot ça fonctionne même plus', 'other_network', ON, { other_network: 'fails' }],
    ['en 4G ça charge à peine', 'other_network', ON, 'unclear'],
    ['même pas testé en privé', 'clean_browser', W, { clean_browser: 'not_tried' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
