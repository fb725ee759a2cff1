import { describe, expect, it } from 'vitest';
import { CARD_ACTIONS } from '../../../../adapters/teams/cards/card-actions.ts';
import { renderUpdateDialog } from '../../../../adapters/teams/cards/render-update-dialog.ts';
import { describeIncident } from '../../../../src/incidents/describe-incident.ts';
import { elements, expectInertMarkdown, expectValidMessage, HOSTILE, incident, markdownTexts, T0, texts } from './teams-card-kit.ts';
import { messagesFor } from '../../../../src/messages/messages-for.ts';

const en = messagesFor('en');

const NOW = T0 + 6 * 60_000;

describe('renderUpdateDialog', () => {
  it('says what the update is about, who gets it and how it reads, then asks for the text', () => {
    const inc = incident({ id: 'inc-01jdupd' });
    const dialog = renderUpdateDialog({ incident: inc, now: NOW, m: en });
    expect(dialog.title).toBe('Update to reporters');
    expectValidMessage({ text: dialog.title, card: dialog.card });
    const all = texts(dialog.card);
    expect(all[0]).toBe(`**${describeIncident(inc, NOW)}**`);
    expect(all[1]).toMatch(/^Goes to all 20 people who reported this incident, each in their own conversation with the bot/);
    expect(all).toContain('📣 Update from the desk: …your text…');
    const input = elements(dialog.card).find((e) => e.type === 'Input.Text');
    expect(input).toEqual({
      type: 'Input.Text',
      id: 'text',
      label: 'Update',
      isMultiline: true,
      maxLength: 3000,
      isRequired: true,
      errorMessage: 'Write the update to send, up to 3,000 characters.',
      placeholder: 'e.g. OpenAI is rolling out a fix; we expect recovery within 30 minutes.',
    });
    expect(input?.id).toBe(CARD_ACTIONS.updateInputId);
    expect(dialog.card.actions).toEqual([{ type: 'Action.Submit', title: 'Send to reporters', style: 'positive', data: { c500: 'incident.update.submit', incidentId: 'inc-01jdupd' } }]);
  });

  it('warns when the incident is no longer live, and shows the previous notice’s progress', () => {
    const dialog = renderUpdateDialog({ incident: incident({ state: 'resolved', reporters: 1, notify: { kind: 'resolved', total: 1, sent: 1, failed: 0, skipped: 0 } }), now: NOW, m: en });
    const all = texts(dialog.card);
    expect(all[1]).toMatch(/^Goes to the 1 person who reported/);
    expect(all).toContain('This incident is resolved: reporters still get the update.');
    expect(all).toContain('Previous notice: Resolve notice: sent to the 1 recipient');
  });

  it('escapes the incident’s place as data', () => {
    const dialog = renderUpdateDialog({ incident: incident({ kind: 'network_local', place: `site:${HOSTILE}` }), now: NOW, m: en });
    for (const t of markdownTexts(dialog.card)) expectInertMarkdown(t);
  });
});
