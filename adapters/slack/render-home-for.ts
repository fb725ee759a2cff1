import type { Desk } from '../../src/desk/desk.port.ts';
import type { Logger } from '../../src/logger.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import { errorCode } from './error-code.ts';
import { renderHome } from './render-home.ts';
import { renderIncidentList } from './render-incident-list.ts';
import type { Block } from './slack-message.ts';

/**
 * The Home tab as it is now: the live status, how to report, the open incidents and those closed
 * in the last 24 hours (rendered when the refresh is delivered, not when it was asked for).
 */
export async function renderHomeFor(input: { desk: Pick<Desk, 'status' | 'incidents'>; command: string; now: number; logger: Logger; m: Messages }): Promise<Block[]> {
  return renderHome({ status: input.desk.status(), command: input.command, sections: await incidentSections(input), m: input.m });
}

async function incidentSections(input: { desk: Pick<Desk, 'incidents'>; now: number; logger: Logger; m: Messages }): Promise<Block[]> {
  const { m } = input;
  try {
    const all = await input.desk.incidents.list();
    const live = all.filter((i) => i.state === 'open' || i.state === 'acknowledged');
    const recent = all.filter((i) => i.state === 'resolved' || i.state === 'merged');
    return [
      { type: 'divider' },
      ...renderIncidentList({ title: `*${m.t('chat.incidents.open')}*`, incidents: live, now: input.now, empty: m.t('chat.incidents.none_open'), m }),
      ...renderIncidentList({ title: `*${m.t('chat.incidents.closed')}*`, incidents: recent, now: input.now, empty: m.t('chat.incidents.none'), m }),
    ];
  } catch (error) {
    input.logger.error({ err: error, code: errorCode(error) }, 'could not list the incidents for the Home tab');
    return [{ type: 'context', elements: [{ type: 'mrkdwn', text: m.t('slack.home.unreadable') }] }];
  }
}
