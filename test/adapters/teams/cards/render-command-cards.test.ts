import { describe, expect, it } from 'vitest';
import { renderHelpCard } from '../../../../adapters/teams/cards/render-help-card.ts';
import { renderIncidentListCard } from '../../../../adapters/teams/cards/render-incident-list-card.ts';
import { renderStatusCard } from '../../../../adapters/teams/cards/render-status-card.ts';
import { describeIncident } from '../../../../src/incidents/describe-incident.ts';
import { bytesOf, expectInertMarkdown, expectValidMessage, HOSTILE, incident, markdownTexts, STATUS_OK, T0, texts } from './teams-card-kit.ts';
import { messagesFor } from '../../../../src/messages/messages-for.ts';

const en = messagesFor('en');

const NOW = T0 + 6 * 60_000;

describe('renderHelpCard', () => {
  it('explains reporting, status, incidents and help, with the command word', () => {
    const message = renderHelpCard('chatgpt-500', en);
    expectValidMessage(message);
    const all = texts(message.card!).join('\n');
    expect(all).toContain('**chatgpt-500** and what happens, or just what happens: report a problem');
    expect(all).toContain('"chatgpt-500 chatgpt.com shows error 500 on office wifi"');
    expect(all).toContain("• **status**: OpenAI's live status");
    expect(all).toContain('• **incidents**: the incidents the helpdesk is tracking right now.');
    expect(all).toContain('• **help**: this message.');
    expect(all).toContain('• **report**: the support report of your conversation here, as a form to fill in.');
    expect(all).toContain('@mention me');
    expect(message.text).toBe('How to use chatgpt-500');
  });

  it('escapes an odd command word', () => {
    const message = renderHelpCard('<b>*bot*</b>', en);
    for (const t of markdownTexts(message.card!)) expectInertMarkdown(t);
  });
});

describe('renderStatusCard', () => {
  it('operational: one line with its light and no incidents', () => {
    const message = renderStatusCard(STATUS_OK, en);
    expectValidMessage(message);
    expect(texts(message.card!)).toEqual([`🟢 ${STATUS_OK.line}`]);
    expect(message.text).toBe(`🟢 ${STATUS_OK.line}`);
  });

  it('an incident: red light, https links, other products marked, a bad URL shown as text', () => {
    const message = renderStatusCard({
      status: 'chatgpt_incident',
      line: 'ChatGPT: Conversations degraded (as of 2 min ago)',
      ageSeconds: 120,
      incidents: [
        { name: 'Elevated errors on ChatGPT', url: 'https://status.openai.com/incidents/01', chatgpt: true },
        { name: 'Sora slow', url: 'https://status.openai.com/incidents/02', chatgpt: false },
        { name: '[Phish](https://evil.example)', url: 'javascript:alert(1)', chatgpt: true },
      ],
    }, en);
    expectValidMessage(message);
    const all = texts(message.card!);
    expect(all[0]).toBe('🔴 ChatGPT: Conversations degraded (as of 2 min ago)');
    expect(all).toContain('• [Elevated errors on ChatGPT](https://status.openai.com/incidents/01)');
    expect(all).toContain('• [Sora slow](https://status.openai.com/incidents/02) _(not ChatGPT)_');
    expect(all[3]).not.toContain('](');
    for (const t of markdownTexts(message.card!)) expectInertMarkdown(t, { allowLinks: true });
  });

  it('unknown status is said, never shown as operational; many incidents are capped', () => {
    const message = renderStatusCard({
      status: 'unknown',
      line: 'The status page could not be read',
      ageSeconds: null,
      incidents: Array.from({ length: 500 }, (_, i) => ({ name: `Incident ${i} ${'x'.repeat(500)}`, url: `https://status.openai.com/incidents/${i}`, chatgpt: true })),
    }, en);
    expectValidMessage(message);
    const all = texts(message.card!);
    expect(all[0]).toBe('⚪ The status page could not be read');
    expect(all.at(-1)).toBe('…and 480 more');
  });
});

describe('renderIncidentListCard', () => {
  it('lists the open incidents, one line each, and the closed ones apart', () => {
    const open = incident({ id: 'a', statusIncidents: [{ id: 's', name: 'x', url: 'https://status.openai.com/incidents/9' }] });
    const acked = incident({ id: 'b', state: 'acknowledged', kind: 'api' });
    const closed = incident({ id: 'c', state: 'resolved', resolved: { by: 'web:board', at: NOW, reason: 'desk' } });
    const message = renderIncidentListCard({ incidents: [open, acked, closed], now: NOW, m: en });
    expectValidMessage(message);
    const all = texts(message.card!);
    expect(all[0]).toBe('Open incidents');
    const iso = new Date(T0).toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(all[1]).toBe(`🔴 ${describeIncident(open, NOW)} · 50 reports · since {{DATE(${iso}, SHORT)}} {{TIME(${iso})}} · [status page](https://status.openai.com/incidents/9)`);
    expect(all[2]).toMatch(/^🟠 OpenAI API server errors: 20 people in 6 min · 50 reports · since .* · acknowledged$/);
    expect(all[3]).toBe('Closed in the last 24 hours');
    expect(all[4]).toMatch(/^✅ .* · resolved$/);
    expect(message.text).toBe('2 open incidents');
  });

  it('says so when nothing is open', () => {
    const message = renderIncidentListCard({ incidents: [], now: NOW, m: en });
    expectValidMessage(message);
    expect(texts(message.card!)).toEqual(['Open incidents', '_No open incidents right now._']);
    expect(message.text).toBe('No open incidents right now.');
  });

  it('caps a long list under 25 KB, with hostile places inert', () => {
    const incidents = Array.from({ length: 1000 }, (_, i) => incident({ id: `i${i}`, kind: 'network_local', place: `site:${HOSTILE} ${i} ${'p'.repeat(300)}` }));
    const message = renderIncidentListCard({ incidents, now: NOW, m: en });
    expectValidMessage(message);
    expect(bytesOf(message)).toBeLessThan(25_000);
    expect(texts(message.card!).join('\n')).toMatch(/…and \d+ more/);
    for (const t of markdownTexts(message.card!)) expectInertMarkdown(t, { allowLinks: true });
  });
});
