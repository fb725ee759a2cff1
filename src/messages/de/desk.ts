import type { Message } from '../message.ts';
import type { desk as source } from '../en/desk.ts';

/** Deutsche Texte des Bereichs desk. */
export const desk: Record<keyof typeof source, Message> = {
  'desk.preface.first_reporter': {
    one: 'Du bist die erste Person, die das in der letzten Minute gemeldet hat; der Helpdesk kümmert sich darum.',
    other: 'Du bist die erste Person, die das in den letzten {count} Minuten gemeldet hat; der Helpdesk kümmert sich darum.',
  },
  'desk.preface.one_of': {
    one: 'Du bist eine von {reporters} Personen, die das in der letzten Minute gemeldet haben; der Helpdesk kümmert sich darum.',
    other: 'Du bist eine von {reporters} Personen, die das in den letzten {count} Minuten gemeldet haben; der Helpdesk kümmert sich darum.',
  },
  'desk.preface.local_cluster': {
    one: '{count} Person in deinem Netzwerk hat denselben Fehler gemeldet; der Helpdesk kümmert sich darum.',
    other: '{count} Personen in deinem Netzwerk haben denselben Fehler gemeldet; der Helpdesk kümmert sich darum.',
  },

  'desk.notice.resolved': '✅ Behoben: {what}. Lade ChatGPT neu und versuch es noch einmal; wenn es immer noch fehlschlägt, melde es erneut, und die Triage geht von dort aus weiter.',
  'desk.notice.resolved_unknown': 'die Störung, die du gemeldet hast',
  'desk.notice.resolved_note': 'Hinweis vom Helpdesk: {note}',
  'desk.notice.update': '📣 Neuigkeit vom Helpdesk: {text}',

  'desk.status.age.never': 'nie gelesen',
  'desk.status.age.now': 'gerade eben',
  'desk.status.age.minutes': 'vor {count} Min.',
  'desk.status.age.hours': 'vor {count} Std.',
  'desk.status.as_of': 'Stand: {age}',
  'desk.status.chatgpt_incident': 'ChatGPT: {impact} ({age})',
  'desk.status.open_incident': 'offene Störung',
  'desk.status.other_product_named': 'ChatGPT: keine Störung auf der Statusseite; OpenAI meldet „{name}“ bei einem anderen Produkt ({age})',
  'desk.status.other_product': 'ChatGPT: keine Störung auf der Statusseite; OpenAI meldet eine Störung bei einem anderen Produkt ({age})',
  'desk.status.operational': 'ChatGPT: keine Störung auf der Statusseite ({age})',
  'desk.status.unknown': 'ChatGPT-Status: unbekannt – {reason}',
  'desk.status.unknown_reason': 'die Statusseite konnte nicht gelesen werden',

  'desk.impact.open': 'ChatGPT hat eine offene Störung',
  'desk.impact.more': '{names} und {count} weitere',
  'desk.impact.full_outage': { one: '{names} ist ausgefallen', other: '{names} sind ausgefallen' },
  'desk.impact.partial_outage': { one: '{names} ist teilweise ausgefallen', other: '{names} sind teilweise ausgefallen' },
  'desk.impact.degraded_performance': { one: '{names} ist beeinträchtigt', other: '{names} sind beeinträchtigt' },
  'desk.impact.under_maintenance': { one: '{names} wird gewartet', other: '{names} werden gewartet' },
  'desk.impact.unknown': {
    one: '{names} ist in einem Zustand, den die Statusseite nicht klar angibt',
    other: '{names} sind in einem Zustand, den die Statusseite nicht klar angibt',
  },
  'desk.impact.operational': { one: '{names} wird in einer offenen Störung genannt', other: '{names} werden in einer offenen Störung genannt' },

  'desk.incident.people': { one: '{count} Person', other: '{count} Personen' },
  'desk.incident.on_networks': { one: 'in {count} Netzwerk', other: 'in {count} Netzwerken' },
  'desk.incident.at_sites': { one: 'an {count} Standort', other: 'an {count} Standorten' },
  'desk.incident.upstream_status_only': 'ChatGPT-Ausfall laut Statusseite: {name} (noch keine Meldungen hier, {minutes} Min.)',
  'desk.incident.upstream': 'ChatGPT-Ausfall: {people}{where} in {minutes} Min.',
  'desk.incident.upstream_linked': 'ChatGPT-Ausfall: {people}{where} in {minutes} Min. (Statusseite: {name})',
  'desk.incident.network_local': '{place}: {people} in {minutes} Min., ein anderes Netzwerk funktioniert',
  'desk.incident.api': 'OpenAI-API-Serverfehler: {people} in {minutes} Min.',
  'desk.place.unknown': 'unbekannter Ort',
  'desk.place.site': 'Standort {name}',
  'desk.place.office': 'Büronetzwerk',
  'desk.place.vpn': 'VPN',
  'desk.place.home': 'Heimnetzwerk',
  'desk.place.mobile_data': 'mobile Daten',
  'desk.notify.resolved': 'Behoben-Nachricht',
  'desk.notify.update': 'Neuigkeit an die Meldenden',
  'desk.notify.failed': '{count} nicht zustellbar',
  'desk.notify.expired': { one: '{count} Unterhaltung war abgelaufen', other: '{count} Unterhaltungen waren abgelaufen' },
  'desk.notify.progress': '{what}: {sent} von {total} benachrichtigt',
  'desk.notify.sent_one': '{what}: an die 1 Person gesendet',
  'desk.notify.sent_all': '{what}: an alle {count} gesendet',
};
