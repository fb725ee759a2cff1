import { BLOCK_LIMITS } from './block-limits.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitText } from './fit-text.ts';
import type { SlackMessage } from './slack-message.ts';

/** The answer to "/chatgpt-500 help". `command` is the configured slash command. */
export function renderHelp(command: string, options: { inChannel: boolean }): SlackMessage {
  const c = escapeMrkdwn(command, { from: 'bot' });
  const where = options.inChannel ? 'a thread in this channel' : 'a thread in your direct messages with me';
  const text = [
    '*ChatGPT not working? I find out which kind of failure it is and what to do about it.*',
    `• \`${c} [what happens]\`: report a problem, e.g. \`${c} chatgpt.com shows error 500 on office wifi\`. I open ${where} and ask a few questions there; answer with the buttons or in your own words.`,
    `• \`${c} status\`: OpenAI's live status, as the bot sees it.`,
    `• \`${c} incidents\`: the incidents the helpdesk is tracking right now.`,
    `• \`${c} help\`: this message.`,
    'When many people report the same thing, the helpdesk sees it as one incident; ask to be notified and I will tell you in your thread when it is fixed.',
  ].join('\n');
  return { text: `How to use ${c}`, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: fitText(text, BLOCK_LIMITS.sectionText) } }] };
}
