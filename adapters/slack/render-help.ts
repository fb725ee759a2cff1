import type { Messages } from '../../src/messages/messages-for.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitText } from './fit-text.ts';
import type { SlackMessage } from './slack-message.ts';

/** The answer to "/chatgpt-500 help". `command` is the configured slash command. */
export function renderHelp(command: string, options: { inChannel: boolean; m: Messages }): SlackMessage {
  const { m } = options;
  const c = escapeMrkdwn(command, { from: 'bot' });
  const where = m.t(options.inChannel ? 'slack.help.where_channel' : 'slack.help.where_dm');
  const text = [
    m.t('slack.help.title'),
    m.t('slack.help.report', { command: c, where }),
    m.t('slack.help.status', { command: c }),
    m.t('slack.help.incidents', { command: c }),
    m.t('reportForm.help_command', { command: c }),
    m.t('slack.help.help', { command: c }),
    m.t('slack.help.notify'),
  ].join('\n');
  return { text: m.t('slack.help.fallback', { command: c }), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: fitText(text, BLOCK_LIMITS.sectionText) } }] };
}
