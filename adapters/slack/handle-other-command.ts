import { messagesFor } from '../../src/messages/messages-for.ts';
import type { Ack, SlackHandlerDeps } from './slack-handler-deps.ts';

/** Any slash command but SLACK_COMMAND (another app's, or an old name): a one-line ephemeral answer. */
export function handleOtherCommand(deps: Pick<SlackHandlerDeps, 'config' | 'defaultLocale'>) {
  return async ({ ack }: { ack: Ack }): Promise<void> => {
    await ack({ response_type: 'ephemeral', text: messagesFor(deps.defaultLocale).t('slack.other_command', { command: deps.config.SLACK_COMMAND }) });
  };
}
