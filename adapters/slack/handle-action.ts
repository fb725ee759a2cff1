import { actionPlace } from './action-place.ts';
import { sayTryAgain } from './say-try-again.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';
import { slackEventId } from './slack-event-id.ts';
import type { BlockActions } from './slack-payloads.ts';
import { verifiedDelivery } from './verified-delivery.ts';

/** What one button does, given the validated click and a way to tell the clicker (ephemeral, through the outbox). */
export type ActionHandler = (deps: SlackHandlerDeps, actions: BlockActions, tell: (mrkdwn: string) => Promise<void>) => Promise<void>;

/**
 * The bolt listener for one of the bot's buttons (registered by its action_id). Acks first, then
 * runs `act` on the click (validated once: by the HTTP receiver, or here in Socket Mode). Notes
 * for the clicker go through the outbox; while the store cannot be reached, the clicker is told
 * at once (ephemeral) to try again in a minute.
 */
export function handleAction(deps: SlackHandlerDeps, act: ActionHandler) {
  return async ({ ack, body, context }: { ack: () => Promise<void>; body: unknown; context?: Readonly<Record<string, unknown>> }): Promise<void> => {
    await ack();
    const delivery = verifiedDelivery.of({ body, context });
    if (delivery.kind !== 'block_actions') {
      deps.logger.warn('block_actions without the expected fields');
      return;
    }
    const actions = delivery.actions;
    try {
      await act(deps, actions, (text) => tellClicker(deps, actions, text));
    } catch (error) {
      // The store is down: the click cannot be kept (nor answered through the outbox) now.
      const { channel, threadTs } = actionPlace(actions);
      if (!(await sayTryAgain(deps, error, { channel, user: actions.user.id, threadTs }))) throw error;
    }
  };
}

async function tellClicker(deps: SlackHandlerDeps, actions: BlockActions, mrkdwn: string): Promise<void> {
  const { channel, threadTs } = actionPlace(actions);
  if (!channel) return;
  await deps.send({
    id: `${slackEventId.action(actions)}:note`,
    lane: `ch:${channel}`,
    payload: { type: 'ephemeral', channel, user: actions.user.id, ...(threadTs ? { threadTs } : {}), mrkdwn },
  });
}
