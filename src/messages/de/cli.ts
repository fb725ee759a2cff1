import type { Message } from '../message.ts';
import type { cli as source } from '../en/cli.ts';

/** Deutsche Texte des Bereichs cli. */
export const cli: Record<keyof typeof source, Message> = {
  'cli.locale.unsupported': 'nicht unterstützte Sprache „{locale}“; unterstützt: {supported}',

  'cli.triage.summary': 'ein ChatGPT-„HTTP ERROR 500“ im Terminal eingrenzen, oder als JSON für Skripte',
  'cli.triage.help': `Aufruf:
  chatgpt-500 triage [--locale <tag>]     interaktive Triage im Terminal
  chatgpt-500 triage --facts '<json>' [--reply '<text>'] [--json] [--locale <tag>]

Interaktiv: Antworte mit ↑/↓ und Enter, einer Nummer oder in eigenen Worten
(„geht im Inkognito-Fenster“, „über meinen Hotspot lädt es“, „429“). Strg+C bricht ab.
Zuerst wird der Live-Status von OpenAI gelesen (mit --offline überspringen).

Nicht interaktiv (für Skripte; ohne Netzwerk):
  --facts '<json>'   die bisher bekannten Fakten, z. B. '{"surface":"web","symptom":"http_500"}'.
                     "status" und "crowd" werden von hier übernommen (fehlen sie: unknown / none).
  --reply '<text>'   die freie Antwort einer Person auf die nächste Frage.
  --json             ein JSON-Objekt ausgeben: {"next": {...}} oder {"verdict": {...}};
                     mit --reply zusätzlich "facts" (nach der Antwort) und "understood".
  --locale <tag>     die Sprache von Fragen und Ergebnissen: {locales} (z. B. de oder de-DE;
                     Standard LC_ALL, LC_MESSAGES oder LANG, sonst DEFAULT_LOCALE, derzeit {default}). Fakt-IDs, Werte und Zweig-IDs ändern sich nie.
  --offline          interaktiver Modus ohne Lesen des Live-Status.
  -h, --help         diese Hilfe.

Exit-Codes: 0 ok; 2 falsche Argumente, fehlerhaftes JSON, unbekannter Fakt oder Wert, nicht unterstützte Sprache.
`,
  'cli.triage.bad_json': '--facts ist kein gültiges JSON ({error})',
  'cli.triage.not_understood': 'Diese Antwort konnte ich nicht sicher zuordnen; die Frage bleibt offen.',

  'cli.decision.next_question': 'Nächste Frage ({fact}): {text}',
  'cli.decision.how_to_test': 'So testest du das: {help}',
  'cli.decision.verdict': 'Ergebnis: {headline}  [{branch}]',
  'cli.decision.note': 'Hinweis: {note}',
  'cli.decision.steps': 'Schritte:',
  'cli.decision.stop_when': 'Fertig, wenn: {text}',
  'cli.decision.evidence': 'Belege für den Support:',
  'cli.decision.retry': 'Wiederholen mit Backoff und Jitter:',
  'cli.decision.support_report': 'Der Support-Bericht ({kind}) sollte enthalten:',
  'cli.decision.it_note': '--- Nachricht an die IT (kopieren und senden) ---',
  'cli.decision.it_note_language': '--- Nachricht an die IT, auf {language} (kopieren und senden) ---',
  'cli.decision.it_note_end': '--- Ende der Nachricht ---',
  'cli.decision.notify': 'Der Helpdesk kann dich benachrichtigen, sobald das behoben ist.',

  'cli.interactive.welcome': 'chatgpt-500 – finden wir heraus, woher dein „HTTP ERROR 500“ kommt.',
  'cli.interactive.checking_status': 'Live-Status von OpenAI wird geprüft …',
  'cli.interactive.unclear': 'Sorry, das habe ich nicht verstanden. Wähl eine Option oder sag es anders (auf Deutsch, English, Español oder Français).',
  'cli.interactive.cancelled': 'Abgebrochen.',
  'cli.interactive.input_ended': 'Die Eingabe endete, bevor die Triage fertig war.',
  'cli.interactive.prompt': 'Gib eine Nummer ein oder antworte in eigenen Worten: ',
  'cli.interactive.keys_hint': '↑/↓ und Enter, eine Nummer, oder tipp deine Antwort',

  'cli.incidents.none': 'Keine offenen Störungen.',
  'cli.incidents.none_recent': 'Keine offenen oder kürzlichen Störungen.',
  'cli.incidents.state.open': 'offen',
  'cli.incidents.state.acknowledged': 'übernommen',
  'cli.incidents.state.resolved': 'behoben',
  'cli.incidents.state.merged': 'zusammengeführt',
  'cli.incidents.acknowledged_by': 'übernommen von {name}',
  'cli.incidents.opened': 'eröffnet {at}',
  'cli.incidents.reports': { one: '{count} Meldung', other: '{count} Meldungen' },
  'cli.incidents.last_report': 'letzte Meldung {at}',
  'cli.incidents.resolved': 'behoben {at} ({reason})',
  'cli.incidents.networks': 'Netzwerke: {list}',
  'cli.incidents.sites': 'Standorte: {list}',
  'cli.incidents.not_asked': 'nicht gefragt',
  'cli.incidents.no_site': 'kein Standort',

  'cli.status.headline.chatgpt_incident': 'ChatGPT: aktuelle Störung – {impact}.',
  'cli.status.headline.other_product_incident': 'ChatGPT: in Betrieb – OpenAI meldet eine Störung oder Wartung bei einem anderen Produkt (nicht ChatGPT).',
  'cli.status.headline.operational': 'ChatGPT: in Betrieb – keine offene Störung auf der Statusseite.',
  'cli.status.headline.unknown': 'ChatGPT: Status unbekannt – {reason}.',
  'cli.status.unknown_reason': 'der Status konnte nicht gelesen werden',
  'cli.status.stale': 'Achtung: Das letzte Lesen ist fehlgeschlagen ({error}); dieser Stand ist {seconds} s alt.',
  'cli.status.unknown_error': 'unbekannter Fehler',
  'cli.status.components': 'ChatGPT-Komponenten:',
  'cli.status.open_incidents': 'Offene Störungen:',
  'cli.status.maintenance': 'Laufende Wartung:',
  'cli.status.product_chatgpt': 'ChatGPT',
  'cli.status.product_other': 'andere OpenAI-Produkte',
  'cli.status.affects': 'Betrifft: {components}',
  'cli.status.started': 'Begonnen: {at}',
  'cli.status.last_update': 'Letztes Update: {text}',
  'cli.status.last_update_at': 'Letztes Update ({at}): {text}',
  'cli.status.not_read': 'Nicht gelesen von {source}.',
  'cli.status.read': 'Gelesen von {source} vor {seconds} s ({at}).',
  'cli.status.word.operational': 'in Betrieb',
  'cli.status.word.degraded_performance': 'eingeschränkte Leistung',
  'cli.status.word.partial_outage': 'teilweiser Ausfall',
  'cli.status.word.full_outage': 'vollständiger Ausfall',
  'cli.status.word.under_maintenance': 'in Wartung',
  'cli.status.word.unknown': 'unbekannt (Status nicht erkannt)',
  // Befehlsliste, --help und Aufruf jedes Befehls, Fehlerzeilen.
  'cli.main.help': `chatgpt-500 — Meldungen zu ChatGPT-„HTTP ERROR 500“ eingrenzen

Aufruf: chatgpt-500 <befehl> [optionen]

Befehle:
{commands}

„chatgpt-500 <befehl> --help“ zeigt die Optionen eines Befehls.
Sprache der Texte: --locale <tag>, sonst LC_ALL, LC_MESSAGES oder LANG, sonst DEFAULT_LOCALE ({locales}).
`,
  'cli.main.summary.start': 'den Bot starten (Webseite auf PORT; Slack, wenn eingerichtet)',
  'cli.main.summary.status': 'den Live-Status von OpenAI ausgeben, für ChatGPT eingeordnet',
  'cli.main.summary.incidents': 'offene Störungen aus dem eingerichteten Speicher auflisten',
  'cli.main.summary.outbox': 'den Postausgang zeigen: Nachrichten unterwegs und solche, die nicht zugestellt werden konnten',
  'cli.main.summary.har': 'eine HAR-Datei auswerten: was wo fehlschlug, auf Wunsch mit geschwärzter Kopie',
  'cli.main.summary.report': 'einen Bericht für den OpenAI-Support ausgeben, vorausgefüllt mit den Fakten einer Triage',
  'cli.main.summary.teams_package': 'das App-Paket (zip) zum Hochladen in Microsoft Teams schreiben',
  'cli.main.unknown_command': 'unbekannter Befehl „{name}“. Befehle: {commands}.',
  'cli.main.config_error': 'Konfigurationsfehler: {message}',
  'cli.main.unexpected_error': 'unerwarteter Fehler: {message}',
  'cli.args.unknown_option': 'Unbekannte Option „{option}“',
  'cli.args.missing_value': 'Option „{option}“ braucht einen Wert',
  'cli.args.no_value': 'Option „{option}“ nimmt keinen Wert',
  'cli.args.unexpected_argument': 'Unerwartetes Argument „{argument}“: dieser Befehl nimmt keines',
  'cli.store.unavailable': '{where} ist nicht erreichbar: {reason}',
  'cli.store.failed': 'der Speicher hat einen Fehler gemeldet: {reason}',

  'cli.status.help': `Aufruf: chatgpt-500 status [--json] [--locale <tag>]

Liest die Live-Statusseite von OpenAI einmal (STATUS_URL, STATUS_PROVIDER) und sagt, ob ChatGPT
gerade eine Störung hat: die ChatGPT-Komponenten, offene Störungen mit Links und das Alter der Ablesung.

Optionen:
  --json      die Ablesung als JSON ausgeben: "status" (chatgpt_incident, other_product_incident,
              operational oder unknown), die betroffenen ChatGPT-Komponenten und das normalisierte Modell
  --locale    die Sprache des Textes: {locales} (ein Tag wie de-DE geht auch;
              Standard LC_ALL, LC_MESSAGES oder LANG, sonst DEFAULT_LOCALE)
  -h, --help  diese Hilfe zeigen

Schlägt das Lesen fehl, wird der Status "unknown" mit dem Grund ausgegeben, und der Exit-Code bleibt 0.
`,
  'cli.status.usage': 'status: {problem} (siehe „chatgpt-500 status --help“)',

  'cli.incidents.help': `Aufruf: chatgpt-500 incidents [--recent] [--json] [--url <adresse des laufenden bots>] [--locale <tag>]

Listet die offenen Störungen aus dem eingerichteten Speicher (REDIS_URL, REDIS_SENTINELS oder
REDIS_CLUSTER_NODES; REDIS_KEY_PREFIX). Ohne Redis hält ein laufender Bot seine Störungen im eigenen
Speicher, den dieser Befehl nicht sieht: Er sagt dann, wie man den Bot fragt, und endet mit Exit-Code 1.

Optionen:
  --url      einen laufenden Bot statt des Speichers fragen (GET <url>/api/incidents, mit
             HELPDESK_TOKEN aus der Umgebung, wenn gesetzt), z. B. --url http://localhost:3000
  --recent   auch Störungen auflisten, die in den letzten 24 Stunden behoben wurden
  --json     {"incidents": [...]} (vollständige Datensätze) statt Text ausgeben
  --locale   die Sprache des Textes: {locales} (Standard LC_ALL, LC_MESSAGES oder LANG,
             sonst DESK_LOCALE)
  -h, --help diese Hilfe zeigen
`,
  'cli.incidents.bad_url': '--url muss die http(s)-Adresse des Bots sein, z. B. http://localhost:3000 (angegeben: „{url}“)',

  'cli.outbox.help': `Aufruf: chatgpt-500 outbox [--dead [--limit N]] [--retry-dead] [--json] [--locale <tag>]

Der Postausgang der laufenden Bots (jede Nachricht, die sie Personen und Kanälen schulden), gelesen
aus dem eingerichteten Speicher (REDIS_URL, REDIS_SENTINELS oder REDIS_CLUSTER_NODES; REDIS_KEY_PREFIX).

Ohne Option: wie viele Nachrichten auf den Versand warten, gerade gesendet werden, auf einen neuen
Versuch warten und nicht zugestellt werden konnten (mit den Gründen).

Optionen:
  --dead         die Nachrichten auflisten, die nicht zugestellt werden konnten, neueste zuerst
  --limit N      wie viele davon (Standard 50)
  --retry-dead   jede nicht zugestellte Nachricht erneut senden (ihre Versuche beginnen von vorn);
                 ein laufender Bot übernimmt sie sofort
  --json         JSON statt Text ausgeben
  --locale <tag> die Sprache des Textes: {locales} (Standard LC_ALL, LC_MESSAGES oder LANG,
                 sonst DESK_LOCALE)
  -h, --help     diese Hilfe zeigen
`,
  'cli.outbox.counts': 'Postausgang: {ready} wartend, {inFlight} in Zustellung, {delayed} warten auf einen neuen Versuch{next}, {dead} nicht zustellbar.',
  'cli.outbox.next_in': ' (nächster in {seconds} s)',
  'cli.outbox.see_dead': 'Anzeigen mit `chatgpt-500 outbox --dead`; erneut senden mit `chatgpt-500 outbox --retry-dead`.',
  'cli.outbox.damaged': 'defekt',
  'cli.outbox.attempts': { one: '{count} Versuch', other: '{count} Versuche' },
  'cli.outbox.incident': 'Störung {id}',
  'cli.outbox.retried': {
    one: '{count} Nachricht zurück in den Postausgang gelegt; ein laufender Bot stellt sie jetzt zu.',
    other: '{count} Nachrichten zurück in den Postausgang gelegt; ein laufender Bot stellt sie jetzt zu.',
  },
  'cli.outbox.no_dead': 'Jede Nachricht wurde zugestellt: keine unzustellbaren Nachrichten.',
  'cli.outbox.bad_limit': '--limit muss eine ganze Zahl von 1 bis 10000 sein',
  'cli.outbox.no_redis':
    'kein Redis eingerichtet (REDIS_URL, REDIS_SENTINELS oder REDIS_CLUSTER_NODES); der Postausgang im Arbeitsspeicher lebt im laufenden Bot-Prozess und kann von hier nicht gelesen werden.',

  'cli.har.file_missing': 'DATEI fehlt',
  'cli.har.one_file': 'genau eine DATEI angeben',
  'cli.report.facts_required': '--facts ist erforderlich',
  'cli.start.help': `Aufruf: chatgpt-500 start

Startet den Bot: die Triage-Seite, das Helpdesk-Board und die JSON-API auf PORT (Standard 3000),
Slack, wenn es eingerichtet ist, sowie /healthz, /readyz und /metrics. Die Einstellungen kommen aus
Umgebungsvariablen (siehe .env.example). Ohne Einstellungen liefert er die Webseite mit dem
Speicher im Arbeitsspeicher aus. Im Terminal (oder mit LOG_FORMAT=pretty) schreibt er ein
Start-Banner und lesbare Logzeilen auf stderr, sonst (LOG_FORMAT=json) nur JSON-Logzeilen.
SIGTERM oder Strg+C beendet ihn geordnet.
Exit-Codes: 0 beendet; 78 fehlerhafte Konfiguration; 69 das eingerichtete Redis ist nicht
erreichbar; 1 anderes.

Optionen:
  --locale <tag>  die Sprache dieser Hilfe: {locales}
  -h, --help      diese Hilfe zeigen
`,
  'cli.teams_package.help': `Aufruf: chatgpt-500 teams-package --app-id <guid> --domain <host> [--out <datei.zip>] [optionen]

Schreibt das Teams-App-Paket: ein Zip mit manifest.json (deploy/teams/manifest.json mit ausgefüllten
Platzhaltern), color.png und outline.png. In Teams hochladen (Apps → Apps verwalten → App hochladen)
oder im Teams Admin Center. Siehe „Install in Teams“ in README.md.

Optionen:
  --app-id <guid>          die Microsoft-App-ID des Azure Bots (= TEAMS_APP_ID); zugleich die ID der App
  --domain <host>          der Hostname der öffentlichen Adresse des Bots, ohne https:// und ohne Pfad,
                           z. B. chatgpt-500.example.com (Teams schickt Nachrichten an
                           https://<host>/api/messages)
  --out <datei.zip>        wohin das Paket geschrieben wird (Standard {out})
  --app-version <x.y.z>    die Version der App (Standard {version}); für jedes neue Paket einer
                           bereits hochgeladenen App erhöhen
  --developer-name <name>  wird als Herausgeber der App angezeigt (Standard „{developer}“; höchstens 32 Zeichen)
  --website-url <url>      die Seite des Herausgebers (https; Standard https://<host>/)
  --privacy-url <url>      die Datenschutzerklärung (https; Standard die Website-URL)
  --terms-url <url>        die Nutzungsbedingungen (https; Standard die Website-URL)
  --locale <tag>           die Sprache dieser Hilfe: {locales}
  -h, --help               diese Hilfe zeigen
`,
  'cli.store.not_configured': 'kein Redis eingerichtet: REDIS_URL, REDIS_SENTINELS oder REDIS_CLUSTER_NODES setzen',
  'cli.facts.unknown_fact': 'unbekannter Fakt „{fact}“ (bekannte Fakten: {expected})',
  'cli.facts.unknown_value': 'unbekannter Wert „{value}“ für den Fakt „{fact}“ (erwartet wird einer von: {expected})',
  'cli.facts.does_not_fit': '{fact} „{value}“ passt nicht zu {other} „{otherValue}“ (erwartet wird einer von: {expected})',
  'cli.facts.not_string': 'der Fakt „{fact}“ muss ein String sein (einer von: {expected})',
  'cli.facts.not_object': 'die Fakten müssen ein JSON-Objekt sein, z. B. {example}',
  'cli.teams_package.see_help': '{problem} (siehe „chatgpt-500 teams-package --help“)',
  'cli.teams_package.bad_app_id': '--app-id muss die Microsoft-App-ID des Azure Bots sein, eine GUID wie 00000000-0000-0000-0000-000000000000 (angegeben: „{value}“)',
  'cli.teams_package.domain_example': 'z. B. --domain chatgpt-500.example.com',
  'cli.teams_package.domain_scheme': '--domain nimmt nur den Hostnamen, ohne „{scheme}“ ({example})',
  'cli.teams_package.domain_path': '--domain nimmt nur den Hostnamen, ohne Pfad ({example})',
  'cli.teams_package.domain_port': '--domain nimmt nur den Hostnamen, ohne Port: Teams erreicht den Bot über https auf Port 443 ({example})',
  'cli.teams_package.domain_wildcard': '--domain ist der eigene Hostname des Bots, kein Platzhalter ({example})',
  'cli.teams_package.domain_unreachable': '--domain „{value}“ ist kein Hostname, den Teams erreichen kann ({example}; internationalisierte Namen in ihrer xn---Form)',
  'cli.teams_package.not_https': '{flag} muss eine https://-Adresse sein (angegeben: „{value}“)',
  'cli.teams_package.too_long': '{flag} muss eine https://-Adresse mit höchstens 2048 Zeichen sein (angegeben: „{value}“)',
  'cli.teams_package.app_id_required': '--app-id ist erforderlich: die Microsoft-App-ID des Azure Bots',
  'cli.teams_package.domain_required': '--domain ist erforderlich: der Hostname der öffentlichen Adresse des Bots',
  'cli.teams_package.bad_out': '--out muss eine .zip-Datei nennen (angegeben: „{value}“)',
  'cli.teams_package.bad_version': '--app-version muss MAJOR.MINOR.PATCH sein, z. B. 1.0.1 (angegeben: „{value}“)',
  'cli.teams_package.bad_developer': '--developer-name muss 1 bis 32 Zeichen haben',
  'cli.teams_package.cannot_read': 'die Dateien des Pakets in {dir} sind nicht lesbar ({reason}); aus einem Checkout des Repositorys ausführen',
  'cli.teams_package.cannot_write': '{path} kann nicht geschrieben werden ({reason})',
  'cli.teams_package.wrote': '{path} geschrieben (Bot {appId}, {endpoint}): in Teams hochladen, siehe „Install in Teams“ in README.md',
  'cli.start.cannot_start': 'Start nicht möglich: {reason}',
  'cli.start.cannot_listen': 'kann nicht auf {address} lauschen: {reason}',
  'cli.start.address_in_use': 'die Adresse ist belegt (PORT auf einen anderen Port setzen)',
};
