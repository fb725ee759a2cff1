import { describe, expect, it } from 'vitest';
import { CARD_ACTIONS } from '../../../../adapters/teams/cards/card-actions.ts';
import { renderIncidentCard } from '../../../../adapters/teams/cards/render-incident-card.ts';
import { describeIncident, describeNotifyProgress } from '../../../../src/incidents/describe-incident.ts';
import type { Incident } from '../../../../src/incidents/incident-types.ts';
import { bytesOf, elements, expectInertMarkdown, expectValidMessage, HOSTILE, incident, markdownTexts, monospaceTexts, T0, texts, ZWSP } from './teams-card-kit.ts';
import { messagesFor } from '../../../../src/messages/messages-for.ts';

const en = messagesFor('en');

const NOW = T0 + 6 * 60_000;
const joined = (i: Incident, now = NOW) => texts(renderIncidentCard(i, now, en).card!).join('\n');
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe('renderIncidentCard', () => {
  it('open: title with its light, the summary, counts, times, breakdowns and the sparkline', () => {
    const inc = incident();
    const message = renderIncidentCard(inc, NOW, en);
    expectValidMessage(message);
    const card = message.card!;
    expect(card.msteams).toEqual({ width: 'Full' });
    const all = texts(card);
    expect(all[0]).toBe('🔴 ChatGPT outage');
    expect(all).toContain(describeIncident(inc, NOW));
    expect(all).toContain('**Open**: nobody on the desk has acknowledged it yet');
    const counts = elements(card).find((e) => e.type === 'FactSet');
    expect(counts).toEqual({ type: 'FactSet', facts: [{ title: 'Reports', value: '50' }, { title: 'Reporters', value: '20' }, { title: 'Networks', value: '4' }, { title: 'Sites', value: '0' }] });
    expect(all).toContain(`First report {{DATE(${iso(T0)}, SHORT)}} {{TIME(${iso(T0)})}} · last report {{DATE(${iso(T0 + 300_000)}, SHORT)}} {{TIME(${iso(T0 + 300_000)})}}`);
    const facts = elements(card).flatMap((e) => (e.type === 'FactSet' ? e.facts : []));
    expect(facts).toContainEqual({ title: 'office network', value: '10' });
    expect(facts).toContainEqual({ title: 'mobile data', value: '2' });
    expect(facts).toContainEqual({ title: 'web', value: '18' });
    expect(facts).toContainEqual({ title: 'not asked yet', value: '2' });
    expect(facts).toContainEqual({ title: 'HTTP 500', value: '20' });
    // Largest first, as on Slack.
    expect(facts.slice(4, 8).map((f) => f.title)).toEqual(['office network', 'VPN', 'home network', 'mobile data']);
    expect(all).toContain('Reports per minute (last 4 min, peak 8/min)');
    expect(monospaceTexts(card)).toContain('▂█▁▄');
    expect(message.text).toBe('🔴 ChatGPT outage: 50 reports from 20 people (open)');
  });

  it('open: Acknowledge, Resolve, Snooze and Post update, with the agreed data', () => {
    const card = renderIncidentCard(incident({ id: 'inc-01jdabc' }), NOW, en).card!;
    expect(card.actions).toEqual([
      { type: 'Action.Execute', title: 'Acknowledge', style: 'positive', verb: 'c500.incident.ack', data: { incidentId: 'inc-01jdabc' } },
      { type: 'Action.Execute', title: 'Resolve', style: 'destructive', verb: 'c500.incident.resolve', data: { incidentId: 'inc-01jdabc' } },
      { type: 'Action.Execute', title: `Snooze ${CARD_ACTIONS.snoozeMinutes} min`, verb: 'c500.incident.snooze', data: { incidentId: 'inc-01jdabc' } },
      { type: 'Action.Submit', title: 'Post update to reporters', data: { msteams: { type: 'task/fetch' }, c500: 'incident.update', incidentId: 'inc-01jdabc' } },
    ]);
    expect(CARD_ACTIONS.snoozeMinutes).toBe(30);
  });

  it('acknowledged and snoozed: who and when, 💤 light, no Acknowledge', () => {
    const inc = incident({ state: 'acknowledged', acknowledged: { by: 'teams:Dana_Desk', at: T0 + 60_000 }, snoozed: { by: 'web:board', until: T0 + 40 * 60_000 } });
    const message = renderIncidentCard(inc, T0 + 10 * 60_000, en);
    expectValidMessage(message);
    const all = texts(message.card!);
    expect(all[0]).toBe('💤 ChatGPT outage');
    expect(all).toContain(`**Acknowledged** by Dana_Desk (Teams) at {{TIME(${iso(T0 + 60_000)})}} · 💤 snoozed until {{TIME(${iso(T0 + 40 * 60_000)})}} by board (web)`);
    expect(message.card!.actions?.map((a) => a.title)).toEqual(['Resolve', 'Snooze 30 min', 'Post update to reporters']);
  });

  it('acknowledged after the snooze ran out: 🟠 and no snooze line', () => {
    const inc = incident({ state: 'acknowledged', acknowledged: { by: 'slack:U0DESK', at: T0 }, snoozed: { by: 'web:board', until: T0 + 5 * 60_000 } });
    const all = texts(renderIncidentCard(inc, T0 + 10 * 60_000, en).card!);
    expect(all[0]).toBe('🟠 ChatGPT outage');
    expect(all.join('\n')).not.toContain('snoozed until');
    expect(all).toContain(`**Acknowledged** by U0DESK (Slack) at {{TIME(${iso(T0)})}}`);
  });

  it('resolved: ✅, who resolved and why, and no actions at all', () => {
    const message = renderIncidentCard(incident({ state: 'resolved', resolved: { by: 'status page', at: T0 + 20 * 60_000, reason: 'status' } }), T0 + 30 * 60_000, en);
    expectValidMessage(message);
    const all = texts(message.card!);
    expect(all[0]).toBe('✅ ChatGPT outage');
    expect(all).toContain(`**Resolved** by the status page at {{TIME(${iso(T0 + 20 * 60_000)})}} (the status page resolved it)`);
    expect(message.card!.actions).toBeUndefined();
    expect(elements(message.card!).some((e) => e.type === 'ActionSet')).toBe(false);
  });

  it('merged: ⚪, the incident it went into (escaped), and no actions', () => {
    const message = renderIncidentCard(incident({ state: 'merged', mergedInto: 'inc-*evil*' }), NOW, en);
    expect(texts(message.card!)).toContain('**Merged** into another incident (inc-\u2217evil\u2217)');
    expect(texts(message.card!)[0]).toBe('⚪ ChatGPT outage');
    expect(message.card!.actions).toBeUndefined();
  });

  it('network-local: the place in the title, escaped as data', () => {
    const all = texts(
      renderIncidentCard(
        incident({
          kind: 'network_local',
          place: 'site:[hq](https://evil.example) # 1',
          placeName: 'site [HQ](https://evil.example) # 1',
          breakdown: { networks: { office: 3 }, sites: { '[HQ](https://evil.example) # 1': 3 }, surfaces: {}, symptoms: {} },
        }),
        NOW,
        en,
      ).card!,
    );
    expect(all[0]).toBe(`🔴 Network problem: site [HQ]${ZWSP}(https:${ZWSP}//evil\u2024example) # 1`);
    expect(all).toContain('By site');
  });

  it('status-page incidents as https links only; a resolved one is marked', () => {
    const all = joined(
      incident({
        statusIncidents: [
          { id: 's1', name: 'Elevated errors [ChatGPT]', url: 'https://status.openai.com/incidents/01JX_ABC', resolvedAt: T0 },
          { id: 's2', name: 'Downgraded', url: 'http://status.openai.com/incidents/2' },
          { id: 's3', name: 'Script', url: 'javascript:alert(1)' },
          { id: 's4', name: 'Userinfo', url: 'https://status.openai.com@evil.example/x' },
        ],
      }),
    );
    expect(all).toContain('• [Elevated errors \uFF08ChatGPT\uFF09](https://status.openai.com/incidents/01JX%5FABC) _(resolved)_');
    expect(all).toContain('• Downgraded');
    expect(all).toContain('• Script');
    expect(all).toContain('• Userinfo');
    expect(all).not.toMatch(/\]\((http:|javascript:|https:\/\/status\.openai\.com@)/);
  });

  it('the latest desk update in full, the last timeline entries, and the notice progress', () => {
    const timeline: Incident['timeline'] = [
      { type: 'opened', at: T0, reason: 'crowd', reporters: 4, places: 2 },
      { type: 'acknowledged', at: T0 + 60_000, by: 'teams:Dana' },
      { type: 'note', at: T0 + 120_000, by: 'teams:Dana', text: 'Fix rolling out.\n- see [here](https://evil.example)' },
      { type: 'status_linked', at: T0 + 180_000, statusIncidentId: 'st1', name: 'Elevated errors' },
      { type: 'snoozed', at: T0 + 200_000, by: 'web:board', until: T0 + 30 * 60_000 },
      { type: 'kind_changed', at: T0 + 240_000, from: 'network_local', to: 'upstream' },
      { type: 'resolved', at: T0 + 300_000, by: 'aggregator', reason: 'quiet' },
    ];
    const notify = { kind: 'update' as const, total: 5000, sent: 3120, failed: 0, skipped: 0 };
    const all = joined(incident({ timeline, notify }));
    expect(all).toContain(`📣 **Last update to reporters** (Dana (Teams), {{TIME(${iso(T0 + 120_000)})}}): Fix rolling out.\n\n${ZWSP}- see [here]${ZWSP}(https:${ZWSP}//evil\u2024example)`);
    expect(all).toContain('…2 earlier entries');
    expect(all).toContain(`{{TIME(${iso(T0 + 120_000)})}} 📣 Update to reporters by Dana (Teams)`);
    expect(all).toContain(`{{TIME(${iso(T0 + 180_000)})}} Status page: Elevated errors`);
    expect(all).toContain(`{{TIME(${iso(T0 + 240_000)})}} Now a ChatGPT outage (was Network problem)`);
    expect(all).toContain(`{{TIME(${iso(T0 + 300_000)})}} Resolved by the bot (no new reports)`);
    expect(all).not.toContain('Opened by the crowd');
    expect(all).toContain(`📨 ${describeNotifyProgress(notify)}`);
    expect(all).toContain('📨 Update to reporters: notified 3,120 of 5,000');
  });

  it('keeps hostile data inert and stays under 25 KB with thousands of places, links and entries', () => {
    const places = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`${HOSTILE} office ${i} ${'x'.repeat(200)}`, 3000 - i]));
    const inc = incident({
      id: `inc-${'9'.repeat(100)}`,
      breakdown: { networks: places, sites: places, surfaces: { web: 1, [HOSTILE]: 2 }, symptoms: { http_500: 1 } },
      statusIncidents: Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, name: `${HOSTILE} ${i}`, url: `https://status.openai.com/incidents/${i}` })),
      timeline: Array.from({ length: 500 }, (_, i) => ({ type: 'note' as const, at: T0 + i * 1000, by: `teams:${HOSTILE}`, text: `${HOSTILE} ${'n'.repeat(3000)}` })),
      perMinute: Array.from({ length: 5000 }, (_, i) => ({ at: T0 + i * 60_000, reports: i % 9 })),
      notify: { kind: 'resolved', total: 5000, sent: 5000, failed: 0, skipped: 0 },
    });
    const message = renderIncidentCard(inc, T0 + 6000 * 60_000, en);
    expectValidMessage(message);
    expect(bytesOf(message)).toBeLessThan(25_000);
    const all = texts(message.card!).join('\n');
    expect(all).toMatch(/…and \d+ more/);
    expect(all).toContain('Reports per minute (last 30 min');
    expect(message.card!.actions).toHaveLength(4);
    for (const t of markdownTexts(message.card!)) expectInertMarkdown(t, { allowLinks: true });
  });
});
