import type { SlackHandlerDeps } from './slack-handler-deps.ts';
import { slackEventId } from './slack-event-id.ts';
import { verifiedDelivery } from './verified-delivery.ts';

/**
 * app_home_opened (Home tab): a refresh of the user's Home view goes through the outbox, rendered
 * when it is sent (the live status, how to report, the incidents).
 */
export function handleHomeOpened(deps: SlackHandlerDeps) {
  return async ({ body, context }: { body: unknown; context?: Readonly<Record<string, unknown>> }): Promise<void> => {
    const delivery = verifiedDelivery.of({ body, context });
    const event = delivery.kind === 'event' ? delivery.homeOpened : undefined;
    if (delivery.kind !== 'event' || !event) {
      deps.logger.warn('app_home_opened without the expected fields');
      return;
    }
    if (event.tab !== undefined && event.tab !== 'home') return;
    await deps.send({ id: `${slackEventId.event(delivery.envelope)}:home`, lane: `home:${event.user}`, payload: { type: 'home', user: event.user } });
  };
}
