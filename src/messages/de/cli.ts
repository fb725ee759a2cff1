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
};
