import type { Message } from '../message.ts';

/**
 * English texts of the teams area: the source of the catalog's ids. Teams markdown (`**bold**`,
 * `_italics_`) and placeholders such as `{command}` stay as they are in every language.
 */
export const teams = {
  'teams.question.more_answers': { one: '…and {count} more answer: say yours here.', other: '…and {count} more answers: say yours here.' },
  'teams.question.own_words': 'Or answer here in your own words.',
  'teams.verdict.subscribed': "🔔 You'll be told here when it's fixed.",
  'teams.subscribed': "🔔 Done: I'll tell you here when it's fixed.",
  'teams.done': 'Done.',

  'teams.flooded':
    "Thanks, your report is counted: the helpdesk sees it with everyone else's. Many people are reporting right now, so I cannot walk you through the checks yet. Write to me again in a few minutes for the step-by-step check.",

  'teams.help.fallback': 'How to use {command}',
  'teams.help.title': '**ChatGPT not working? I find out which kind of failure it is and what to do about it.**',
  'teams.help.report':
    '• {command} and what happens, or just what happens: report a problem, e.g. "{word} chatgpt.com shows error 500 on office wifi". I ask a few questions right here (in a channel: in the replies to your message); answer with the buttons or in your own words.',
  'teams.help.status': "• **status**: OpenAI's live status, as the bot sees it.",
  'teams.help.incidents': '• **incidents**: the incidents the helpdesk is tracking right now.',
  'teams.help.help': '• **help**: this message.',
  'teams.help.notify': 'In a channel, @mention me first. When many people report the same thing, the helpdesk sees it as one incident; ask to be notified and I will tell you here when it is fixed.',

  'teams.desk_error.expired': 'This conversation has expired. Write to me again to start a new one.',
  'teams.desk_error.invalid_answer': 'That question has already moved on; use the buttons of the latest card.',
  'teams.refused.elsewhere': 'Only the helpdesk can act on incident cards, in the helpdesk channel.',
  'teams.refused.unset': 'Incident cards can be acted on only in the helpdesk channel, and none is set up (TEAMS_HELPDESK_CONVERSATION).',
  'teams.not_mine': 'This button is not one of mine.',
  'teams.dialog_not_mine': 'This dialog is not one of mine.',
  'teams.answer.not_yours': 'Only the person who reported can answer these questions. To report your own problem, write to me in a chat.',
  'teams.answer.unknown': 'That answer is not one I know.',
  'teams.notify.not_yours': 'This button belongs to the person who reported. To be notified yourself, report your own problem.',
  'teams.unsupported_invoke': 'chatgpt-500 does not offer this action. Write to me what happens with ChatGPT, or send "help".',

  'teams.card.first_last': 'First report {first} · last report {last}',
  'teams.card.too_large': 'This message is too large to show in full.',
  'teams.card.timeline': 'Timeline',
  'teams.card.earlier': { one: '…{count} earlier entry', other: '…{count} earlier entries' },

  'teams.timeline.opened_status': 'Opened from the status page',
  'teams.timeline.opened_crowd': 'Opened by the crowd: {people} on {places}',
  'teams.timeline.places': { one: '{count} network or site', other: '{count} networks or sites' },
  'teams.timeline.threshold': 'Threshold reached',
  'teams.timeline.threshold_people': 'Threshold reached: {people}',
  'teams.timeline.on_places': 'on {places}',
  'teams.timeline.kind_changed': 'Now a {to} (was {from})',
  'teams.timeline.absorbed': 'Absorbed {incident}',
  'teams.timeline.merged': 'Merged into {incident}',
  'teams.timeline.status_linked': 'Status page: {name}',
  'teams.timeline.status_resolved': 'The status page resolved {incident}',
  'teams.timeline.left': 'A reporter left the count: {people} now',
  'teams.timeline.left_branch': 'A reporter left the count (their verdict: {branch}): {people} now',
  'teams.timeline.acknowledged': 'Acknowledged by {who}',
  'teams.timeline.snoozed': 'Snoozed until {time} by {who}',
  'teams.timeline.note': '📣 Update to reporters by {who}',
  'teams.timeline.resolved': 'Resolved by {who}',
  'teams.timeline.resolved_merged': '(merged)',

  'teams.update.goes_to': {
    one: "Goes to the {count} person who reported this incident, in their own conversation with the bot (Slack, Teams or the web page), and onto the incident's timeline. They read:",
    other: "Goes to all {count} people who reported this incident, each in their own conversation with the bot (Slack, Teams or the web page), and onto the incident's timeline. They read:",
  },
  'teams.update.still_sent': 'This incident is {state}: reporters still get the update.',
  'teams.update.your_text': '…your text…',
  'teams.update.previous': 'Previous notice: {progress}',
  'teams.update.error': 'Write the update to send, up to 3,000 characters.',
  'teams.update.send': 'Send to reporters',
  'teams.update.empty': 'The update was empty: nothing was sent.',
  'teams.update.posted': {
    one: '📣 Update posted; it is on its way to {count} reporter (the card shows the progress).',
    other: '📣 Update posted; it is on its way to {count} reporters (the card shows the progress).',
  },
} satisfies Record<string, Message>;
