import type { Message } from '../message.ts';
import type { teams as source } from '../en/teams.ts';

export const teams: Record<keyof typeof source, Message> = {
  'teams.question.more_answers': { one: '…und {count} weitere Antwort: Schreib deine hier.', other: '…und {count} weitere Antworten: Schreib deine hier.' },
  'teams.question.own_words': 'Oder antworte hier mit deinen eigenen Worten.',
  'teams.verdict.subscribed': '🔔 Du erfährst hier, wenn es behoben ist.',
  'teams.subscribed': '🔔 Erledigt: Ich sage dir hier Bescheid, wenn es behoben ist.',
  'teams.done': 'Erledigt.',

  'teams.flooded':
    'Danke, deine Meldung ist gezählt: Der Helpdesk sieht sie zusammen mit allen anderen. Gerade melden sich sehr viele, deshalb kann ich die Prüfschritte noch nicht mit dir durchgehen. Schreib mir in ein paar Minuten noch einmal, dann prüfen wir Schritt für Schritt.',

  'teams.help.fallback': 'So nutzt du {command}',
  'teams.help.title': '**ChatGPT funktioniert nicht? Ich finde heraus, welche Art von Fehler es ist und was du tun kannst.**',
  'teams.help.report':
    '• {command} und was passiert, oder einfach, was passiert: ein Problem melden, z. B. „{word} chatgpt.com zeigt Fehler 500 im Büro-WLAN“. Ich stelle dir gleich hier ein paar Fragen (in einem Channel: in den Antworten auf deine Nachricht); antworte mit den Buttons oder in deinen eigenen Worten.',
  'teams.help.status': '• **status**: der aktuelle Status von OpenAI, so wie der Bot ihn sieht.',
  'teams.help.incidents': '• **incidents**: die Vorfälle, die der Helpdesk gerade verfolgt.',
  'teams.help.help': '• **help**: diese Nachricht.',
  'teams.help.notify':
    'Erwähne mich in einem Channel zuerst mit @. Wenn viele dasselbe melden, sieht der Helpdesk es als einen Vorfall; lass dich benachrichtigen, dann sage ich dir hier Bescheid, wenn es behoben ist.',

  'teams.desk_error.expired': 'Diese Unterhaltung ist abgelaufen. Schreib mir noch einmal, um eine neue zu beginnen.',
  'teams.desk_error.invalid_answer': 'Diese Frage ist schon erledigt; nutz die Buttons der neuesten Karte.',
  'teams.refused.elsewhere': 'Nur der Helpdesk kann auf Vorfallskarten reagieren, im Helpdesk-Channel.',
  'teams.refused.unset': 'Auf Vorfallskarten kann nur im Helpdesk-Channel reagiert werden, und es ist keiner eingerichtet (TEAMS_HELPDESK_CONVERSATION).',
  'teams.not_mine': 'Dieser Button gehört nicht zu mir.',
  'teams.dialog_not_mine': 'Dieser Dialog gehört nicht zu mir.',
  'teams.answer.not_yours': 'Nur die Person, die gemeldet hat, kann diese Fragen beantworten. Um dein eigenes Problem zu melden, schreib mir in einem Chat.',
  'teams.answer.unknown': 'Diese Antwort kenne ich nicht.',
  'teams.notify.not_yours': 'Dieser Button gehört der Person, die gemeldet hat. Um selbst benachrichtigt zu werden, melde dein eigenes Problem.',
  'teams.unsupported_invoke': 'chatgpt-500 bietet diese Aktion nicht an. Schreib mir, was mit ChatGPT passiert, oder sende „help“.',

  'teams.card.first_last': 'Erste Meldung {first} · letzte Meldung {last}',
  'teams.card.too_large': 'Diese Nachricht ist zu groß, um sie vollständig anzuzeigen.',
  'teams.card.timeline': 'Verlauf',
  'teams.card.earlier': { one: '…{count} früherer Eintrag', other: '…{count} frühere Einträge' },

  'teams.timeline.opened_status': 'Von der Statusseite eröffnet',
  'teams.timeline.opened_crowd': 'Durch viele Meldungen eröffnet: {people} in {places}',
  'teams.timeline.places': { one: '{count} Netzwerk oder Standort', other: '{count} Netzwerken oder Standorten' },
  'teams.timeline.threshold': 'Schwelle erreicht',
  'teams.timeline.threshold_people': 'Schwelle erreicht: {people}',
  'teams.timeline.on_places': 'in {places}',
  'teams.timeline.kind_changed': 'Jetzt: {to} (vorher: {from})',
  'teams.timeline.absorbed': '{incident} übernommen',
  'teams.timeline.merged': 'Zusammengeführt mit {incident}',
  'teams.timeline.status_linked': 'Statusseite: {name}',
  'teams.timeline.status_resolved': 'Die Statusseite hat {incident} als behoben gemeldet',
  'teams.timeline.left': 'Eine meldende Person zählt nicht mehr mit: jetzt {people}',
  'teams.timeline.left_branch': 'Eine meldende Person zählt nicht mehr mit (ihr Ergebnis: {branch}): jetzt {people}',
  'teams.timeline.acknowledged': 'Übernommen von {who}',
  'teams.timeline.snoozed': 'Pausiert bis {time} von {who}',
  'teams.timeline.note': '📣 Update an die Meldenden von {who}',
  'teams.timeline.resolved': 'Behoben von {who}',
  'teams.timeline.resolved_merged': '(zusammengeführt)',

  'teams.update.goes_to': {
    one: 'Geht an die Person, die diesen Vorfall gemeldet hat, in ihrer eigenen Unterhaltung mit dem Bot (Slack, Teams oder die Webseite), und in den Verlauf des Vorfalls. Sie liest:',
    other: 'Geht an alle {count} Personen, die diesen Vorfall gemeldet haben, jeweils in ihrer eigenen Unterhaltung mit dem Bot (Slack, Teams oder die Webseite), und in den Verlauf des Vorfalls. Sie lesen:',
  },
  'teams.update.still_sent': 'Dieser Vorfall ist {state}: Die Meldenden bekommen das Update trotzdem.',
  'teams.update.your_text': '…dein Text…',
  'teams.update.previous': 'Vorherige Benachrichtigung: {progress}',
  'teams.update.error': 'Schreib das Update, das gesendet werden soll, höchstens 3.000 Zeichen.',
  'teams.update.send': 'An Meldende senden',
  'teams.update.empty': 'Das Update war leer: Es wurde nichts gesendet.',
  'teams.update.posted': {
    one: '📣 Update gesendet; es geht an {count} meldende Person (die Karte zeigt den Fortschritt).',
    other: '📣 Update gesendet; es geht an {count} Meldende (die Karte zeigt den Fortschritt).',
  },
};
