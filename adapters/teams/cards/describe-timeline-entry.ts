import { placeLabel } from '../../../src/incidents/describe-incident.ts';
import type { TimelineEntry } from '../../../src/incidents/incident-types.ts';
import { cardTime } from './card-time.ts';
import { describeActor } from './describe-actor.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitText } from './fit-text.ts';
import { BRANCH_LABEL } from '../../shared/branch-label.ts';
import { KIND_TITLE } from '../../shared/kind-title.ts';

const data = (text: string, max = 120) => escapeTeamsMarkdown(fitText(text.replace(/\s+/g, ' ').trim(), max), { from: 'person' });
const who = (actor: string) => data(describeActor(actor));
const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
const places = (n: number) => `${n} ${n === 1 ? 'network or site' : 'networks or sites'}`;
const RESOLVE_REASONS = { desk: '', status: ' (the status page resolved it)', quiet: ' (no new reports)', merged: ' (merged)' } as const;

/**
 * One timeline entry as a line of the helpdesk card (escaped markdown), its time first in the
 * reader's timezone. Ids, names, places and note texts are data and escaped as such; a desk note
 * is named, not repeated: the card shows the latest one in full.
 */
export function describeTimelineEntry(entry: TimelineEntry): string {
  const at = cardTime(entry.at, 'time');
  switch (entry.type) {
    case 'opened':
      return `${at} Opened ${entry.reason === 'status' ? 'from the status page' : `by the crowd: ${people(entry.reporters)} on ${places(entry.places)}`}`;
    case 'threshold':
      return `${at} Threshold reached${entry.reporters !== undefined ? `: ${people(entry.reporters)}` : ''}${entry.places !== undefined ? ` on ${places(entry.places)}` : ''}`;
    case 'kind_changed':
      return `${at} Now a ${KIND_TITLE[entry.to]} (was ${KIND_TITLE[entry.from]})`;
    case 'absorbed':
      return `${at} Absorbed ${data(entry.incidentId)}${entry.place ? ` (${data(placeLabel(entry.place))})` : ''}`;
    case 'merged':
      return `${at} Merged into ${data(entry.into)}`;
    case 'status_linked':
      return `${at} Status page: ${data(entry.name, 200)}`;
    case 'status_resolved':
      return `${at} The status page resolved ${data(entry.statusIncidentId)}`;
    case 'left':
      return `${at} A reporter left the count${entry.branch ? ` (their verdict: ${BRANCH_LABEL[entry.branch]})` : ''}: ${people(entry.reporters)} now`;
    case 'acknowledged':
      return `${at} Acknowledged by ${who(entry.by)}`;
    case 'snoozed':
      return `${at} Snoozed until ${cardTime(entry.until, 'time')} by ${who(entry.by)}`;
    case 'note':
      return `${at} 📣 Update to reporters by ${who(entry.by)}`;
    case 'resolved':
      return `${at} Resolved by ${who(entry.by)}${RESOLVE_REASONS[entry.reason]}`;
  }
}
