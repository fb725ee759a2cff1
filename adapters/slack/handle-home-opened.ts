import { errorCode } from './error-code.ts';
import { renderHome } from './render-home.ts';
import { renderIncidentList } from './render-incident-list.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';
import type { Block } from './slack-message.ts';
import { appHomeOpenedSchema, eventEnvelopeSchema } from './slack-payloads.ts';

/**
 * app_home_opened (Home tab): publishes the user's Home view: the live status, how to report,
 * the open incidents and those of the last 24 hours (desk.incidents.list()).
 */
export function handleHomeOpened(deps: SlackHandlerDeps) {
  return async ({ body }: { body: unknown }): Promise<void> => {
    const envelope = eventEnvelopeSchema.safeParse(body);
    const event = envelope.success ? appHomeOpenedSchema.safeParse(envelope.data.event) : undefined;
    if (!event?.success) {
      deps.logger.warn('app_home_opened without the expected fields');
      return;
    }
    if (event.data.tab !== undefined && event.data.tab !== 'home') return;
    const sections = await incidentSections(deps);
    await deps.api.publishHome(event.data.user, renderHome({ status: deps.desk.status(), command: deps.config.SLACK_COMMAND, sections }));
  };
}

async function incidentSections(deps: SlackHandlerDeps): Promise<Block[]> {
  try {
    const all = await deps.desk.incidents.list();
    const now = deps.now();
    const live = all.filter((i) => i.state === 'open' || i.state === 'acknowledged');
    const recent = all.filter((i) => i.state === 'resolved' || i.state === 'merged');
    return [
      { type: 'divider' },
      ...renderIncidentList({ title: '*Open incidents*', incidents: live, now, empty: 'No open incidents right now.' }),
      ...renderIncidentList({ title: '*Closed in the last 24 hours*', incidents: recent, now, empty: 'None.' }),
    ];
  } catch (error) {
    deps.logger.error({ err: error, code: errorCode(error) }, 'could not list the incidents for the Home tab');
    return [{ type: 'context', elements: [{ type: 'mrkdwn', text: 'The incidents could not be read just now.' }] }];
  }
}
