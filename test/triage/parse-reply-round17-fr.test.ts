import { describe, expect, it } from 'vitest';
import type { AskedFactId, Facts } from '../../src/triage/fact-values.ts';
import { parseReply } from '../../src/triage/parse-reply.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const ON: Facts = { ...W, clean_browser: 'fails', network: 'office' };
const API: Facts = { surface: 'api', symptom: 'api_503' };

type Case = [text: string, expecting: AskedFactId, known: Facts, want: Facts | 'unclear'];

const read = ([text, expecting, known]: Case): Facts | 'unclear' => {
  const reading = parseReply(text, { expecting, facts: known });
  return reading.understood ? reading.facts : 'unclear';
};

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
