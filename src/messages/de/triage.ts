import type { Message } from '../message.ts';
import type { triage as source } from '../en/triage.ts';

/** Deutsche Texte des Bereichs triage (informelles „du“, wie im Chat üblich). */
export const triage: Record<keyof typeof source, Message> = {
  'triage.list.and': '{items} und {last}',
  'triage.list.named': ': {list}',

  'triage.question.surface': 'Wo schlägt ChatGPT bei dir fehl?',
  'triage.choice.surface.web': 'Im Webbrowser (chatgpt.com)',
  'triage.choice.surface.desktop': 'In der Desktop-App (Mac oder Windows)',
  'triage.choice.surface.mobile': 'In der Handy-App (iOS oder Android)',
  'triage.choice.surface.api': 'In Code, der die OpenAI-API aufruft',

  'triage.question.symptom': 'Was genau siehst du?',
  'triage.question.symptom_api': 'Welchen Statuscode liefert die API?',
  'triage.symptom.http_500': '„HTTP ERROR 500“ oder „Internal Server Error“',
  'triage.symptom.http_403': '„403“ oder „Access denied“',
  'triage.symptom.ssl_or_network_config': '„Network configuration issue“ oder ein SSL-Zertifikatsfehler',
  'triage.symptom.unusual_activity': '„Unusual activity detected“',
  'triage.symptom.cloudflare_challenge': 'Eine Cloudflare-Prüfung („Verify you are human“), die nie durchgeht',
  'triage.symptom.other': 'Etwas anderes',
  'triage.symptom.api_500': '500 Internal Server Error',
  'triage.symptom.api_503': '503 Service Unavailable / überlastet',
  'triage.symptom.api_429': '429 Too Many Requests / Kontingent überschritten',
  'triage.symptom.api_other': 'Ein anderer Fehlercode',

  'triage.question.clean_browser': 'Funktioniert ChatGPT in einem privaten Fenster (Inkognito)?',
  'triage.choice.clean_browser.works': 'Ja, dort funktioniert es',
  'triage.choice.clean_browser.fails': 'Nein, dort schlägt es auch fehl',
  'triage.choice.clean_browser.not_tried': 'Hab ich noch nicht ausprobiert',
  'triage.help.clean_browser':
    'Öffne ein privates Fenster und melde dich dort bei chatgpt.com an. Chrome: Strg+Umschalt+N (Mac: ⌘+Shift+N). ' +
    'Edge: Strg+Umschalt+N für ein InPrivate-Fenster (Mac: ⌘+Shift+N). Firefox: Strg+Umschalt+P (Mac: ⌘+Shift+P). ' +
    'Safari: ⌘+Shift+N. Ein privates Fenster läuft ohne deine Cookies und die meisten Erweiterungen – so trennt es den Zustand deines Browsers von allem anderen.',

  'triage.question.web_works': 'Funktioniert ChatGPT in einem Webbrowser im selben Netzwerk?',
  'triage.choice.web_works.works': 'Ja, im Web geht es',
  'triage.choice.web_works.fails': 'Nein, im Web schlägt es auch fehl',
  'triage.help.web_works':
    'Öffne auf demselben Gerät und im selben Netzwerk https://chatgpt.com in einem Browser (am besten in einem privaten Fenster), melde dich an und ' +
    'probier dasselbe. Wenn es im Web geht, sind Dienst und Netzwerk in Ordnung und das Problem liegt in der App.',

  'triage.question.network': 'In welchem Netzwerk bist du, wenn es fehlschlägt?',
  'triage.choice.network.office': 'Büro-/Firmen-WLAN',
  'triage.choice.network.vpn': 'Über ein VPN verbunden',
  'triage.choice.network.home': 'Heimnetzwerk',
  'triage.choice.network.mobile_data': 'Mobile Daten',

  'triage.question.other_network': 'Funktioniert ChatGPT in einem anderen Netzwerk, zum Beispiel über einen Handy-Hotspot?',
  'triage.choice.other_network.works': 'Ja, dort funktioniert es',
  'triage.choice.other_network.fails': 'Nein, dort schlägt es auch fehl',
  'triage.choice.other_network.not_tried': 'Hab ich noch nicht ausprobiert',
  'triage.help.other_network':
    'Schalte den persönlichen Hotspot deines Handys ein, verbinde den Laptop damit und schalte das VPN aus, dann lade chatgpt.com neu ' +
    '(am Handy: WLAN aus und mobile Daten nutzen). So nimmst du Firmennetz, Filter und VPN in einem Schritt aus dem Weg.',

  'triage.question.api_health': 'Funktionieren API-Aufrufe aus deiner Organisation gerade noch?',
  'triage.choice.api_health.works': 'Ja, API-Aufrufe funktionieren',
  'triage.choice.api_health.fails': 'Nein, die schlagen auch fehl',
  'triage.choice.api_health.unknown': 'Weiß ich nicht',
  'triage.help.api_health':
    'Führe `curl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"` mit einem Schlüssel deiner Organisation aus: ' +
    'Eine Liste von Modellen heißt, die API funktioniert. Kein Schlüssel zur Hand? Frag, wer eure API-Integrationen betreut, ob deren Aufrufe gerade klappen.',

  'triage.question.retries': 'Klappen Wiederholungen der fehlschlagenden Anfrage irgendwann?',
  'triage.choice.retries.intermittent': 'Ja, manche Wiederholungen klappen',
  'triage.choice.retries.persists': 'Nein, es schlägt immer wieder fehl',

  'triage.where.your.office': 'in deinem Büronetzwerk',
  'triage.where.your.vpn': 'in deinem Firmen-VPN',
  'triage.where.your.home': 'in deinem Heimnetzwerk',
  'triage.where.your.unknown': 'in deinem Netzwerk',
  'triage.where.our.office': 'in unserem Büronetzwerk',
  'triage.where.our.vpn': 'in unserem Firmen-VPN',
  'triage.where.our.home': 'in unserem Heimnetzwerk',
  'triage.where.our.unknown': 'in unserem Netzwerk',
  'triage.where.the.office': 'im Büronetzwerk',
  'triage.where.the.vpn': 'im Firmen-VPN',
  'triage.where.the.home': 'im Heimnetzwerk',
  'triage.where.the.unknown': 'im Netzwerk',
  'triage.where.mobile_data': 'über mobile Daten',

  'triage.outage.headline': 'Ein aktueller ChatGPT-Ausfall: abwarten',
  'triage.outage.summary_incident_named': 'OpenAI meldet eine aktuelle ChatGPT-Störung: {incidents}.',
  'triage.outage.summary_incident': 'Die Statusseite von OpenAI meldet eine aktuelle ChatGPT-Störung.',
  'triage.outage.summary_crowd':
    'Gerade melden viele Leute aus mehreren Netzwerken denselben Fehler: das Zeichen für einen aktuellen ChatGPT-Ausfall, noch bevor die Statusseite ihn zeigt.',
  'triage.outage.first_reporter': 'Du bist die erste Person hier, die das gemeldet hat.',
  'triage.outage.one_of': {
    one: 'Du bist eine von {reporters} Personen, die das in der letzten Minute gemeldet haben.',
    other: 'Du bist eine von {reporters} Personen, die das in den letzten {count} Minuten gemeldet haben.',
  },
  'triage.outage.wait_is_fastest': 'Lokales Aufräumen behebt keinen Fehler bei OpenAI selbst – Abwarten ist hier die schnellste Lösung.',
  'triage.outage.step.follow_incident': 'Verfolge die Störung: {incident}.',
  'triage.outage.step.follow_status': 'Verfolge die Statusseite von OpenAI: {url}.',
  'triage.outage.step.affected': { one: 'Gerade betroffen: {components} ist beeinträchtigt.', other: 'Gerade betroffen: {components} sind beeinträchtigt.' },
  'triage.outage.step.wait_app': 'Warte 10 bis 30 Minuten, dann beende die App vollständig und öffne sie neu.',
  'triage.outage.step.wait_web': 'Warte 10 bis 30 Minuten, dann versuch es mit einer frisch geladenen Seite (Tab schließen, chatgpt.com neu öffnen).',
  'triage.outage.step.skip_cleanup':
    'Verzichte vorerst auf gründliches Aufräumen: Alle Websitedaten löschen, neu installieren, das Passwort zurücksetzen oder Kontoeinstellungen ändern behebt keinen Ausfall bei OpenAI.',
  'triage.outage.step.after':
    'Wenn es nach dem Ende der Störung immer noch fehlschlägt, starte eine neue Triage: Dann lohnt es sich, Browser und Netzwerk einzugrenzen.',
  'triage.outage.stop_when': 'ChatGPT läuft nach einem frischen Laden wieder, ohne weiteres Aufräumen.',

  'triage.api_rate_limit.headline': '429: ein Rate-Limit oder Kontingent, keine Serverstörung',
  'triage.api_rate_limit.summary':
    'Ein 429 heißt, deine Anfragen haben ein Rate-Limit erreicht oder das Kontingent ist aufgebraucht. Das ist ein anderes Problem als ein 500 oder 503: ' +
    'Heftigeres Wiederholen oder Warten auf die Statusseite behebt es nicht.',
  'triage.api_rate_limit.step.read':
    'Lies die Fehlermeldung: Sie sagt, ob du ein Rate-Limit (Anfragen oder Tokens pro Minute) erreicht oder dein Kontingent bzw. Guthaben aufgebraucht hast.',
  'triage.api_rate_limit.step.limits': 'Prüfe Limits und Nutzung des Projekts und Modells im OpenAI-Dashboard.',
  'triage.api_rate_limit.step.billing': 'Prüfe die Abrechnung: Budget bzw. Nutzungslimit von Organisation und Projekt und das verbleibende Guthaben.',
  'triage.api_rate_limit.step.back_off':
    'Nimm das Tempo raus: Beachte die Antwort-Header x-ratelimit-remaining-* und x-ratelimit-reset-*, wiederhole 429er mit exponentiellem Backoff und glätte Spitzen mit einer Warteschlange oder weniger Parallelität.',
  'triage.api_rate_limit.step.tier': 'Wenn du dauerhaft mehr Durchsatz brauchst, erhöhe das Budget oder beantrage eine höhere Nutzungsstufe, statt heftiger zu wiederholen.',
  'triage.api_rate_limit.step.not_5xx': 'Nutze nicht das 5xx-Vorgehen (aggressive Wiederholungen, Warten auf den Status): Es verdeckt die eigentliche Ursache.',
  'triage.api_rate_limit.stop_when': 'Anfragen klappen, während du innerhalb deiner Limits bleibst.',

  'triage.api_server.headline': 'API-5xx: mit Backoff wiederholen, protokollieren und den Status beobachten',
  'triage.api_server.code_503': '503 bedeutet Überlastung oder vorübergehende Nichtverfügbarkeit',
  'triage.api_server.code_500': '500 ist ein Verarbeitungsfehler auf dem Server',
  'triage.api_server.summary':
    '{code}: Nach kurzer Wartezeit lohnt sich ein neuer Versuch. Wiederhole nur bei 5xx und sammle genug Belege, um ein lokales Problem von einem bei OpenAI zu unterscheiden.',
  'triage.api_server.retries.intermittent':
    'Manche Wiederholungen klappen, also sollte Backoff mit Jitter die meisten Fehler abfangen; protokolliere den Rest, um die Fehlerquote zu messen.',
  'triage.api_server.retries.persists': 'Es schlägt bei jeder Wiederholung fehl – sammle die Belege unten jetzt: Das könnte bald ein Fall für den Support sein.',
  'triage.api_server.step.retry': 'Wiederhole nur 500 und 503, mit exponentiellem Backoff und Jitter (Code unten); 4xx-Fehler nie auf diese Weise wiederholen.',
  'triage.api_server.step.log':
    'Protokolliere jeden fehlgeschlagenen Aufruf: den Antwort-Header x-request-id, deine X-Client-Request-Id (über Proxys und Gateways hinweg erhalten), Modell, Endpoint, Service-Tier, Projekt, Zeitstempel mit Zeitzone und den Anteil fehlschlagender Aufrufe.',
  'triage.api_server.step.service_health':
    'Wenn du Zugriff auf Service Health hast, filtere auf ein Modell, ein Service-Tier und das betroffene Projekt, bevor du eine Spitze deutest: Die Gesamtansicht verdeckt oder übertreibt lokale Fehler.',
  'triage.api_server.step.local':
    'Zeigt die gefilterte Ansicht keine passende Spitze, prüfe zuerst Timeouts, Proxys oder das Netzwerk auf deiner Seite, bevor du von einem OpenAI-Ausfall ausgehst.',
  'triage.api_server.step.watch_incidents': 'Beobachte {url}: OpenAI meldet gerade {incidents}. Prüfe, ob das die API und dein Modell betrifft.',
  'triage.api_server.step.watch': 'Beobachte {url} (die API-Komponenten), bis die Fehler aufhören.',
  'triage.api_server.step.support': 'Wenn die Fehler anhalten, schick dem Support den API-Bericht unten.',
  'triage.api_server.stop_when': 'Die API läuft wieder stabil, oder du hast genug Belege für den Support.',

  'triage.app_tls.headline': 'Das Netzwerk prüft den verschlüsselten Verkehr der App (SSL/TLS-Inspektion)',
  'triage.app_tls.summary':
    '„Network configuration issue“ oder ein falsches SSL-Zertifikat in der App bedeutet meist, dass ein Firmenfilter ' +
    'die TLS-Verbindung zu OpenAI abfängt. Der Dienst selbst ist in Ordnung.',
  'triage.app_tls.step.update': 'Aktualisiere die App auf die neueste Version.',
  'triage.app_tls.step.web': 'Nutze ChatGPT solange im Web unter https://chatgpt.com.',
  'triage.app_tls.step.ask_it': 'Frag die IT, ob die SSL/TLS-Inspektion (Entschlüsselung) für die öffentlichen OpenAI-Domains abgeschaltet werden sollte: {domains}.',
  'triage.app_tls.step.confirm': 'Zur Bestätigung: Probier die App in einem Netzwerk ohne Inspektion, etwa einem Handy-Hotspot mit ausgeschaltetem VPN.',
  'triage.app_tls.stop_when': 'Das Web funktioniert für dich und die IT hat die Anfrage zur SSL-Inspektion.',

  'triage.app.headline': 'Das Problem ist die App; das Web ist deine Kontrolle',
  'triage.app.summary_unusual':
    'Anhaltende „unusual activity“-Fehler in der iOS-App kommen meist von einem VPN, vom DNS oder von der Geräteprüfung, nicht von einem kaputten Konto.',
  'triage.app.summary':
    'ChatGPT funktioniert im Browser im selben Netzwerk, also sind Dienst, Konto und Netzwerk in Ordnung: Der Fehler liegt in der App.',
  'triage.app.step.web': 'Nutze ChatGPT im Web (https://chatgpt.com), während du die App in Ordnung bringst.',
  'triage.app.step.vpn': 'Schalte jedes VPN aus und versuch es noch einmal.',
  'triage.app.step.dns': 'DNS ändern: Schalte ein eigenes DNS-Profil oder eine filternde DNS-App aus (oder nimm einen anderen DNS-Server) und versuch es noch einmal.',
  'triage.app.step.app_attest':
    'iOS: Öffne https://register.appattest.apple.com/ in Safari. Lädt die Seite nicht, blockiert etwas auf dem Gerät oder im Netzwerk Apples App-Prüfung, die die App braucht.',
  'triage.app.step.update': 'Beende die App vollständig, aktualisiere sie auf die neueste Version und melde dich neu an.',
  'triage.app.step.other_network': 'Teste in einem anderen Netzwerk (mobile Daten oder Hotspot), bevor du neu installierst.',
  'triage.app.step.reinstall': 'Erst dann installiere die App neu.',
  'triage.app.stop_when': 'Die App funktioniert.',

  'triage.cloudflare_challenge.headline': 'Eine Sicherheitsprüfung scheitert: ein Filter, kein Server-500',
  'triage.cloudflare_challenge.summary':
    'Eine Cloudflare-Prüfung, die nie durchgeht, heißt: Ein Sicherheitsfilter sitzt im Weg. Das ist kein ChatGPT-Serverfehler, ' +
    'deshalb hilft Aufräumen an deinem Konto nicht.',
  'triage.cloudflare_challenge.step.reachable':
    'Prüfe, ob https://challenges.cloudflare.com von diesem Gerät aus erreichbar ist: Eine Sperrseite oder ein Timeout dort bedeutet, dass es gefiltert wird.',
  'triage.cloudflare_challenge.step.vpn': 'Schalte VPN oder Proxy aus und versuch es noch einmal.',
  'triage.cloudflare_challenge.step.extensions': 'Versuch es ohne Erweiterungen (Privatsphäre-Filter, Werbe- und Skriptblocker), zum Beispiel in einem privaten Fenster.',
  'triage.cloudflare_challenge.step.browser': 'Halte den Browser aktuell und erlaube JavaScript und Cookies für chatgpt.com.',
  'triage.cloudflare_challenge.step.it': 'Wenn challenges.cloudflare.com bei der Arbeit gesperrt ist, bitte die IT, die Domain freizugeben und nicht abzufangen.',
  'triage.cloudflare_challenge.stop_when': 'Die Prüfung geht durch und ChatGPT lädt.',

  'triage.browser.headline': 'Browserzustand: In einem sauberen Fenster funktioniert es',
  'triage.browser.summary':
    'ChatGPT funktioniert in einem privaten Fenster mit demselben Konto, also sind Dienst und Netzwerk in Ordnung. Die Ursache sind ' +
    'Cookies, gespeicherte Websitedaten oder eine Erweiterung in deinem üblichen Browserprofil.',
  'triage.browser.step.cookies': 'Lösche Cookies und Websitedaten nur für ChatGPT (chatgpt.com und openai.com), nicht für den ganzen Browser.',
  'triage.browser.step.sign_in': 'Melde dich bei ChatGPT ab und wieder an.',
  'triage.browser.step.extensions':
    'Immer noch Fehler? Deaktiviere Erweiterungen einzeln und lade nach jeder neu: zuerst Sicherheitstools, Werbeblocker, Privatsphäre-Filter und Passwortmanager.',
  'triage.browser.step.skip': 'Spar dir Passwort-Resets und Browser-Neuinstallationen: Der Test im privaten Fenster hat schon gezeigt, dass die Ursache lokal gespeichert ist.',
  'triage.browser.stop_when': 'Der Fehler ist in einem sauberen Browserkontext weg – und nach dem Aufräumen auch in deinem üblichen Profil.',

  'triage.network.headline': 'Das Problem liegt auf dem Netzwerkweg: VPN, DNS, Filter oder SSL-Inspektion',
  'triage.network.colleagues': {
    one: '{count} Person aus deinem Team im selben Netzwerk hat das gemeldet',
    other: '{count} Leute aus deinem Team im selben Netzwerk haben das gemeldet',
  },
  'triage.network.summary_works':
    'ChatGPT funktioniert in einem anderen Netzwerk, also sind Dienst und Konto in Ordnung: Etwas {where} (VPN, sicheres DNS, Webfilter oder SSL-Inspektion) blockiert oder verändert den Verkehr.',
  'triage.network.summary_crowd':
    'Mehrere Leute in deinem Netzwerk melden denselben Fehler: Wahrscheinlich ist das verwaltete Netzwerk die Ursache, nicht ChatGPT selbst.',
  'triage.network.summary_crowd_colleagues':
    'Mehrere Leute in deinem Netzwerk melden denselben Fehler ({colleagues}): Wahrscheinlich ist das verwaltete Netzwerk die Ursache, nicht ChatGPT selbst.',
  'triage.network.step.work_elsewhere': 'Arbeite vorerst im Netzwerk, das funktioniert, etwa über deinen Handy-Hotspot.',
  'triage.network.step.check_yourself': 'Prüf es selbst: Probier einen Handy-Hotspot mit ausgeschaltetem VPN. Funktioniert ChatGPT dort, liegt es am Netzwerk.',
  'triage.network.step.vpn_off':
    'Schalte das VPN aus oder wechsle zu einem anderen Ausgangsstandort und versuch es noch einmal: VPN-Ausgänge können gesperrt sein oder DNS eigenwillig behandeln.',
  'triage.network.step.vpn_maybe': 'Wenn du ein VPN nutzt, versuch es ohne, dann mit einem anderen Ausgangsstandort.',
  'triage.network.step.dns':
    'Prüfe sicheres DNS: Schalte das sichere DNS des Browsers (DNS over HTTPS) oder eine filternde DNS-App aus oder wechsle den Anbieter und versuch es noch einmal.',
  'triage.network.step.send_note': 'Schick der IT die Nachricht unten: Sie bittet darum, Webfilter und SSL-Inspektion für die Domains von OpenAI zu prüfen.',
  'triage.network.step.colleagues': '{colleagues}: Die IT sollte das als ein gemeinsames Netzwerkproblem behandeln.',
  'triage.network.step.skip': 'Spar dir Browser-Aufräumen und Konto-Resets: Der Fehler liegt im Netzwerk.',
  'triage.network.stop_when': 'ChatGPT funktioniert in einem ungefilterten Netzwerk (und in diesem, sobald die IT die Filter korrigiert hat).',

  'triage.web_session.headline': 'Ein Problem mit dem Web oder der Sitzung; der API-Weg ist gesund',
  'triage.web_session.summary':
    'ChatGPT im Web schlägt selbst in einem privaten Fenster und in einem anderen Netzwerk fehl, während API-Aufrufe aus deiner Organisation weiter ' +
    'klappen: Der Web- bzw. Anmelde-/Sitzungsweg hat ein Problem, nicht OpenAI insgesamt.',
  'triage.web_session.step.api': 'Lass die API außen vor: Sie ist gesund, also rühr Wiederholungslogik und Produktionsverkehr nicht an.',
  'triage.web_session.step.browser': 'Probier einen anderen Browser, dann ein anderes Gerät, mit demselben Konto.',
  'triage.web_session.step.sign_in': 'Melde dich bei ChatGPT ab und wieder an (über die Firmenanmeldung, falls ihr eine nutzt).',
  'triage.web_session.step.app': 'Probier zur Kontrolle die Desktop- oder Handy-App.',
  'triage.web_session.step.support':
    'Wenn es in jedem Browser und auf jedem Gerät fehlschlägt, sammle eine HAR-Datei und das Konsolenprotokoll und wende dich mit Uhrzeit, Browser und Konversations-URL an den Support. Eine HAR-Datei enthält Cookies und Tokens: Teile sie nie ungeschwärzt.',
  'triage.web_session.stop_when': 'Die API ist gesund und das Problem betrifft eindeutig nur das Web.',

  'triage.escalate.headline': 'Reproduzierbar: Zeit, den OpenAI-Support zu kontaktieren',
  'triage.escalate.survived_app': 'Es schlägt in der App und im Browser fehl, auch in einem anderen Netzwerk',
  'triage.escalate.survived_web': 'Es schlägt in einem privaten Fenster und auch in einem anderen Netzwerk fehl',
  'triage.escalate.summary':
    '{survived}, und keine bekannte aktuelle ChatGPT-Störung erklärt es: ein reproduzierbarer Fehler, mit dem der Support arbeiten kann.',
  'triage.escalate.api_fails': 'API-Aufrufe aus deiner Organisation schlagen auch fehl: Schreib das in den Bericht.',
  'triage.escalate.step.time': 'Notiere, wann es fehlschlägt, mit deiner Zeitzone, und mach Screenshots vom Fehler.',
  'triage.escalate.step.browser': 'Notiere Browser oder App samt Version und das Gerät.',
  'triage.escalate.step.har':
    'Zeichne eine HAR-Datei und das Konsolenprotokoll auf, während du den Fehler im Browser nachstellst (DevTools → Network → Export HAR; Console → Save as).',
  'triage.escalate.step.har_warning':
    'Eine HAR-Datei enthält deine Cookies, Bearer-Tokens und Sitzungs-IDs: Schwärze sie, bevor du sie teilst, und poste sie nie ungeschwärzt in einem Chat, Kanal oder Ticket.',
  'triage.escalate.step.url': 'Kopiere die URL der Konversation, wenn es in einer bestimmten Konversation fehlschlägt.',
  'triage.escalate.step.support': 'Wende dich mit dem Bericht unten an den OpenAI-Support unter https://help.openai.com.',
  'triage.escalate.stop_when': 'Der Support hat einen vollständigen Bericht.',
  'triage.escalate_api.headline': 'Ein API-Fehler für den Support',
  'triage.escalate_api.summary':
    'Ein API-Fehler, der weder 5xx noch 429 ist, hängt von der Anfrage selbst ab. Wenn seine Meldung ihn nicht erklärt, ' +
    'ist er ein Fall für den Support, mit einem vollständigen API-Bericht.',
  'triage.escalate_api.step.payload': 'Lies den Fehler-Payload: Seine Meldung nennt oft die Ursache (Schlüssel oder Berechtigungen, Modellname, ein Parameter).',
  'triage.escalate_api.step.reproduce':
    'Stell den Fehler einmal mit einer minimalen Anfrage nach und behalte die x-request-id der Antwort und deine X-Client-Request-Id.',
  'triage.escalate_api.step.note': 'Notiere Modell, Endpoint, Service-Tier, Projekt, Zeitraum mit Zeitzone und den Anteil fehlschlagender Aufrufe.',
  'triage.escalate_api.step.support': 'Wende dich mit dem API-Bericht unten an den OpenAI-Support unter https://help.openai.com.',

  'triage.note.status_unknown': 'Der Live-Status von OpenAI ließ sich gerade nicht lesen, ein Ausfall ist also nicht ausgeschlossen: Schau selbst auf {url}.',
  'triage.note.other_product_api': 'OpenAI meldet eine Störung außerhalb von ChatGPT{named}. Wenn sie die API betrifft, könnte sie diesen Fehler erklären.',
  'triage.note.other_product':
    'OpenAI meldet eine Störung bei einem anderen Produkt{named}. Das ist Kontext, kein ChatGPT-Ausfall – die Triage bleibt bei deinem eigenen Weg.',
  'triage.note.chatgpt_incident':
    'OpenAI meldet eine ChatGPT-Störung{named}. Die API ist ein eigener Weg: Diese Störung allein erklärt den Fehler nicht.',
  'triage.note.surge': 'Gerade melden viele Leute ChatGPT-Fehler. Das betrifft ChatGPT; die API ist ein eigener Weg.',

  'triage.evidence.other_network_works': 'Funktioniert in einem anderen Netzwerk',
  'triage.evidence.other_network_works_failing': 'Funktioniert in einem anderen Netzwerk; schlägt {where} fehl',
  'triage.evidence.other_network_fails': 'Schlägt auch in einem anderen Netzwerk fehl',
  'triage.evidence.not_tried': 'Noch nicht ausprobiert',
  'triage.evidence.clean_browser_works': 'Funktioniert in einem privaten Fenster',
  'triage.evidence.clean_browser_fails': 'Schlägt auch in einem privaten Fenster fehl',
  'triage.evidence.har_attached': 'Angehängt (geschwärzt)',
  'triage.evidence.conversation_url': 'Konversations-URL: {url}',
  'triage.evidence.request_ids': 'Request-ID: {ids}',
  'triage.evidence.needed_api': 'Benötigt: die x-request-id (oder X-Client-Request-Id) einer fehlgeschlagenen Anfrage',
  'triage.evidence.not_for_api': 'Für einen API-Fehler nicht nötig',
  'triage.evidence.needed_web': 'Benötigt: die Konversations-URL, wenn der Fehler in einer bestimmten Konversation auftritt',

  'triage.report.web.time': 'Zeitpunkt des Fehlers, mit Zeitzone',
  'triage.report.web.browser': 'Browser oder App und deren Version',
  'triage.report.web.device': 'Gerät',
  'triage.report.web.screenshots': 'Screenshots des Fehlers',
  'triage.report.web.isolation': 'Ob ein privates Fenster oder ein anderes Netzwerk das Ergebnis geändert hat',
  'triage.report.web.har': 'HAR- und Konsolenprotokolle, falls aufgezeichnet (geschwärzt: keine Cookies oder Tokens)',
  'triage.report.web.url': 'Konversations-URL, falls vorhanden',
  'triage.report.api.org': 'Betroffene Org-ID',
  'triage.report.api.tier': 'Service-Tier (standard, priority oder scale)',
  'triage.report.api.model': 'Modell',
  'triage.report.api.endpoint': 'Endpoint',
  'triage.report.api.project': 'Projekt, falls relevant',
  'triage.report.api.status': 'Statuscode',
  'triage.report.api.time': 'Zeitraum, mit Zeitzone',
  'triage.report.api.percentage': 'Ungefährer Anteil fehlschlagender Aufrufe',
  'triage.report.api.payload': 'Fehler-Payload',
  'triage.report.api.request_id': 'x-request-id oder X-Client-Request-Id',
  'triage.report.api.summary': 'Eine kurze Beschreibung der Anfrage',

  'triage.it_note.greeting': 'Hallo IT-Team,',
  'triage.it_note.subject.web': 'ChatGPT im Browser (chatgpt.com)',
  'triage.it_note.subject.desktop': 'Die ChatGPT-Desktop-App',
  'triage.it_note.subject.mobile': 'Die ChatGPT-Handy-App',
  'triage.it_note.subject.api': 'Unsere Aufrufe der OpenAI-API',
  'triage.it_note.subject.unknown': 'ChatGPT',
  'triage.it_note.symptom.http_500': '„HTTP ERROR 500“',
  'triage.it_note.symptom.http_403': 'einem 403-Fehler',
  'triage.it_note.symptom.ssl_or_network_config': 'einem „Network configuration issue“ oder SSL-Zertifikatsfehler',
  'triage.it_note.symptom.unusual_activity': 'einem „unusual activity“-Fehler',
  'triage.it_note.symptom.cloudflare_challenge': 'einer Cloudflare-Prüfung, die nie durchgeht',
  'triage.it_note.symptom.other': 'Fehlern',
  'triage.it_note.symptom.api_500': 'HTTP-500-Fehlern',
  'triage.it_note.symptom.api_503': 'HTTP-503-Fehlern',
  'triage.it_note.symptom.api_429': 'HTTP-429-Fehlern',
  'triage.it_note.symptom.api_other': 'Fehlern',
  'triage.it_note.fails': '{what} schlägt {where} fehl.',
  'triage.it_note.fails_with': '{what} schlägt {where} mit {how} fehl.',
  'triage.it_note.other_network_works': 'In einem anderen Netzwerk (einem Handy-Hotspot) funktioniert es, also sind der Dienst von OpenAI und mein Konto in Ordnung.',
  'triage.it_note.colleagues': {
    one: '{count} Kollegin bzw. Kollege im selben Netzwerk hat das ebenfalls gemeldet.',
    other: '{count} Kolleginnen und Kollegen im selben Netzwerk haben das ebenfalls gemeldet.',
  },
  'triage.it_note.ask': 'Könnt ihr prüfen, ob unser Webfilter, Proxy oder die SSL/TLS-Inspektion diese OpenAI-Domains blockiert oder abfängt?',
  'triage.it_note.minimum': 'Mindestumfang: {domains}',
  'triage.it_note.broader': 'Erweiterte Liste: {domains}',
  'triage.it_note.no_rewrite': '- Web- bzw. URL-Filter dürfen für diese Domains keine unerwarteten Inhalte liefern (Sperrseiten, umgeschriebene Antworten).',
  'triage.it_note.cookies': '- Cookies abzufangen oder zu entfernen zählt als Blockieren.',
  'triage.it_note.products': '- Eingestellt wird das meist in Produkten wie {products}.',
  'triage.it_note.fix': '- Die übliche Lösung: diese Domains auf die Allowlist setzen und die SSL-Inspektion für diese öffentlichen Endpunkte abschalten.',
  'triage.it_note.snapshot': '- Die Liste oben ist eine Momentaufnahme: Bitte gleicht sie mit der aktuellen Allowlist von OpenAI im OpenAI Help Center (help.openai.com) ab.',
  'triage.it_note.thanks': 'Vielen Dank!',
};
