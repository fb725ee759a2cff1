import type { Desk } from '../../src/desk/desk.port.ts';
import type { Logger } from '../../src/logger.ts';
import { errorCode } from './error-code.ts';
import { renderHome } from './render-home.ts';
import { renderIncidentList } from './render-incident-list.ts';
import type { Block } from './slack-message.ts';

/**
 * The Home tab as it is now: the live status, how to report, the open incidents and those closed
 * in the last 24 hours (rendered when the refresh is delivered, not when it was asked for).
 */
export async function renderHomeFor(input: { desk: Pick<Desk, 'status' | 'incidents'>; command: string; now: number; logger: Logger }): Promise<Block[]> {
  return renderHome({ status: input.desk.status(), command: input.command, sections: await incidentSections(input) });
}

async function incidentSections(input: { desk: Pick<Desk, 'incidents'>; now: number; logger: Logger }): Promise<Block[]> {
  try {
    const all = await input.desk.incidents.list();
    const live = all.filter((i) => i.state === 'open' || i.state === 'acknowledged');
    const recent = all.filter((i) => i.state === 'resolved' || i.state === 'merged');
    return [
      { type: 'divider' },
      ...renderIncidentList({ title: '*Open incidents*', incidents: live, now: input.now, empty: 'No open incidents right now.' }),
      ...renderIncidentList({ title: '*Closed in the last 24 hours*', incidents: recent, now: input.now, empty: 'None.' }),
    ];
  } catch (error) {
    input.logger.error({ err: error, code: errorCode(error) }, 'could not list the incidents for the Home tab');
    return [{ type: 'context', elements: [{ type: 'mrkdwn', text: 'The incidents could not be read just now.' }] }];
  }
}
