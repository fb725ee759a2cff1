/**
 * German replies rewritten into the English words and markers the parser reads (see
 * reply-foreign.ts). Input: lower case, accents folded (ä → a, ß → ss), punctuation still in
 * place, apostrophes kept. Order matters: phrases before the words they contain, and a verb's
 * trailing "nicht" ("geht im Inkognito auch nicht") before "nicht" alone.
 */
import { phrase, type PhraseRule } from './reply-phrase-rule.ts';

/** Verbs that say it works ("geht", "klappt", "läuft"...), present and past. */
const WORKS_NOW = '(?:rennt\'s|rennts|rennt|geht|gehts|gaht|gahts|goht|gohts|jeht|jehts|funktioniert|funktionierts|funktionieren|klappt|klappts|lauft|laufts|laeufts|laeuft|laufen|gehen|ladt|laedt|oeffnet|offnet|passt|passts|tuts|tut(?! mir))';
const WORKED = '(?:ging|gings|funktionierte|funktionierten|klappte|lief|lud)';
/** Words that may stand between a verb and its "nicht" without starting a new clause. */
const MIDDLE = "(?: (?!und\\b|aber\\b|oder\\b|sondern\\b|nur\\b|nicht\\b|nich\\b)[\\w'-]+){0,6}?";
const NEG = '(?:nicht|nich|net|ned|nid|nit|nod|noed|nie|nimmer|nimma|nciht|nihct)';
/** "ich würde nicht sagen, dass", "es ist nicht so, dass": what follows is denied. */
const DENIED_THAT = '\\b(?:(?:ich )?w(?:u|ue)rde? (?:jetzt |mal |so )?(?:nicht|nich|net|ned) (?:unbedingt |direkt )?(?:sagen|behaupten)|(?:es |das )?(?:ist|isch|ists|isses|is) (?:ja |halt |jetzt )?(?:nicht|nich|net|ned) so),? dass ';

export const DE_RULES: readonly PhraseRule[] = [
  // Round 26, batch 47. "Fänschter": the Swiss window; "gaht weder im normale no im private Fänschter": neither … nor, so it
  // fails; "Halb?": half, no outcome; "das war am Hotspot": where an
  // earlier try ran; "läuft über mobile Daten": routed, not "works" (the rule for "läuft übers VPN"); "springt zwischen VPN und WLAN hin und her": which one
  // is unknown; "Inkognito hab ich mir gespart": not tried; "per LAN-Kabel statt WLAN": the same network; "geht's im
  // Browser aber ned": there it fails; "läuft bei mir lokal im …": where it runs; "ob einzelne durchgehen – keine Ahnung".
  phrase('\\bf(?:a|ae|e)nsch?ter\\b', 'fenster'),
  phrase(`\\bnur im (browser|webbrowser)(?: am [\\w-]+)? ${NEG}\\b`, 'only $1 failx'),
  phrase('\\b(?:ein |kein )?([45]\\d\\d)(?:er)? (?:is|ist|isch) (?:es|das|s) (?:ned|nicht|net|nich|nid),? (?:eher|sondern)\\b', 'not $1 but'),
  phrase('\\b(?:ein |einem |im )?(?:frisches|frischen|frischem|neues|neuen|neuem|leeres|leeren|leerem|sauberes|sauberen|sauberem) (?:[\\w-]+-)?profil\\b', 'cleanprofile'),
  phrase(`(?<!\\b${WORKS_NOW}(?:'s)?(?: [\\w.'-]+){0,4}\\s)\\b(?:genauso|ebenso|genau so) wenig\\b`, 'failx too'),
  phrase("\\bz'?hus\\b|\\bdahei\\b", 'zuhause'),
  phrase("\\bnicht,? dass (?:ich'?s|ich es|ich)\\s(?:nicht|nich|net|ned) (?:probiert|versucht|getestet) (?:hatte|haette)\\b", 'tried'),
  phrase("\\b(?:ist's|ists|isch|ist es|ist das) genau (?:gleich|dasselbe|das gleiche)\\b", 'same error'),
  phrase('\\bbis auf (?:vereinzelte|ein paar|einzelne|wenige|gelegentliche|sporadische) [\\w-]+,?\\s', ''),
  phrase('\\bbis auf (?:dass|das)\\b[^.!?]{0,60}?(?=\\s*[–,-]+\\s*aber\\b)', ''),
  phrase('\\b(?:nod|noed|nid) alli\\b', 'not all'),
  phrase('\\b(?:es|e|a) paar\\s(?:gond|gaend|gehen|gohn) (?:scho |schon )?(?:dure|durch)\\b', 'some workx'),
  phrase(`\\b${WORKS_NOW}\\s(?:(?:es|das|er|sie|s)\\s)?weder\\b`, 'failx neither'),
  phrase('^\\s*(?:so )?halb\\s*\\?', 'kinda ?'),
  phrase('\\bdas war (?:am|im|uber den|ueber den|mit dem) (?=(?:handy-?)?hotspot\\b)', 'moot in '),
  phrase('\\b(?:springt|wechselt|switcht|hupft|huepft|schaltet)\\b[^.!?]{0,30}?\\bzwischen\\b[^.!?]{0,40}?\\bhin und her\\b', 'doubtx'),
  phrase('\\b(inkognito|privatmodus|privaten? (?:fenster|modus))\\s(?:hab|habe) (?:ich )?(?:mir )?(?:gespart|ausgelassen|geschenkt|sein lassen)\\b', '$1 nottried'),
  phrase('\\b(?:per |mit |uber |ueber )?(?:lan-?kabel|netzwerkkabel|kabel|ethernet)\\s(?:statt|anstatt|anstelle vom?|anstelle von)\\s(?:wlan|wifi|wi-fi)\\b', 'samenet'),
  phrase(`\\b${WORKS_NOW}(?:'s)?((?: [\\w']+){0,4}?) aber ${NEG}\\b(?=\\s*(?:[.!?]|$))`, '$1 failx'),
  phrase('\\b(?:lauft|laeuft|laufen)\\s(?:bei mir\\s)?lokal\\s(?=(?:im|in der|auf dem|am)\\s)', 'runs locally '),
  phrase('\\bob\\b[^.!?]{1,40}?\\s[–,-]+\\s*(?:keine ahnung|ka|weiss (?:ich )?nicht|weiss nicht)\\b', 'doubtx'),
  // Round 26 (batch 46). "Mit Hotspot ging's kurz, seit 5 Minuten auch nicht mehr", "Heute morgen liefen die noch, seit 11
  // schlagen sie auch fehl": after a past that worked, "seit <Zeit>" opens the present, which replaces it.
  phrase('(?<=\\b(?:ging|gings|ging\'s|lief|liefen|liefs|klappte|klappten|funktionierte|funktionierten|lud|kamen durch|kam durch)\\b[^.!?]{0,50}[,.;]\\s*)seit (?:ca\\.? |etwa |ungefahr |ungefaehr )?(?:\\d+(?:[:.]\\d+)?(?: uhr)?|(?:ein paar|paar|\\d+|zwei|drei|funf|fuenf|zehn|zwanzig) (?:minuten|min|stunden|std)|eben|kurzem|mittag|dem mittag)\\b', 'correction'),
  // "schlagen sie auch fehl": the separable "fehlschlagen" is a failure; "ein paar 200er dazwischen": some get through;
  // "Im Browser ist es leider nicht anders": no different, the same failure; "nicht nur manche": all of them; "Also 500."
  // closing a reply: the conclusion replaces what came before.
  phrase('\\b(?:schlagen|schlagt|schlaegt|schlug|schlugen)(?: (?:sie|die|alle|es|das|auch|jetzt|immer|noch|wieder|ebenfalls|dann))* fehl\\b', 'fail'),
  phrase('\\b(?:ein paar|einige|manche|vereinzelte|vereinzelt) (?:200er|200|erfolgreiche|erfolge|durchlaeufer|durchlaufer)\\b', 'some workx'),
  phrase('\\b(?:ist|wars|war|sieht|siehts|ist\'s) (?:es |das |der |die )?(?:(?:leider|auch|genau|da|hier|dort|halt|irgendwie) )*(?:nicht|nich|net|kein bisschen) (?:anders|besser)\\b', 'same error'),
  phrase('\\bnicht nur (?:manche|einige|ein paar|vereinzelte|einzelne)\\b', 'all of them'),
  // "Von API-Problemen hab ich nichts gehört": nothing heard, no outcome; "außer im privaten Fenster – da schon": the
  // exception's own "there it does" adds nothing to it.
  phrase('\\b(?:von (?:[\\w]+-)?(?:problemen|storungen|stoerungen|ausfallen|ausfaellen|fehlern)\\s)?(?:hab|habe|haben) (?:ich |wir )?(?:noch |bisher |auch )?nichts\\s(?:davon\\s)?(?:gehort|gehoert|mitbekommen|gelesen)\\b', 'silence'),
  phrase('\\b((?:ausser|ausser|auser) [^,.;!?–-]{1,30}?)\\s*[,–-]+\\s*(?:da|dort) (?:schon|ja|gehts|geht\'s|klappts|geht es)\\b', '$1'),
  phrase('(?:^\\s*|(?<=[.!?;]\\s*))also,? (?=[^.!?,]{1,25}[.!]*\\s*$)', 'correction '),
  // "Wir gehen im Büro über Zscaler raus": the way out is that network or gateway, not "works".
  phrase('\\b(?:wir|ich|man) (?:gehen|gehe|geh|geht) ((?:im|vom|aus dem|in der|von der) [\\w-]+ )?(?:ueber|uber|ubers|uebers|via|per)(?: das| den| die)? ([\\w-]+) raus\\b', '$1 via $2'),
  // Round 25, fifth part (batch 45). "bin mir aber echt nicht mehr sicher": not sure; "zum Browser komm ich gleich": will try;
  // "hab nur zweimal geschaut": tested in part; "der Laptop war noch im Firmen-WLAN": where an earlier try ran.
  phrase('\\b(?:bin|ich bin) (?:mir )?(?:aber |echt |wirklich |auch |da |jetzt )*(?:nicht|nich|net) (?:mehr |ganz |so |mal |einmal |100 ?% )?sicher\\b', 'not sure'),
  phrase('\\b(?:zum|zu dem|zur) [a-z]+ (?:komm|komme) ich (?:gleich|spater|spaeter|noch|nachher|morgen)\\b', 'will try later'),
  phrase('\\b(?:hab|habe) (?:ich )?(?:ehrlich gesagt )?(?:nur|erst|bloss) (?:zweimal|einmal|kurz|ein paar mal|2x|1x|2 mal) (?:geschaut|nachgeschaut|geguckt|getestet|probiert|versucht)\\b', 'doubtx'),
  phrase('\\b(?:war|waren) (?:noch|immer noch) (?:im|in|am|auf dem|mit dem|uber das|ueber das) (?=(?:firmen|buro|buero|heim|wlan|wifi|netz|vpn|handy|hotspot|mobil)[a-z-]*\\b)', 'moot in '),
  // Round 25, batch 44. "Nicht einer von 50 Retries ist durchgegangen": none; "Nicht 500 – 503": the second code; "äh, Moment, doch,
  // jetzt lädt's", "warte, falsch, …": what follows takes back what came before.
  phrase('\\bnicht (?:einer|eine|eins|ein einziger|ein einziges|einmal) (?:von (?:\\d+|[a-z]+) (?:retries|versuchen|anfragen|calls|requests) )?(?:ist |sind |hat |war )?(?:bisher |bis jetzt |noch |je )?(?:durchgegangen|durchgekommen|erfolgreich gewesen|gegangen)\\b', 'persistx failx'),
  phrase('\\bnicht ([45]\\d\\d)\\s*[,–—-]+\\s*([45]\\d\\d)\\b', 'not $1 but $2'),
  phrase('(?:(?:ah|aeh|oh|hm|ne|nee),? )?(?:moment|warte|wart|stopp|halt),? (?:doch|falsch|nein|sorry)\\b', 'correction'),
  phrase('\\b(?:ah|aeh|oh|hm),? doch\\b|\\b(?:nein|ne|nee),? (?:warte|wart|moment)\\b', 'correction'),
  // "kommen sie irgendwann durch": they get through in the end.
  phrase('\\b(?:kommen|gehen|laufen|klappen) (?:sie |die |es )?(?:dann )?(?:irgendwann|schliesslich|am ende|nach ein paar versuchen) (?:doch )?(?:durch|an)\\b', 'eventually succeed'),
  // Round 25. "heute hab ich's noch nicht laufen lassen": not run yet, no outcome ("laufen" is no "läuft").
  phrase("\\b(?:noch )?nicht (?:mehr )?(?:laufen|durchlaufen|starten|ausfuhren|ausfuehren|testen) (?:lassen|gelassen)\\b", 'nottried'),
  // Round 25. "und da konnt ich ganz normal chatten, als wär nix": being able to use it as usual, as if nothing were wrong, is that it works.
  phrase('\\b(?:konnte|konnt|kann|konnten|konnen) (?:ich|wir|man) (?:(?:ganz|wieder|dann|da|jetzt) )*(?:normal|problemlos|ohne probleme) (?:chatten|arbeiten|schreiben|benutzen|nutzen|weitermachen|tippen)\\b', 'works'),
  phrase('\\bals (?:ob )?(?:war|ware|waer|waere|sei) (?:nichts|nix)(?: gewesen)?\\b|\\bals ob (?:nichts|nix) (?:gewesen )?(?:war|ware|waer|waere)\\b', 'works'),
  // Round 24, fourth part. "bei den anderen im Team", "andere Keys in der Org": the rest of the organisation.
  phrase('\\b(?:bei )?den anderen im team\\b|\\bandere (?:keys|projekte|teams) (?:in der|bei der|im) (?:org|firma|organisation)\\b', 'orgrest'),
  // Round 24, third part (batch 42). "Traffic läuft übers Firmen-VPN": routed through it (a place), not "works".
  phrase('\\b(?:lauft|laeuft|laufen|geht|gehen)(?: alles| der traffic| es| das)? (?:uber|ueber|ubers|uebers|via) (?:das |den |die )?(?=(?:(?:firmen-? ?)?(?:vpn|proxy|firmennetz|zscaler|tunnel)|mobile daten|mobilfunk|handydaten|lte|4g|5g|hotspot)\\b)', 'via '),
  // "inkognito aber probiert -> geht": tried, and the outcome after it.
  phrase('\\b(inkognito|incognito|privatfenster|privaten fenster|privatmodus) aber (?:probiert|getestet|versucht|ausprobiert)\\b', '$1 tried'),
  // "kein 2. Handy da": nothing to run the hotspot test with.
  phrase('\\bkein(?:e|en)? (?:zweites |2\\. ?|anderes )?(?:handy|smartphone)(?: da| dabei| hier| zur hand)\\b', 'hotspot nottried'),
  // Twenty-fourth round (batch 40). "nicht dass es im Browser nicht gehen würde": a failure denied, so it works (the place kept).
  phrase('\\bnicht,? dass (?:es|das|der|die|er|sie) ((?:\\w+ ){0,3}?)nicht (?:gehen|funktionieren|laufen|klappen|laden) (?:wurde|wuerde|tate|taete)\\b|\\bnicht,? dass (?:es|das|der|die|er|sie) ((?:\\w+ ){0,3}?)nicht (?:ginge|geht|funktioniert|lauft|laeuft|klappt)\\b', '$1$2 works'),
  // A dictated "vau pe en": the VPN.
  phrase('\\bvau pe+ en\\b', 'vpn'),
  // "was ist der Unterschied zwischen", "ich verstehe die Frage nicht": asked back.
  phrase('\\b(?:was ist|wo ist|was ist denn) (?:der|da der) unterschied zwischen\\b|\\bich (?:verstehe|versteh|kapier|kapiere) (?:die|ihre|deine) frage nicht\\b', 'askback'),
  // "ich bin nur Fachabteilung": not the one who would know.
  phrase('\\b(?:aber )?ich bin (?:nur|bloss|halt nur|ja nur|halt|ja) (?:die |der |in der |von der )?(?:fachabteilung|anwender(?:in)?|user(?:in)?|sachbearbeiter(?:in)?|endanwender(?:in)?|fachbereich)\\b', 'idk'),
  // Twenty-third round, third part (batch 35). "so richtig sicher bin ich mir da nicht": not sure.
  phrase('\\b(?:so )?(?:richtig |ganz |wirklich |hundertprozentig |100 ?% )?sicher bin ich mir (?:da |dabei |aber )*(?:nicht|nich|net|ned)\\b', 'not sure'),
  // "eher so mittel", "so halb": so-so, no outcome.
  phrase('\\b(?:eher )?so mittel\\b|\\bso halb\\b|\\bhalbwegs\\b', 'kinda'),
  // "vermutlich": presumably, doubt.
  phrase('\\bvermutlich\\b', 'probably'),
  // "privat darf ich nicht": personally (on a private phone), not the private window.
  phrase('\\bprivat(?= (?:darf|will|soll|mag|muss|kann) (?:ich|man)\\b)', 'personally'),
  // Twenty-third round (misses of batch 31). "Ja nee": no; "ah nein sorry, …": what was said is taken back.
  phrase('\\bja,? (?:nee|ne|noe|nö)\\b', 'nein'),
  phrase('\\bah,? (?:nein|nee|ne),? (?:sorry|sorri|moment|stimmt nicht|falsch)\\b', 'correction'),
  // "wie vorher", "wie gehabt": as before (not the question word); "hat keinen Datentarif": no data plan.
  phrase('\\bwie (?:vorher|davor|zuvor|gehabt|eh und je)\\b', 'as before'),
  phrase('\\b(?:hat|habe|hab|haben) (?:keinen?|kein) (?:datentarif|datenvolumen|datenvertrag|mobilfunkvertrag|vertrag mit daten)\\b', 'has no data plan'),
  // Twenty-third round (batch 31). "Ja klar, super, genauso kaputt wie vorher": a sarcastic yes before the failure said.
  phrase('\\b(?:ja klar|na klar|klar doch|ja ja|jaja|ja sicher)\\b,? (?:(?:super|toll|prima|klasse|wunderbar|grossartig|perfekt),? )?(?=(?:genauso|genau so|ebenso|immer noch|noch immer|gleich) (?:kaputt|tot|hinueber|hinuber|im eimer|schlecht)\\b)', ''),
  // Twenty-third round (batch 31). "weiss nicht genau": not sure ("genau" is not "yes" there).
  phrase('\\b(?:weiss|weis|weiß) (?:ich |es |das )*(?:nicht|nich|net|ned) (?:so )?genau\\b(?=\\s*(?:[,.;!?]|$))', 'idk'),
  // "genauso kaputt wie vorher", "immer noch kaputt": still broken.
  phrase('\\b(?:genauso|genau so|ebenso|gleich|noch immer|immer noch) (?:kaputt|tot|hinueber|hinuber|im eimer)\\b', 'still broken'),
  // "… läuft's genauso "gut" wie in der App, also gar nicht": "that is, not at all" says what is meant.
  phrase(',? also (?:gar nicht|gar nich|ueberhaupt nicht|uberhaupt nicht)(?=\\s*[.!?]*\\s*$)', ' correction fails'),
  // "Klar geht's am Hotspot, wenn ich nur einen hätte": a test said of a thing one does not have was not run.
  phrase('\\b(?:klar|sicher|ja)?,? ?(?:geht|gehts|geht es|geht\'s|laeuft|lauft|laufts|lauft\'s)(?: (?:es|das))?(?: (?:am|im|mit|uebern|ubern|ueber den|uber den) (?:hotspot|handy|mobilfunk|lte|5g|4g))?\\s*,?\\s*wenn (?:ich|wir|man) (?:nur |bloss |blos |doch |auch )?(?:einen|eine|eins|ein|so einen) (?:hatte|haette|hatten|haetten)\\b', 'nottried'),
  // "aber ich war seit Tagen nicht zuhause": not where the test was meant, so a guess.
  phrase('\\b(?:war|bin) (?:seit (?:tagen|wochen|langem|einer woche)|lange|schon lange|schon ewig) (?:nicht|nich|net) (?:mehr )?(?:zuhause|zu hause|daheim|dort|da)\\b', 'doubtx'),
  // "wir gehen übers Firmen-VPN raus": the way out is that network.
  phrase('\\b(?:wir|ich|man) (?:gehen|gehe|geh|geht) (?:ueber|uber|übers|uebers|ubers|ueber das|uber das|ueber den|uber den|via|per) (?:[\\w]+[- ])?vpn(?:-tunnel)?\\b(?: raus)?', 'on the vpn'),
  // Twenty-second round (blind batch 23). "macht keine Zicken", "zickt nicht": it works.
  phrase('\\b(?:macht|machen|machte)(?: (?:es|er|sie|das|der|die|bisher|gar|uberhaupt|ueberhaupt|halt|echt))* (?:keine|keinen|kein|null) (?:zicken|mucken|faxen|stress|theater|arger|aerger|murks)\\b|\\b(?:zickt|muckt|spinnt)(?: (?:es|er|sie|das|da|halt|echt|gar|hier))* (?:nicht|nich|net|ned|null)\\b', 'works fine'),
  // "Nur Embeddings gehen, Chat Completions nicht": some endpoints work and others not, no answer either way.
  phrase('\\bnur (?:die |der |das )?(?:embeddings?|completions?|chat[ -]completions?|responses|assistants?|batch|whisper|images?|modelle?|endpoints?|audio|tts)\\b[^.!?]*?\\b(?:gehen|geht|laufen|lauft|laeuft|funktionieren|funktioniert|klappen|klappt)\\b', 'doubtx'),
  // "vor einer Stunde lief alles, mittlerweile …": an hour ago, and now.
  phrase('\\bvor (?:einer|einem|ein paar|zwei|drei|\\d+) (?:stunde|stunden|minute|minuten|tag|tagen|woche|wochen)\\b', 'ago'),
  phrase('\\b(?:mittlerweile|inzwischen|jetzt aber)\\b', 'now'),
  // "VPN: aus": not on the VPN; "alles rot": all red, failing.
  phrase('\\bvpn\\s*[:=-]\\s*(?:aus|nein|ausgeschaltet|nicht an|off)\\b', 'not vpn'),
  phrase('\\b(alles|ist|sind|steht auf|zeigt|wurde|wird) (?:komplett |ganz )?rot\\b', '$1 red'),
  // "Nur die App spinnt, die Webseite nicht": the one said not to act up, after the one that does, works.
  phrase('\\b(spinnt|zickt|hangt|haengt|streikt|crasht|spinnen|zicken|streiken)\\b([^.!?]*?),\\s*((?:die |der |das |im |in der )?(?:webseite|website|seite|browser|web|inkognito|hotspot|api|app|desktop-app|handy)[\\w-]*) (?:aber |dagegen |hingegen )?(?:nicht|nich|net|ned)\\b', '$1$2 , $3 kein fehler'),
  // "im Safari ebenso wenig" (no verb of its own): neither, it fails there too.
  phrase(`(?<!\\b(?:${WORKS_NOW}|geht's|tut's)\\b[^,.;!?]*)\\b(?:ebenso|genauso|gleich) ?wenig\\b`, 'failx too'),
  // "jetzt ist da auch Schluss": it stopped working.
  phrase('\\b(?:ist|war) (?:da |dort |jetzt |nun )*(?:auch )?schluss\\b', 'failx'),
  // "ganz normal das Firmen-WLAN": the usual network, no outcome.
  phrase('\\bganz normal(?= (?:das |im |ueber |uber |mit dem |am )?(?:firmen|buro|buero|heim|home|haus|vpn)[\\w-]*)', ''),
  // "50 Retries, kein einziger erfolgreich": none got through.
  phrase('\\b(?:kein einziger|keiner|keine einzige|nicht einer|nicht ein einziger)(?: davon)? (?:war |ist )?(?:erfolgreich|geklappt|durchgegangen|durchgekommen)\\b', 'persistx failx'),
  // "Alles andere geht, nur dieser Call …": the organisation's other calls work (said beside a call or script).
  phrase('\\balles andere (?=(?:geht|lauft|laeuft|funktioniert|klappt)\\b[^.!?]*\\b(?:call|calls|api|skript|script|job|endpoint|request|aufruf)s?\\b)', 'orgcalls '),
  // "Mach einfach ein Ticket auf": asking for a ticket; "ich probier da jetzt nix mehr aus": no answer given.
  phrase("\\b(?:mach|macht|machen sie)(?: (?:einfach|halt|bitte|doch|mal|du))* (?:ein|en|'n|n) ticket auf\\b|\\bticket auf ?machen\\b", 'request'),
  phrase('\\b(?:probier|probiere|teste|test|versuch|versuche) (?:ich )?(?:da |hier |jetzt |auch )*(?:nix|nichts|gar nichts) (?:mehr )?(?:aus)?\\b', 'doubtx'),
  // "Ich kann nicht behaupten, dass es nicht geht": what follows is denied, it is no statement.
  phrase('\\b(?:ich )?(?:kann|konnte|koennte) (?:ich )?(?:nicht|nich|net|ned) (?:behaupten|sagen),? (?:dass|das) (?:es|das|er|sie) (?:nicht|nich|net|ned) (?:geht|funktioniert|lauft|laeuft|klappt|ladt|laedt)\\b', 'works'),
  phrase('\\b(?:ich )?(?:kann|konnte|koennte) (?:ich )?(?:nicht|nich|net|ned) (?:behaupten|sagen),? (?:dass|das)\\b', 'hedge'),
  // "Am Hotspot ging's letzte Woche mal": a week or more ago is a past state, no test of this failure.
  phrase('\\b(?:letzte|letzten|vorige|vorigen|vergangene|vergangenen) (?:woche|monat)\\b|\\bvor (?:einer|zwei|drei|ein paar) (?:woche|wochen|monat|monaten)\\b', 'pastok'),
  // "die anderen Apps im Haus", "die übrigen Dienste bei uns": the organisation's other calls.
  phrase('\\b(?:die |alle )?(?:andere|anderen|ubrigen|uebrigen) (?:apps|services|dienste|systeme|anwendungen|integrationen|calls|aufrufe|teams)(?: (?:im haus|bei uns|in der firma|der firma|im unternehmen))?\\b', 'orgcalls'),
  // "Der normale Tab zeigt den Fehler, das Inkognito-Fenster nicht": the error, not shown in the private window.
  phrase('\\b(zeigt|zeigen|bringt|wirft|kommt)\\b([^.!?]*?\\b(?:fehler|error|meldung|500|403)\\b[^,.;!?]*),\\s*((?:das |der |die |im )?(?:inkognito|privat)[\\w-]*(?: fenster| modus| tab)?) (?:aber |dagegen |hingegen )?(?:nicht|nich|net|ned)\\b', '$1$2 , $3 kein fehler'),
  // "Kann die IT mir nicht einfach den Cache löschen?": asking IT to do it.
  phrase('\\b(?:kann|konnte|koennte|konnen|koennen|kannst) (?:die it|der support|der admin|die admins|jemand|ihr|man|sie|du)\\b(?: [\\w-]+){0,6}? (?:loschen|loeschen|machen|fixen|reparieren|freischalten|entsperren|zurucksetzen|zuruecksetzen|pruefen|prufen|anschauen|beheben)\\b(?=[^.!]*\\?)', 'request'),
  // "tut er aber nicht", "tuts halt nicht": it does not (work).
  phrase("\\b(?:tut|tuts|tut's)(?: (?:es|er|sie|das))?(?: (?:aber|halt|leider|doch|einfach|immer noch|trotzdem))* (?:nicht|nich|net|ned)\\b", 'failx'),
  // "… aber jetzt nochmal getestet": a test run again after "aber" takes back what came before it.
  phrase('\\baber (?:jetzt |dann |heute )?(?:(?:hab|habe) (?:ich |es )?)?(?:nochmal|noch ?mal|erneut|wieder) (?:getestet|probiert|ausprobiert|versucht|gecheckt)\\b', 'correction'),
  // "ich bin mir da null sicher", "überhaupt nicht sicher": no certainty.
  phrase('\\b(?:bin )?(?:mir |ich )?(?:(?:da|dabei|aber|echt|ehrlich|wirklich) )*(?:null|gar nicht|uberhaupt nicht|ueberhaupt nicht|keineswegs|absolut nicht) sicher\\b', 'not sure'),
  // "Samsung Internet": a browser, not the mobile internet.
  phrase('\\bsamsung[ -]?internet\\b', 'browser'),
  // "der private Tab hat's auch nicht gerettet", "hat nix gebracht": the test did not help, it fails there too.
  phrase("\\b(?:hat|hats|hat's|hat es|haben|hatte)(?: (?:auch|leider|halt|aber|doch|es|das|eben))* (?:nicht|nich|net|ned|nix|nichts|gar nichts) (?:gerettet|geholfen|gebracht|geandert|geaendert)\\b", 'did not help'),
  // "seitdem kommt kein einziger Call mehr durch": none gets through.
  phrase('\\b(?:kommt|kommen|geht|gehen)(?: (?:auch|halt|leider|jetzt|seitdem))* (?:kein einziger|keiner|keine|kein)(?: [\\w-]+){0,2}? (?:mehr )?durch\\b', 'persistx failx'),
  // "Retries machen wir keine", "echte Retries gibt's da praktisch nicht": no retries to tell of.
  phrase("\\b(?:echte |automatische )?(?:retries|retry|wiederholungen|neuversuche) (?:machen|haben|nutzen|benutzen|verwenden|gibt's|gibts|gibt es)(?: (?:wir|es|da|hier|bei uns|praktisch|eigentlich|quasi|gar|uberhaupt|ueberhaupt))* (?:keine|nicht|nich|nie)\\b", 'nouse'),
  // "bis zur Mittagspause lief alles": until then, a past state.
  phrase('\\bbis (?=(?:zur|zum|heute|gestern|vorhin|eben|vor|um|kurz|letzte|letzten|letztem) [^,.;!?]*\\b(?:lief|liefen|ging|gings|klappte|klappten|funktionierte|funktionierten|war|lud)\\b)', 'until '),
  // "Ich dachte, am Hotspot geht's – tut's aber nicht": what the person thought, taken back by "aber".
  phrase('\\bich dachte\\b[^.!?]*?\\baber\\b', 'correction'),
  // Twenty-first round (own probes). "weder Inkognito noch Hotspot probiert": neither test run.
  phrase('\\bweder ((?:im |uber |ueber |mit |per |den |dem |der |das |die )*[\\w-]+) noch ((?:im |uber |ueber |mit |per |den |dem |der |das |die )*[\\w-]+) (?:probiert|ausprobiert|getestet|versucht|gecheckt|gepruft|geprueft)\\b', '$1 nottried , $2 nottried'),
  // "dann hab ich den Hotspot vom Handy genommen": the test run with it.
  phrase('\\b(?:hab|habe|hatte|haben) (?:ich|wir) (?:dann |halt |mal |einfach |kurz |schnell )*(?:den|das|die|meinen|mein|meine|unseren|unser) ([\\w-]+) (?:(?:vom|von meinem|von dem) handy )?(?:genommen|benutzt|verwendet|angemacht|aktiviert|eingeschaltet|angeworfen)\\b', 'i used the $1'),
  // "die API-Aufrufe schlagen fehl" said in one word: "fehlschlagen", "fehlgeschlagen".
  phrase('\\bfehl(?:schlagen|schlagt|schlaegt|geschlagen)\\b', 'fail'),
  // "laufen die API-Aufrufe normal": as usual, so they work ("ganz normal im Büro" is a place, read below).
  phrase('\\b(lauft|laeuft|laufen|funktioniert|funktionieren|klappt|klappen)\\b([^,.;:!?]{0,40}?) (?:ganz )?normal(?=\\s*(?:[,.;!?]|$))', '$1$2 fine'),
  // "kommt halt immer wieder der 429": how often the error shows, not an answer on retries.
  phrase('\\b(kommt|kommen|erscheint|erscheinen)((?: (?:halt|eh|ja|doch|leider|aber))*) immer wieder\\b', '$1$2'),
  // "Hotspot hab ich halt nicht": no means of testing.
  phrase('\\b(hotspot|handy|smartphone|datenvolumen|mobile daten|zweites netz)\\s+(?:hab|habe|hat|haben) (?:ich|wir) (?:halt |eh |leider |gar |ja |auch |doch |momentan |grad |gerade )*(?:nicht|nich|net|keinen|keins|keine)\\b', 'i do not have a $1'),
  // "im Büro ging gar nichts": nothing worked there.
  phrase('\\b(?:ging|geht|gehts|lief|lauft|laeuft|klappte|klappt|funktionierte|funktioniert)(?: (?:halt|da|dort|hier|echt|leider|mal))* (?:gar |uberhaupt |ueberhaupt )?(?:nichts|nix)\\b(?! (?:mehr )?durch\\b)', 'failx'),
  // "außer im Inkognito geht's nirgends": the exception said first.
  phrase("\\b(?:ausser|auser|bis auf) ((?:im|in|mit|uber|ueber|per|beim|am) [^,.;!?]{1,30}?),? (geht|gehts|funktioniert|klappt|lauft|laeuft)(?:'s|s| es)? (nirgends|nirgendwo|uberall|ueberall)\\b", '$2 $3 ausser $1'),
  // "VPN hab ich manchmal an": a habit, not where it is now.
  phrase('\\bvpn (?:hab|habe|ist|mach|mache) (?:ich )?(?:manchmal|ab und zu|gelegentlich|oft|meistens|selten) (?:an|aktiv|drin|eingeschaltet)\\b', 'normally vpn'),
  // "irgendwann klappt's immer": it goes through in the end.
  phrase("\\birgendwann (?:klappt|geht|funktioniert|lauft|laeuft|kommt)(?:'s|s| es| er| sie)?(?: dann)? (?:immer|schon|doch|durch)\\b", 'eventually succeeds'),
  // "bisher sind alle Retries gescheitert"; "nur im Büro tritt das auf": occurs.
  phrase('\\bgescheitert\\b', 'failed'),
  phrase('\\btritt (?:das|es|der fehler|er|sie)? ?(?:nur |immer |halt )?auf\\b', 'happens'),
  // "auch die API streikt": it fails (said of a machine).
  phrase('\\bstreik(?:t|en|te|ten)\\b', 'fails'),
  // "dass es übers VPN läuft": the traffic's route, the place (not a test that works).
  phrase('\\bdass (?:es|alles|der traffic|das) (?:ubers|uebers|uber das|ueber das|uber den|ueber den|via|per) vpn (?:lauft|laeuft|geht|rausgeht)\\b', 'on vpn'),
  // Twentieth round (own probes). Guesses said short or as a bet: "ggf. VPN", "vermutl. Homeoffice", "wahrsch. VPN", "unter
  // Umständen", "dürfte gehen" (not "ich durfte": was allowed), "ich schätze mal 429", "ich tippe auf VPN", "ich vermute".
  phrase('\\b(?:ggf|gegebenenfalls|vermutl|wahrsch|wahrscheinl|womogl|womoegl)\\b\\.?|\\bunter (?:umstanden|umstaenden)\\b|\\b(?:ich )?(?:schatze|schaetze|schatz|schaetz|vermute|tippe|tipp)(?: mal| jetzt| mal so)?(?= (?:auf|dass|das|es|eher|ja|nein|nicht|\\d|[a-z]+,?))', 'maybe'),
  phrase('(?<!\\b(?:ich|wir|man|er|sie|ihr|du) )\\b(?:durfte|duerfte|durften|duerften)\\b(?! (?:ich|wir|man|du|ihr)\\b)', 'maybe'),
  // "Inkognito geht, Hotspot nicht": after a comma, a test named and then "nicht" alone fails there.
  phrase('(?<=,\\s?)((?:im |uber |ueber |mit (?:dem )?|per )?(?:hotspot|handy-hotspot|handyhotspot|inkognito|privatmodus|privaten modus|mobilen daten|lte|4g|5g)) (?:nicht|nich|net|ned)(?=\\s*(?:[.;!?]|$))', '$1 failx'),
  // "ich würde mal vermuten", "kann aber auch aus sein", "kann auch Zufall gewesen sein": a guess, or one taken back.
  phrase('\\b(?:wurde|wuerde|wurd|wuerd) (?:ich )?(?:mal |jetzt |eher )?(?:vermuten|tippen|schatzen|schaetzen)\\b', 'maybe'),
  phrase('\\bkann (?:aber |also |ja )?auch\\b(?: [\\w-]+){1,3}? (?:gewesen )?sein\\b|\\b(?:zufall|gluck|glueck) gewesen\\b', 'doubtx'),
  // "keinesfalls VPN", "auf keinen Fall VPN": the word after it denied ("auf keinen Fall" alone is an emphatic no).
  phrase('\\b(?:keinesfalls|auf keinen fall)(?= [a-z])', 'not'),
  // "geht nie durch", "kommt nie durch": none goes through.
  phrase('\\b(?:geht|gehen|kommt|kommen|lauft|laeuft|laufen)(?: (?:es|er|sie|das|der|die|halt|einfach|leider))* (?:nie|niemals|nimmer|nicht mehr) durch\\b', 'persistx'),
  // "müsste ich erst testen", "muss ich noch probieren": not tried yet.
  phrase('\\b(?:musste|muesste|muss) ich (?:das |es )?(?:erst(?:mal)?|noch|zuerst|erst noch) (?:testen|probieren|ausprobieren|prufen|pruefen|checken|versuchen)\\b', 'nottried'),
  // "das müsste das Dev-Team wissen, ich nicht": not known.
  phrase('(?:\\b(?:musste|muesste|sollte|durfte|duerfte|wird|wurde|wuerde) (?:[\\w-]+ ){0,4}?)?\\bwissen,? (?:ich|wir) (?:aber )?(?:nicht|nich|net|ned)\\b', 'idk'),
  // "ich glaub die API läuft, aber frag lieber nochmal das Backend-Team": the lean sent on to someone who knows.
  phrase('\\bfrag(?:t|en sie)? (?:lieber|besser|sicherheitshalber|vorsichtshalber)\\b', 'hedge'),
  // "gleich wieder da", "bin gleich zurück": away a moment, not "the same".
  phrase('\\bgleich (?:wieder da|zuruck|zurueck)\\b', 'moot'),
  // "API-Calls schlagen auch fehl", "jeder Versuch scheitert": fail.
  phrase('\\b(?:schlagt|schlaegt|schlagen)((?: (?:auch|ebenfalls|alle|immer|dauernd|standig|staendig|noch|jetzt|leider))*) fehl\\b', 'fail$1'),
  phrase('\\bscheiter(?:t|n|te|ten)\\b', 'fails'),
  // "Endlosschleife beim Laden", "lädt endlos", "die Seite bleibt weiß": an error of its own (other).
  phrase('\\bendlos ?-?schleife\\b|\\b(?:ladt|laedt|lade|laden|dreht|drehen)(?: sich| es| die seite| einfach)* (?:endlos|ewig|unendlich)\\b|\\bbleibt (?:einfach |komplett |ganz |nur )?(?:weiss|leer)\\b|\\b(?:weisse|leere) seite\\b', 'othererr'),
  // "bin heut im HO": the home office.
  phrase('\\b(?:im|aus dem|vom|ins) ho\\b', 'home'),
  // "weder Inkognito noch Hotspot hilft", "weder im Inkognito noch über den Hotspot geht es": both tests fail.
  phrase('\\bweder ((?:im |uber |ueber |mit |per |den |dem |der |das |die |ein |einem )*(?:inkognito\\w*|privat\\w*|hotspot|handy-hotspot|handyhotspot|lte|4g|5g|mobilen daten|handynetz)) noch ((?:im |uber |ueber |mit |per |den |dem |der |das |die |ein |einem )*(?:inkognito\\w*|privat\\w*|hotspot|handy-hotspot|handyhotspot|lte|4g|5g|mobilen daten|handynetz)) (?:hilft|helfen|half|halfen|bringt|bringen|brachte|geht|gehts|gehen|ging|funktioniert|funktionieren|klappt|klappen|lauft|laeuft|laufen)\\b(?: (?:es|das|was|etwas))?', '$1 failx , $2 failx'),
  // "nicht nur im Inkognito, auch im normalen Fenster": besides, not a denial.
  phrase('\\bnicht nur\\b(?! (?:bei )?(?:mir|uns|ich|wir)\\b)(?=[^.!?]*\\b(?:auch|sondern)\\b)', 'besides'),
  // "nagel mich nicht drauf fest", "keine Garantie, aber …", "ohne Garantie": no commitment.
  phrase('\\b(?:nagel|nagelt|nageln)(?: (?:mich|uns))? (?:aber |bitte |da )*(?:nicht|nich|net|ned) (?:drauf|darauf) fest\\b|\\b(?:keine|ohne) (?:garantie|gewahr|gewaehr)\\b', 'doubtx'),
  // "im Prinzip geht es", "prinzipiell": how it should be, not what was seen (as "theoretisch").
  phrase('\\bim prinzip\\b|\\bprinzipiell\\b', 'moot'),
  // "ich tendiere zu Büro": a leaning between choices, a guess.
  phrase('\\b(?:ich )?tendiere (?:eher |mehr )?(?:zu|zum|zur|richtung)\\b', 'maybe'),
  // "könnte VPN sein", "könnte auch das Büro sein": a guess.
  phrase('\\b(?:konnte|koennte)(?= (?:auch |eventuell |evtl |schon )?(?:[\\w-]+ ){1,3}?sein\\b)', 'maybe'),
  // "auf dem Campus der Uni", "Uni-Campus": a university, not the office's campus.
  phrase('\\bcampus (?:der|von der|an der) (?:uni|universitat|universitaet|hochschule|fh)\\b|\\b(?:uni|universitats|universitaets|hochschul) ?-?campus\\b', 'university'),
  // "hab nicht genau geschaut": a look in part, doubt.
  phrase('\\b(?:nicht|nich|net|ned) (?:so |ganz |wirklich |richtig )?genau (?:geschaut|hingeschaut|nachgeschaut|angeschaut|getestet|gepruft|geprueft|probiert)\\b', 'doubtx'),
  // "keinen Plan", "da bin ich überfragt", "wüsste ich nicht": not known.
  phrase('\\bkeinen plan\\b|\\b(?:uberfragt|ueberfragt)\\b|\\b(?:wusste|wuesste) ich (?:nicht|nich|net|ned)\\b(?! (?:dass|,))', 'idk'),
  // "bin gleich in einem Meeting", "bin gleich zurück": soon, not "the same".
  phrase('\\b(?:bin|sind|bist) gleich (?=(?:in|im|zuruck|zurueck|wieder|da|weg|beim|bei|unterwegs|offline)\\b)', 'moot '),
  // A formal imperative with "bitte" ("Schalten Sie bitte das VPN frei", "Geben Sie mir bitte Zugriff"): a request.
  phrase('(?:^|(?<=[.,;:!?]\\s?))\\s*[a-z]+en sie (?:mir |uns )?(?:bitte|doch bitte|mal bitte)\\b', 'request'),
  // "… – sagt mein Kollege", "meint die IT": the clause before is someone else's account.
  phrase('^([^.!?]{1,160}?)\\s*[,;:–—-]*\\s*(?:sagt|sagen|meint|meinen|behauptet|schreibt) (?:mein|meine|unser|unsere|der|die|das) (?:kollege|kollegin|kollegen|chef|chefin|team|admin|admins|it|it-abteilung)\\b(?=[^.!?]*$)', 'colleague says $1'),
  // Twentieth round: "ich kann mich (auch) irren": doubt; "ich habe nicht den Eindruck, dass": as "ich glaube nicht, dass".
  phrase('\\b(?:ich )?(?:kann|konnte|koennte|konnte) mich (?:auch |aber |naturlich |natuerlich |ja |da )*(?:irren|tauschen|taeuschen)\\b', 'doubtx'),
  phrase('\\b(?:ich )?(?:habe|hab) (?:nicht|nich|net) (?:den |das )?(?:eindruck|gefuhl|gefuehl),? (?=dass?\\b)', 'ich glaube nicht, '),
  // Nineteenth round (own probes). "hatte noch keine Gelegenheit", "hatte keine Zeit": the test was not run ("keine Zeit
  // gerade", said of now, is a refusal: no answer).
  phrase('\\b(?:hatte|hatten|habe noch|hab noch) (?:noch |leider |bisher |bis jetzt )?(?:keine|kaum) (?:zeit|gelegenheit)\\b|\\bnoch keine gelegenheit\\b', 'nottried'),
  phrase('\\bkeine zeit(?: (?:gerade|grad|jetzt|momentan|im moment|heute))?(?=\\s*(?:[.,;!?]|$))', 'moot'),
  // "weniger Fehler im Inkognito", "mehr Fehler": a comparison, no outcome.
  phrase('\\bweniger (?:fehler|absturze|abstuerze|probleme|haenger|hanger|500er)\\b', 'besser'),
  phrase('(?<!\\b(?:kein|keine|keinen|nicht) )\\bmehr (?:fehler|absturze|abstuerze|probleme|haenger|hanger|500er)\\b', 'schlechter'),
  // "nichts zu beanstanden", "keine Auffälligkeiten": nothing wrong, so it works.
  phrase('\\bnichts (?:zu (?:beanstanden|melden|bemangeln|meckern)|auffalliges|auffaelliges|ungewohnliches|ungewoehnliches)\\b|\\bkeine (?:auffalligkeiten|auffaelligkeiten|beanstandungen|beschwerden)\\b', 'works fine'),
  // "mir wurde gesagt", "angeblich", "die anderen sagen": someone else's account.
  phrase('(?<!\\bwie )\\b(?:mir|uns) wurde (?:gesagt|erzahlt|erzaehlt)\\b|\\bman hat (?:mir|uns) (?:gesagt|erzahlt|erzaehlt)\\b|\\bangeblich\\b|\\b(?:ich )?(?:habe|hab) gehort\\b', 'colleague says'),
  phrase('\\b(?:die|alle) anderen(?= (?:sagen|meinen|berichten)\\b)', 'colleagues'),
  // "wie gestern zuhause": likened to another time; "heute Abend zuhause", "wenn ich zuhause bin": a place to come;
  // "dem Büro Bescheid sagen": the office's people; "könnte gehen": might.
  phrase('\\bwie (?:gestern|vorgestern|heute morgen|heute fruh|letzte woche|neulich|letztes mal|beim letzten mal)\\b', 'moot'),
  // "wenn ich daheim bin, geht's immer": the condition stays one ("wenn"), whatever follows it.
  phrase('\\b(?:heute abend|morgen|spater|spaeter|nachher) (?:zuhause|zu hause|daheim)\\b', 'later'),
  phrase('\\bwenn ich (?:zuhause|zu hause|daheim) bin\\b', 'wenn later'),
  phrase('\\b(?:dem|das|ans|im) (?:buro|buero) (?:bescheid|informieren|anrufen)\\b', 'notify'),
  phrase('\\bkonnte (?:es |das |er |sie )?(?=(?:gehen|funktionieren|klappen|laufen|passen)\\b)', 'might '),
  // "der Drucker spinnt auch", "die Kaffeemaschine": another machine, nothing about ChatGPT.
  phrase('\\b(?:der |die |das |unser |unsere |mein |meine )?(?:drucker|kaffeemaschine|kaffeeautomat|kopierer|aufzug|fahrstuhl|klimaanlage|heizung|mikrowelle)\\b', 'moot'),
  // "im Inkognito kommt der Fehler nicht mehr", "tritt der Fehler nicht auf": no error there.
  phrase('\\b(?:kommt|erscheint|tritt|taucht)(?: der| die| das)? (?:fehler|meldung|fehlermeldung|500er|403er|problem)(?: (?:dort|da|hier|dann))? (?:nicht|nie|nimmer)(?: mehr)?(?: auf)?\\b', 'no error'),
  // "geht überall außer im Inkognito": except.
  phrase('(?<=\\b(?:uberall|ueberall|nirgends|nirgendwo),? )(?:ausser|auser|bis auf)\\b', 'except'),
  // "es stürzt nicht immer ab": not every time, so sometimes.
  phrase('\\b(?:sturzt|stuerzt|sturzen|stuerzen|bricht|brechen|schmiert|schmieren)(?: (?:es|er|sie|das|die|der|mir|uns))? (?:nicht|nich|net) (?:immer|jedes mal|jedesmal|standig|staendig|dauernd) ab\\b', 'sometimes'),
  // Seventeenth round: the verb put first and done with "tut" ("durchgehen tut kein einziger", "durchkommen tut keiner"):
  // none goes through.
  phrase('\\bdurch(?:gehen|kommen|laufen) (?:tut|tun|tat|taten)(?: (?:halt|aber|leider|trotzdem|eh|echt|wirklich|dann|da|ja))* (?:kein einziger|keiner|keine|keins|nicht einer|nix|nichts|gar nichts|gar keiner)\\b', 'persistx'),
  // "könnte es sein", "kann das schon sein": a guess; "da will ich mich nicht festlegen", "ohne Gewähr": no commitment.
  phrase('\\b(?:kann|konnte|koennte) (?:es|das|schon) (?:schon |auch |gut |aber )?sein\\b', 'maybe'),
  phrase('\\b(?:will|mochte|moechte|kann|wurde|wuerde|mag) (?:ich )?mich (?:da |jetzt |aber |lieber |ungern |echt )*(?:nicht|nich|net|ned|ungern) festlegen\\b|\\bleg(?:e)? (?:ich )?mich (?:da |jetzt |aber )*(?:nicht|nich|net|ned) fest\\b|\\bohne gew(?:a|ae)hr\\b', 'doubtx'),
  // "ich verwechsle die immer", "bring die zwei durcheinander": which one is not known.
  phrase('\\bverwechs(?:le|el|ele|eln)\\b|\\bbring(?:e)? (?:die|das|sie|ich)(?: [\\w-]+){0,3}? durcheinander\\b', 'doubtx'),
  // "mit meinem privaten (Handy)": the person's own device, the noun left out; not the private window.
  phrase('\\b(mein|meinem|meinen|meiner|meins|dem|den)( eigenen)? privaten?\\b(?! ?-?(?:fenster|modus|tab|browser|sitzung|surfen)\\b)', '$1 own'),
  // "Inkognito gibt's da (ja) nicht" (in the app): the private window does not exist there, no test of it either way.
  phrase("\\b(?:inkognito\\w*|privat(?:e[nr]?)? ?-?(?:fenster|modus|tab))(?: (?:oder so|modus|fenster))? (?:gibt|gibts|gibt's|gibt es|hat es|hats)(?: (?:es|da|hier|dort|in der app|bei der app|in den apps|ja|halt|eh|doch|leider|so|aber))* (?:nicht|nich|net|ned|nix|keine?n?)\\b(?! (?:fehler|probleme?|error|500er|fehlermeldung))", 'notthere'),
  // "nicht getestet – doch, warte, …", "nein … doch warte": the no before it taken back.
  phrase('(?:[–—-]|,|\\.)\\s*doch,? (?:warte|moment|stimmt|halt)\\b|\\bwarte,? doch\\b', 'correction'),
  // "geht – nein, doch nicht": what was said taken back, and it fails after all.
  phrase('(?:\\b(?:nein|nee|ne),? )?\\bdoch (?:nicht|nich|net)\\b(?=\\s*(?:[.,!?]|$))', 'correction failx'),
  // "Inkognito geht auch nicht, über Hotspot aber schon": the thing named does work.
  phrase('\\baber schon\\b(?=\\s*(?:[.,!?]|$))', 'works'),
  // "damit hab ich (beruflich) nix zu tun": no use of it.
  phrase('\\b(?:damit |da )?(?:hab|habe|haben) (?:ich |wir )?(?:damit )?(?:[\\w-]+ ){0,2}?(?:nix|nichts|gar nichts) (?:damit |mit (?:der |dem |den )?[\\w-]+ )?zu tun\\b', 'nouse'),
  phrase('\\b(?:hangen|haengen|hangt|haengt)(?= (?:auch|ebenfalls|alle|komplett|total|nur noch|seit|dauernd|standig|staendig)\\b)', 'failx'),
  // "unsere anderen API-Calls hängen auch, nicht nur dieser eine Service": after a failure said too, "not only this one" adds nothing.
  phrase('\\bauch,? (?:und )?nicht nur (?:dieser|diese|dieses|der|die|das|mein|meine|meiner|unser|unsere)\\b(?: (?:eine|einzige|einen))?[^,.;!?]*', 'too'),
  // "hahaha jaaa der Montag halt": a yes agreeing with a remark on the day is small talk, no answer.
  phrase('\\bja+,? (?:(?:der|die|das|so|typisch|mal wieder|wieder|halt|eben) )*(?:montag|dienstag|mittwoch|donnerstag|freitag|wochenende|feiertag)e?s? (?:halt|eben|wieder|mal wieder|hald)\\b|\\btypisch (?:montag|freitag)\\b', 'lol'),
  // Sixteenth round: "der Request", "jeder dritte Request": an API call, not the marker of a request to IT (a word before it
  // that only German has: the marker another language's rules wrote stays).
  phrase('\\b(der|den|dem|des|ein|einen|einem|eines|jeder|jeden|jedem|kein|keinen|keiner|einziger|mein|meinen|unser|unseren|dieser|diesen|(?:erste|zweite|dritte|vierte|funfte|fuenfte|zehnte|letzte|nachste|naechste)[nr]?|\\d+\\.) request\\b', '$1 call'),
  // "gar keiner": no code at all, asked which error.
  phrase('^\\s*(?:gar|uberhaupt|ueberhaupt) (?:keiner|keins|keinen)(?=\\s*(?:[.,;!?]|$))', 'nocode'),
  // Sixteenth round: a failure denied ("ich würde nicht sagen, dass es im Browser nicht geht", "es ist nicht so, dass
  // der Browser nicht lädt"): it works. Denying that it works ("würde nicht sagen, dass es geht") is doubt, no answer.
  phrase(`${DENIED_THAT}((?:[\\w-]+ ){0,8}?)${NEG} (?:mehr )?(?:geht|gehen|funktioniert|funktionieren|klappt|klappen|lauft|laeuft|laufen|ladt|laedt|laden)\\b`, '$1 works'),
  phrase(DENIED_THAT, 'doubtx'),
  // "die anderen API-Calls gehen auch nicht", "die restlichen API-Aufrufe laufen": the organisation's other calls (the
  // api_health test, whatever the surface); "der Rest der Firma", "die anderen Teams": so too when the API is the surface.
  // "nur bei mir kommt 503": the failure is the reporter's alone, no word on the others' calls.
  phrase('\\b(?:die |unsere )?(?:anderen (?:api ?-?)?|(?:restlichen|ubrigen|uebrigen) api ?-?)(?:calls|aufrufe|requests|anfragen)\\b', 'orgcalls'),
  phrase('\\b(?:der |beim |im )?rest (?:der|von der|unserer) (?:firma|org|organisation|abteilung)\\b|\\b(?:die )?(?:anderen|restlichen|ubrigen|uebrigen) (?:teams|abteilungen)\\b', 'orgrest'),
  phrase('\\bnur (?:bei )?(?:mir|uns)\\b(?! (?:zu ?hause|daheim|zuhaus|im|am|in|auf)\\b)|\\bnur ich\\b', 'onlyme'),
  // "ich meinte nicht, dass die ganze API down ist": what follows is not said.
  phrase('\\b(?:ich )?meinte (?:nicht|nich|net) ?,? dass\\b', 'moot'),
  // Twelfth round: an imperative said to the other person ("probier du das", "testen Sie das mal"): a request;
  // "Quatsch", "ich lüge": a correction; "getethert": tethered; "weder X noch" is read as "neither X nor".
  phrase('\\b(?:probier|probiere|probiert|teste|testet|test|mach|macht|schau|schaut|guck|guckt|check|checkt|versuch|versuche|versucht|frag|fragt|pruef|pruf|prueft|pruft)(?: (?:das|es))? (?:du|ihr)\\b|\\b(?:probieren|testen|machen|schauen|versuchen|fragen|pruefen|prufen) sie (?:das |es )?(?:bitte|mal|doch|selbst|selber)\\b', 'request'),
  phrase('\\b(?:ge)?tether(?:t|n|e|st)\\b', 'tethered'),
  phrase('\\bweder ([^,.;:!?]+?) noch\\b(?![^,.;:!?]*\\b(?:geht|gehen|funktioniert|funktionieren|klappt|klappen|lauft|laufen|laeuft)\\b)', 'neither $1 nor'),
  phrase('\\b(?:hab|habe|haben|hatte|hatten)(?: ich| wir)?(?: hier| leider| grad| gerade)? (?:kein|keins|keine|keinen) (?:anderes|andere|anderen|zweites|zweiten|weiteres|weiteren) (?:netz|netzwerk|wlan|wifi|internet)\\b', 'do not have another network'),
  // Blocked by IT with the verb at the end ("von der IT per Richtlinie gesperrt"), "kann ich also nicht testen": not tried.
  phrase('\\b(?:von|durch) (?:der |die |unserer |unsere |unseren |den )?(?:it|it-abteilung|admins?|administratoren|firma|gruppenrichtlinie)\\b(?: [\\w-]+){0,4}? (?:gesperrt|blockiert|deaktiviert|verboten|untersagt|abgeschaltet)\\b', 'blocked by it'),
  // "das hat die IT gesperrt", "hat unser Admin deaktiviert": the same, said with the IT as the subject.
  phrase('\\b(?:hat|haben|hatte|hatten) (?:die |der |unsere |unser |unseren )?(?:it|it-abteilung|admins?|administratoren|firma|security)\\b(?: [\\w-]+){0,3}? (?:gesperrt|blockiert|deaktiviert|verboten|untersagt|abgeschaltet)\\b', 'blocked by it'),
  phrase('\\bkann (?:ich|man)(?: das| es)?(?: also| halt| leider| hier| so| daher| deshalb| eh| dann)+ (?:nicht|nich|net|ned) (?:testen|probieren|prufen|pruefen|ausprobieren)\\b', 'can not test'),
  phrase('\\b(?:ach |nee,? )?quatsch\\b|\\bich (?:lug|luge|luege)\\b', 'correction'),
  // Eleventh round: "kann (auch Zufall) sein": doubt; "ach nee": a correction; "geht genauso wenig",
  // "nirgends geht's": fails.
  phrase('\\bkann (?:auch |schon |gut |aber )?(?:(?:ein |auch )?zufall )?sein\\b', 'doubtx'),
  phrase('\\bach (?:nee|nein|ne)\\b', 'correction'),
  // Fourteenth round: "hatte erst nein geschrieben, stimmt aber nicht: …": what came before is taken back.
  phrase('\\b(?:das )?stimmt (?:aber |so |doch )?(?:gar )?nicht\\s*[:,–-]', 'correction'),
  // "kostet mich das Datenvolumen?", "wer zahlt das?": worries about the data plan asked back.
  phrase('\\b(?:kostet|verbraucht|frisst|frist) (?:mich )?(?:das|es)\\b[^.!?]*\\?|\\bwer (?:zahlt|bezahlt)\\b', 'askback'),
  phrase('\\bnull (?:probleme|problem|fehler|stress)\\b', 'no problems'),
  // Sixteenth round: "geht auf dem Rechner genauso wenig": words between the verb and "genauso wenig" (fails too).
  phrase(`\\b(?:${WORKS_NOW}|${WORKED})(${MIDDLE}) (?:genauso|ebenso|gleich) ?wenig\\b`, 'failx$1 too'),
  phrase("\\b(?:geht|gehts|geht's|klappt|klappts|klappt's|funktioniert|lauft|laeuft)(?: es| das)? (?:genauso|ebenso|auch) wenig\\b|\\bnirgend(?:s|wo) (?:geht|gehts|geht's|klappt|klappts|funktioniert|lauft|laeuft)(?: es| das)?\\b", 'failx'),
  // Doubt about the value said (the whole reply states nothing): "schwer zu sagen", "glaub ich?",
  // "aber sicher bin ich mir nicht", "eher ja?", "schien zu gehen?", "würde sagen".
  phrase('\\b(?:schwer|schwierig) zu sagen\\b|\\bkann ich schwer sagen\\b|\\b(?:ich )?w(?:u|ue)rde (?:mal |jetzt )?sagen\\b', 'doubtx'),
  phrase('\\bglaub(?:e)? ich\\s*\\?|\\beher (?:ja|nein|nicht)\\s*\\?|\\bschien\\b(?=[^.!?]*\\?)', 'doubtx'),
  phrase('(?:\\b(?:aber|doch) (?:ich )?(?:bin |ist )?(?:mir |ich )?|\\bbin (?:mir |ich )?aber )(?:nicht|nich|net|ned|nod|noed|nit) (?:ganz |so |100 ?% |hundertprozentig )?sicher\\b|\\baber sicher bin ich (?:mir )?(?:nicht|nich)\\b|\\bw(?:u|ue)rde (?:nicht|nich) (?:drauf|darauf) wetten\\b', 'doubtx'),
  // Questions back that ask the bot to decide: "zählt das …?", "macht das einen Unterschied?", "soll ich …",
  // "meinst du …", "wo sehe ich das", "ich frage mich, ob …".
  phrase('\\bz(?:a|ae)hlt\\b(?=[^.!?]*(?:\\?|\\bals\\b))|\\bmacht (?:das|es) (?:einen |nen |n |ein |irgendeinen )?unterschied\\b|\\bsoll(?:te)? (?:ich|wir)\\b|\\bmuss (?:ich|wir)\\b(?=[^.!?]*\\?)', 'askback'),
  // "ist das die App, die man runterlädt?": asking which thing the choice means.
  phrase('\\b(?:ist|sind) (?:das|es|damit) (?:die|der|das|den)\\b(?: [\\w-]+)?,? (?:die|der|das|wo|welche|welcher)\\b(?=[^.!?]*\\?)', 'askback'),
  phrase('\\b(?:meinst du|meinen sie|meint ihr)\\b|\\bwo (?:sehe|seh|finde|find) (?:ich|man)\\b|\\b(?:ich )?frag(?:e)? mich,? ob\\b|\\breicht (?:auch|das|es)\\b(?=[^.!?]*\\?)', 'askback'),
  // The web app's own hourly cap ("Zu viele Anfragen in einer Stunde"): no API 429.
  phrase('\\bzu viele anfragen in (?:einer|1) stunde\\b', 'othererr'),
  // "hab nur dieses eine Netz hier", "kein anderes probiert": no second network tried; "ich denke nicht" alone: a lean no.
  phrase('\\b(?:hab|habe|haben|gibt es|gibts) (?:hier )?nur\\s(?:dieses|das|ein|eine|dies|einen|unser|unseres|mein)\\s(?:eine |einzige |eines )?(?:netz|netzwerk|wlan|wifi)\\b', 'only have this one network'),
  phrase('\\b(?:kein|keins|keine|keinen) (?:anderes?|andere[nm]?|zweites?|zweiten)(?: (?:netz|netzwerk|wlan|wifi))? (?:probiert|ausprobiert|getestet|versucht)\\b', 'not tried another network'),
  phrase('^\\s*(?:ich )?(?:denke|glaube|glaub)(?: ich)? (?:eher )?(?:nicht|nein)\\s*[.!]*\\s*$', 'softhedge no'),
  // "VPN ist aus": the VPN is off, so not where it fails.
  phrase('\\b(?:alle )?beiden?\\b|\\bbeides\\b', 'both'),
  // "hab erst gedacht Browser": what the person thought at first, taken back.
  phrase('\\b(?:hab|habe|hatte|hab ich|habe ich|hatte ich) (?:ich )?(?:erst|zuerst|anfangs) (?:gedacht|gemeint|geglaubt)\\b(?:[^.!?]*?,? aber(?:,? (?:nein|nee|ne)\\b)?)?', 'correction'),
  // Symptoms in German words: the network configuration message, login loops, freezes, errors "aufgetreten".
  phrase('\\bnetzwerk-? ?konfiguration\\w*', 'network configuration issue'),
  phrase('\\b(?:login|anmelde)-? ?schleife\\b|\\bschleife (?:beim|am) (?:login|anmelden|einloggen)\\b', 'login loop'),
  phrase('\\bfriert (?:[\\w-]+ ){0,4}?ein\\b|\\beingefroren\\b|\\b(?:sturzt|stuerzt|schmiert) (?:[\\w-]+ ){0,3}?ab\\b|\\babsturz\\b', 'freezes'),
  phrase('\\bist ein fehler aufgetreten\\b|\\bfehler beim generieren\\b', 'an error occurred'),
  // "403 isses nicht", "weder 403 noch 500": the codes it is not.
  phrase('\\b(\\d{3}) (?:ist es|isses|ists|ist das|ist) (?:nicht|nich|net|ned)\\b', 'not $1'),
  // Seventeenth round: "nur noch 503", "immer noch 500": "noch" is "still" there, not "nor".
  phrase('\\b(?:weder|(?<!\\b(?:nur|immer|auch|jetzt|heute|heut|dann|da|es|wieder|grad|gerade|bisher) )noch) (\\d{3})\\b', 'not $1'),
  // A correction ("nein warte", "ich meinte"): what came before it is taken back.
  phrase('\\b(?:nein|ne|nee),? (?:warte|moment|sorry|stop)\\b|\\b(?:warte|moment|sorry),? (?:nein|ne|nee)\\b|\\bkorrektur\\b|\\bich meinte\\b(?! nicht)|\\bsorry,? ich meine\\b', 'correction'),
  // "weder VPN noch Büro": neither place.
  phrase('\\b(?:weder|(?<!\\b(?:nur|immer|auch|jetzt|heute|heut|dann|da|es|wieder|grad|gerade|bisher) )noch) (?:im |ins |uber |ueber |das |dem )?(vpn|buro|buero|homeoffice|home office|zuhause|hotspot)\\b', 'not $1'),
  phrase('\\bvpn (?:(?:hab|habe|ich|ist|is|war|aber|halt|eh|grad|gerade|jetzt) ){0,3}(?:ausgemacht|ausgeschaltet|abgeschaltet|deaktiviert|getrennt|aus)\\b', 'not vpn'),
  // "kann sein", "weiß nimmer": maybe, I don't know.
  phrase('\\b(?:kann|konnte|koennte) (?:schon )?sein\\b', 'maybe'),
  phrase('\\bweiss (?:ich )?(?:nimmer|nimma|nicht mehr)\\b', 'idk'),
  phrase('\\bnicht dass ich w(?:u|ue)sste,? dass (?:da |hier |bei uns )?(?:was|etwas|irgendwas) (?:kaputt|down|gestort|gestoert|defekt|ausgefallen)(?: (?:ware|waere|sei|ist))?\\b', 'works fine'),
  phrase('\\bnicht dass ich wusste\\b|\\bnicht dass ich wuesste\\b', 'not that i know of'),
  // ChatGPT's own German error texts, and a page that never finishes loading.
  phrase('\\betwas ist schief ?gelaufen\\b|\\bein fehler ist aufgetreten\\b|\\bda ist etwas schief ?gelaufen\\b', 'something went wrong'),
  phrase('\\b(?:ladt|laedt|lädt|dreht|laden) und (?:ladt|laedt|lädt|dreht|laden)\\b|\\bdreht (?:sich )?(?:nur|ewig|endlos|im kreis)\\b|\\bladt (?:ewig|endlos|unendlich)\\b', 'keeps loading'),
  // "hat sich keiner beschwert": nobody complained, so it works.
  phrase('\\b(?:hat sich )?(?:keiner|niemand|kein mensch) (?:hat sich )?beschwert\\b', 'workx'),
  // Compounds written with a hyphen ("API-Calls", "LAN-Kabel", "Backend-Kollegen"): two words (not Wi-Fi, E-Mail).
  phrase('\\b(?!wi-fi\\b)([a-z]{2,})-(?=[a-z]{3,})', '$1 '),
  // "geht also nicht zu testen", "kann ich nicht testen": the test cannot be run.
  phrase('\\b(?:geht|lasst sich|laesst sich) (?:also |halt |leider |hier )?(?:nicht|nich|net|ned) (?:zu )?(?:testen|probieren|prufen|pruefen)\\b|\\b(?:nicht|nich|net|ned) zu (?:testen|probieren)\\b', 'can not test'),
  // "geht nirgends": nowhere; "Hilfe bitte": a request; "kannst du das nicht einfach fixen": a request.
  phrase("\\b(?:geht|gehts|geht's|funktioniert|klappt|lauft|laeuft)(?: es)? (?:nirgends|nirgendwo)\\b|\\b(?:nirgends|nirgendwo)\\b", 'failx everywhere'),
  phrase('\\bhilfe,? bitte\\b|\\bbitte,? hilfe\\b|^\\s*hilfe\\b', 'request'),
  // Sixteenth round: "Ihr Konto wurde deaktiviert", "Account gesperrt": an error page of its own.
  phrase('\\b(?:konto|account|benutzerkonto|zugang) (?:(?:wurde|ist|war|wird) )?(?:(?:leider|vorubergehend|voruebergehend|dauerhaft) )?(?:deaktiviert|gesperrt|gebannt|suspendiert|eingeschrankt|eingeschraenkt)\\b', 'account deactivated'),
  // Sixteenth round: "gib mir bitte einfach einen Menschen vom Support", "schickt uns jemanden": a request.
  phrase('\\b(?:gib|gebt|geben sie|schick|schickt|schicken sie|hol|holt) (?:mir|uns) (?:bitte |mal |einfach |doch |jetzt |halt |endlich )*(?:einen?|en|nen|n|jemand|jemanden|wen)\\b', 'request'),
  phrase("\\b(?:kannst|konnt|koennt|konnen|koennen|konntest|koenntest|konnten|koennten|konnen sie|koennen sie) (?:du|ihr|sie|jemand)\\b[^.?!]*?\\b(?:fixen|reparieren|beheben|richten|losen|loesen|freischalten|entsperren|hinkriegen|machen)\\b", 'request'),
  // Corrections: "nee, eigentlich nie", "erst dacht ich rate limit".
  phrase('\\b(?:nein|nee|ne),? eigentlich\\b|\\b(?:erst|zuerst|anfangs) (?:dacht|dachte|gedacht|meinte)(?: ich)?\\b[^,.;:!?]*(?:[,.;:] ?(?:aber )?(?:nee|nein|ne)\\b)?', 'correction'),
  phrase('\\b(?:hab|habe|haben) (?:ich |wir )?mit (?:der |dem |den )?[\\w-]+ (?:nix|nichts|gar nichts) am hut\\b', 'nouse'),
  // "weiß ned genau", "bin mir nicht sicher": no certainty.
  phrase('\\bweiss (?:ich )?(?:ned|nid|nod|noed|nit)\\b', 'idk'),
  phrase('\\b(?:bin )?(?:mir )?(?:aber |halt |echt )?(?:nicht|nich|net|ned) (?:ganz |so |hundertprozentig |100 ?% )?sicher\\b', 'not sure'),
  // "einmal ging's, dann wieder nicht": it worked once.
  phrase("\\beinmal (?:ging|gings|ging's|lief|hat es geklappt|hats geklappt|hat's geklappt)\\b", 'worked once'),
  // The phone's own network.
  phrase('\\b(?:handynetz|mobilfunknetz|mobilfunk|mobiles netz|mobiles internet)\\b', 'mobile data'),
  // "woher weiß ich": how do I know.
  phrase('\\bwoher\\b', 'how'),
  phrase('^\\s*doch\\b', 'yes'),
  // "es geht um die App": it is about, not "it works".
  phrase('\\b(?:es geht|geht es|gehts) um\\b', 'about'),
  // "Handy nicht, das ist die Desktop-App", "500 steht da nicht": the thing denied after it is named.
  phrase('(?:^|(?<=[.,;:!?] ))\\s*(?:im |am |der |die |das |den )?(handy|browser|app|desktop|vpn|buro|buero|homeoffice|hotspot|firefox|chrome|edge|safari|api|\\d{3})(?:-app)? (?:ist es |isses |steht da |kommt |ist |eigentlich |halt )?(?:nicht|nich|ned|net)\\b(?=\\s*[,.;:–-])', 'not $1'),
  phrase('\\b(\\d{3}) (?:steht|kommt|ist) (?:da |hier )?(?:nicht|ned|nich|net)\\b', 'not $1'),
  // "Desktop-App hab ich gar nicht installiert": the thing not installed is not the surface.
  phrase('\\b(?:die |den |das )?(?:[\\w-]+ )?(?:app|client|programm) (?:hab|habe) ich (?:gar |ueberhaupt |uberhaupt )?(?:(?:nicht|ned|net|nich|keine?) (?:installiert|drauf)\\b|keine?n?(?=\\s*(?:[.,;:!?]|$)))', ''),
  // "ich dachte erst 500, …", "ah doch", "eigentlich Büro, aber heut ned": taken back.
  phrase('\\b(?:ich )?(?:dacht|dachte)(?: ich)? (?:erst|zuerst)\\b[^,.;:!?]*[,.;:]', 'correction'),
  phrase('\\b(?:ah|ach|oh) doch\\b', 'correction'),
  // "… doch, geht", "… nein, heute Homeoffice", "– äh nein, Safari", "ne Quatsch": after a pause, taken back.
  // "die Statusseite ist grün": OpenAI's status page, not the organisation's API calls.
  phrase('\\bstatus ?-?seite\\b', 'statuspage'),
  phrase('(?:\\.{2,}|…)\\s*(?:(?:ah|ach|oh) )?doch\\b|(?:\\.{2,}|…)\\s*(?:nein|ne|nee),', 'correction'),
  phrase('(?:[–—-]|\\.{2,}|…|,)\\s*(?:ah|aeh|ahm|ehm|oh) (?:nein|ne|nee)\\b|\\b(?:ne|nee|nein|ach|ah),? (?:quatsch|unsinn|blodsinn|bloedsinn)\\b', 'correction'),
  phrase('\\beigentlich [\\w-]+,? aber (?:heute?|grad|gerade|jetzt) (?:nicht|ned|net|nich)\\b', 'correction'),
  // "ich glaub nicht, dass es am VPN liegt": not the VPN.
  phrase('\\b(?:ich )?glaub(?:e)? nicht,? dass es (?:am|an der|an dem|an) (\\w+) liegt\\b', 'not $1'),
  // "läuft über unser Firmennetz": goes through, not "works".
  phrase('\\b(?:lauft|laeuft|geht|gehts)(?: (?:das|es|alles))? (?:ubrigens |uebrigens |halt |eh )?(?:uber|ueber|via|durch) (?=(?:unser|unsere|das|den|die|vpn|firmen))', 'via '),
  // Someone else's home (a patient's, a client's): a place out of the list.
  phrase('\\bbei (?:der |dem |einem |einer )?(?:patient(?:in)?|kund(?:e|in)|klient(?:in)?|mandant(?:in)?)\\w* (?:zu ?hause|daheim)\\b', 'altnet'),
  phrase('\\bwas mein(?:en sie|st du|t ihr) (?:mit|damit)\\b', 'what do you mean'),
  // "der Browser is aber auch kaputt": "aber" after the verb is a particle, not "but".
  phrase('\\b(ist|is|isch|sind|war|waren|geht|gehts|hat|hab|habe|bin|lauft|laeuft) aber\\b', '$1'),
  phrase('\\b(?:ah|oh|aeh|ach) (?:moment|warte|sorry)\\b|\\bmoment,? sorry\\b|\\bich mein(?:e|te)?\\b(?! (?:nicht|nich|net)\\b)', 'correction'),
  phrase('\\b(?:dacht|dachte|dachten)(?: ich| wir)? (?:erst|zuerst|anfangs)\\b[^.!?]*?\\b(?:aber|doch)\\b(?: (?:nicht|nich|net|ned))?', 'correction'),
  phrase('\\b(?:bestatigen|bestaetigen|verifizieren) sie,? dass sie (?:ein )?mensch sind\\b|\\bbist du ein mensch\\b', 'verify you are human'),
  phrase('\\bzertifikat\\w*', 'certificate error'),
  phrase('\\bnicht (?:davon )?betroffen\\b', 'unaffected'),
  phrase('\\bnicht dass ich (?:wusste|wuesste),? dass (?:da )?(?:was|etwas) (?:kaputt|down|gestort|gestoert)\\b', 'works fine'),
  phrase('\\bweder (?:die |der |das |im |in der )?(\\w+) noch (?:die |der |das |im |in der )?(\\w+) (?:geht|gehen|funktioniert|funktionieren|klappt|klappen|lauft|laufen|laeuft)\\b', '$1 failx , $2 failx'),
  phrase('\\b(?:das )?(?:wlan|wifi|netz|internet) (?:vom|von meinem|von meiner|von der|des) (?:kollegen|kollegin|kollege|chef|chefin|nachbarn|nachbarin)\\b', 'altnet'),
  phrase('\\b(?:vom|von meinem|von meiner|von der|vom|des) (?:kollegen|kollegin|kollege|chef|chefin|nachbarn|nachbarin)\\b', 'borrowed'),
  phrase('\\bhandy[ -]?netz\\b', 'mobile data'),
  phrase('\\b(?:kommt|geht|gehen|kommen) (?:auch )?(?:kein einziger|keiner|keine|nicht einer|nix|nichts|gar nichts|gar nicht|nicht) (?:mehr )?durch\\b', 'persistx'),
  // Round 26: "jeder einzelne" standing alone: every single one.
  phrase('\\bjede[rs]?n? einzelne[rn]?\\b(?=\\s*(?:[,.;!?]|$))', 'every single one'),
  phrase('\\bjede[rs]?n? einzelne[rn]?\\b', 'every single'),
  phrase('\\bbleibt (?:bei|auf)\\b', 'still'),
  phrase('\\ba (?=(?:ned|net|nid|nit)\\b)', 'auch '),
  phrase('\\b(?:soweit|so weit) ich (?:weiss|wei)\\b|\\bmeines wissens\\b', ''),
  phrase('\\bbitte\\b[^.?!]*?\\b(?:reparieren|fixen|beheben|richten|losen|loesen|freischalten|entsperren|hinkriegen)\\b', 'request'),
  phrase('\\b(?:erst|zuerst|anfangs) (?:dacht|dachte|gedacht|meinte)(?: ich)?\\b[^.!?]*?\\baber\\b', 'correction'),
  phrase('\\b(\\w+)(?:-app)? (?:hab|habe) ich (?:gar |ueberhaupt |uberhaupt )?(?:nicht|ned|net|nich|keine?) (?:installiert|drauf)\\b', 'not $1'),
  phrase('(?<=(?:^|[.,;!?:])\\s*)(?=(?:zahlt|zaehlt|ist|sind|soll|muss|kann|meinst|meinen)\\b[^.!?]*\\boder\\b[^.!?]*\\?)', 'does '),
  phrase('\\b(?:keine ahnung|weiss (?:ich )?(?:nicht|ned)) (?:warum|wieso|weshalb)\\b', ''),
  phrase('\\bfalls (?:das|es) (?:hilft|wichtig ist|relevant ist)\\b', ''),

  // "mach ich nach der Mittagspause", "teste ich gleich": a test to come, not run yet.
  phrase('\\b(?:mach|teste|probier|probiere|schau|check|versuch|versuche)(?: ich)? (?:das |es )?(?:nach|spater|spaeter|gleich|morgen|nachher|heute abend|heut abend|in \\w+ minuten?)\\b', 'will try later'),
  // "ich denk schon", "glaub schon": I think so; a clause ending in "schon" says yes ("über den Hotspot schon").
  phrase('\\b(?:ich )?(?:denk|denke|glaub|glaube)(?: ich)? schon\\b', 'i think so'),
  phrase('\\bschon\\b(?=\\s*(?:[.,;!?]|$))', 'yes'),
  // "mal geht's, mal nicht": sometimes; "jeder zehnte": one in ten.
  phrase("\\bmal (?:gehts|geht's|geht es|geht|klappts|klappt's|klappt es|klappt|funktionierts|funktioniert es|funktioniert|lauft|laufts)\\b,? mal (?:nicht|net|ned|nich|nid)\\b", 'sometimes'),
  phrase('\\bjede[rs]?n? (?:(?:zweite|dritte|vierte|funfte|fuenfte|zehnte|x-te)[nrs]?\\b|\\d+\\.)', 'every other'),
  // "k.A.", "ka": keine Ahnung.
  phrase('(?:^|(?<=[\\s,.;!?]))k\\.? ?a\\.?(?=\\s*(?:[,.;!?]|$))', 'idk'),
  // "das (normale) WLAN von der Firma": the company network.
  phrase('\\b(?:wlan|wifi|netz|netzwerk|lan|internet) (?:von der |der |unserer |in der |bei der )?(?:firma|arbeit|buero|buro)\\b', 'office network'),
  phrase('\\bvpn (?:ist |war )?(?:aus|ausgeschaltet|abgeschaltet|deaktiviert|getrennt|nicht (?:an|aktiv|verbunden|eingeschaltet))\\b', 'not vpn'),
  // "kein einziger Retry hat geklappt", "keiner geht durch": none of them; "egal wie oft": every time.
  phrase('\\b(?:kein|keine|keiner|nicht ein) (?:einziger?|einziges|einzigen)\\b', 'not a single'),
  phrase('\\begal wie (?:oft|viele (?:male?|versuche|retries))\\b|\\bauch nach (?:\\d+|mehreren|zig|vielen) (?:versuchen|retries|wiederholungen)\\b', 'every time'),
  // "darf ich nicht", "ist bei uns gesperrt (per Gruppenrichtlinie)": the test cannot be run.
  phrase('\\b(?:darf ich|ich darf|wir durfen|wir duerfen|durfen wir) (?:[a-z]+ ){0,4}?(?:nicht|nich|net)\\b|\\bnicht erlaubt\\b', 'not allowed'),
  // "wir dürfen kein Inkognito benutzen", "der Laptop lässt mich kein privates Fenster öffnen": not allowed to run the test.
  phrase('\\b(?:darf ich|ich darf|wir durfen|wir duerfen|durfen wir|man darf|darf man) (?:kein|keine|keinen)\\b|\\b(?:lasst|laesst|lassen|liess|lie(?:ss|ß)en) (?:mich|uns|einen)(?: (?:hier|da|leider|einfach))? (?:kein|keine|keinen|nicht)\\b', 'not allowed to'),
  // "ich kann gar kein privates Fenster öffnen", "kann keinen Hotspot aufmachen": the test cannot be run.
  phrase('\\b(?:kann|kannst|konnen|koennen|konnte|koennte)(?: ich| wir| man)? (?:(?:gar|uberhaupt|ueberhaupt|leider|hier|da|halt|eben) )*(?:kein|keine|keinen) (?:(?:privaten?|private|inkognito|incognito)[\\w-]*(?: (?:fenster|modus|tab))?|hotspot|anderes netz|anderen browser) (?:offnen|oeffnen|aufmachen|starten|nutzen|benutzen|verwenden|einrichten|aufbauen)\\b', 'nottried'),
  phrase('\\b(?:per |uber |ueber |via |durch (?:die |eine )?)?gruppenrichtlinien?\\b|\\bgpo\\b', 'by group policy'),
  // "hängt sich nichts auf", "kein Fehler", "keine Probleme": nothing fails.
  phrase('\\b(?:hangt|haengt|stockt) sich (?:nichts|nix|gar nichts) auf\\b|\\b(?:kein|keine|keinen) (?:fehler|probleme?|absturz|fehlermeldung)\\b', 'works fine'),
  // "kommt drauf an", "je nach": it depends, no answer.
  phrase('\\b(?:kommt|hangt|haengt) (?:(?:ganz )?drauf|darauf|davon) an\\b|\\bje nach(?:dem)?\\b', 'depends'),
  // Declining to test ("lieber nicht", "will nichts kaputt machen"): not tried; "nichts kaputt" is no outcome.
  phrase('\\blieber (?:nicht|nich|net)\\b', 'rather not try'),
  phrase('\\b(?:ich )?(?:will|mochte|moechte|mag) (?:lieber )?(?:nichts|nix) (?:kaputt|falsch) machen\\b', 'rather not try'),
  // A verb first and its subject next, ending in "?", asks ("geht es im Inkognito?"): read as "does ...?".
  phrase('(?<=(?:^|[.,;!?:])\\s*)(?=(?:geht|gehts|funktioniert|klappt|lauft|laeuft|ladt|laedt|ging|funktionierte|klappte|lief) (?:es|das|er|sie|chatgpt)\\b[^.!?]*\\?)', 'does'),
  // "3 von 4": how many of them ("3 von 4 Aufrufen schlagen fehl").
  phrase('\\b(\\d{1,3}) von (\\d{1,4})\\b', '$1 out of $2'),
  // "die anderen (im Team)" are other people; "die anderen Browser" are other things.
  phrase('\\bdie anderen\\b(?! (?:browser|fenster|netze|netzwerke|wlans|gerate|geraete|apps|tabs|seiten|profile)\\b)', 'the others'),
  // "(ich) finde ... nicht", "nicht gefunden": the test could not be run.
  phrase('\\bnicht gefunden\\b', 'can not find'),
  phrase('\\b(?:ich )?finde ((?:[\\w-]+ ){0,3}?)(?:nicht|nich|net)\\b', '$1 can not find'),
  // Hearsay: "es soll im Inkognito gehen" (it is said to) states nothing.
  phrase('\\b(?:es |das )?soll (?=(?:[\\w-]+ ){0,4}?(?:gehen|funktionieren|klappen|laufen)\\b)', 'supposed to '),
  // Guesses are no answers: "vermutlich ja", "möglicherweise", "geht wohl", "ich nehme an, ja".
  phrase('\\b(?:vermutlich|moglicherweise|moeglicherweise|womoglich|womoeglich|mutmasslich)\\b|(?<!sehr )\\bwohl\\b|\\bich nehme an\\b', 'maybe'),
  // "nein, hab ich nicht", "ich hab's noch nicht" closing a clause: the test was not run.
  // "Inkognito hab ich nicht" (a thing named first) says it is not there: not this rule.
  phrase('(?<=(?:^|[.,;!?]|\\bnein|\\bnee|\\bnoe|\\bne|\\bja)\\s*)(?:hab|habe|hatte)(?: ich| wir)(?: es| das)?(?: noch| leider| bisher)? (?:nicht|nich|net)(?=\\s*(?:[.,;!?]|$))', 'nottried'),
  phrase('\\b(?:ich|wir) (?:hab|habe|haben|hatte)(?: es| das)? noch (?:nicht|nich|net)(?=\\s*(?:[.,;!?]|$))', 'nottried'),
  // How often a job runs is not how often it fails ("ein Cronjob, der einmal nachts läuft").
  phrase('\\b(?:gar )?(?:kein|keinen) (?:status ?|fehler ?|http ?)?code\\b', 'nocode'),
  phrase('\\bohne (?:das |den |die )?vpn\\b', 'without vpn'),
  phrase('\\bnicht (?:immer|jedes mal|jedesmal)\\b', 'not always'),
  // "ich glaube nicht, dass es geht", "so halb", "theoretisch": no answer.
  phrase('\\b(?:ich )?(?:glaube|glaub|denke|denk) (?:eher )?(?:nicht|kaum),? (?:dass|das)\\b', 'hedge'),
  phrase('\\bso halb\\b|\\bhalbwegs\\b|\\bmehr oder weniger\\b', 'kinda'),
  phrase('\\btheoretisch\\b|\\bangeblich\\b|\\beigentlich (?=(?:sollte|musste|muesste)\\b)', 'moot'),
  phrase('\\b(?:kein|keinen) (?:zugriff|zugang) (?:auf die|auf|zur|zu der) (?:api|apis)\\b', 'nouse'),
  phrase('\\b(?:machen |haben |nutzen )?(?:keine|kein|keinen) (?:retries|retry|wiederholungen|wiederholung|neuversuche|automatischen wiederholungen)\\b', 'nouse'),
  phrase('\\b(?:einmal|zweimal) (?:pro |am |die |in der |jede )?(?:nacht|nachts|tag|taglich|stundlich|wochentlich|woche|stunde|monat)(?: (?:lauft|laeuft|startet))?\\b', ''),
  phrase("\\b(geht|gaht|goht|klappt|lauft|laeuft|funktioniert|ging|hab)'s\\b", '$1 es'),
  phrase('\\bhabs\\b', 'hab es'),
  // Compounds people write with a hyphen ("Büro-WLAN", "Inkognito-Modus", "Desktop-App").
  phrase('\\b([a-z]+)-(app|wlan|lan|netz|netzwerk|fenster|modus|browser|version|daten|aufrufe|fehler|schleife|ding|seite|skript|script|anwendung|client|sdk|api|calls|check|hotspot|tab)\\b', '$1 $2'),
  phrase('\\b(\\d{3})er\\b', '$1'),

  phrase('\\b(?:nicht|nich) (?:nicht|nich)\\b|\\b(?:nicht|nich) nur\\b', 'hedge'),
  phrase('\\b(?:keine ahnung|kein plan|keinen schimmer|weiss (?:ich )?(?:nicht|nich)) wie\\b', 'nottried'),
  phrase('\\bnetzwerkkonfiguration\\w*|\\bnetzwerk ?-?konfiguration\\w*', 'network configuration issue'),
  phrase('\\b(?:ladt|laedt|lade|laden|ladet|dreht sich)(?: \\w+)? (?:ewig|endlos|ununterbrochen|die ganze zeit|nur noch)\\b', 'keeps loading'),
  phrase('\\b(?:ewig|endlos|unendlich)\\b', 'forever'),
  phrase('\\bab und an\\b', 'now and then'),
  phrase(`\\b${WORKED}(?: es)?(?: [\\w-]+){0,3}? (?:fruher|frueher|vorher|gestern|bisher)\\b`, 'pastok'),
  // "die API-Calls gehen auch nicht mehr", "geht es nicht mehr": the words between the verb and "nicht mehr" kept ("auch": too).
  phrase(`\\b(?:${WORKS_NOW}(?: es| das| er| sie)?((?: (?:auch|ebenfalls|jetzt|nun|halt|eh|leider|dann|da|hier))*) )?(?:jetzt |nun )?(?:nicht|nich) mehr\\b(?=\\s*(?:[.,!?]|$))`, 'failx$1'),
  phrase('\\b(?:gehen|geht|kommen|kommt|ging|gingen|laufen|lauft|laeuft)(?: \\w+)? durch\\b', 'go through'),
  // "das kann ich nicht genau sagen", "kann ich dir nicht wirklich sagen": doubt, softened or not.
  phrase('\\b(?:kann|koennte|konnte)(?: ich| man)?(?: dir| ihnen| euch)? (?:das |es )?(?:nicht|nich)(?: (?:genau|wirklich|so genau|sicher|mit sicherheit))? sagen\\b', 'idk'),
  // Requests and questions back.
  phrase('\\b(?:firmen|arbeits|dienst)(?:handy|telefon|smartphone|iphone)\\b', 'company phone'),
  phrase('\\b(?:firmen|arbeits|dienst)(?:laptop|rechner|pc|computer|notebook|geraet|gerat)\\b', 'company laptop'),
  phrase('\\b(?:neu ?starten|neustarten|neu booten|rebooten)\\b', 'restart'),
  phrase('\\b(?:ueberall|uberall)\\b', 'everywhere'),
  phrase('\\b(?:(?:ihre|deine|die) )?verbindung ist nicht (?:privat|sicher)\\b', 'sslerr'),
  phrase('\\bkeine zeit(?: gehabt)?,?(?: (?:das|es))?(?: zu)? (?:testen|probieren|ausprobieren|versuchen)\\b|\\bkeine zeit gehabt\\b', 'nottried'),
  phrase('\\b(?:kannst|koenntest|konntest|kannste|koennt|konnt|koennen|konnen|koennten|konnten) (?:du|ihr|sie)\\b', 'can you'),
  phrase('\\bmach(?:t|en)? (?:das|es)(?: bitte)? (?:wieder )?(?:heile?|ganz)\\b', 'request'),
  phrase('\\bhilf (?:mir|uns)\\b', 'help me'),
  phrase('\\b(?:reparieren|repariert|reparier|fixen|fixt|beheben|behebt|beheb|loesen|losen|lost|loest|richten)\\b', 'fix'),
  phrase('\\b(?:checken|pruefen|prufen|anschauen|ansehen|nachsehen|nachschauen)\\b', 'check'),
  phrase('\\bwas (?:meinst|meinen) (?:du|sie)(?: (?:genau|damit|mit))*\\b|\\bwie (?:meinst|meinen) (?:du|sie)(?: das)?\\b', 'what do you mean'),
  phrase('\\bwas (?:ist|sind|bedeutet|heisst)\\b', 'what is'),
  phrase('\\bwie (?:mache|mach|oeffne|offne|teste|finde|starte|aktiviere|bekomme|komme|kann|soll)(?: ich| man)?\\b|\\bwie (?:geht|funktioniert) das\\b', 'how do i'),
  phrase('\\bwelche[snrm]?\\b', 'which'),
  phrase('\\b(?:warum|wieso|weshalb|wofuer|wofur|wozu)\\b', 'why'),
  phrase("(?:^\\s*|,\\s*)mal (?=(?!so\\b)[\\w']+(?: es)?,? mal\\b)|,? mal (?=(?:nicht|nich|nein|ja|geht|gehts|klappt|funktioniert)\\b)", ' sometimes '),
  phrase('\\bbitte\\b', 'please'),

  // Do not know; not tried.
  phrase('\\b(?:bin (?:mir |ich )?)?(?:aber |leider |echt |mir )*(?:nicht|nich) (?:ganz |so |100 ?% )?sicher\\b|\\bunsicher\\b|\\bsicher bin ich (?:mir )?(?:nicht|nich)\\b', 'not sure'),
  phrase('\\bweiss (?:ich |es |das )*(?:leider |echt |wirklich |auch |gerade |grad )?(?:nicht|nich|net)\\b', 'idk'),
  phrase('\\bkeinen (?:blassen )?schimmer\\b|\\bnull ahnung\\b|\\bkein plan\\b|\\bkeine idee\\b|\\bkeine ahnung\\b|\\bweiss (?:ich )?(?:nicht|nich|net)(?: mehr)?\\b', 'idk'),
  phrase('\\bich (?:glaube|glaub|denke|denk) (?:schon|ja)\\b', 'i think so'),
  phrase('\\bich (?:glaube|glaub|denke|denk)\\b', 'i think'),
  phrase(`\\b(?:(?:hab|habe|haben|hatte|hatten)(?: ich| wir)?(?: es| das)? )?(?:noch |bisher |leider )?${NEG} (?:(?:aus)?probiert|getestet|versucht|gemacht|gecheckt|geprueft|gepruft)\\b`, 'nottried'),
  phrase('\\b(?:hab|habe|haben)(?: ich| wir)? (?:noch )?(?:keinen|keine|kein)\\b', 'do not have a'),
  phrase('\\bkann (?:ich|man)(?: das| es)? (?:nicht|nich)\\b', 'can not'),
  phrase('\\b(?:(?:ich )?(?:teste|probiere|probier|mache|mach|schaue|schau|checke|check)(?: es| das| ich| ichs| mir| mal)* (?:gleich|sofort|spater|spaeter|nachher|morgen)(?: an| nach)?|(?:ich (?:teste|probiere|probier|mache|mach|schaue|schau|checke|check)|(?:teste|probiere|probier|mache|mach|schaue|schau|checke|check)(?: es| das| mir)* ichs?)(?: es| das| mir)* mal(?: an| nach)?|(?:ich )?(?:werde|werd) (?:es |das )?(?:gleich |mal |spater |spaeter )?(?:testen|probieren|ausprobieren|versuchen))\\b', 'will try later'),
  phrase('\\b(?:kein|keinen) (?:handy|telefon|smartphone|hotspot) (?:dabei|hier|zur hand|mit)\\b|\\b(?:hab|habe) (?:mein|das) (?:handy|telefon) (?:nicht|nich) (?:dabei|hier|mit)\\b', 'do not have a phone'),
  phrase('\\b(?:verboten|untersagt)\\b', 'blocked'),
  // "lädt, aber dann wieder 500", "und dann kommt der Fehler": what came first, then the failure ("ist das dann web?" keeps its "dann").
  phrase('\\b(?:aber|und|doch) dann\\b', 'but then'),
  // "im Inkognito tut sich nix": nothing happens; "flutscht": it runs smoothly.
  phrase('\\btut sich (?:(?:auch|gar|leider|immer noch|einfach) )*(?:nix|nichts)\\b', 'failx'),
  // "gibts den Fehler nicht", "keinerlei Probleme": no error; "vergessen zu testen", "nicht getraut", "nicht dran
  // gedacht": the test not run.
  phrase("\\bgibt(?:s|'s| es)? (?:den |die |das )?(?:fehler|500er|fehlermeldung|error|problem)(?: (?:mehr|da|hier|dort|auch))? (?:nicht|nich|net)\\b|\\b(?:keinerlei|keine|null) (?:fehler|probleme|fehlermeldungen?)\\b", 'no error'),
  phrase('\\b(?:(?:hab|habe|hatte)(?: ich)? )?(?:(?:es|das) )?(?:vergessen|(?:mich )?nicht getraut|nicht (?:dran|daran) gedacht)(?:,? (?:das |es )?zu (?:testen|probieren|prufen|pruefen))?\\b', 'nottried'),
  phrase('\\bflutscht\\b', 'works'),
  // "wird schon gehen", "hoffentlich klappt es": a prediction or a hope is no result.
  phrase('\\bwird (?:es |das )?(?:schon |bestimmt |sicher |wohl |dann )?(?:gehen|funktionieren|klappen|laufen)\\b', 'would work'),
  phrase('\\bhoffentlich\\b|\\bich hoffe,? (?:dass )?(?=(?:es|das|der \\w+|die \\w+) (?:geht|klappt|funktioniert|lauft|laeuft)\\b)', 'hopefully '),
  // "tut's nicht" (it does not work), "kommt der Fehler nicht" (no error), "alles in Ordnung" (fine), "jedes Mal",
  // "kein einziges Mal", "immer wieder mal" (now and then), "Hotspot hab ich nicht" (no means of testing).
  phrase("\\btut(?:'s|s| es| das)?(?: (?:leider|auch|immer noch|halt|einfach|gar))* (?:nicht|nich|net|ned)\\b", 'failx'),
  phrase('\\bkommt (?:der|die|das) (?:fehler|500er|meldung|error)(?: (?:mehr|dann|da|hier|auch|jetzt))? (?:nicht|nich|net)\\b', 'no error'),
  phrase('\\b(?:erscheint|zeigt|sehe|seh|bekomme|krieg|kriege|gibt)(?: (?:er|es|ich|sie|mir))? (?:der|den|die|das) (?:fehler|500er|fehlermeldung|meldung|error|500)(?: (?:mehr|dann|da|hier|auch|jetzt))? (?:nicht|nich|net)\\b', 'no error'),
  phrase('\\b(?:alles )?in ordnung\\b', 'fine'),
  phrase('\\bjedes (?:einzelne )?mal\\b', 'every time'),
  phrase('\\b(?:kein|nicht ein) einziges mal\\b', 'not a single time'),
  phrase('\\bimmer (?:wieder|mal) mal\\b', 'now and then'),
  phrase('\\b(?:hotspot|diensthandy|firmenhandy|handy|mobile daten|datenvolumen) (?:hab|habe|hat|haben) (?:ich|wir) (?:leider |hier |grad |gerade )?(?:nicht|keins|keinen|keine|kein)\\b(?! (?:probiert|getestet|ausprobiert|versucht))', 'nottried'),
  // "der Fehler ist weg", "der 500er ist verschwunden": the failure absent.
  phrase('\\b(?:der |die |das )?(fehler|500er|meldung|problem)(?: ist| sind| war)? (?:weg|verschwunden)\\b', 'no error'),
  // "natürlich nicht", "gar nicht", "überhaupt nicht", "auf keinen Fall" said alone (after a verb they negate it: "geht gar nicht").
  phrase('(?:^|(?<=[.,!?]))\\s*(?:(?:nein|nee),? )?(?:(?:naturlich|definitiv|gar|uberhaupt|sicher|bestimmt|absolut) nicht|auf keinen fall|keinesfalls)(?=\\s*(?:[.,!?]|$))', 'no'),
  // "natürlich", "selbstverständlich" said alone: a yes.
  phrase('(?:^|(?<=[.,!?]))\\s*(?:naturlich|selbstverstandlich)(?=\\s*(?:[.,!?]|$))', 'yes'),
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
  phrase(`\\b(?:hilft|helfen|bringt|bringen)(${MIDDLE}) ${NEG}\\b`, 'do not help$1'),
  phrase('\\b(?:jein,? )?mal so,? mal so\\b|\\bmal ja,? mal nein\\b|\\bmanchmal ja,? manchmal (?:nein|nicht)\\b', 'sometimes'),
  // "teilweise gehen sie durch, teilweise nicht", "mal geht's, mal nicht": some do, some don't.
  phrase('\\b(teilweise|manchmal|mal) [^.;!?]*?,? \\1 (?:nicht|nich|net|ned|nein)\\b', 'sometimes'),
  phrase('\\bfast immer\\b', 'most of the time'),
  // "mit dem Handy im WLAN": the phone on a Wi-Fi, no hotspot.
  phrase('\\b(?:uber|ueber|via|per|mit) (?:mein(?:em)? |das |dem )?(?:handy|smartphone|telefon)\\b(?! ?-?app)(?!,? (?:im|ins|in|am|auf|uber|ueber) (?:dem |das |der |selben |gleichen |gleichem |firmen-?|buro-?|buero-?)?(?:wlan|wifi|netz|netzwerk|lan)\\b)', 'via hotspot'),
  phrase('\\b(?:rechner|computer|geraet|gerat)\\b', 'computer'),
  phrase('\\b(?:scheint|scheinen)\\b', 'seems'),
  phrase('\\bzu (?:gehen|funktionieren|klappen|laufen)\\b', 'to work'),
  phrase(`\\b${WORKS_NOW}\\b`, 'works'),
  phrase(`\\b${WORKED}\\b`, 'worked'),
  phrase('\\b(?:gleiche[rsnm]?|selbe[rsnm]?|derselbe|dieselbe|dasselbe) (?:fehler|problem|meldung|ergebnis|spiel)\\b', 'same error'),
  phrase('\\b(?:gleiche[rsnm]?|gleich|selbe[rsnm]?|derselben?|demselben|dieselben?|dasselbe|genauso|idem)\\b', 'same'),
  // Sixteenth round: "bin ganz normal im Büro": where the person is as usual, no outcome ("läuft normal" works).
  phrase('\\b(bin|sind|war|waren|sitze|sitz|sitzen|arbeite|arbeiten|hock|hocke)((?: (?:ich|wir|heute|heut|grad|gerade|jetzt|halt|eh|hier|ganz))*) normal (?=(?:im|in|am|an|auf|at|from|via|uber|ueber|per|von|vom|zu|zuhause|daheim|office|home)\\b)', '$1$2 '),
  phrase('\\bnormal\\b(?! window)', 'normally'),
  phrase('\\b(?:kaputt|defekt)\\b', 'broken'),
  phrase('\\b(?:fehlermeldung|fehler)\\b', 'error'),
  phrase('\\balles (?:gut|ok|okay|prima|bestens|normal)\\b', 'all good'),
  phrase('\\b(?:gut|prima|einwandfrei|problemlos|ohne probleme)\\b', 'fine'),

  // Places.
  phrase('\\b(?:firmen|buero|buro|arbeits)(?: ?-?)(?:wlan|netz|netzwerk|lan|internet)\\b|\\bfirmennetz\\w*', 'office network'),
  // Fourteenth round: the network of the kind of site one works at (Klinik-WLAN, Werks-WLAN, Rathausnetz) is the office.
  phrase('\\b(?:klinik|klinikum|krankenhaus|spital|praxis|werk|werks|fabrik|rathaus|amts|behorden|behoerden|lager|filial|filialen|mitarbeiter|personal)(?: ?-?)(?:wlan|netz|netzwerk|lan)\\b', 'office network'),
  phrase('\\b(?:heim|haus)(?: ?-?)(?:netz|netzwerk|wlan)\\w*\\b|\\bwlan (?:daheim|zu ?hause|zuhaus)\\b|\\b(?:daheim|zu ?hause)(?: im| ins)? wlan\\b', 'home network'),
  phrase('\\bhomeoffice\\b', 'home'),
  phrase('\\bim (?:betrieb|geschaeft|geschaft|gschaeft|gschaft|werk)\\b', 'at the office'),
  phrase('\\b(?:zu ?hause|zuhaus|daheim)\\b', 'at home'),
  phrase('\\b(?:in|bei) der (?:firma|arbeit)\\b|\\bauf der arbeit\\b|\\b(?:im|ins) (?:buro|buero)\\b', 'at the office'),
  phrase('\\b(?:buro|buero)\\b', 'office'),
  // "nee, stimmt nicht": a correction; "ich komm mit … nicht klar": cannot run it.
  phrase('\\b(?:nee|nein|ne),? (?:das )?stimmt (?:so )?(?:nicht|nich|net)\\b', 'correction'),
  phrase('\\b(?:komm|komme) (?:\\w+ ){0,4}(?:nicht|nich|net) klar\\b', 'nottried'),
  // Thirteenth round: "neben unserem Büro" is near the office, not in it; "das private iPad" is a personal device.
  phrase('\\b(?:gleich |direkt )?(?:neben|gegenuber|gegenueber|nahe) (?:unserem|unserm|unser|dem|meinem) (?:buro|buero|office|firma)\\b', 'nearby'),
  phrase('\\bprivate[nmrs]? (?=(?:ipad|iphone|handy|laptop|rechner|pc|gerat|geraet|telefon|smartphone|notebook|mac|macbook|computer|tablet)\\b)', 'personal '),
  phrase('\\b(?:gaste|gaeste|gast)(?: ?-?)(?:wlan|netz|netzwerk)\\w*\\b', 'guest wifi'),
  phrase('\\b(?:im|in einem|in der) (?:zug|bahn|hotel|cafe|flugzeug)\\b|\\bhotel ?-?wlan\\b', 'altnet'),
  phrase('\\bbei (?:einem|dem|unserem|einem unserer) kunden\\b|\\bbeim kunden\\b', 'altnet elsewhere'),
  phrase('\\bvpn (?:darf|kann|soll) ich (?:da |hier |dort |dort aber |aber )?(?:nicht|nich|net|ned) (?:anmachen|einschalten|nutzen|benutzen|verwenden|aktivieren|starten)\\b', 'not vpn'),
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
  // Sixteenth round: a human said of the person checked ("dass Sie ein Mensch sind", "kein Roboter", "Mensch-Check"),
  // not any human ("gib mir einen Menschen vom Support", "Mensch, das nervt").
  phrase('\\bbestatigen sie,? dass sie (?:ein )?mensch sind\\b|\\b(?:ein|kein) (?:mensch|roboter) (?:bin|bist|sind|ist|zu sein)\\b|\\b(?:bin|bist|sind) (?:ein|kein) (?:mensch|roboter)\\b|\\b(?:mensch|roboter)(?: ?-?)(?:check|test|prufung|pruefung|abfrage|verifizierung|kastchen|kaestchen|captcha)\\b', 'verify you are human'),
  phrase('\\bschleife\\b', 'loop'),
  phrase('\\bungewohnliche[rnms]? aktivitat\\b|\\bungewoehnliche[rnms]? aktivitaet\\b', 'unusual activity'),
  phrase('\\b(?:was|etwas|irgendwas) anderes\\b|\\bein anderer fehler\\b', 'something else'),
  phrase('\\b(?:weisse|weiße|leere) seite\\b', 'blank page'),
  phrase('\\bzu viele anfragen\\b', 'too many requests'),
  phrase('\\bkontingent\\w*', 'quota'),
  phrase('\\bwir (?:nutzen|benutzen|verwenden)(?: die| keine)? api(?: nicht)?\\b|\\b(?:nutzen|benutzen|verwenden) wir(?: die api)? (?:nicht|nich|gar nicht)\\b', 'nouse'),

  // How often.
  phrase('\\bab und zu\\b|\\bhin und wieder\\b', 'now and then'),
  phrase('\\bmanchmal\\b|\\bgelegentlich\\b|\\bselten\\b', 'sometimes'),
  phrase('\\b(?:meistens|meist|oft|oefter|ofter)\\b', 'mostly'),
  phrase('\\b(?:staendig|standig|dauernd|dauerhaft|permanent|durchgehend)\\b', 'constantly'),
  phrase('\\bbleibt bei\\b', 'still'),
  phrase('\\b(?:immer noch|noch immer)\\b', 'still'),
  phrase('\\bimmer\\b', 'always'),
  phrase('\\bjede[rsnm]?\\b', 'every'),
  phrase('\\bein paar\\b|\\beinige[nm]?\\b', 'a few'),
  phrase('\\bversuch(?:e|en)?\\b', 'attempts'),

  // Small words: see DE_WORDS.
  phrase('\\bnoch nicht\\b', 'not yet'),
  phrase('\\bein(?:e|en|em|er|es)?\\b', 'a'),
];

/** Single words, read last in one pass (reply-foreign.ts): "ich" → "i", "und" → "and". */
export const DE_WORDS: Readonly<Record<string, string>> = {
  // "klappen manche Calls": some (round 26).
  manche: 'some',
  manchen: 'some',
  mancher: 'some',
  // "die Calls sind alle tot": dead (round 25).
  tot: 'dead',
  // "deren Calls laufen": their (round 25).
  deren: 'their',
  // "entweder VPN oder direkt": either (round 25).
  entweder: 'either',
  direkt: 'direct',
  // "nur Handydaten": mobile data (round 25).
  handydaten: 'mobiledata',
  mobilfunkdaten: 'mobiledata',
  // "mit meinem eigenen Key": own (round 25).
  eigenen: 'own',
  eigenem: 'own',
  eigener: 'own',
  eigene: 'own',
  // "gestern ging es noch": yesterday (round 25).
  gestern: 'yesterday',
  // "der Hotspot hat (nicht) geholfen": helped.
  geholfen: 'helped',
  grun: 'green',
  gruen: 'green',
  // "könnt ihr das Limit erhöhen": a request (the English rules know "can you raise").
  erhohen: 'raise',
  erhoehen: 'raise',
  anheben: 'raise',
  kei: 'no',
  isch: 'is',
  funzt: 'works',
  funzts: 'works',
  vllt: 'maybe',
  vlt: 'maybe',
  neustart: 'restart',
  nciht: 'not',
  nihct: 'not',
  mittlerweile: 'now',
  inzwischen: 'now',
  anfangs: 'previously',
  zuerst: 'previously',
  endpunkt: 'endpoint',
  endpunkte: 'endpoints',
  nix: 'nothing',
  dihei: 'at home',
  dehei: 'at home',
  rennt: 'works',
  rennts: 'works',
  failt: 'fails',
  gefailt: 'failed',
  backoff: 'retry',
  geklappt: 'worked',
  modus: 'mode',
  teilweise: 'kinda',
  ob: 'if',
  ned: 'not',
  nid: 'not',
  nod: 'not',
  noed: 'not',
  nit: 'not',
  daham: 'at home',
  dahoam: 'at home',
  heut: 'today',
  nimmer: 'not anymore',
  nimma: 'not anymore',
  ubern: 'via the',
  uebern: 'via the',
  aufm: 'on the',
  sondern: 'but',
  hier: 'here',
  natel: 'phone',
  firma: 'company',
  sporadisch: 'sometimes',
  gelegentlich: 'sometimes',
  irgendwann: 'eventually',
  normale: 'normal',
  normalen: 'normal',
  leute: 'people',
  personen: 'people',
  nutzer: 'users',
  benutzer: 'users',
  kollegen: 'colleagues',
  fur: 'for',
  fuer: 'for',
  nie: 'never',
  ja: 'yes',
  jo: 'yes',
  jap: 'yes',
  jep: 'yes',
  jawohl: 'yes',
  genau: 'yes',
  klar: 'yes',
  stimmt: 'yes',
  nein: 'no',
  nee: 'no',
  ne: 'no',
  noe: 'no',
  jein: 'hedge',
  vielleicht: 'maybe',
  eventuell: 'maybe',
  evtl: 'maybe',
  wahrscheinlich: 'maybe',
  nicht: 'not',
  nich: 'not',
  kein: 'no',
  keine: 'no',
  keinen: 'no',
  keinem: 'no',
  keiner: 'no',
  nichts: 'nothing',
  auch: 'too',
  ebenfalls: 'too',
  noch: 'still',
  wieder: 'again',
  ich: 'i',
  ick: 'i',
  wir: 'we',
  mir: 'me',
  mich: 'me',
  du: 'you',
  es: 'it',
  das: 'it',
  ist: 'is',
  sind: 'are',
  hab: 'have',
  habe: 'have',
  haben: 'have',
  und: 'and',
  aber: 'but',
  oder: 'or',
  nur: 'only',
  der: 'the',
  die: 'the',
  dem: 'the',
  den: 'the',
  des: 'the',
  im: 'in',
  ins: 'in',
  am: 'on',
  auf: 'on',
  mit: 'with',
  ohne: 'without',
  uber: 'via',
  ueber: 'via',
  ubers: 'via',
  uebers: 'via',
  per: 'via',
  vom: 'from',
  von: 'from',
  aus: 'from',
  bei: 'at',
  zu: 'to',
  dort: 'there',
  da: 'there',
  jetzt: 'now',
  nach: 'after',
  also: 'so',
  beides: 'both',
  was: 'what',
  wie: 'how',
  wo: 'where',
};
