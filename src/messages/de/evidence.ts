import type { Message } from '../message.ts';
import type { evidence as source } from '../en/evidence.ts';

export const evidence: Record<keyof typeof source, Message> = {
  'evidence.cli.help': `Aufruf: chatgpt-500 har DATEI [--json] [--redact-to AUSGABE] [--locale xx]

Liest eine HAR-Datei (aus dem Netzwerk-Tab des Browsers exportiert) als Datenstrom und berichtet,
was sie über ChatGPT zeigt: Serverfehler mit ihren Request-IDs, Cloudflare-Challenges, Anfragen
ohne Antwort (Erweiterung, DNS, Zertifikat, Verbindung), die Sperrseite eines Filterprodukts,
Antworten 401/403/429 und welche Domains der IT-Allowlist erreicht wurden und welche nicht.
Cookies, Tokens, Schlüssel und Sitzungs-IDs werden geschwärzt, bevor etwas gelesen oder
geschrieben wird.

Optionen:
  --json                 {"entries", "findings", "facts", "redacted", "allowlist"} als JSON ausgeben
  --redact-to AUSGABE    zusätzlich eine geschwärzte Kopie der HAR nach AUSGABE schreiben, für ein Support-Ticket
  --locale xx            die Sprache des Textes: en, de, es oder fr (Standard: LC_ALL, LC_MESSAGES oder LANG, sonst DEFAULT_LOCALE)
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

  // ---- the web page: HAR upload and network check (issue 14) ----
  'evidence.web.it_note.blocked': 'Eine Netzwerkprüfung im eigenen Browser der Person konnte diese Domains nicht erreichen: {domains}.',
  'evidence.web.it_note.har_failed': 'Die HAR-Datei zeigt Anfragen an diese Domains, die unterwegs scheitern: {domains}.',
  'evidence.web.check.reachable': 'Von Ihrem Browser erreichbar: {domains}.',
  'evidence.web.check.blocked': 'Von Ihrem Browser aus blockiert: {domains}.',
  'evidence.web.check.all_reachable': 'Ihr Browser hat jede geprüfte Domain erreicht.',
  'evidence.web.error.too_large': 'Diese HAR-Datei ist größer als {mb} MB, das Maximum, das der Bot liest: Exportieren Sie nur den Seitenaufruf, der scheitert.',
  'evidence.web.error.not_har': 'Diese Datei ist keine HAR-Datei (JSON mit „log“ und „entries“): Verwenden Sie im Netzwerk-Tab des Browsers „Alle als HAR speichern“.',
  'evidence.web.error.truncated': 'Diese HAR-Datei bricht vor ihrem Ende ab: Exportieren Sie sie erneut.',
  'evidence.web.error.media_type': 'Senden Sie die HAR-Datei selbst als Inhalt der Anfrage, mit Content-Type: application/har+json.',
  'evidence.report.title.web': 'Support-Bericht: ChatGPT (Web oder App)',
  'evidence.report.title.api': 'Support-Bericht: OpenAI API',
  'evidence.report.field.surface': 'Wo es fehlschlägt',
  'evidence.report.field.time': 'Zeitpunkt des Fehlers',
  'evidence.report.field.browser': 'Browser oder App und Version',
  'evidence.report.field.device': 'Gerät',
  'evidence.report.field.what_happened': 'Was ich getan habe',
  'evidence.report.field.screenshots': 'Screenshots',
  'evidence.report.field.conversation_url': 'Unterhaltungs-URL',
  'evidence.report.field.request_ids': 'Request-IDs',
  'evidence.report.field.status_page': 'OpenAI-Statusseite zu dem Zeitpunkt',
  'evidence.report.field.har_findings': 'Was die HAR zeigt',
  'evidence.report.field.org': 'Org-ID',
  'evidence.report.field.tier': 'Service-Tier',
  'evidence.report.field.model': 'Modell',
  'evidence.report.field.endpoint': 'Endpunkt',
  'evidence.report.field.project': 'Projekt',
  'evidence.report.field.status_code': 'Statuscode',
  'evidence.report.field.time_range': 'Zeitraum',
  'evidence.report.field.failing_percent': 'Fehlgeschlagene Anfragen (ca.)',
  'evidence.report.field.error_payload': 'Fehler-Payload',
  'evidence.report.field.request_summary': 'Kurzbeschreibung der Anfrage',
  'evidence.report.field.network_check': 'Netzwerkprüfung aus meinem Browser',
  'evidence.report.network_check': 'blockiert: {blocked}; erreicht: {reached}',
  'evidence.report.network_check_clear': 'alle geprüften Domains erreicht ({reached})',
  'evidence.report.surface.web': 'ChatGPT im Webbrowser',
  'evidence.report.surface.desktop': 'ChatGPT-Desktop-App',
  'evidence.report.surface.mobile': 'ChatGPT-App auf dem Handy',
  'evidence.report.surface.api': 'OpenAI API',
  'evidence.report.surface_via': '{surface} (gemeldet über {platform})',
  'evidence.report.app_version': 'ChatGPT-App {version}',
  'evidence.report.time_given': '{time} ({zone})',
  'evidence.report.time_given_no_zone': '{time} (Zeitzone nicht angegeben)',
  'evidence.report.time_reported': 'Fehler um {time} {zone}, als es gemeldet wurde',
  'evidence.report.time_reported_zone_unknown': 'Fehler um {time} UTC, als es gemeldet wurde (die Zeitzone „{given}“ wurde nicht erkannt)',
  'evidence.report.status_incidents': '{line}; Vorfälle: {incidents}',
  'evidence.report.screenshots_ready': 'angehängt',
  'evidence.report.screenshots_none': 'keine',
  'evidence.report.not_given': '(nicht angegeben)',
  'evidence.report.evidence_heading': 'Nachweise:',
  'evidence.report.evidence_line': '- {label}: {state}',
  'evidence.report.evidence_line_detail': '- {label}: {state} ({detail})',
  'evidence.report.done': 'erledigt',
  'evidence.report.missing': 'fehlt',
  'evidence.report.incident_note': 'Support-Bericht eingereicht ({kind})',
  'evidence.report.cli.help': `Aufruf: chatgpt-500 report --facts '<json>' [--details '<json>'] [--input '<json>'] [--json] [--locale xx]

Gibt einen Support-Bericht für das Support-Formular von OpenAI aus, vorausgefüllt aus den Fakten
einer Triage (wie "chatgpt-500 triage --facts" sie nimmt) und den Angaben der Person; die vier
Nachweise sind als erledigt oder fehlend markiert.

Optionen:
  --facts '<json>'    die Fakten der Unterhaltung, z. B. '{"surface":"web","symptom":"http_500"}'
  --details '<json>'  Angaben: browser, browserVersion, device, timezone, conversationUrl,
                      requestIds, model, endpoint, org, project, tier, harAttached, har, networkCheck
  --input '<json>'    die eigenen Felder der Person: whatHappened, time, timezone, browser, device,
                      screenshots, harAttached, conversationUrl, requestIds, org, project, tier,
                      model, endpoint, statusCode, timeRange, failingPercent, errorPayload,
                      requestSummary
  --json              {"text", "json"} statt des Textes ausgeben
  --locale xx         Sprache des Berichts: en, de, es oder fr (Standard: LC_ALL, LC_MESSAGES oder LANG, sonst DEFAULT_LOCALE)
  -h, --help          diese Hilfe anzeigen

Exit-Codes: 0 mit dem Bericht; 2 mit einer Zeile auf stderr bei ungültiger Eingabe.
`,
  'evidence.report.cli.offer': 'Für dieses Ergebnis brauchst du einen Support-Bericht. Jetzt ausfüllen? (j/n)',
  'evidence.report.cli.intro': 'Beantworte, was du kannst; mit Enter überspringst du ein Feld.',
  'evidence.report.cli.prompt.time': 'Wann ist der Fehler aufgetreten (z. B. 14:05)?',
  'evidence.report.cli.prompt.timezone': 'Deine Zeitzone (z. B. Europe/Berlin oder UTC+2)?',
  'evidence.report.cli.prompt.browser': 'Browser oder App und Version?',
  'evidence.report.cli.prompt.device': 'Gerät (z. B. MacBook Air, Windows-11-Laptop)?',
  'evidence.report.cli.prompt.what_happened': 'Was hast du gemacht, als der Fehler kam?',
  'evidence.report.cli.prompt.screenshots': 'Hast du Screenshots des Fehlers? (j/n)',
  'evidence.report.cli.prompt.conversation_url': 'Die URL der Unterhaltung (https://chatgpt.com/c/…)?',
  'evidence.report.cli.prompt.request_ids': 'Request-IDs (x-request-id), durch Kommas getrennt?',
  'evidence.report.cli.prompt.org': 'Org-ID (org-…)?',
  'evidence.report.cli.prompt.tier': 'Service-Tier (standard, priority oder scale)?',
  'evidence.report.cli.prompt.model': 'Modell?',
  'evidence.report.cli.prompt.endpoint': 'Endpunkt (z. B. /v1/chat/completions)?',
  'evidence.report.cli.prompt.project': 'Projekt (proj_…), falls relevant?',
  'evidence.report.cli.prompt.status_code': 'Statuscode (z. B. 500)?',
  'evidence.report.cli.prompt.time_range': 'Zeitraum der Fehler?',
  'evidence.report.cli.prompt.failing_percent': 'Wie viel Prozent der Anfragen schlagen ungefähr fehl (0–100)?',
  'evidence.report.cli.prompt.error_payload': 'Die Fehler-Payload (eine Zeile; Schlüssel vorher entfernen)?',
  'evidence.report.cli.prompt.request_summary': 'Eine kurze Beschreibung der Anfrage?',
  'evidence.report.cli.invalid_answer': '{field}: {problem}. Übersprungen.',
  'evidence.report.cli.copy': '--- Support-Bericht (in https://help.openai.com einfügen) ---',
  'evidence.report.error.invalid': 'report: {field}: {problem}',
  'evidence.report.error.usage': 'report: {problem} (siehe „chatgpt-500 report --help“)',

  // ---- chat: a HAR shared in a chat thread (issue 14) ----
  'evidence.chat.findings': 'Ich habe deine HAR-Datei {name} gelesen. Das zeigt sie:',
  'evidence.chat.kept': 'Cookies, Tokens, Schlüssel und Sitzungs-IDs wurden vor dem Lesen entfernt, und die Datei selbst wird nicht aufbewahrt.',
  'evidence.chat.too_large': 'Deine HAR-Datei {name} ist größer als {limit}, das Höchste, was ich lese, deshalb habe ich den Download abgebrochen. Speichere eine HAR nur des Seitenaufrufs, der fehlschlägt (Netzwerk-Panel leeren, einmal nachstellen, „Alle als HAR speichern“), und teile diese.',
  'evidence.chat.not_har': '{name} ist keine HAR-Datei, die ich lesen kann. Nutze im Netzwerk-Panel des Browsers „Alle als HAR speichern“ und teile die .har-Datei.',
  'evidence.chat.truncated': '{name} ist abgeschnitten, bevor die HAR endet. Exportiere sie erneut und teile die neue Datei.',
  'evidence.chat.unavailable': 'Ich konnte {name} nicht herunterladen. Teile die Datei in einer Minute noch einmal.',
};
