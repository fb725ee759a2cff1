import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const A: Facts = { surface: 'api', symptom: 'api_500' };
const D: Facts = { surface: 'desktop', symptom: 'http_500' };
const Wn: Facts = { surface: 'web' };
const Ap: Facts = { surface: 'api' };
const N: Facts = {};

/**
 * Issue 13, twenty-first round: French written in registers the earlier batches lacked (formal e-mails with
 * signatures, texting, Swiss, Belgian and Québec wording, franglais, stories told in order, doubt said with verbs
 * and percentages, comparisons, "ne … que", "ni … ni", "pas … mais pas … non plus"), probed with replies written
 * for these tests (fr-blind21, 21b, 21c). Each family is a general way of saying something, each case one
 * instance of it, and each family holds cases that must still answer.
 */
describe('twenty-first round (French): Swiss, Belgian and Québec wording, slang for the office', () => {
  it.each<Case>([
    ['Sur le natel en partage de connexion, ça joue', 'other_network', W, { other_network: 'works' }],
    ['Ça ne joue pas non plus en navigation privée', 'clean_browser', W, { clean_browser: 'fails' }],
    ['ça joue pas en 4G', 'other_network', W, { other_network: 'fails' }],
    ['le wifi du taff', 'network', N, { network: 'office' }],
    ['je suis au taff', 'network', N, { network: 'office' }],
    ['sur le réseau de la job', 'network', N, { network: 'office' }],
    ['Sur le GSM en 4G ça passe', 'other_network', W, { other_network: 'works' }],
    ['Ben là, ça marche pas pantoute en navigation privée', 'clean_browser', W, { clean_browser: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round (French): doubt said with a percentage, a test of seconds, not vouching, too early to tell', () => {
  it.each<Case>([
    ["à 90 % sûr que c'est une 403", 'symptom', Wn, 'unclear'],
    ["sûr à 80 % que c'est une 429", 'symptom', Ap, 'unclear'],
    ["j'ai l'impression que ça passe en 4G mais j'ai testé 10 secondes", 'other_network', W, 'unclear'],
    ['ça marche en privé, mais testé vite fait', 'clean_browser', W, 'unclear'],
    ["je n'ose pas l'affirmer mais il me semble que c'est une 403", 'symptom', Wn, 'unclear'],
    ['ça passe en 4G, mais je ne garantis rien', 'other_network', W, 'unclear'],
    ["j'en mettrais pas ma main à couper, mais je crois que c'est le VPN", 'network', N, 'unclear'],
    ["en 4G ça a l'air de marcher, mais c'est trop tôt pour le dire", 'other_network', W, 'unclear'],
    ['je crois, mais ne me citez pas', 'clean_browser', W, 'unclear'],
    ['pas évident à dire, je crois que ça marche en 4G', 'other_network', W, 'unclear'],
    ['je ne saurais pas vous répondre pour l\'API', 'api_health', W, { api_health: 'unknown' }],
    ["il me semble bien que c'est une 403", 'symptom', Wn, { symptom: 'http_403' }],
    ["si mes souvenirs sont bons, c'était une 403", 'symptom', Wn, { symptom: 'http_403' }],
    ["ça marche en privé, j'ai testé 10 minutes sans souci", 'clean_browser', W, { clean_browser: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round (French): doubting verbs ("je ne doute pas que" is certain, "je doute fort que" a hedge)', () => {
  it.each<Case>([
    ["je ne doute pas que ça marche en 4G, je l'ai vu de mes yeux", 'other_network', W, { other_network: 'works' }],
    ['nul doute que ça marche en privé', 'clean_browser', W, { clean_browser: 'works' }],
    ['je doute fort que ce soit une 500', 'symptom', Wn, 'unclear'],
    ['je doute que ça marche mieux en privé', 'clean_browser', W, 'unclear'],
    ['pas certain que ce soit une 500', 'symptom', Wn, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round (French): a test that could not be run, or was run for neither', () => {
  it.each<Case>([
    ["Bonjour, je n'ai malheureusement pas été en mesure de tester sur un autre réseau. Cordialement.", 'other_network', W, { other_network: 'not_tried' }],
    ["pas eu l'occasion d'essayer en privé", 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['aucun moyen de tester en 4G ici', 'other_network', W, { other_network: 'not_tried' }],
    ["je n'ai testé ni la navigation privée ni un autre réseau", 'clean_browser', W, { clean_browser: 'not_tried', other_network: 'not_tried' }],
    ["j'ai pas le temps de faire des tests, je suis en réunion client tout l'aprem", 'clean_browser', W, 'unclear'],
    ["je n'ai testé qu'en privé et ça plante pareil", 'clean_browser', W, { clean_browser: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round (French): the error gone or back, no difference, impacted or not', () => {
  it.each<Case>([
    ["en privé l'erreur n'est plus revenue", 'clean_browser', W, { clean_browser: 'works' }],
    ["en 4G l'erreur ne s'affiche plus", 'other_network', W, { other_network: 'works' }],
    ["Je vous confirme que non : en navigation privée, l'erreur apparaît également.", 'clean_browser', W, { clean_browser: 'fails' }],
    ["ça semblait aller en 4G, puis l'erreur est revenue", 'other_network', W, { other_network: 'fails' }],
    ["j'ai ouvert une fenêtre privée sans que ça change quoi que ce soit", 'clean_browser', W, { clean_browser: 'fails' }],
    ['pas de différence avec la 4G', 'other_network', W, { other_network: 'fails' }],
    ["ça marche en 4G sans que j'aie rien changé", 'other_network', W, { other_network: 'works' }],
    ['Bonjour, à ma connaissance les appels API de notre organisation ne sont pas impactés.', 'api_health', W, { api_health: 'works' }],
    ["l'API est aussi touchée, nos scripts plantent", 'api_health', W, { api_health: 'fails' }],
    ["j'ai pas l'impression que l'API soit touchée", 'api_health', W, { api_health: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round (French): comparisons ("pire" fails, "un peu plus" is no "ne … plus"), not blocked', () => {
  it.each<Case>([
    ["c'est encore pire en 4G", 'other_network', W, { other_network: 'fails' }],
    ["c'est moins pire en privé mais ça plante quand même", 'clean_browser', W, { clean_browser: 'fails' }],
    ['pas pire en privé', 'clean_browser', W, 'unclear'],
    ["le pire c'est que ça marche en privé", 'clean_browser', W, { clean_browser: 'works' }],
    ['vaguement, ça charge un peu plus en privé', 'clean_browser', W, 'unclear'],
    ['ni mieux ni pire', 'clean_browser', W, { clean_browser: 'fails' }],
    ['pas du tout bloqué en privé', 'clean_browser', W, { clean_browser: 'works' }],
    ['aucun blocage en navigation privée', 'clean_browser', W, { clean_browser: 'works' }],
    ['pas de souci, je teste ça ce soir', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ["non, la navigation privée est bloquée par l'admin", 'clean_browser', W, { clean_browser: 'not_tried' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round (French): retries told in order, none through, not managing either', () => {
  it.each<Case>([
    ["J'ai relancé une première fois, échec, une deuxième, échec, et la troisième est passée", 'retries', A, { retries: 'intermittent' }],
    ['le 3e essai a marché', 'retries', A, { retries: 'intermittent' }],
    ["aucune des relances n'aboutit, on est bloqués", 'retries', A, { retries: 'persists' }],
    ['j\'ai relancé 20 fois sans que ça passe une seule fois', 'retries', A, { retries: 'persists' }],
    ["je n'y arrive pas non plus en 4G", 'other_network', W, { other_network: 'fails' }],
    ['ça ne passe qu\'une fois sur cinq', 'retries', A, { retries: 'intermittent' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe("twenty-first round (French): an e-mail's signature is not read; a website is no place", () => {
  it.each<Case>([
    ['Bonjour,\nToujours la même erreur en navigation privée.\n--\nPaul Girard\nService Comptabilité – Bureau 3.12', 'clean_browser', W, { clean_browser: 'fails' }],
    ['> Avez-vous essayé en navigation privée ?\nOui, ça fonctionne dans ce mode-là.\n\nCordialement,\nAnne – Direction des Achats, site de Lyon', 'clean_browser', W, { clean_browser: 'works' }],
    ["Bonjour,\nje suis en télétravail aujourd'hui.\nBonne journée,\nLéa (bureau 214, bâtiment B)", 'network', N, { network: 'home' }],
    ["Bonjour,\n\nPour répondre à votre question, je travaille aujourd'hui depuis notre siège, connecté au réseau filaire de l'entreprise.\n\nCordialement", 'network', N, { network: 'office' }],
    ['site web, erreur 403, et en privé pareil', 'surface', N, { surface: 'web', symptom: 'http_403', clean_browser: 'fails' }],
    ['API ✅ site ❌', 'api_health', W, { api_health: 'works' }],
    ["c'est notre intégration Python avec le SDK officiel", 'surface', N, { surface: 'api' }],
    ['je suis sur site aujourd\'hui', 'network', N, { network: 'office' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round (French): public-sector workplaces are the office; a campus or a café is not', () => {
  it.each<Case>([
    ["je suis à l'hôpital, sur le réseau de l'établissement", 'network', N, { network: 'office' }],
    ['depuis la salle des profs, sur le wifi du lycée', 'network', N, { network: 'office' }],
    ['à la mairie, réseau interne', 'network', N, { network: 'office' }],
    ["wifi de l'université", 'network', N, 'unclear'],
    ['dans un café, sur leur wifi', 'network', N, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round (French): neither one nor the other; all but one', () => {
  it.each<Case>([
    ['pas au bureau mais pas chez moi non plus : en déplacement, sur la 4G', 'network', N, { network: 'mobile_data' }],
    ['ça marche pas en privé, mais pas en 4G non plus', 'clean_browser', W, { clean_browser: 'fails', other_network: 'fails' }],
    ['ni au bureau ni chez moi, je suis en déplacement sur la 4G', 'network', N, { network: 'mobile_data' }],
    ['à part en navigation privée, rien ne marche', 'clean_browser', W, { clean_browser: 'works' }],
    ['sauf en 4G, tout plante', 'other_network', W, { other_network: 'works' }],
    ['ça plante partout sauf en 4G', 'other_network', W, { other_network: 'works' }],
    ["ça ne marche qu'en navigation privée", 'clean_browser', W, { clean_browser: 'works' }],
    ["il n'y a pas que l'appli, le site plante aussi", 'web_works', D, { web_works: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('twenty-first round (French): a concession, a yes taken down to a guess, a result not checked again; refusing to load', () => {
  it.each<Case>([
    ['admettons, ça passe en privé', 'clean_browser', W, 'unclear'],
    ['on peut dire que ça marche en privé', 'clean_browser', W, 'unclear'],
    ['oui enfin… je crois ?', 'clean_browser', W, 'unclear'],
    ["ça a marché une fois en 4G, mais je n'ai pas réessayé", 'other_network', W, 'unclear'],
    ["j'ose espérer que ça marche en privé", 'clean_browser', W, 'unclear'],
    ['non, pas réessayé', 'other_network', W, { other_network: 'not_tried' }],
    ["j'ai réessayé en 4G, ça marche", 'other_network', W, { other_network: 'works' }],
    ["quasiment sûr que c'est une 403", 'symptom', Wn, { symptom: 'http_403' }],
    ['ça refuse de marcher en 4G', 'other_network', W, { other_network: 'fails' }],
    ['même en privé la page refuse de charger', 'clean_browser', W, { clean_browser: 'fails' }],
    ["ça ne s'affiche pas non plus en privé", 'clean_browser', W, { clean_browser: 'fails' }],
    ["l'appli ne se lance plus, le site non plus", 'web_works', D, { web_works: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
