import type { Incident } from '../incidents/incident-types.ts';
import type { Messages } from '../messages/messages-for.ts';

/** An outage announcement as the core decides it; adapters render it (Slack blocks, an Adaptive Card). */
export interface Announcement {
  incidentId: string;
  /** When the incident opened (ms): an announcement of it cannot be older. */
  openedAt: number;
  /** False once the incident is resolved (or merged): the announcement says it is fixed. */
  live: boolean;
  title: string;
  /** Paragraphs, in order: what is down, the status page's incidents, that the desk knows, what to do meanwhile, no need to report; or the resolve text. */
  lines: string[];
  /** Button labels: "I'm affected too" only while it is live; "It's something else" always. */
  buttons: { affected?: string; somethingElse: string };
  /** One line for notifications and screen readers (Slack `text`, a Teams summary). */
  fallback: string;
}

/**
 * The announcement of an incident in one language (DESK_LOCALE): what is down, that the desk
 * knows, what to do meanwhile and that there is no need to report it; after the resolve, that it
 * is fixed and where to go if it still fails. Pure: everything comes from the incident.
 */
export function announcementContent(incident: Incident, m: Messages): Announcement {
  const api = incident.kind === 'api';
  const live = incident.state === 'open' || incident.state === 'acknowledged';
  if (!live) {
    const title = m.t(api ? 'announce.title.resolved_api' : 'announce.title.resolved');
    return { incidentId: incident.id, openedAt: incident.openedAt, live, title, lines: [m.t('announce.resolved')], buttons: { somethingElse: m.t('announce.button.something_else') }, fallback: title };
  }
  const title = m.t(api ? 'announce.title.api' : 'announce.title.upstream');
  const status = incident.statusIncidents.filter((s) => s.resolvedAt === undefined).map((s) => m.t('announce.status', { name: s.name }));
  const lines = [
    m.t(api ? 'announce.down.api' : 'announce.down.upstream'),
    ...status,
    m.t('announce.known'),
    m.t(api ? 'announce.meanwhile.api' : 'announce.meanwhile.upstream'),
    m.t('announce.no_need'),
  ];
  return {
    incidentId: incident.id,
    openedAt: incident.openedAt,
    live,
    title,
    lines,
    buttons: { affected: m.t('announce.button.affected'), somethingElse: m.t('announce.button.something_else') },
    fallback: `${title}. ${m.t('announce.no_need')}`,
  };
}
