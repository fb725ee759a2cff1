import type { start as en } from '../en/start.ts';

/** Deutsche Texte des Bereichs start (Startbanner, Board ohne HELPDESK_TOKEN, CLI ohne Redis). */
export const start: Record<keyof typeof en, string> = {
  'start.banner.running': 'chatgpt-500 läuft',
  'start.banner.label.page': 'Triage-Seite',
  'start.banner.label.board': 'Helpdesk-Board',
  'start.banner.label.api': 'JSON-API',
  'start.banner.api_hint': '(alle Routen: README.md, „JSON API“)',
  'start.banner.label.web': 'Webseite',
  'start.banner.web_off': 'aus (WEB_ENABLED=false; ohne diese Einstellung laufen Seite und Board)',
  'start.banner.label.operations': 'Betrieb',
  'start.banner.label.store': 'Speicher',
  'start.banner.store.memory': 'im Arbeitsspeicher — nur ein Prozess; REDIS_URL setzen, um den Zustand zwischen Prozessen zu teilen',
  'start.banner.store.redis': 'Redis {url} (REDIS_URL)',
  'start.banner.store.redis_plain': 'Redis über REDIS_URL',
  'start.banner.store.sentinel': 'Redis über Sentinel (REDIS_SENTINELS)',
  'start.banner.store.cluster': 'Redis-Cluster (REDIS_CLUSTER_NODES)',
  'start.banner.label.status': 'Status',
  'start.banner.status': '{url} (alle {seconds} s gelesen; bis sie antwortet, nennt die Seite den Status unbekannt; STATUS_URL zeigt woandershin)',
  'start.banner.label.slack': 'Slack',
  'start.banner.slack.off': 'aus — zum Einschalten SLACK_BOT_TOKEN und SLACK_SIGNING_SECRET setzen (oder SLACK_APP_TOKEN für den Socket Mode); siehe README.md',
  'start.banner.slack.http': 'an, HTTP-Modus: die Request-URLs der Slack-App auf {url} richten',
  'start.banner.slack.socket': 'an, Socket Mode',
  'start.banner.label.teams': 'Teams',
  'start.banner.teams.off': 'aus — zum Einschalten TEAMS_APP_ID und TEAMS_APP_PASSWORD (und TEAMS_APP_TENANT_ID) setzen; siehe README.md',
  'start.banner.teams.on': 'an: den Messaging-Endpunkt des Azure Bots auf {url} richten',
  'start.banner.label.announce': 'Ankündigungen',
  'start.banner.announce.off': 'aus — SLACK_ANNOUNCE_CHANNEL oder TEAMS_ANNOUNCE_CONVERSATION setzen, um einen Ausfall einmal anzukündigen, statt alle einzeln zu befragen',
  'start.banner.announce.on': '{places}, sobald der Helpdesk einen Ausfall bestätigt',
  'start.banner.announce.on_status': '{places}, sobald die Statusseite oder der Helpdesk einen Ausfall nennt (ANNOUNCE_ON_STATUS)',
  'start.banner.label.access': 'Board-Zugang',
  'start.banner.access.open': 'offen für alle, die diese Adresse erreichen (HELPDESK_TOKEN setzen, um ein Token zu verlangen)',
  'start.banner.access.token': 'braucht das HELPDESK_TOKEN (Bearer)',
  'start.banner.access.token_short': 'braucht das HELPDESK_TOKEN (Bearer) — Warnung: kürzer als 16 Zeichen, leicht zu erraten',
  'start.banner.access.locked': 'gesperrt, bis HELPDESK_TOKEN gesetzt ist',
  'start.banner.warning_no_token':
    'WARNUNG: Slack oder Teams ist eingerichtet und HELPDESK_TOKEN ist nicht gesetzt, daher zeigt das Helpdesk-Board keine Vorfälle. HELPDESK_TOKEN auf einen langen Zufallswert setzen (z. B. die Ausgabe von: openssl rand -base64 32) und neu starten; bis dahin erklärt {url}, wie.',
  'start.redis_unreachable': 'chatgpt-500: Start nicht möglich: {reason}. Starten Sie Redis oder korrigieren Sie {variable} (ohne Redis-Einstellung läuft der Bot mit dem Speicher im Arbeitsspeicher, nur ein Prozess).',
  'start.banner.stop': 'Beenden mit Strg+C (oder SIGTERM): laufende Anfragen werden zuerst abgeschlossen.',

  'start.board_off.title': 'Helpdesk-Board: HELPDESK_TOKEN setzen — chatgpt-500',
  'start.board_off.heading': 'Das Helpdesk-Board braucht ein Token',
  'start.board_off.why': 'Slack oder Teams ist eingerichtet, daher zeigt das Board Vorfälle nur dem Helpdesk, mit dem Helpdesk-Token. Auf dem Server ist noch kein HELPDESK_TOKEN gesetzt.',
  'start.board_off.steps': 'So schalten Sie das Board ein:',
  'start.board_off.step_set': 'Setzen Sie auf dem Server HELPDESK_TOKEN auf einen langen Zufallswert, in .env oder in der Umgebung. Zum Beispiel die Ausgabe dieses Befehls:',
  'start.board_off.step_restart': 'Starten Sie chatgpt-500 neu und laden Sie diese Seite neu: Sie fragt nach dem Token. Geben Sie das Token nur dem Helpdesk.',
  'start.board_off.step_off': 'Um weder die Triage-Seite noch das Board anzubieten, setzen Sie stattdessen WEB_ENABLED=false.',
  'start.board_off.page_link': 'Die Triage-Seite für Mitarbeitende bleibt offen:',

  'start.incidents.memory':
    'chatgpt-500 incidents: kein Redis eingerichtet (REDIS_URL, REDIS_SENTINELS oder REDIS_CLUSTER_NODES), und ein laufender Bot mit dem Speicher im Arbeitsspeicher hält seine Vorfälle in seinem eigenen Speicher, den dieser Befehl nicht sehen kann. Fragen Sie stattdessen den laufenden Bot: chatgpt-500 incidents --url {url} (mit HELPDESK_TOKEN in der Umgebung, wenn sein Board eines braucht), oder öffnen Sie {url}/board.',
  'start.incidents.http_unreachable':
    'chatgpt-500 incidents: {url} ist nicht erreichbar: {reason}. Läuft der Bot dort? (--url ist seine Adresse, z. B. http://localhost:3000)',
  'start.incidents.http_refused': 'chatgpt-500 incidents: {url} antwortete {status}: {error}',
  'start.incidents.http_unexpected':
    'chatgpt-500 incidents: {url} hat keine Liste von Vorfällen geliefert; ist --url die Adresse von chatgpt-500?',
};
