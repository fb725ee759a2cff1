import type { Message } from '../message.ts';

/**
 * English texts of the slack area: the source of the catalog's ids. Slack mrkdwn (`*bold*`,
 * `_italics_`, `code` spans) and placeholders such as `{command}` stay as they are in every language.
 */
export const slack = {
  'slack.question.more_answers': { one: '…and {count} more answer: say yours in this thread.', other: '…and {count} more answers: say yours in this thread.' },
  'slack.question.own_words': 'Or answer in this thread in your own words.',
  'slack.verdict.subscribed': "🔔 You'll be told in this thread when it's fixed.",
  'slack.subscribed': "🔔 Done: I'll tell you in this thread when it's fixed.",
  'slack.verdict.fallback': 'Verdict',

  'slack.report.header': '🧯 *ChatGPT problem report* from {who}',
  'slack.report.someone': 'someone',
  'slack.report.more_lines': { one: '…and {count} more line', other: '…and {count} more lines' },

  'slack.ack.duplicate': 'I am already on it: see the conversation I opened for this report.',
  'slack.ack.in_channel': 'Thanks, looking into it: see the thread I am opening here.',
  'slack.ack.dm': 'Thanks, looking into it: I have sent you a direct message.',
  'slack.ack.failed': 'Sorry, I could not take your report just now. Please try again in a minute.',
  'slack.flooded':
    "Thanks, your report is counted: the helpdesk sees it with everyone else's. Many people are reporting right now, so I cannot walk you through the checks yet. Run `{command}` again in a few minutes for the step-by-step check.",
  'slack.other_command': 'This app answers {command}.',
  'slack.hint':
    'To report a problem with ChatGPT, type `{command} what happens` (for example `{command} error 500 on chatgpt.com`). If you are answering my questions, reply in the thread of my message. `{command} help` tells more.',
  'slack.expired': 'This conversation has expired. Type the command again to start a new one.',
  'slack.desk_error.invalid_answer': 'That question has already moved on; use the buttons of the latest message.',
  'slack.answer.not_yours': 'Only {user} can answer these questions. To report your own problem, use the slash command.',
  'slack.notify.not_yours': 'This button belongs to the person who reported. To be notified yourself, report with the slash command.',

  'slack.help.fallback': 'How to use {command}',
  'slack.help.title': '*ChatGPT not working? I find out which kind of failure it is and what to do about it.*',
  'slack.help.report':
    '• `{command} [what happens]`: report a problem, e.g. `{command} chatgpt.com shows error 500 on office wifi`. I open {where} and ask a few questions there; answer with the buttons or in your own words.',
  'slack.help.where_channel': 'a thread in this channel',
  'slack.help.where_dm': 'a thread in your direct messages with me',
  'slack.help.status': "• `{command} status`: OpenAI's live status, as the bot sees it.",
  'slack.help.incidents': '• `{command} incidents`: the incidents the helpdesk is tracking right now.',
  'slack.help.help': '• `{command} help`: this message.',
  'slack.help.notify': 'When many people report the same thing, the helpdesk sees it as one incident; ask to be notified and I will tell you in your thread when it is fixed.',

  'slack.home.title': 'ChatGPT status and reports',
  'slack.home.report': 'Report a problem: `{command} what happens` in any channel or DM.',
  'slack.home.unreadable': 'The incidents could not be read just now.',

  'slack.access.helpdesk_unknown': 'The helpdesk channel is not known yet; try again in a minute.',
  'slack.access.no_helpdesk': 'Incident cards can be acted on only in the helpdesk channel, and none is set up (SLACK_HELPDESK_CHANNEL).',
  'slack.access.other_channel': 'Only the helpdesk can act on incident cards, in {channel}.',
  'slack.access.not_member': "Only members of the helpdesk's user group can act on incident cards.",
  'slack.access.membership_unknown': 'I could not check your helpdesk membership; try again in a minute.',

  'slack.modal.send': 'Send',
  'slack.modal.cancel': 'Cancel',
  'slack.modal.about': 'Everyone who asked to be notified about *{about}* gets this in their own thread.',
  'slack.modal.this_incident': 'this incident',
  'slack.modal.empty': 'Write the update first.',
  'slack.update.posted': {
    one: '📣 Update posted; it is on its way to {count} reporter in their thread (the card shows the progress).',
    other: '📣 Update posted; it is on its way to {count} reporters in their threads (the card shows the progress).',
  },
  'slack.update.failed': 'Sorry, the update could not be sent. Please try again.',
} satisfies Record<string, Message>;
