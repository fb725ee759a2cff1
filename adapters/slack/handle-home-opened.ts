import { renderHome } from './render-home.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';
import { appHomeOpenedSchema, eventEnvelopeSchema } from './slack-payloads.ts';

/** app_home_opened (Home tab): publishes the user's Home view. */
export function handleHomeOpened(deps: SlackHandlerDeps) {
  return async ({ body }: { body: unknown }): Promise<void> => {
    const envelope = eventEnvelopeSchema.safeParse(body);
    const event = envelope.success ? appHomeOpenedSchema.safeParse(envelope.data.event) : undefined;
    if (!event?.success) {
      deps.logger.warn('app_home_opened without the expected fields');
      return;
    }
    if (event.data.tab !== undefined && event.data.tab !== 'home') return;
    await deps.api.publishHome(event.data.user, renderHome({ status: deps.desk.status(), command: deps.config.SLACK_COMMAND }));
  };
}
