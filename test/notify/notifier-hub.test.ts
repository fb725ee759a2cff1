import { describe, expect, it } from 'vitest';
import type { Incident } from '../../src/incidents/incident-types.ts';
import { MemoryCardState } from '../../src/notify/memory-card-state.ts';
import { createNotifierHub } from '../../src/notify/notifier-hub.ts';
import type { Notifier, OutboundEvent } from '../../src/notify/notifier.port.ts';

function incident(version: number, state: Incident['state'] = 'open'): Incident {
  return {
    id: 'i1', kind: 'upstream', state, openedAt: 0, openedBy: 'crowd', lastReportAt: 0, reporters: version, reports: version, places: 2,
    breakdown: { places: {}, localPlaces: {}, surfaces: {}, symptoms: {} }, perMinute: [], statusIncidents: [], timeline: [], version,
  };
}

function recorder(options: { failFirst?: boolean; delayMs?: number } = {}) {
  const events: OutboundEvent[] = [];
  let failures = options.failFirst ? 1 : 0;
  let posted = 0;
  const notifier: Notifier = {
    async deliver(event) {
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      if (failures-- > 0) throw new Error('platform down');
      events.push(event);
      if (event.type === 'incident_opened') return { cardRef: `ref-${++posted}` };
    },
  };
  return { events, notifier };
}

describe('notifier hub', () => {
  it('posts a card once, then edits it through the stored reference, per platform', async () => {
    const cards = new MemoryCardState(() => 0, 60_000);
    const hub = createNotifierHub({ cards });
    const slack = recorder({ delayMs: 5 });
    const teams = recorder();
    hub.register('slack', slack.notifier);
    hub.register('teams', teams.notifier);
    // Two writes at once must not both post: the second waits and edits.
    await Promise.all([hub.deliverCard(incident(1)), hub.deliverCard(incident(2))]);
    await hub.deliverCard(incident(3, 'resolved'));
    expect(slack.events.map((e) => e.type)).toEqual(['incident_opened', 'incident_changed', 'incident_resolved']);
    expect(slack.events.slice(1).map((e) => ('cardRef' in e ? e.cardRef : undefined))).toEqual(['ref-1', 'ref-1']);
    expect(teams.events.map((e) => e.type)).toEqual(['incident_opened', 'incident_changed', 'incident_resolved']);
    expect(JSON.parse((await cards.getRef('i1'))!)).toEqual({ slack: 'ref-1', teams: 'ref-1' });
  });

  it('skips a stale state that arrives after a newer one was drawn', async () => {
    const hub = createNotifierHub({ cards: new MemoryCardState(() => 0, 60_000) });
    const slack = recorder();
    hub.register('slack', slack.notifier);
    await hub.deliverCard(incident(5));
    await hub.deliverCard(incident(4));
    expect(slack.events.map((e) => 'incident' in e && e.incident.version)).toEqual([5]);
  });

  it('a failing platform does not stop the others, and the failure is reported for a retry', async () => {
    const hub = createNotifierHub({ cards: new MemoryCardState(() => 0, 60_000) });
    const slack = recorder({ failFirst: true });
    const teams = recorder();
    hub.register('slack', slack.notifier);
    hub.register('teams', teams.notifier);
    await expect(hub.deliverCard(incident(1))).rejects.toBeInstanceOf(AggregateError);
    expect(teams.events).toHaveLength(1);
    await hub.deliverCard(incident(1));
    expect(slack.events.map((e) => e.type)).toEqual(['incident_opened']);
    expect(teams.events.map((e) => e.type)).toEqual(['incident_opened', 'incident_changed']);
  });

  it('delivers a reporter notification only on the reporter\'s platform', async () => {
    const hub = createNotifierHub({ cards: new MemoryCardState(() => 0, 60_000) });
    const slack = recorder();
    hub.register('slack', slack.notifier);
    const event = { type: 'reporter_notification', conversationId: 'c1', incidentId: 'i1', text: 'fixed', thread: { platform: 'slack', ref: { channel: 'D1', threadTs: '1.1' } } } as const;
    expect(await hub.deliverToThread(event)).toBe(true);
    expect(await hub.deliverToThread({ ...event, thread: { platform: 'teams', ref: { id: 'x' } } })).toBe(false);
    expect(slack.events).toEqual([event]);
  });
});
