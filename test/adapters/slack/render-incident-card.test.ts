import { describe, expect, it } from 'vitest';
import { cardRef } from '../../../adapters/slack/card-ref.ts';
import { renderIncidentCard } from '../../../adapters/slack/render-incident-card.ts';
import { renderIncidentList } from '../../../adapters/slack/render-incident-list.ts';
import { renderSparkline } from '../../../adapters/slack/render-sparkline.ts';
import { renderUpdateModal, updateModalMetadata } from '../../../adapters/slack/render-update-modal.ts';
import type { Incident } from '../../../src/incidents/incident-types.ts';
import { blockKitProblem } from '../../helpers/fake-slack-api.ts';
import { SAMPLE_T0, sampleIncident } from '../../helpers/sample-incident.ts';
import { messagesFor } from '../../../src/messages/messages-for.ts';

const en = messagesFor('en');

const T0 = SAMPLE_T0;

const incident = (overrides: Partial<Incident> = {}): Incident => sampleIncident({ id: 'inc-1', ...overrides });

const text = (blocks: unknown) => JSON.stringify(blocks);

describe('renderIncidentCard', () => {
  it('shows kind, state, counts, breakdowns, the sparkline and the four buttons', () => {
    const card = renderIncidentCard(incident(), T0 + 6 * 60_000, en);
    expect(blockKitProblem(card.blocks, 50)).toBeUndefined();
    const t = text(card.blocks);
    expect(t).toContain('🔴 ChatGPT outage');
    expect(t).toContain('*Reports*\\n50');
    expect(t).toContain('*Reporters*\\n20');
    expect(t).toContain('office network: 10');
    expect(t).toContain('web: 18');
    expect(t).toContain('HTTP 500: 20');
    expect(t).toContain('`▂█▁▄`');
    expect(t).toContain('<!date^');
    expect(t).toMatch(/Acknowledge.*Resolve.*Snooze 30 min.*Post update to reporters/);
    expect(card.text).toContain('50 reports from 20 people');
  });

  it('acknowledged and snoozed: who did it, no Acknowledge button; the header light is 💤 while snoozed (as on Teams)', () => {
    const card = renderIncidentCard(incident({ state: 'acknowledged', acknowledged: { by: 'slack:U0DESK0001', at: T0 }, snoozed: { by: 'web:board', until: T0 + 40 * 60_000 } }), T0 + 10 * 60_000, en);
    const t = text(card.blocks);
    expect(t).toContain('💤 ChatGPT outage');
    const after = text(renderIncidentCard(incident({ state: 'acknowledged', acknowledged: { by: 'slack:U0DESK0001', at: T0 }, snoozed: { by: 'web:board', until: T0 + 40 * 60_000 } }), T0 + 50 * 60_000, en).blocks);
    expect(after).toContain('🟠 ChatGPT outage');
    expect(t).toContain('Acknowledged* by <@U0DESK0001>');
    expect(t).toContain('snoozed until');
    expect(t).not.toContain('c500.incident.ack');
    expect(t).toContain('c500.incident.resolve');
  });

  it('resolved: final state, no buttons', () => {
    const card = renderIncidentCard(incident({ state: 'resolved', resolved: { by: 'status', at: T0 + 20 * 60_000, reason: 'status' } }), T0 + 30 * 60_000, en);
    const t = text(card.blocks);
    expect(t).toContain('✅ ChatGPT outage');
    expect(t).toContain('the status page resolved it');
    expect(card.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('long breakdowns end in "and N more", hostile names are inert, and it stays within Block Kit limits', () => {
    const places = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`<!channel> office ${i} ${'x'.repeat(50)}`, 400 - i]));
    const card = renderIncidentCard(
      incident({
        breakdown: { networks: places, sites: places, surfaces: { web: 1 }, symptoms: { http_500: 1 } },
        statusIncidents: Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, name: `Outage *${i}* <@U1>`, url: `https://status.openai.com/incidents/${i}` })),
        timeline: [{ type: 'note', at: T0, by: 'slack:U0DESK0001', text: '<!here> fix is rolling out' }],
        perMinute: Array.from({ length: 500 }, (_, i) => ({ at: T0 + i * 60_000, reports: i % 9 })),
      }),
      T0,
      en,
    );
    expect(blockKitProblem(card.blocks, 50)).toBeUndefined();
    const t = text(card.blocks);
    expect(t).toContain('…and 392 more');
    expect(t).not.toContain('<!channel>');
    expect(t).not.toContain('<!here>');
    expect(t).not.toContain('<@U1>');
    expect(t).toContain('(last 30 min');
  });

  it('network-local incidents name their place', () => {
    expect(text(renderIncidentCard(incident({ kind: 'network_local', place: 'site:berlin hq' }), T0, en).blocks)).toContain('Network problem: site berlin hq');
  });
});

describe('renderSparkline', () => {
  it('scales to the busiest minute and fills quiet minutes with the lowest bar', () => {
    expect(renderSparkline([{ at: 0, reports: 1 }, { at: 120_000, reports: 8 }, { at: 180_000, reports: 4 }])).toEqual({ line: '▁▁█▄', minutes: 4, peak: 8 });
    expect(renderSparkline([])).toEqual({ line: '', minutes: 0, peak: 0 });
  });
});

describe('card references, the update modal and the incident list', () => {
  it('cardRef round-trips and rejects what is not one', () => {
    expect(cardRef.parse(cardRef.format({ channel: 'C123', ts: '1712345678.000100' }))).toEqual({ channel: 'C123', ts: '1712345678.000100' });
    expect(cardRef.parse('nonsense')).toBeNull();
    expect(cardRef.parse(undefined)).toBeNull();
  });

  it('the modal carries the incident and the channel; foreign metadata is refused', () => {
    const view = renderUpdateModal({ incident: incident(), incidentId: 'inc-1', channel: 'C0HELP', now: T0, m: en });
    expect(blockKitProblem(view.blocks, 100)).toBeUndefined();
    expect(updateModalMetadata.decode(view.private_metadata)).toEqual({ incidentId: 'inc-1', channel: 'C0HELP' });
    expect(updateModalMetadata.decode('{"x":1}')).toBeNull();
    expect(updateModalMetadata.decode('not json')).toBeNull();
  });

  it('the list keeps to one section with "and N more"', () => {
    const many = Array.from({ length: 40 }, (_, i) => incident({ id: `i${i}` }));
    const blocks = renderIncidentList({ title: '*Open incidents*', incidents: many, now: T0, empty: 'None', m: en });
    expect(blockKitProblem(blocks, 50)).toBeUndefined();
    expect(text(blocks)).toContain('…and 25 more');
    expect(text(renderIncidentList({ title: '*Open*', incidents: [], now: T0, empty: 'No open incidents right now.', m: en }))).toContain('No open incidents right now.');
  });
});
