import { incidentTexts } from '../../shared/incident-texts.ts';
import type { TimelineEntry } from '../../../src/incidents/incident-types.ts';
import type { Messages } from '../../../src/messages/messages-for.ts';
import { cardTime } from './card-time.ts';
import { describeActor } from './describe-actor.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { fitText } from './fit-text.ts';
import { branchLabel } from '../../shared/branch-label.ts';
import { kindTitle } from '../../shared/kind-title.ts';

const data = (text: string, max = 120) => escapeTeamsMarkdown(fitText(text.replace(/\s+/g, ' ').trim(), max), { from: 'person' });

/**
 * One timeline entry as a line of the helpdesk card (escaped markdown), its time first in the
 * reader's timezone, in the desk's language (`m`). Ids, names, places and note texts are data
 * and escaped as such; a desk note is named, not repeated: the card shows the latest one in full.
 */
export function describeTimelineEntry(entry: TimelineEntry, m: Messages): string {
  const at = cardTime(entry.at, 'time');
  const who = (actor: string) => data(describeActor(actor, m));
  const people = (count: number) => m.t('chat.people', { count });
  const places = (count: number) => m.t('teams.timeline.places', { count });
  switch (entry.type) {
    case 'opened':
      return `${at} ${entry.reason === 'status' ? m.t('teams.timeline.opened_status') : m.t('teams.timeline.opened_crowd', { people: people(entry.reporters), places: places(entry.places) })}`;
    case 'threshold': {
      const head = entry.reporters !== undefined ? m.t('teams.timeline.threshold_people', { people: people(entry.reporters) }) : m.t('teams.timeline.threshold');
      return `${at} ${head}${entry.places !== undefined ? ` ${m.t('teams.timeline.on_places', { places: places(entry.places) })}` : ''}`;
    }
    case 'kind_changed':
      return `${at} ${m.t('teams.timeline.kind_changed', { to: kindTitle(m, entry.to), from: kindTitle(m, entry.from) })}`;
    case 'absorbed':
      return `${at} ${m.t('teams.timeline.absorbed', { incident: data(entry.incidentId) })}${entry.place ? ` (${data(incidentTexts.place(entry.place, m))})` : ''}`;
    case 'merged':
      return `${at} ${m.t('teams.timeline.merged', { incident: data(entry.into) })}`;
    case 'status_linked':
      return `${at} ${m.t('teams.timeline.status_linked', { name: data(entry.name, 200) })}`;
    case 'status_resolved':
      return `${at} ${m.t('teams.timeline.status_resolved', { incident: data(entry.statusIncidentId) })}`;
    case 'left':
      return `${at} ${
        entry.branch
          ? m.t('teams.timeline.left_branch', { branch: branchLabel(m, entry.branch), people: people(entry.reporters) })
          : m.t('teams.timeline.left', { people: people(entry.reporters) })
      }`;
    case 'acknowledged':
      return `${at} ${m.t('teams.timeline.acknowledged', { who: who(entry.by) })}`;
    case 'snoozed':
      return `${at} ${m.t('teams.timeline.snoozed', { time: cardTime(entry.until, 'time'), who: who(entry.by) })}`;
    case 'note':
      return `${at} ${m.t('teams.timeline.note', { who: who(entry.by) })}`;
    case 'resolved': {
      const why =
        entry.reason === 'status'
          ? m.t('chat.card.resolved_by_status')
          : entry.reason === 'quiet'
            ? m.t('chat.card.resolved_quiet')
            : entry.reason === 'merged'
              ? m.t('teams.timeline.resolved_merged')
              : '';
      return `${at} ${m.t('teams.timeline.resolved', { who: who(entry.by) })}${why ? ` ${why}` : ''}`;
    }
  }
}
