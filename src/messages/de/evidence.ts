import type { Message } from '../message.ts';
import type { evidence as source } from '../en/evidence.ts';

export const evidence: Record<keyof typeof source, Message> = {
  'evidence.cli.help': `Aufruf: chatgpt-500 har DATEI [--json] [--redact-to AUSGABE]

Liest eine HAR-Datei (aus dem Netzwerk-Tab des Browsers exportiert) als Datenstrom und berichtet,
was sie über ChatGPT zeigt: Serverfehler mit ihren Request-IDs, Cloudflare-Challenges, Anfragen
ohne Antwort (Erweiterung, DNS, Zertifikat, Verbindung), die Sperrseite eines Filterprodukts,
Antworten 401/403/429 und welche Domains der IT-Allowlist erreicht wurden und welche nicht.
Cookies, Tokens, Schlüssel und Sitzungs-IDs werden geschwärzt, bevor etwas gelesen oder
geschrieben wird.

Optionen:
  --json                 {"entries", "findings", "facts", "redacted", "allowlist"} als JSON ausgeben
  --redact-to AUSGABE    zusätzlich eine geschwärzte Kopie der HAR nach AUSGABE schreiben, für ein Support-Ticket
  -h, --help             diese Hilfe anzeigen

Exit-Codes: 0 mit den Befunden (auch wenn es keine gibt); 2 mit einer Zeile auf stderr, wenn die
Datei fehlt, keine HAR ist, abgeschnitten ist oder größer als HAR_MAX_BYTES (Standard 100 MB).
`,
  'evidence.har.summary': 'HAR gelesen: {entries}; {redacted}.',
  'evidence.har.entries': { one: '{count} Anfrage', other: '{count} Anfragen' },
  'evidence.har.redacted': { one: '{count} geheimer Wert geschwärzt', other: '{count} geheime Werte geschwärzt' },
  'evidence.har.no_findings': 'Nichts in dieser HAR deutet auf ein Problem mit ChatGPT oder den Domains der Allowlist hin.',
  'evidence.har.findings': { one: '{count} Befund:', other: '{count} Befunde:' },
  'evidence.har.omitted': { one: '…und {count} weiterer Befund, nicht aufgeführt.', other: '…und {count} weitere Befunde, nicht aufgeführt.' },
  'evidence.har.written': 'Geschwärzte HAR nach {path} geschrieben: Cookies, Tokens, Schlüssel und Sitzungs-IDs sind durch [REDACTED] ersetzt. Sieh sie durch, bevor du sie an ein Ticket hängst.',
  'evidence.har.shortened': { one: '{count} Wert über {mb} MB (ein großer Body) wurde auf seine ersten {mb} MB gekürzt.', other: '{count} Werte über {mb} MB (große Bodies) wurden auf ihre ersten {mb} MB gekürzt.' },
  'evidence.har.symptom': 'Die HAR klärt das Symptom: {symptom}.',

  'evidence.finding.server_error': 'Serverfehler {status} von {where}',
  'evidence.finding.cloudflare_challenge': 'Cloudflare-Challenge statt der Antwort von {where} ({detail}): Sicherheitsfilter, kein Serverfehler',
  'evidence.finding.challenge_failed': 'Die Cloudflare-Challenge konnte nicht geladen werden von {where}: {detail}',
  'evidence.finding.no_response': 'Keine Antwort von {where}: {detail}',
  'evidence.finding.filtered': '{detail} antwortete anstelle von {where} ({evidence})',
  'evidence.finding.unauthorized': '401 Unauthorized von {where}: abgemeldet oder die Sitzung ist abgelaufen',
  'evidence.finding.forbidden': '403 Forbidden von {where}',
  'evidence.finding.rate_limited': '429 Too Many Requests von {where}: ein Ratenlimit',
  'evidence.finding.time': 'um {time}',
  'evidence.finding.request_id': 'x-request-id {id}',
  'evidence.finding.cf_ray': 'cf-ray {id}',
  'evidence.finding.http_status': 'HTTP {status}',

  'evidence.cause.extension': 'von einer Browser-Erweiterung blockiert',
  'evidence.cause.dns': 'der Name konnte nicht aufgelöst werden (DNS)',
  'evidence.cause.tls_interception': 'dem Zertifikat wurde nicht vertraut: etwas im Netzwerk bricht TLS womöglich auf',
  'evidence.cause.tls': 'die sichere Verbindung (TLS) schlug fehl',
  'evidence.cause.connection_reset': 'die Verbindung wurde zurückgesetzt',
  'evidence.cause.connection_refused': 'die Verbindung wurde abgelehnt',
  'evidence.cause.connection_closed': 'die Verbindung wurde ohne Antwort geschlossen',
  'evidence.cause.timed_out': 'Zeitüberschreitung der Verbindung',
  'evidence.cause.proxy': 'der Proxy schlug fehl oder lehnte die Verbindung ab',
  'evidence.cause.blocked_by_policy': 'durch eine Browser-Richtlinie des Administrators blockiert',
  'evidence.cause.offline': 'der Computer war offline',
  'evidence.cause.aborted': 'das Laden wurde abgebrochen',
  'evidence.cause.unknown': 'keine Antwort aufgezeichnet',

  'evidence.product.zscaler': 'Zscaler',
  'evidence.product.cisco_umbrella': 'Cisco Umbrella',
  'evidence.product.fortinet': 'Fortinet (FortiGuard)',
  'evidence.product.sophos': 'Sophos',
  'evidence.product.barracuda': 'Barracuda',
  'evidence.product.mcafee_skyhigh': 'McAfee / Skyhigh Web Gateway',
  'evidence.product.palo_alto': 'Palo Alto Networks',
  'evidence.product.unknown': 'Ein filternder Proxy',

  'evidence.filter.header': 'sein Header an einer abgelehnten Antwort',
  'evidence.filter.redirect': 'eine Weiterleitung auf seine Sperrseite',
  'evidence.filter.block_page': 'seine Sperrseite',
  'evidence.filter.proxy_auth': 'Anmeldung am Proxy verlangt, 407',

  'evidence.challenge.cf_mitigated': 'cf-mitigated: challenge',
  'evidence.challenge.challenge_page': 'die Seite „Just a moment…“',

  'evidence.allowlist.reached': 'Erreichte Domains der Allowlist: {domains}',
  'evidence.allowlist.failed': 'Domains der Allowlist mit Fehlern: {domains}',
  'evidence.allowlist.none': 'Keine Domain der Allowlist kommt in dieser HAR vor.',

  'evidence.error.not_found': '{file} kann nicht gelesen werden: die Datei gibt es nicht',
  'evidence.error.unreadable': '{file} kann nicht gelesen werden',
  'evidence.error.not_har': '{file} ist keine HAR-Datei (JSON mit „log“ und „entries“): im Netzwerk-Tab des Browsers „Alle als HAR speichern“ wählen',
  'evidence.error.truncated': '{file} ist nach {bytes} Bytes abgeschnitten, bevor die HAR endet: bitte erneut exportieren',
  'evidence.error.too_large': '{file} ist größer als das Limit von {limit} Bytes (HAR_MAX_BYTES): nur das fehlschlagende Laden der Seite exportieren',
  'evidence.error.cannot_write': 'die geschwärzte HAR kann nicht nach {file} geschrieben werden',
  'evidence.error.same_file': '--redact-to muss eine andere Datei als die HAR selbst nennen',
  'evidence.error.usage': 'har: {problem} (siehe „chatgpt-500 har --help“)',

  // ---- chat: a HAR shared in a chat thread (issue 14) ----
  'evidence.chat.findings': 'Ich habe deine HAR-Datei {name} gelesen. Das zeigt sie:',
  'evidence.chat.kept': 'Cookies, Tokens, Schlüssel und Sitzungs-IDs wurden vor dem Lesen entfernt, und die Datei selbst wird nicht aufbewahrt.',
  'evidence.chat.too_large': 'Deine HAR-Datei {name} ist größer als {limit}, das Höchste, was ich lese, deshalb habe ich den Download abgebrochen. Speichere eine HAR nur des Seitenaufrufs, der fehlschlägt (Netzwerk-Panel leeren, einmal nachstellen, „Alle als HAR speichern“), und teile diese.',
  'evidence.chat.not_har': '{name} ist keine HAR-Datei, die ich lesen kann. Nutze im Netzwerk-Panel des Browsers „Alle als HAR speichern“ und teile die .har-Datei.',
  'evidence.chat.truncated': '{name} ist abgeschnitten, bevor die HAR endet. Exportiere sie erneut und teile die neue Datei.',
  'evidence.chat.unavailable': 'Ich konnte {name} nicht herunterladen. Teile die Datei in einer Minute noch einmal.',
};
