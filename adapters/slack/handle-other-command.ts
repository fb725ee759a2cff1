import type { Ack, SlackHandlerDeps } from './slack-handler-deps.ts';

/** Any slash command but SLACK_COMMAND (another app's, or an old name): a one-line ephemeral answer. */
export function handleOtherCommand(deps: Pick<SlackHandlerDeps, 'config'>) {
  return async ({ ack }: { ack: Ack }): Promise<void> => {
    await ack({ response_type: 'ephemeral', text: `This app answers ${deps.config.SLACK_COMMAND}.` });
  };
}
