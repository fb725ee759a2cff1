/**
 * German replies rewritten into the English words and markers the parser reads (see
 * reply-foreign.ts). Input: lower case, accents folded (ä → a, ß → ss), punctuation still in
 * place, apostrophes kept. Order matters: phrases before the words they contain, and a verb's
 * trailing "nicht" ("geht im Inkognito auch nicht") before "nicht" alone.
 */
import { phrase, type PhraseRule } from './reply-phrase-rule.ts';

/** Verbs that say it works ("geht", "klappt", "läuft"...), present and past. */
const WORKS_NOW = '(?:geht|gehts|funktioniert|funktionierts|funktionieren|klappt|klappts|lauft|laufts|laeuft|laufen|ladt|laedt|oeffnet|offnet|passt|tuts|tut(?! mir))';
const WORKED = '(?:ging|gings|funktionierte|funktionierten|klappte|lief|lud)';
/** Words that may stand between a verb and its "nicht" without starting a new clause. */
const MIDDLE = "(?: (?!und\\b|aber\\b|oder\\b|sondern\\b|nur\\b|nicht\\b|nich\\b)[\\w'-]+){0,6}?";
const NEG = '(?:nicht|nich|net|ned|nid|nit|nod|noed|nie)';

export const DE_RULES: readonly PhraseRule[] = [
  phrase("\\b(geht|klappt|lauft|laeuft|funktioniert|ging)'s\\b", '$1 es'),
  // Compounds people write with a hyphen ("Büro-WLAN", "Inkognito-Modus", "Desktop-App").
  phrase('\\b([a-z]+)-(app|wlan|lan|netz|netzwerk|fenster|modus|browser|version|daten|aufrufe|fehler|schleife|ding|seite|skript|script|anwendung|client)\\b', '$1 $2'),
  phrase('\\b(\\d{3})er\\b', '$1'),

  // Requests and questions back.
  phrase('\\b(?:firmen|arbeits|dienst)(?:laptop|rechner|pc|computer|notebook|handy|geraet|gerat)\\b', 'company laptop'),
  phrase('\\b(?:neu ?starten|neustarten|neu booten|rebooten)\\b', 'restart'),
  phrase('\\b(?:ueberall|uberall)\\b', 'everywhere'),
  phrase('\\b(?:ihre|deine) verbindung ist nicht privat\\b', 'sslerr'),
  phrase('\\b(?:kannst|koenntest|konntest|kannste|koennt|konnt|koennen|konnen|koennten|konnten) (?:du|ihr|sie)\\b', 'can you'),
  phrase('\\bmach(?:t|en)? (?:das|es)(?: bitte)? (?:wieder )?(?:heile?|ganz)\\b', 'request'),
  phrase('\\bhilf (?:mir|uns)\\b', 'help me'),
  phrase('\\b(?:reparieren|repariert|reparier|fixen|fixt|beheben|behebt|beheb|loesen|losen|richten)\\b', 'fix'),
  phrase('\\b(?:checken|pruefen|prufen|anschauen|ansehen|nachsehen|nachschauen)\\b', 'check'),
  phrase('\\bwas (?:meinst|meinen) (?:du|sie)(?: (?:genau|damit|mit))*\\b|\\bwie (?:meinst|meinen) (?:du|sie)(?: das)?\\b', 'what do you mean'),
  phrase('\\bwas (?:ist|sind|bedeutet|heisst)\\b', 'what is'),
  phrase('\\bwie (?:mache|mach|oeffne|offne|teste|finde|starte|aktiviere|bekomme|komme|kann|soll)(?: ich| man)?\\b|\\bwie (?:geht|funktioniert) das\\b', 'how do i'),
  phrase('\\bwelche[snrm]?\\b', 'which'),
  phrase('\\b(?:warum|wieso|weshalb)\\b', 'why'),
  phrase('\\bbitte\\b', 'please'),

  // Do not know; not tried.
  phrase('\\bkeinen (?:blassen )?schimmer\\b|\\bnull ahnung\\b|\\bkein plan\\b|\\bkeine idee\\b|\\bkeine ahnung\\b|\\bweiss (?:ich )?(?:nicht|nich|net)(?: mehr)?\\b', 'idk'),
  phrase('\\bich (?:glaube|glaub|denke|denk) (?:schon|ja)\\b', 'i think so'),
  phrase('\\bich (?:glaube|glaub|denke|denk)\\b', 'i think'),
  phrase(`\\b(?:(?:hab|habe|haben|hatte|hatten)(?: ich| wir)?(?: es| das)? )?(?:noch |bisher |leider )?(?:nicht|nie) (?:(?:aus)?probiert|getestet|versucht|gemacht|gecheckt|geprueft|gepruft)\\b`, 'nottried'),
  phrase('\\b(?:hab|habe|haben)(?: ich| wir)? (?:noch )?(?:keinen|keine|kein)\\b', 'do not have a'),
  phrase('\\bkann (?:ich|man)(?: das| es)? (?:nicht|nich)\\b', 'can not'),
  phrase('\\b(?:(?:ich )?(?:teste|probiere|probier|mache|mach|schaue|schau|checke|check)(?: es| das| ich| ichs)?(?: mal)? (?:gleich|sofort|spater|spaeter|nachher|morgen|mal)|(?:ich )?(?:werde|werd) (?:es |das )?(?:gleich |mal |spater |spaeter )?(?:testen|probieren|ausprobieren|versuchen))\\b', 'will try later'),
  phrase('\\b(?:kein|keinen) (?:handy|telefon|smartphone|hotspot) (?:dabei|hier|zur hand|mit)\\b|\\b(?:hab|habe) (?:mein|das) (?:handy|telefon) (?:nicht|nich) (?:dabei|hier|mit)\\b', 'do not have a phone'),
  phrase('\\b(?:verboten|untersagt)\\b', 'blocked'),
  phrase('\\b(?:leider|eher) (?:nicht|nein|nee)\\b(?=\\s*(?:[.,!?]|$))', 'no'),
  phrase('\\b(?:fehlanzeige|negativ)\\b', 'no'),
  phrase('\\b(?:korrekt|richtig|auf jeden fall|jawoll|jepp)\\b', 'yes'),
  phrase('\\bbei uns\\b', ''),
  phrase('\\b(?:gesperrt|blockiert)\\b', 'blocked'),
  phrase('\\bdeaktiviert\\b', 'disabled'),
  phrase('\\b(?:nicht|nie) (?:erlaubt|gestattet)\\b', 'not allowed'),

  // Outcomes: a verb and its trailing "nicht" fail; "auch nicht", "ebenfalls nicht" fail too.
  phrase(`\\b(?:fruher|frueher|vorher|gestern|sonst|bisher) ${WORKED}(?: es)?\\b`, 'pastok'),
  phrase(`\\b${WORKS_NOW}(${MIDDLE}) ${NEG}(?: mehr)?\\b`, 'failx$1'),
  phrase(`\\b${WORKED}(${MIDDLE}) ${NEG}\\b`, 'failx$1'),
  phrase('\\b(?:auch|ebenfalls|genauso)((?: [\\w-]+){0,3}?) (?:nicht|nich)\\b', 'failx too$1'),
  phrase('\\bschl(?:a|ae)gt((?: [\\w-]+){0,2}?) fehl\\b', 'fails$1'),
  phrase('\\b(?:fehlgeschlagen|schlagt fehl|schlaegt fehl)\\b', 'fails'),
  phrase('\\b(?:scheint|scheinen)\\b', 'seems'),
  phrase('\\bzu (?:gehen|funktionieren|klappen|laufen)\\b', 'to work'),
  phrase(`\\b${WORKS_NOW}\\b`, 'works'),
  phrase(`\\b${WORKED}\\b`, 'worked'),
  phrase('\\b(?:gleiche[rsnm]?|selbe[rsnm]?|derselbe|dieselbe|dasselbe) (?:fehler|problem|meldung|ergebnis|spiel)\\b', 'same error'),
  phrase('\\b(?:gleiche[rsnm]?|gleich|selbe[rsnm]?|derselben?|demselben|dieselben?|dasselbe|genauso|idem)\\b', 'same'),
  phrase('\\bnormal\\b', 'normally'),
  phrase('\\b(?:kaputt|defekt)\\b', 'broken'),
  phrase('\\b(?:fehlermeldung|fehler)\\b', 'error'),
  phrase('\\balles (?:gut|ok|okay|prima|bestens|normal)\\b', 'all good'),
  phrase('\\b(?:gut|prima|einwandfrei|problemlos|ohne probleme)\\b', 'fine'),

  // Places.
  phrase('\\b(?:firmen|buero|buro|arbeits)(?: ?-?)(?:wlan|netz|netzwerk|lan|internet)\\b|\\bfirmennetz\\w*', 'office network'),
  phrase('\\b(?:heim|haus)(?: ?-?)(?:netz|netzwerk|wlan)\\w*\\b|\\bwlan (?:daheim|zu ?hause|zuhaus)\\b|\\b(?:daheim|zu ?hause)(?: im| ins)? wlan\\b', 'home network'),
  phrase('\\bhomeoffice\\b', 'home'),
  phrase('\\b(?:zu ?hause|zuhaus|daheim)\\b', 'at home'),
  phrase('\\b(?:in|bei) der (?:firma|arbeit)\\b|\\bauf der arbeit\\b|\\b(?:im|ins) (?:buro|buero)\\b', 'at the office'),
  phrase('\\b(?:buro|buero)\\b', 'office'),
  phrase('\\b(?:gaste|gaeste|gast)(?: ?-?)(?:wlan|netz|netzwerk)\\w*\\b', 'guest wifi'),
  phrase('\\b(?:im|in einem|in der) (?:zug|bahn|hotel|cafe|flugzeug)\\b|\\bhotel ?-?wlan\\b|\\bbei (?:einem|dem|unserem|einem unserer) kunden\\b|\\bbeim kunden\\b', 'altnet'),
  phrase('\\bmobilen? daten\\b|\\bmobilfunk\\w*\\b', 'mobile data'),
  phrase('\\bhandy\\b', 'phone'),
  phrase('\\bwlan\\b', 'wifi'),
  phrase('\\bnetzwerk\\b|\\bnetz\\b', 'network'),

  // Browser, surfaces, symptoms.
  phrase('\\bprivat\\b(?! ?-?(?:fenster|modus|tab|browser|sitzung|surfen))', 'private'),
  phrase('\\b(?:private[nmrs]?|privat) ?-?(?:fenster|modus|tab|browser|sitzung|surfen)\\b|\\binkognito\\w*', 'incognito'),
  phrase('\\bnormale[nmrs]? (?=(?:fenster|modus|tab|browser)\\b)', 'normal '),
  phrase('\\bfenster\\b', 'window'),
  phrase('\\bwebbrowser\\b', 'browser'),
  phrase('\\banwendung\\b', 'app'),
  phrase('\\bskripte?n?\\b', 'scripts'),
  phrase('\\bschnittstelle\\b', 'api'),
  phrase('\\b(?:api) ?-?aufrufe\\b|\\baufrufe\\b', 'api calls'),
  phrase('\\bzugriff (?:verweigert|abgelehnt)\\b', 'access denied'),
  phrase('\\bnetzwerkkonfiguration\\b|\\bnetzwerk ?-?konfiguration\\b', 'network configuration'),
  phrase('\\bzertifikat\\w*', 'certificate error'),
  phrase('\\bbestatigen sie,? dass sie (?:ein )?mensch sind\\b|\\bmensch\\b|\\broboter\\b', 'verify you are human'),
  phrase('\\bschleife\\b', 'loop'),
  phrase('\\bungewohnliche aktivitat\\b|\\bungewoehnliche aktivitaet\\b', 'unusual activity'),
  phrase('\\b(?:was|etwas|irgendwas) anderes\\b|\\bein anderer fehler\\b', 'something else'),
  phrase('\\b(?:weisse|weiße|leere) seite\\b', 'blank page'),
  phrase('\\bzu viele anfragen\\b', 'too many requests'),
  phrase('\\bkontingent\\w*', 'quota'),
  phrase('\\bwir (?:nutzen|benutzen|verwenden)(?: die| keine)? api(?: nicht)?\\b', 'nouse'),

  // How often.
  phrase('\\bab und zu\\b|\\bhin und wieder\\b', 'now and then'),
  phrase('\\bmanchmal\\b|\\bgelegentlich\\b|\\bmeistens\\b|\\bselten\\b|\\boft\\b', 'sometimes'),
  phrase('\\b(?:staendig|standig|dauernd|permanent|durchgehend)\\b', 'constantly'),
  phrase('\\bbleibt bei\\b', 'still'),
  phrase('\\b(?:immer noch|noch immer)\\b', 'still'),
  phrase('\\bimmer\\b', 'always'),
  phrase('\\bjede[rsnm]?\\b', 'every'),
  phrase('\\bein paar\\b|\\beinige[nm]?\\b', 'a few'),
  phrase('\\bversuch(?:e|en)?\\b', 'attempts'),

  // Small words.
  phrase('\\bnoch nicht\\b', 'not yet'),
  phrase('\\b(?:ja|jo|jap|jep|jawohl|genau|klar|stimmt)\\b', 'yes'),
  phrase('\\b(?:nein|nee|ne|noe)\\b', 'no'),
  phrase('\\bjein\\b', 'hedge'),
  phrase('\\b(?:vielleicht|eventuell|evtl|wahrscheinlich)\\b', 'maybe'),
  phrase('\\b(?:nicht|nich)\\b', 'not'),
  phrase('\\b(?:kein|keine|keinen|keinem|keiner)\\b', 'no'),
  phrase('\\bnichts\\b', 'nothing'),
  phrase('\\b(?:auch|ebenfalls)\\b', 'too'),
  phrase('\\bnoch\\b', 'still'),
  phrase('\\bwieder\\b', 'again'),
  phrase('\\b(?:ich|ick)\\b', 'i'),
  phrase('\\bwir\\b', 'we'),
  phrase('\\b(?:mir|mich)\\b', 'me'),
  phrase('\\bdu\\b', 'you'),
  phrase('\\b(?:es|das)\\b', 'it'),
  phrase('\\bist\\b', 'is'),
  phrase('\\bsind\\b', 'are'),
  phrase('\\b(?:hab|habe|haben)\\b', 'have'),
  phrase('\\bund\\b', 'and'),
  phrase('\\baber\\b', 'but'),
  phrase('\\boder\\b', 'or'),
  phrase('\\bnur\\b', 'only'),
  phrase('\\b(?:der|die|dem|den|des)\\b', 'the'),
  phrase('\\bein(?:e|en|em|er|es)?\\b', 'a'),
  phrase('\\b(?:im|ins)\\b', 'in'),
  phrase('\\b(?:am|auf)\\b', 'on'),
  phrase('\\bmit\\b', 'with'),
  phrase('\\bohne\\b', 'without'),
  phrase('\\b(?:uber|ueber|ubers|uebers|per)\\b', 'via'),
  phrase('\\b(?:vom|von|aus)\\b', 'from'),
  phrase('\\bbei\\b', 'at'),
  phrase('\\bzu\\b', 'to'),
  phrase('\\b(?:dort|da)\\b', 'there'),
  phrase('\\bjetzt\\b', 'now'),
  phrase('\\bnach\\b', 'after'),
  phrase('\\balso\\b', 'so'),
  phrase('\\bwas\\b', 'what'),
  phrase('\\bwie\\b', 'how'),
  phrase('\\bwo\\b', 'where'),
];
