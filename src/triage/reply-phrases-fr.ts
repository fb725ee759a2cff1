/**
 * French replies rewritten into the English words and markers the parser reads (see
 * reply-foreign.ts). Input: lower case, accents folded (é → e, ç → c), punctuation in place,
 * apostrophes kept ("j'ai", "c'est", "l'appli"). The "ne" of "ne ... pas" is dropped; a verb
 * followed by "pas" / "plus" / "jamais" fails.
 */
import { phrase, type PhraseRule } from './reply-phrase-rule.ts';

const WORKS = '(?:marche|marchent|fonctionne|fonctionnent|passe|passent|charge|chargent|tourne|va|ouvre|repond)';
const WORKED = '(?:marchait|fonctionnait|passait|chargeait|allait|a marche|a fonctionne)';
const MIDDLE = "(?: (?!et\\b|mais\\b|ou\\b|pas\\b|plus\\b|jamais\\b)[\\w'-]+){0,3}?";

export const FR_RULES: readonly PhraseRule[] = [
  phrase('\\b(?:probleme de )?configuration (?:du |de )?reseau\\b', 'network configuration issue'),
  phrase("\\bmot de passe\\b", 'password'),
  phrase("\\bqu'?est[- ]ce que c'?est\\b|\\bc'?est quoi\\b|\\bqu'?est[- ]ce qu'?(?:un|une|le|la|l')?", 'what is '),
  phrase("\\bc'?est[- ]a[- ]dire\\b|\\bque voulez[- ]vous dire\\b|\\bqu'?entendez[- ]vous\\b|\\btu veux dire quoi\\b", 'what do you mean'),
  phrase("\\bcomment (?:est[- ]ce qu'?)?(?:on |je |j'|fait[- ]on |faire (?:pour )?|ouvrir |tester )?", 'how do i '),
  phrase('\\bquel(?:le)?s?\\b', 'which'),
  phrase('\\bpourquoi\\b', 'why'),

  // Requests.
  phrase("\\b(?:vous pouvez|tu peux|pouvez[- ]vous|peux[- ]tu|pourriez[- ]vous|tu pourrais|vous pourriez|pourrais[- ]tu)\\b", 'can you'),
  phrase('\\b(?:reparer|reparez|repare|corriger|corrigez|corrige|regler|reglez|resoudre|resolvez|depanner|depannez)\\b', 'fix'),
  phrase('\\b(?:verifier|verifiez|regarder|regardez|checker)\\b', 'check'),
  phrase('\\b(?:aidez|aide)[- ]moi\\b|\\baidez[- ]nous\\b', 'help me'),
  phrase("\\b(?:svp|stp|s'?il vous plait|s'?il te plait|merci de)\\b", 'please'),

  // Do not know; not tried.
  phrase("\\b(?:aucune idee|j'?sais pas|je (?:ne |n')?sais pas|sais pas|je sais plus|je ne sais plus|pas la moindre idee)\\b", 'idk'),
  phrase('\\bje (?:crois|pense) que oui\\b|\\bje crois bien\\b', 'i think so'),
  phrase('\\bje (?:crois|pense) que\\b', 'i think'),
  phrase("\\b(?:je |j'|on )?(?:n'|ne )?(?:ai|a|avons) pas (?:encore )?(?:essaye|teste|tente|verifie|fait)\\b|\\bpas (?:encore )?(?:essaye|teste|tente)\\b", 'nottried'),
  phrase("\\b(?:je |j'|on )?(?:n'|ne )?(?:ai|a|avons) pas (?:de |d')", 'do not have a '),
  phrase("\\b(?:je |on )?(?:ne |n')?(?:peux|peut|pouvons) pas\\b", 'can not'),
  phrase("\\bon (?:n'|ne )?utilise pas (?:l'|les? )?api\\b", 'nouse'),
  phrase('\\bbloque(?:e|es|s)?\\b', 'blocked'),
  phrase('\\bdesactive(?:e|es|s)?\\b', 'disabled'),
  phrase('\\bchez nous\\b', ''),

  // Outcomes: drop the "ne"; a verb and its "pas" fail.
  phrase("\\bn'|\\bne\\b", ''),
  phrase(`\\bavant (?:ca |ça |il |elle |tout )?${WORKED}\\b`, 'pastok'),
  phrase('\\bnon plus\\b', 'too'),
  phrase(`\\b${WORKS}(${MIDDLE}) (?:pas|plus|jamais)\\b`, 'failx$1'),
  phrase(`\\b${WORKED}(${MIDDLE}) (?:pas|plus|jamais)\\b`, 'failx$1'),
  phrase("\\ba l'?air de\\b|\\bsemble\\b", 'seems to'),
  phrase('\\b(?:marcher|fonctionner)\\b', 'work'),
  phrase(`\\b${WORKS}\\b`, 'works'),
  phrase(`\\b${WORKED}\\b`, 'worked'),
  phrase('\\b(?:la |le )?meme (?:erreur|probleme|chose|resultat|message)\\b|\\bpareil\\b', 'same error'),
  phrase('\\b(?:plante|plantent|bug|bugue|beugue|echoue|echouent|crash)\\b', 'fails'),
  phrase('\\bmeme\\b', 'same'),
  phrase('\\b(?:nickel|parfait|parfaitement|sans probleme|bien)\\b', 'fine'),
  phrase('\\b(?:casse|en panne|hs)\\b', 'broken'),

  // Places.
  phrase("\\b(?:wifi|wi-fi|reseau|connexion|internet|lan) (?:de l'|du |de la |de )?(entreprise|bureau|boulot|travail|maison|hotel|client)\\b", '$1 network'),
  phrase("\\b(?:appli(?:cation)?|app|logiciel|version) (?:de |du )?bureau\\b", 'desktop app'),
  phrase("\\b(?:a la|a|de la) maison\\b|\\bchez moi\\b|\\bdomicile\\b", 'at home'),
  phrase('\\bmaison\\b', 'home'),
  phrase("\\bau (?:bureau|boulot|travail)\\b|\\bdans l'?entreprise\\b", 'at the office'),
  phrase("\\b(?:bureau|boulot)\\b", 'office'),
  phrase("\\bentreprise\\b", 'company'),
  phrase('\\bteletravail\\b', 'wfh'),
  phrase('\\bwifi (?:invite|invites)\\b|\\breseau invite\\b', 'guest wifi'),
  phrase("\\bchez (?:un|le|des|nos) clients?\\b|\\b(?:dans le|en) (?:train|tgv|avion)\\b|\\b(?:a l'|de l')hotel\\b|\\bhotel network\\b", 'altnet'),
  phrase('\\bdonnees (?:mobiles|cellulaires)\\b', 'mobile data'),
  phrase('\\bpartage de connexion\\b|\\bmodem\\b', 'hotspot'),
  phrase('\\b(?:pc|ordinateur|ordi) portable\\b|\\bordi\\b', 'laptop'),
  phrase('\\b(?:telephone|portable|tel)\\b', 'phone'),
  phrase('\\breseau\\b', 'network'),

  // Browser, surfaces, symptoms.
  phrase('\\b(?:navigation|fenetre|onglet|mode|session) (?:privee|prive|incognito)\\b|\\ben prive\\b|\\bprivee?\\b', 'incognito'),
  phrase('\\bfenetre\\b', 'window'),
  phrase('\\bnavigateur\\b', 'browser'),
  phrase('\\bappli(?:cation)?\\b', 'app'),
  phrase('\\bappels\\b', 'calls'),
  phrase('\\bacces refuse\\b', 'access denied'),
  phrase('\\bcertificat\\w*', 'certificate error'),
  phrase("\\bverifiez que vous etes (?:un )?humain\\b|\\bhumain\\b", 'verify you are human'),
  phrase('\\ben boucle\\b|\\bboucle\\b', 'loop'),
  phrase('\\bactivite (?:inhabituelle|suspecte)\\b', 'unusual activity'),
  phrase('\\bautre chose\\b|\\bquelque chose d.autre\\b', 'something else'),
  phrase('\\bpage (?:blanche|vide)\\b|\\becran blanc\\b', 'blank page'),
  phrase('\\btrop de requetes\\b', 'too many requests'),
  phrase('\\bquota\\w*', 'quota'),
  phrase('\\berreurs?\\b', 'error'),
  phrase('\\bautre\\b', 'other'),

  // How often.
  phrase('\\bde temps en temps\\b|\\bde temps a autre\\b', 'now and then'),
  phrase('\\bparfois\\b|\\bquelquefois\\b', 'sometimes'),
  phrase('\\btoujours\\b', 'always'),
  phrase('\\bchaque\\b', 'every'),
  phrase('\\bquelques\\b', 'a few'),
  phrase('\\b(?:nouvel essai|nouvelle tentative|relances?)\\b', 'retry'),
  phrase('\\b(?:essais|tentatives)\\b', 'attempts'),
  phrase('\\bapres\\b', 'after'),

  // Small words.
  phrase('\\bpas encore\\b', 'not yet'),
  phrase('\\bpas du tout\\b', 'no'),
  phrase('\\b(?:oui|ouais|ouai|ouep|si|exact|exactement|tout a fait)\\b', 'yes'),
  phrase('\\b(?:non|nan|nope)\\b', 'no'),
  phrase("\\bpeut[- ]etre\\b|\\bprobablement\\b", 'maybe'),
  phrase('\\b(?:pas|jamais|plus)\\b', 'not'),
  phrase('\\brien\\b', 'nothing'),
  phrase('\\baussi\\b', 'too'),
  phrase('\\bencore\\b', 'still'),
  phrase("\\bj'|\\bje\\b", 'i '),
  phrase('\\bmoi\\b', 'me'),
  phrase("\\b(?:ca|cela|c')\\b", 'it '),
  phrase('\\best\\b', 'is'),
  phrase('\\bai\\b', 'have'),
  phrase('\\bet\\b', 'and'),
  phrase('\\bmais\\b', 'but'),
  phrase('\\bou\\b', 'or'),
  phrase("\\b(?:le|la|les)\\b|\\bl'", 'the '),
  phrase('\\b(?:un|une)\\b', 'a'),
  phrase('\\b(?:des|du|de)\\b|\\bd\'', 'of '),
  phrase('\\b(?:dans|en)\\b', 'in'),
  phrase('\\bsur\\b', 'on'),
  phrase('\\bavec\\b', 'with'),
  phrase('\\bsans\\b', 'without'),
  phrase('\\bdepuis\\b', 'from'),
  phrase('\\bchez\\b', 'at'),
  phrase('\\bau\\b', 'at the'),
  phrase('\\b(?:la|ici)\\b', 'there'),
];
