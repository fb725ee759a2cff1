import type { Message } from '../message.ts';

/**
 * English texts of the desk area (crowd and status lines above a turn, notices to reporters,
 * incident descriptions for the helpdesk): the source of the catalog's ids.
 */
export const desk = {
  // The crowd line above a turn; count: minutes since the signal opened.
  'desk.preface.first_reporter': {
    one: "You're the first person who reported this in the last minute; the desk is on it.",
    other: "You're the first person who reported this in the last {count} minutes; the desk is on it.",
  },
  'desk.preface.one_of': {
    one: "You're one of {reporters} people who reported this in the last minute; the desk is on it.",
    other: "You're one of {reporters} people who reported this in the last {count} minutes; the desk is on it.",
  },
  'desk.preface.local_cluster': {
    one: '{count} person on your network reported the same failure; the desk is on it.',
    other: '{count} people on your network reported the same failure; the desk is on it.',
  },

  // Notices from the desk to reporters.
  'desk.notice.resolved': '✅ Resolved: {what}. Reload ChatGPT and try again; if it still fails, report it again and the triage starts from there.',
  'desk.notice.resolved_unknown': 'the incident you reported',
  'desk.notice.resolved_note': 'Note from the desk: {note}',
  'desk.notice.update': '📣 Update from the desk: {text}',

  // The status line of every conversation.
  'desk.status.age.never': 'never read',
  'desk.status.age.now': 'just now',
  'desk.status.age.minutes': '{count} min ago',
  'desk.status.age.hours': '{count} h ago',
  'desk.status.as_of': 'as of {age}',
  'desk.status.chatgpt_incident': 'ChatGPT: {impact} ({age})',
  'desk.status.open_incident': 'open incident',
  'desk.status.other_product_named': 'ChatGPT: no incident on the status page; OpenAI reports "{name}" in another product ({age})',
  'desk.status.other_product': 'ChatGPT: no incident on the status page; OpenAI reports an incident in another product ({age})',
  'desk.status.operational': 'ChatGPT: no incident on the status page ({age})',
  'desk.status.unknown': 'ChatGPT status: unknown — {reason}',
  'desk.status.unknown_reason': 'the status page could not be read',

  // ChatGPT components of an open incident ({names}: "Login", "Login and Voice mode").
  'desk.impact.open': 'ChatGPT has an open incident',
  'desk.impact.more': '{names} and {count} more',
  'desk.impact.full_outage': { one: '{names} is down', other: '{names} are down' },
  'desk.impact.partial_outage': { one: '{names} is partially down', other: '{names} are partially down' },
  'desk.impact.degraded_performance': { one: '{names} is degraded', other: '{names} are degraded' },
  'desk.impact.under_maintenance': { one: '{names} is under maintenance', other: '{names} are under maintenance' },
  'desk.impact.unknown': {
    one: '{names} is in a state the status page does not make clear',
    other: '{names} are in a state the status page does not make clear',
  },
  'desk.impact.operational': { one: '{names} is named in an open incident', other: '{names} are named in an open incident' },

  // Incidents as the helpdesk reads them (cards, board, CLI), in DESK_LOCALE.
  'desk.incident.people': { one: '{count} person', other: '{count} people' },
  'desk.incident.on_networks': { one: 'on {count} network', other: 'on {count} networks' },
  'desk.incident.at_sites': { one: 'at {count} site', other: 'at {count} sites' },
  'desk.incident.upstream_status_only': 'ChatGPT outage on the status page: {name} (no reports here yet, {minutes} min)',
  'desk.incident.upstream': 'ChatGPT outage: {people}{where} in {minutes} min',
  'desk.incident.upstream_linked': 'ChatGPT outage: {people}{where} in {minutes} min (status page: {name})',
  'desk.incident.network_local': '{place}: {people} in {minutes} min, another network works',
  'desk.incident.api': 'OpenAI API server errors: {people} in {minutes} min',
  'desk.place.unknown': 'unknown place',
  'desk.place.site': 'site {name}',
  'desk.place.office': 'office network',
  'desk.place.vpn': 'VPN',
  'desk.place.home': 'home network',
  'desk.place.mobile_data': 'mobile data',
  'desk.notify.resolved': 'Resolve notice',
  'desk.notify.update': 'Update to reporters',
  'desk.notify.failed': '{count} could not be delivered',
  'desk.notify.expired': { one: '{count} conversation had expired', other: '{count} conversations had expired' },
  'desk.notify.progress': '{what}: notified {sent} of {total}',
  'desk.notify.sent_one': '{what}: sent to the 1 recipient',
  'desk.notify.sent_all': '{what}: sent to all {count}',
} satisfies Record<string, Message>;
