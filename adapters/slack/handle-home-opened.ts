import type { SlackHandlerDeps } from './slack-handler-deps.ts';
import { slackEventId } from './slack-event-id.ts';
import { appHomeOpenedSchema, eventEnvelopeSchema } from './slack-payloads.ts';

/**
 * app_home_opened (Home tab): a refresh of the user's Home view goes through the outbox, rendered
 * when it is sent (the live status, how to report, the incidents).
 */
export function handleHomeOpened(deps: SlackHandlerDeps) {
  return async ({ body }: { body: unknown }): Promise<void> => {
    const envelope = eventEnvelopeSchema.safeParse(body);
    const event = envelope.success ? appHomeOpenedSchema.safeParse(envelope.data.event) : undefined;
    if (!envelope.success || !event?.success) {
      deps.logger.warn('app_home_opened without the expected fields');
      return;
    }
    if (event.data.tab !== undefined && event.data.tab !== 'home') return;
    await deps.send({ id: `${slackEventId.event(envelope.data)}:home`, lane: `home:${event.data.user}`, payload: { type: 'home', user: event.data.user } });
  };
}
