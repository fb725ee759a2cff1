import { describe, expect, it } from 'vitest';
import { renderHelp } from '../../adapters/slack/render-help.ts';
import { renderHome } from '../../adapters/slack/render-home.ts';
import { renderIncidentCard } from '../../adapters/slack/render-incident-card.ts';
import { renderUpdateModal } from '../../adapters/slack/render-update-modal.ts';
import { renderHelpCard } from '../../adapters/teams/cards/render-help-card.ts';
import { renderIncidentCard as renderTeamsIncidentCard } from '../../adapters/teams/cards/render-incident-card.ts';
import { CATALOGS } from '../../src/messages/catalogs.ts';
import { LOCALES } from '../../src/messages/locale.ts';
import type { Message } from '../../src/messages/message.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { blockKitProblem } from '../helpers/fake-slack-api.ts';
import { sampleIncident, SAMPLE_T0 } from '../helpers/sample-incident.ts';

/** Texts that read the same in a language as in English (product words, codes), by locale. */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  de: ['chat.breakdown.network.vpn', 'chat.breakdown.surface.api', 'chat.breakdown.surface.web', 'chat.breakdown.symptom.', 'chat.update.label', 'chat.card.sites'],
  es: ['chat.breakdown.network.vpn', 'chat.breakdown.surface.api', 'chat.breakdown.surface.web', 'chat.breakdown.symptom.http_', 'chat.breakdown.symptom.api_5', 'chat.breakdown.symptom.api_429'],
  fr: ['chat.breakdown.network.vpn', 'chat.breakdown.surface.api', 'chat.breakdown.surface.web', 'chat.breakdown.symptom.http_', 'chat.breakdown.symptom.api_5', 'chat.breakdown.symptom.api_429', 'chat.card.sites'],
};

const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m).filter((f): f is string => typeof f === 'string'));

/**
 * The chat renderers' own texts (areas chat, slack, teams) in every language: translated (no
 * English left but product words and codes), within Slack's limits (modal title and buttons), and
 * the helpdesk card and help answer in each language without an English heading.
 */
describe('the Slack and Teams texts in every language', () => {
  const english: Readonly<Record<string, Message>> = CATALOGS.en;
  const ids = Object.keys(english).filter((id) => /^(chat|slack|teams)\./.test(id));

  it.each(LOCALES.filter((l) => l !== 'en'))('%s translates every chat, slack and teams text', (locale) => {
    const catalog: Readonly<Record<string, Message>> = CATALOGS[locale];
    const untranslated = ids.filter((id) => !SAME_AS_ENGLISH[locale]!.some((p) => id.startsWith(p)) && forms(catalog[id]!).some((f) => forms(english[id]!).includes(f)));
    expect(untranslated).toEqual([]);
  });

  it.each(LOCALES)('%s: the Slack modal, card and Home tab stay within Block Kit limits', (locale) => {
    const m = messagesFor(locale);
    const modal = renderUpdateModal({ incident: sampleIncident(), incidentId: 'inc-1', channel: 'C0HELP', now: SAMPLE_T0, m });
    // Slack refuses a modal whose title, submit or close text is longer than 24 characters.
    for (const text of [modal.title.text, modal.submit.text, modal.close.text]) expect(text.length).toBeLessThanOrEqual(24);
    expect(blockKitProblem(modal.blocks, 100)).toBeUndefined();
    const card = renderIncidentCard(sampleIncident(), SAMPLE_T0 + 6 * 60_000, m);
    expect(blockKitProblem(card.blocks, 50)).toBeUndefined();
    expect(blockKitProblem(renderHelp('/chatgpt-500', { inChannel: false, m }).blocks, 50)).toBeUndefined();
    const home = renderHome({ status: { status: 'operational', line: 'OK', ageSeconds: 5, incidents: [] }, command: '/chatgpt-500', m });
    expect(blockKitProblem(home, 100)).toBeUndefined();
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s: helpdesk cards and the help answer carry no English heading', (locale) => {
    const m = messagesFor(locale);
    const slack = JSON.stringify(renderIncidentCard(sampleIncident(), SAMPLE_T0 + 6 * 60_000, m).blocks);
    const teams = JSON.stringify(renderTeamsIncidentCard(sampleIncident(), SAMPLE_T0 + 6 * 60_000, m).card);
    for (const english of ['Reports per minute', 'By network', 'Acknowledge', 'Post update to reporters', 'First report', 'nobody on the desk']) {
      expect(slack).not.toContain(english);
      expect(teams).not.toContain(english);
    }
    expect(slack).toContain(m.t('chat.card.post_update'));
    expect(teams).toContain(m.t('chat.card.acknowledge'));
    const help = JSON.stringify(renderHelpCard('chatgpt-500', m).card);
    expect(help).not.toContain('ChatGPT not working?');
    expect(help).toContain(m.t('teams.help.help'));
  });
});
