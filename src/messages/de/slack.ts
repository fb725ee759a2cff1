import type { Message } from '../message.ts';
import type { slack as source } from '../en/slack.ts';

export const slack: Record<keyof typeof source, Message> = {
  'slack.question.more_answers': { one: '…und {count} weitere Antwort: Schreib deine in diesen Thread.', other: '…und {count} weitere Antworten: Schreib deine in diesen Thread.' },
  'slack.question.own_words': 'Oder antworte in diesem Thread mit deinen eigenen Worten.',
  'slack.verdict.subscribed': '🔔 Du erfährst in diesem Thread, wenn es behoben ist.',
  'slack.subscribed': '🔔 Erledigt: Ich sage dir in diesem Thread Bescheid, wenn es behoben ist.',
  'slack.verdict.fallback': 'Ergebnis',

  'slack.report.header': '🧯 *ChatGPT-Problemmeldung* von {who}',
  'slack.report.someone': 'jemandem',
  'slack.report.more_lines': { one: '…und {count} weitere Zeile', other: '…und {count} weitere Zeilen' },

  'slack.ack.duplicate': 'Ich bin schon dran: Sieh dir die Unterhaltung an, die ich für diese Meldung geöffnet habe.',
  'slack.ack.in_channel': 'Danke, ich sehe es mir an: Schau in den Thread, den ich hier öffne.',
  'slack.ack.dm': 'Danke, ich sehe es mir an: Ich habe dir eine Direktnachricht geschickt.',
  'slack.ack.failed': 'Ich konnte deine Meldung gerade nicht annehmen. Bitte versuch es in einer Minute noch einmal.',
  'slack.flooded':
    'Danke, deine Meldung ist gezählt: Der Helpdesk sieht sie zusammen mit allen anderen. Gerade melden sich sehr viele, deshalb kann ich die Prüfschritte noch nicht mit dir durchgehen. Führ `{command}` in ein paar Minuten noch einmal aus, dann prüfen wir Schritt für Schritt.',
  'slack.other_command': 'Diese App reagiert auf {command}.',
  'slack.hint':
    'Um ein Problem mit ChatGPT zu melden, tippe `{command} was passiert` (zum Beispiel `{command} Fehler 500 auf chatgpt.com`). Wenn du auf meine Fragen antwortest, antworte im Thread meiner Nachricht. `{command} help` erklärt mehr.',
  'slack.expired': 'Diese Unterhaltung ist abgelaufen. Gib den Befehl noch einmal ein, um eine neue zu beginnen.',
  'slack.desk_error.invalid_answer': 'Diese Frage ist schon erledigt; nutz die Buttons der neuesten Nachricht.',
  'slack.answer.not_yours': 'Nur {user} kann diese Fragen beantworten. Um dein eigenes Problem zu melden, nutz den Slash-Befehl.',
  'slack.notify.not_yours': 'Dieser Button gehört der Person, die gemeldet hat. Um selbst benachrichtigt zu werden, melde dich mit dem Slash-Befehl.',

  'slack.help.fallback': 'So nutzt du {command}',
  'slack.help.title': '*ChatGPT funktioniert nicht? Ich finde heraus, welche Art von Fehler es ist und was du tun kannst.*',
  'slack.help.report':
    '• `{command} [was passiert]`: ein Problem melden, z. B. `{command} chatgpt.com zeigt Fehler 500 im Büro-WLAN`. Ich öffne {where} und stelle dort ein paar Fragen; antworte mit den Buttons oder in deinen eigenen Worten.',
  'slack.help.where_channel': 'einen Thread in diesem Channel',
  'slack.help.where_dm': 'einen Thread in deinen Direktnachrichten mit mir',
  'slack.help.status': '• `{command} status`: der aktuelle Status von OpenAI, so wie der Bot ihn sieht.',
  'slack.help.incidents': '• `{command} incidents`: die Vorfälle, die der Helpdesk gerade verfolgt.',
  'slack.help.help': '• `{command} help`: diese Nachricht.',
  'slack.help.notify': 'Wenn viele dasselbe melden, sieht der Helpdesk es als einen Vorfall; lass dich benachrichtigen, dann sage ich dir in deinem Thread Bescheid, wenn es behoben ist.',

  'slack.home.title': 'ChatGPT-Status und Meldungen',
  'slack.home.report': 'Ein Problem melden: `{command} was passiert` in einem beliebigen Channel oder einer DM.',
  'slack.home.unreadable': 'Die Vorfälle konnten gerade nicht abgerufen werden.',

  'slack.access.helpdesk_unknown': 'Der Helpdesk-Channel ist noch nicht bekannt; versuch es in einer Minute noch einmal.',
  'slack.access.no_helpdesk': 'Auf Vorfallskarten kann nur im Helpdesk-Channel reagiert werden, und es ist keiner eingerichtet (SLACK_HELPDESK_CHANNEL).',
  'slack.access.other_channel': 'Nur der Helpdesk kann auf Vorfallskarten reagieren, in {channel}.',
  'slack.access.not_member': 'Nur Mitglieder der Helpdesk-Benutzergruppe können auf Vorfallskarten reagieren.',
  'slack.access.membership_unknown': 'Ich konnte deine Helpdesk-Mitgliedschaft nicht prüfen; versuch es in einer Minute noch einmal.',

  'slack.modal.send': 'Senden',
  'slack.modal.cancel': 'Abbrechen',
  'slack.modal.about': 'Alle, die über *{about}* benachrichtigt werden wollten, bekommen das in ihrem eigenen Thread.',
  'slack.modal.this_incident': 'diesen Vorfall',
  'slack.modal.empty': 'Schreib zuerst das Update.',
  'slack.update.posted': {
    one: '📣 Update gesendet; es geht an {count} meldende Person in ihrem Thread (die Karte zeigt den Fortschritt).',
    other: '📣 Update gesendet; es geht an {count} Meldende in ihren Threads (die Karte zeigt den Fortschritt).',
  },
  'slack.update.failed': 'Das Update konnte nicht gesendet werden. Bitte versuch es noch einmal.',
};
