import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/messages/catalogs.ts';

/**
 * The core's areas (triage, desk, cli) are translated: a German, Spanish or French text equal to
 * the English one is a text left untranslated, unless it is the same in that language by design
 * (a status code's name, a quoted product error, a product or technical term, punctuation).
 */
const SAME_BY_DESIGN: Readonly<Record<'de' | 'es' | 'fr', readonly string[]>> = {
  de: ['triage.list.named', 'triage.symptom.api_500', 'triage.report.api.endpoint', 'triage.it_note.subject.unknown', 'desk.status.chatgpt_incident', 'desk.place.vpn', 'cli.status.product_chatgpt'],
  es: [
    'triage.list.named',
    'triage.symptom.unusual_activity',
    'triage.symptom.api_500',
    'triage.report.api.endpoint',
    'triage.it_note.subject.unknown',
    'triage.it_note.symptom.http_500',
    'desk.status.chatgpt_incident',
    'desk.place.vpn',
    'cli.status.product_chatgpt',
  ],
  fr: ['cli.outbox.incident', 'triage.symptom.api_500', 'triage.report.api.endpoint', 'triage.it_note.subject.unknown', 'desk.place.site', 'desk.place.vpn', 'cli.status.product_chatgpt'],
};

describe('the core texts are translated', () => {
  const english: Readonly<Record<string, unknown>> = CATALOGS.en;
  it.each(['de', 'es', 'fr'] as const)('%s: no triage, desk or cli text is left in English', (locale) => {
    const catalog: Readonly<Record<string, unknown>> = CATALOGS[locale];
    const same = Object.keys(catalog).filter((id) => /^(triage|desk|cli)\./.test(id) && JSON.stringify(catalog[id]) === JSON.stringify(english[id]));
    expect(same.sort()).toEqual([...SAME_BY_DESIGN[locale]].sort());
  });
});
