import { describe, expect, it } from 'vitest';
import { describeTimelineEntry } from '../../../../adapters/teams/cards/describe-timeline-entry.ts';
import type { TimelineEntry } from '../../../../src/incidents/incident-types.ts';
import { expectInertMarkdown, T0, ZWSP } from './teams-card-kit.ts';
import { messagesFor } from '../../../../src/messages/messages-for.ts';

const en = messagesFor('en');

const at = `{{TIME(${new Date(T0).toISOString().replace(/\.\d{3}Z$/, 'Z')})}}`;

describe('describeTimelineEntry', () => {
  it.each<[TimelineEntry, string]>([
    [{ type: 'opened', at: T0, reason: 'crowd', reporters: 1, places: 1 }, 'Opened by the crowd: 1 person on 1 network or site'],
    [{ type: 'opened', at: T0, reason: 'crowd', reporters: 4, places: 2 }, 'Opened by the crowd: 4 people on 2 networks or sites'],
    [{ type: 'opened', at: T0, reason: 'status', reporters: 0, places: 0 }, 'Opened from the status page'],
    [{ type: 'threshold', at: T0, reporters: 5, places: 3 }, 'Threshold reached: 5 people on 3 networks or sites'],
    [{ type: 'threshold', at: T0 }, 'Threshold reached'],
    [{ type: 'kind_changed', at: T0, from: 'network_local', to: 'upstream' }, 'Now a ChatGPT outage (was Network problem)'],
    [{ type: 'absorbed', at: T0, incidentId: 'inc-2', place: 'network:vpn' }, 'Absorbed inc-2 (VPN)'],
    [{ type: 'merged', at: T0, into: 'inc-3' }, 'Merged into inc-3'],
    [{ type: 'status_linked', at: T0, statusIncidentId: 's1', name: 'Elevated errors' }, 'Status page: Elevated errors'],
    [{ type: 'status_resolved', at: T0, statusIncidentId: 's1' }, 'The status page resolved s1'],
    [{ type: 'acknowledged', at: T0, by: 'slack:U1' }, 'Acknowledged by U1 (Slack)'],
    [{ type: 'snoozed', at: T0, by: 'teams:Dana', until: T0 }, `Snoozed until ${at} by Dana (Teams)`],
    [{ type: 'note', at: T0, by: 'web:board', text: 'not repeated here' }, '📣 Update to reporters by board (web)'],
    [{ type: 'resolved', at: T0, by: 'web:board', reason: 'desk' }, 'Resolved by board (web)'],
    [{ type: 'resolved', at: T0, by: 'status page', reason: 'status' }, 'Resolved by the status page (the status page resolved it)'],
  ])('%j', (entry, line) => {
    expect(describeTimelineEntry(entry, en)).toBe(`${at} ${line}`);
  });

  it('escapes ids, names and actors as data', () => {
    const line = describeTimelineEntry({ type: 'status_linked', at: T0, statusIncidentId: 's', name: '[Outage](https://evil.example) <at>x</at>' }, en);
    expect(line).toContain(`[Outage]${ZWSP}(https:${ZWSP}//evil\u2024example)`);
    expectInertMarkdown(line);
    expectInertMarkdown(describeTimelineEntry({ type: 'acknowledged', at: T0, by: 'teams:# **Boss**' }, en));
  });
});
