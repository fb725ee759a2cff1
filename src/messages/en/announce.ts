import type { Message } from '../message.ts';

/**
 * English texts of the announce area: the outage announcement the bot posts in the announcement
 * channels (SLACK_ANNOUNCE_CHANNEL, TEAMS_ANNOUNCE_CONVERSATION), its buttons, what a click
 * answers, and the resolve notice for the people who said they were affected. In DESK_LOCALE.
 */
export const announce = {
  'announce.title.upstream': '🔴 ChatGPT is down for many people',
  'announce.title.api': '🔴 The OpenAI API is failing with server errors',
  'announce.title.resolved': '✅ Fixed: ChatGPT works again',
  'announce.title.resolved_api': '✅ Fixed: the OpenAI API works again',
  'announce.down.upstream': 'ChatGPT answers with errors (such as "HTTP ERROR 500") or does not load, for many people at once. It is not your computer or your network.',
  'announce.down.api': 'Requests to the OpenAI API fail with server errors (5xx), for many people at once. It is not your code or your key.',
  'announce.status': 'OpenAI status page: {name}',
  'announce.known': 'The helpdesk knows and is following it.',
  'announce.meanwhile.upstream': 'Meanwhile: save what you were writing somewhere else, and try again later; reloading or clearing your browser will not help.',
  'announce.meanwhile.api': 'Meanwhile: retry with backoff, keep what must not be lost in a queue, and do not rotate your API key.',
  'announce.no_need': 'No need to report it. Press "I\'m affected too" to be told when it is fixed.',
  'announce.resolved': 'The helpdesk has resolved this incident. If it still fails for you, it is something else: press the button below and I will check with you.',
  'announce.button.affected': "I'm affected too",
  'announce.button.something_else': "It's something else",
  'announce.affected.counted': "Thanks, you're counted. I'll tell you when it's fixed; nothing else to do.",
  'announce.affected.already': "You're already counted; I'll tell you when it's fixed.",
  'announce.affected.over': 'This incident is already resolved. If it still fails for you, press "It\'s something else".',
  'announce.something_else.started': "Let's check what it is: I've sent you a direct message.",
  'announce.notice.resolved': '✅ Fixed: the outage you said affected you is resolved. If it still fails for you, it is something else: write to me and we will check.',
} satisfies Record<string, Message>;
