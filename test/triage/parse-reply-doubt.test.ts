import { describe, expect, it } from 'vitest';
import type { AskedFactId, Facts } from '../../src/triage/fact-values.ts';
import { parseReply } from '../../src/triage/parse-reply.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };
const ON: Facts = { ...W, clean_browser: 'fails', network: 'office' };
const API: Facts = { surface: 'api' };

/**
 * Issue 13, tenth round: doubt about the value said, questions back that ask the bot to decide, and
 * denied clefts, in the four languages. Each case is one instance of a closed class of wording (the
 * sentences are written for these tests, not taken from a tuning set); a miss costs one more
 * question, a wrong fact sends the person down the wrong path, so doubt leaves the reply unclear.
 */
describe('doubt about the value said leaves the whole reply unclear', () => {
  it.each<Case>([
    // "I want to say", "not 100%", "but not sure", "wouldn't swear to it", "don't quote me".
    ['I want to say 502', 'symptom', W, 'unclear'],
    ['502, not 100% though', 'symptom', W, 'unclear'],
    ['the hotspot worked, but not sure it was really on 4G', 'other_network', ON, 'unclear'],
    ["403, but I wouldn't swear to it", 'symptom', W, 'unclear'],
    ["home, don't quote me on that", 'network', W, 'unclear'],
    // "seemed to … ?", "-ish", "or so", "X or Y?", "500 or 502", "mostly?", "might have been".
    ['seemed to load in private mode?', 'clean_browser', W, 'unclear'],
    ['works-ish on the hotspot', 'other_network', ON, 'unclear'],
    ['a 403 or so', 'symptom', W, 'unclear'],
    ['the office network or the guest one?', 'network', W, 'unclear'],
    ['it was a 502 or 504', 'symptom', W, 'unclear'],
    ['they get through in the end, usually?', 'retries', API, 'unclear'],
    ['from home, though the VPN might have been on', 'network', W, 'unclear'],
    ['a bit of both, home and VPN', 'network', W, 'unclear'],
    ["I wasn't paying attention, it may have loaded", 'clean_browser', W, 'unclear'],
    ['maybe the certificate thing? the page said not secure', 'symptom', { surface: 'web' }, 'unclear'],
    // German: "schwer zu sagen", "glaub ich?", "aber nicht sicher", "eher ja?", "würde sagen", "schien … ?".
    ['schwer zu sagen, eher im Büro', 'network', W, 'unclear'],
    ['502 glaub ich?', 'symptom', W, 'unclear'],
    ['im Inkognito ging es, bin mir aber nicht sicher', 'clean_browser', W, 'unclear'],
    ['eher nein?', 'clean_browser', W, 'unclear'],
    ['ich würde sagen manchmal', 'retries', API, 'unclear'],
    ['schien mit dem Hotspot zu laden?', 'other_network', ON, 'unclear'],
    // Spanish: "no lo juraría", "no pondría la mano en el fuego", "no tengo claro", "no lo vi bien", "parecía que sí … pero".
    ['en casa, pero no lo juraría', 'network', W, 'unclear'],
    ['un 502, aunque no pondría la mano en el fuego', 'symptom', W, 'unclear'],
    ['no tengo nada claro si pasan', 'retries', API, 'unclear'],
    ['un 403, no lo vi bien', 'symptom', W, 'unclear'],
    ['parecía que sí cargaba en incógnito pero luego no sé', 'clean_browser', W, 'unclear'],
    // French: "je dirais", "mais pas sûr", "ça avait l'air de … ?", "à vue de nez", "j'ai pas fait gaffe".
    ['je dirais le bureau', 'network', W, 'unclear'],
    ['ça passe en privé, mais pas sûr', 'clean_browser', W, 'unclear'],
    ["ça avait l'air de charger avec le partage de co ?", 'other_network', ON, 'unclear'],
    ['à vue de nez ça finit par passer', 'retries', API, 'unclear'],
    ["j'ai pas fait gaffe, une 502 je crois", 'symptom', W, 'unclear'],
    ["j'en mettrais pas ma main au feu mais c'est le VPN", 'network', W, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });

  it('keeps the plain leans and the clear answers beside these words', () => {
    const cases: Case[] = [
      ['403 I believe', 'symptom', W, { symptom: 'http_403' }],
      ["ça marche, mais pas sur le VPN", 'other_network', ON, { other_network: 'works' }],
      ["'Network configuration issue' oder so", 'symptom', { surface: 'web' }, { symptom: 'ssl_or_network_config' }],
      ['kann ich nicht sagen', 'api_health', ON, { api_health: 'unknown' }],
      ['Works in incognito, so probably an extension?', 'clean_browser', W, { clean_browser: 'works' }],
      ['also 403 oder?', 'symptom', { surface: 'web' }, { symptom: 'http_403' }],
      ['creo que es el navegador', 'surface', {}, { surface: 'web' }],
    ];
    for (const c of cases) expect(read(c), c[0]).toEqual(c[3]);
  });
});

type Asked = [text: string, expecting: AskedFactId, known: Facts];

describe('a question back that asks the bot to decide states nothing', () => {
  it.each<Asked>([
    ['does a tethered laptop count as mobile data', 'other_network', ON],
    ['should we test it in Safari instead', 'clean_browser', W],
    ['do you mean the number on the error page? it shows 502', 'symptom', { surface: 'web' }],
    ['where can I find the status code, the page is just blank', 'symptom', { surface: 'web' }],
    ['I wonder if the office VPN matters here', 'network', W],
    ['which one do you need, home or office', 'network', W],
    ['zählt das Gäste-WLAN als Büro?', 'network', W],
    ['soll ich es im Edge probieren', 'clean_browser', W],
    ['macht es einen Unterschied, ob ich per Kabel bin?', 'network', W],
    ['meinst du den Fehler im Tab?', 'symptom', { surface: 'web' }],
    ['¿el wifi del coworking cuenta como oficina?', 'network', W],
    ['¿dónde veo el código? solo sale la página en blanco', 'symptom', { surface: 'web' }],
    ['o sea que pruebe con los datos del móvil?', 'other_network', ON],
    ['¿te refieres a la ventana privada de Chrome?', 'clean_browser', W],
    ['le wifi du coworking ça compte comme bureau ?', 'network', W],
    ["je me demande si le réseau invité compte", 'other_network', ON],
    ["qu'est-ce que vous entendez par autre réseau", 'other_network', ON],
    ["faut que je teste sur mon tel c'est ça ?", 'other_network', ON],
  ])('%j (asked %s)', (text, expecting, known) => {
    const reading = parseReply(text, { expecting, facts: known });
    expect(reading.understood).toBe(false);
    expect(reading.questionBack).toBe(true);
  });
});

describe('denied clefts and contrasts give the value meant', () => {
  it.each<Case>([
    ["it's not the API that's failing, only the website", 'api_health', {}, { api_health: 'works', surface: 'web' }],
    ["c'est pas l'appli qui déconne, c'est le site", 'surface', {}, { surface: 'web' }],
    ["it's not the app that's broken, it's the website", 'surface', {}, { surface: 'web' }],
    ["haven't tried a hotspot, but with the VPN off it works", 'other_network', { ...ON, network: 'vpn' }, { other_network: 'works' }],
    ['the web app says too many requests in 1 hour', 'symptom', { surface: 'web' }, { symptom: 'other' }],
    ['über die Alexa-Integration', 'surface', {}, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

/**
 * Eleventh round (issue 13): colloquial negations, not tried against tried and failed, corrections and
 * hedges from a blind batch of negations and hedges; the sentences are written for these tests.
 */
describe('eleventh round: colloquial negations and not tried', () => {
  it.each<Case>([
    // "kommen nicht durch", "geht genauso wenig", "nirgends geht's": fails.
    ['auch die retries kommen gar nicht durch', 'retries', { ...API, symptom: 'api_500' }, { retries: 'persists' }],
    ['nö, im privaten fenster geht es genauso wenig', 'clean_browser', W, { clean_browser: 'fails' }],
    ["nirgends klappt's, auch im handy-hotspot nicht", 'other_network', ON, { other_network: 'fails' }],
    // "null Probleme": no problems.
    ['im hotspot null probleme', 'other_network', ON, { other_network: 'works' }],
    // "ach nee": what came before is taken back.
    ["privat geht's, ach nee, privat hab ich noch gar nicht probiert", 'clean_browser', W, { clean_browser: 'not_tried' }],
    // "ni lo he probado", "no he cambiado de red", "jamais essayé": not tried.
    ['en incógnito ni lo he probado todavía', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['no, todavía no hemos cambiado de red', 'other_network', ON, { other_network: 'not_tried' }],
    ["j'ai jamais essayé la navigation privée", 'clean_browser', W, { clean_browser: 'not_tried' }],
    // "pas systématique": some calls pass.
    ["c'est pas systématique, ça passe une fois sur trois", 'retries', { ...API, symptom: 'api_500' }, { retries: 'intermittent' }],
    // What follows "sur le même wifi" is the same network's, not another.
    ["testé sur le même réseau avec la tablette, ça marche pas", 'other_network', ON, 'unclear'],
    ['sur le même wifi, dans le navigateur ça passe', 'web_works', { surface: 'mobile', symptom: 'other' }, { web_works: 'works' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eleventh round: colloquial hedges leave the reply unclear', () => {
  it.each<Case>([
    ['eher selten, kann aber auch zufall sein', 'retries', { ...API, symptom: 'api_500' }, 'unclear'],
    ['kann sein, dass es im hotspot ging', 'other_network', ON, 'unclear'],
    ['un 502 o algo así', 'symptom', W, 'unclear'],
    ['con los datos fue, pero no me fijé bien', 'other_network', ON, 'unclear'],
    ['a veces sí, pero no lo tengo nada controlado', 'retries', { ...API, symptom: 'api_500' }, 'unclear'],
    ['no lo leí entero, algo de 403', 'symptom', W, 'unclear'],
    ["ça a marché en 4G mais c'était peut-être un coup de chance", 'other_network', ON, 'unclear'],
    ["aucune idée de quel réseau c'est, le pc se connecte tout seul", 'network', W, 'unclear'],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

/**
 * Issue 13, twelfth round: general classes of wording from the blind12 failures, with sentences
 * written for these tests. A wrong fact is worse than a question asked again.
 */
describe('twelfth round: general rules', () => {
  const D: Facts = { surface: 'desktop' };
  it.each<Case>([
    // "no" before a failure said as a verb (after a noun) or by a phrase is the answer, not a denial;
    // the Spanish "no falla" still says it does not fail.
    ['nein, klappt auch nicht', 'clean_browser', W, { clean_browser: 'fails' }],
    ['no chrome fails too', 'web_works', D, { web_works: 'fails' }],
    ['con el wifi de casa no falla', 'other_network', ON, { other_network: 'works' }],
    ['no errors on the hotspot', 'other_network', ON, { other_network: 'works' }],
    // A question word after fillers is still a question back.
    ['hmm is the VPN the one with the shield icon?', 'network', W, 'unclear'],
    ['oh do you mean the office one?', 'network', W, 'unclear'],
    // Two places offered on either side of "or" name none; "or rather" corrects.
    ['home or VPN, one of the two', 'network', W, 'unclear'],
    ['im Büro oder halt über VPN', 'network', W, 'unclear'],
    ['home, or rather the VPN', 'network', W, { network: 'vpn' }],
    // Beside a request, not having tested or not knowing is the reason for asking.
    ['please file a ticket, I cannot open private windows here', 'clean_browser', W, 'unclear'],
    ['teste du das bitte, ich hab keinen Hotspot', 'other_network', ON, 'unclear'],
    ["tu pourrais vérifier toi-même ? j'ai pas de 4g", 'other_network', ON, 'unclear'],
    ['vous pouvez regarder ? je sais pas', 'api_health', W, 'unclear'],
    ['not tried, no hotspot here', 'other_network', ON, { other_network: 'not_tried' }],
    // A test run only in part is doubt.
    ["didn't test properly, it loaded once on the hotspot", 'other_network', ON, 'unclear'],
    // Asked about the network, a phone is the connection, not the surface.
    ['über mein Handy getethert', 'network', W, { network: 'mobile_data' }],
    ['con los datos del móvil funciona', 'other_network', ON, { other_network: 'works' }],
    // Another person's device on its own connection is not the same network.
    ["in the browser on my coworker's laptop it works, but he is on his hotspot", 'web_works', D, 'unclear'],
    // Corrections: "Quatsch", "miento", "je dis n'importe quoi".
    ['VPN, ach Quatsch, im Büro', 'network', W, { network: 'office' }],
    ['en casa, miento, en la oficina', 'network', W, { network: 'office' }],
    ["au bureau, non je dis n'importe quoi, chez moi", 'network', W, { network: 'home' }],
    // Nothing else tried; neither … nor.
    ["j'ai rien essayé d'autre", 'other_network', ON, { other_network: 'not_tried' }],
    ['weder mit 4G noch im Homeoffice', 'other_network', ON, { other_network: 'fails' }],
    ['ni en partage de co ni chez moi', 'other_network', ON, { other_network: 'fails' }],
    // A floor number is no flat; the company's network is the office.
    ['en la oficina, piso 2', 'network', W, { network: 'office' }],
    ['conectado a la red cableada de la empresa', 'network', W, { network: 'office' }],
    // Work-place words: "im Gschäft", "le wifi du boulot / de la job".
    ['im Gschäft, übers WLAN', 'network', W, { network: 'office' }],
    ['sur le wifi du boulot', 'network', W, { network: 'office' }],
    // Not tried: no other network to hand, not knowing how, IT blocked it (verb at the end).
    ['haben leider kein zweites WLAN hier', 'other_network', ON, { other_network: 'not_tried' }],
    ['hab hier kein anderes Netz', 'other_network', ON, { other_network: 'not_tried' }],
    ["je sais pas faire, désolé", 'other_network', ON, { other_network: 'not_tried' }],
    ['das Inkognito-Fenster ist von der IT gesperrt', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['kann ich also leider nicht testen', 'clean_browser', W, { clean_browser: 'not_tried' }],
    // "works" and its "nicht mehr" are one failure; "well no," after a clause corrects it.
    ['klappt jetzt nicht mehr', 'api_health', W, { api_health: 'fails' }],
    ['VPN. well no, home today', 'network', W, { network: 'home' }],
    // Asked about the org's API while the API itself fails with no symptom known: the code is the symptom too.
    ['no, the whole org gets 429s', 'api_health', API, { api_health: 'fails', symptom: 'api_429' }],
    ['nope, 500s there as well', 'api_health', { surface: 'web', symptom: 'http_500' }, { api_health: 'fails' }],
    // Eventually (never) succeeds.
    ['ça finit toujours par marcher', 'retries', API, { retries: 'intermittent' }],
    ['ça finit pas par charger', 'retries', API, { retries: 'persists' }],
    ['al final responde, tras un par de intentos', 'retries', API, { retries: 'intermittent' }],
    ['nunca acaba de responder', 'retries', API, { retries: 'persists' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('thirteenth round: places, products and numbers out of the list; doubt after the answer', () => {
  const D: Facts = { surface: 'desktop' };
  const HEALTH: Facts = { surface: 'web', symptom: 'http_500', clean_browser: 'fails', other_network: 'fails' };
  it.each<Case>([
    // A place someone else owns, said with words of the list, leaves the network unclear.
    ['in the lobby of a client, using the network of the client', 'network', W, 'unclear'],
    ["sitting in a partner's office today, on their guest network", 'network', W, 'unclear'],
    ['heute beim Kunden, im WLAN vom Kunden', 'network', W, 'unclear'],
    ['dans les locaux du client, sur leur wifi invité', 'network', W, 'unclear'],
    ['en la oficina de un cliente, con su wifi de invitados', 'network', W, 'unclear'],
    // The company's own guest Wi-Fi keeps the twelfth round's reading; the VPN stays the VPN at a customer's.
    ['at a customer site today, but connected through our VPN', 'network', W, { network: 'vpn' }],
    ['bin im Café direkt neben unserem Büro', 'network', W, 'unclear'],
    // "unser VPN darf ich da nicht anmachen": no VPN.
    ['beim Kunden, das VPN darf ich dort nicht anmachen', 'network', W, 'unclear'],
    // Something like a VPN is not the VPN.
    ['some vpn-like tunnel thing the security team set up', 'network', W, 'unclear'],
    ['usamos algo como una vpn pero no es la vpn de la empresa', 'network', W, 'unclear'],
    ["j'ai testé via un service genre vpn sur mon tel, ça passe", 'other_network', ON, 'unclear'],
    // Another AI product, model or tool answers no surface, call or retry.
    ['the Gemini API calls from our team are fine', 'api_health', HEALTH, 'unclear'],
    ['Copilot im Outlook geht', 'web_works', D, 'unclear'],
    ["avec un autre modèle ça passe", 'retries', API, 'unclear'],
    ['es en el add-in de Excel', 'surface', {}, 'unclear'],
    ['on my apple watch', 'surface', {}, 'unclear'],
    ['our Azure deployment answers normally', 'api_health', HEALTH, 'unclear'],
    ['via Azure OpenAI from our backend', 'surface', {}, { surface: 'api' }],
    // A counted number is no status code; "file too large" is another error; an error page is still the code.
    ['uploading a 500-page contract gives "File is too large"', 'symptom', { surface: 'web' }, { symptom: 'other' }],
    ['seit heute Morgen für 500 Nutzer, Datei zu groß kommt nicht, nur ein weißer Bildschirm', 'symptom', { surface: 'web' }, 'unclear'],
    ['just the HTTP ERROR 500 page', 'symptom', { surface: 'web' }, { symptom: 'http_500' }],
    // Doubt after the answer takes it back; for api_health "not sure" is the answer.
    ['office, not sure tbh', 'network', W, 'unclear'],
    ['en casa, no estoy seguro si con la vpn puesta', 'network', W, 'unclear'],
    ['le site marche je pense, à confirmer', 'web_works', D, 'unclear'],
    ['difícil de saber, a veces sí a veces no', 'retries', API, 'unclear'],
    ["une erreur de certificat, je sais plus trop", 'symptom', { surface: 'web' }, 'unclear'],
    ['chais pas trop', 'api_health', HEALTH, { api_health: 'unknown' }],
    // Asked about the org's calls, "nothing gets through" is no retry answer; a retry named is.
    ['no, since 8 nothing gets through at all', 'api_health', API, { api_health: 'fails' }],
    ['nein, und kein einziger retry geht durch', 'api_health', API, { api_health: 'fails', retries: 'persists' }],
    // Another cable on the same network is no other network; "I didn't mean that" says nothing.
    ['plugged in a different ethernet cable, same thing', 'other_network', ON, 'unclear'],
    ['yes they run, i did not mean that the whole api is down', 'api_health', HEALTH, { api_health: 'works' }],
    // Asked about a private window, a browser named alone states nothing; a request beside "can't cope" neither.
    ['used firefox instead, same story', 'clean_browser', {}, 'unclear'],
    ['habilítame la ventana privada y la pruebo', 'clean_browser', W, 'unclear'],
    ['can someone send me a hotspot so i can check', 'other_network', ON, 'unclear'],
    // "nunca lo he probado", "yo no manejo la API", "no se sube".
    ['nunca lo hemos probado en otra red', 'other_network', ON, { other_network: 'not_tried' }],
    ['ni idea, yo no toco la api', 'api_health', HEALTH, { api_health: 'unknown' }],
    // A browser at another place on another device is no same-network answer; a bare "yeah" beside the place confirms it.
    ['in the browser on my home laptop it worked yesterday', 'web_works', D, 'unclear'],
    ['yeah, the office network', 'network', W, { network: 'office' }],
    // "no longer fails": works; "I misread, …" takes back what came before (said last, it is of an earlier message).
    ['private window no longer errors, it opens fine', 'clean_browser', W, { clean_browser: 'works' }],
    ['nein — sorry, hab mich verlesen, per Hotspot klappt es', 'other_network', ON, { other_network: 'works' }],
    ['no, 503 actually, I misread', 'symptom', API, { symptom: 'api_503' }],
    // "no X sino Y": not X but Y.
    ['no es un 500 sino un 403', 'symptom', { surface: 'web' }, { symptom: 'http_403' }],
    // "not error 500 but …", "no dice error 500 sino …": the code is denied, not the word "error".
    ['not HTTP 500, it says 403 forbidden', 'symptom', { surface: 'web' }, { symptom: 'http_403' }],
    ['ya no pone el error 500 sino acceso denegado', 'symptom', { surface: 'web' }, { symptom: 'http_403' }],
    // On mobile data, "no wifi here" is no other-network test.
    ["'unusual activity' et je suis en 4G, pas de wifi dispo", 'symptom', { surface: 'mobile' }, { symptom: 'unusual_activity', network: 'mobile_data' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('fourteenth round: requests, corrections, worries asked back, remote desktops, stories told in the past', () => {
  it.each<Case>([
    // A question asking someone to act answers nothing, whatever it tells besides; so does a reply opening with "please" and a request.
    ['not tested yet, could you check it remotely on my machine?', 'clean_browser', W, 'unclear'],
    ['Could somebody come over and look at it? 3rd floor, accounts office', 'surface', {}, 'unclear'],
    ['¿pueden activarme el hotspot? en la planta solo hay la red de la empresa', 'other_network', ON, 'unclear'],
    ['please can you unlock my account, it shows 403 since this morning', 'symptom', { surface: 'web' }, 'unclear'],
    // "my private internet / wifi" is the home line, not the private window; "together" and "internet" are no typos.
    ['on my private wifi at home it fails as well', 'other_network', ON, { other_network: 'fails' }],
    ['hi together, incognito not tested yet', 'clean_browser', W, { clean_browser: 'not_tried' }],
    // Corrections: "stimmt aber nicht:", "wait, actually", "je corrige".
    ['Erst hab ich ja gesagt, stimmt aber nicht: im Inkognito kommt auch der Fehler.', 'clean_browser', W, { clean_browser: 'fails' }],
    ['nope, none succeed... wait, actually some do succeed on the second try', 'retries', API, { retries: 'intermittent' }],
    // Doubt: "no lo confirmaría", a reply ending on "maybe".
    ['me parece que uno entró, pero no lo confirmaría', 'retries', API, 'unclear'],
    ['worked on the train wifi, but that was before all this, maybe', 'other_network', ON, 'unclear'],
    // Worries about the data plan asked back answer nothing.
    ['will that eat my mobile data? who pays for it', 'other_network', ON, 'unclear'],
    ['et ça va me coûter du forfait, ce test ?', 'other_network', ON, 'unclear'],
    // A browser on a remote or virtual desktop runs on another machine: no same-network answer.
    ['the browser in our VDI session loads it fine', 'web_works', { surface: 'desktop' }, 'unclear'],
    // "same thing, doesn't load" is the failure seen before; "the error is always a 429" says which error.
    ['private mode in chrome: same thing, does not load', 'clean_browser', { surface: 'web' }, { clean_browser: 'fails' }],
    ['some calls go through now and then, and the error is always a 429', 'retries', API, { retries: 'intermittent', symptom: 'api_429' }],
    // A place named in the sentence makes the imperfect a test run then; asked about another network, the bare place takes the outcome.
    ['chez ma sœur sur sa box, ça passait sans souci', 'other_network', ON, 'unclear'],
    ['Dimanche soir à la maison, ça marchait très bien', 'other_network', {}, { other_network: 'works' }],
    // The network of the kind of site one works at is the office.
    ['übers Lager-WLAN, Halle B', 'network', W, { network: 'office' }],
    ['conectada al wifi de la nave 2', 'network', W, { network: 'office' }],
    ["sur le réseau de la mairie, au 2e étage", 'network', W, { network: 'office' }],
    // "seit heute früh" tells when it began, not a past time; "ahí sí funcionó" (accent lost) is no condition.
    ['in der App kommt seit heute früh nur noch ein 500er', 'symptom', { surface: 'desktop' }, { symptom: 'http_500' }],
    ['probé en modo incógnito y ahi si cargó bien', 'clean_browser', W, { clean_browser: 'works' }],
  ])('%j (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
