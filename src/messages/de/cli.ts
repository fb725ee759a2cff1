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
                     Standard DEFAULT_LOCALE, derzeit {default}). Fakt-IDs, Werte und Zweig-IDs ändern sich nie.
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
  'cli.interactive.unclear': 'Sorry, das habe ich nicht verstanden. Wähl eine Option oder sag es anders.',
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
};
