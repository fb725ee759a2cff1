import { describe, expect, it } from 'vitest';
import { announcementContent } from '../../src/announce/announcement-content.ts';
import { shouldAnnounce } from '../../src/announce/should-announce.ts';
import { LOCALES } from '../../src/messages/locale.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { SAMPLE_T0, sampleIncident } from '../helpers/sample-incident.ts';

const acknowledged = { state: 'acknowledged' as const, acknowledged: { by: 'board:Kim', at: SAMPLE_T0 } };
const statusLink = { statusIncidents: [{ id: 'st-1', name: 'Elevated error rates on ChatGPT' }] };

describe('shouldAnnounce', () => {
  it('announces an upstream or API incident once the desk acknowledged it', () => {
    expect(shouldAnnounce(sampleIncident(), { onStatus: false })).toBe(false);
    expect(shouldAnnounce(sampleIncident(acknowledged), { onStatus: false })).toBe(true);
    expect(shouldAnnounce(sampleIncident({ ...acknowledged, kind: 'api' }), { onStatus: false })).toBe(true);
  });

  it('never announces a network-local incident, nor one that is over', () => {
    expect(shouldAnnounce(sampleIncident({ ...acknowledged, kind: 'network_local', place: 'site:berlin' }), { onStatus: true })).toBe(false);
    expect(shouldAnnounce(sampleIncident({ ...acknowledged, state: 'resolved' }), { onStatus: true })).toBe(false);
    expect(shouldAnnounce(sampleIncident({ ...statusLink, state: 'merged' }), { onStatus: true })).toBe(false);
  });

  it('with ANNOUNCE_ON_STATUS, a live ChatGPT outage on the status page is announced before any acknowledgement', () => {
    expect(shouldAnnounce(sampleIncident(statusLink), { onStatus: false })).toBe(false);
    expect(shouldAnnounce(sampleIncident(statusLink), { onStatus: true })).toBe(true);
    // The status incident resolved already: nothing to announce from it.
    expect(shouldAnnounce(sampleIncident({ statusIncidents: [{ id: 'st-1', name: 'x', resolvedAt: SAMPLE_T0 }] }), { onStatus: true })).toBe(false);
    // The API's errors are not on the status page's ChatGPT incidents: only acknowledged.
    expect(shouldAnnounce(sampleIncident({ ...statusLink, kind: 'api' }), { onStatus: true })).toBe(false);
  });
});

describe('announcementContent', () => {
  it('says what is down, that the desk knows, what to do meanwhile and that there is no need to report', () => {
    const a = announcementContent(sampleIncident({ ...acknowledged, ...statusLink }), messagesFor('en'));
    expect(a).toMatchObject({ incidentId: 'inc-01jdtest', openedAt: SAMPLE_T0, live: true, title: '🔴 ChatGPT is down for many people' });
    expect(a.lines).toEqual([
      expect.stringContaining('It is not your computer or your network'),
      'OpenAI status page: Elevated error rates on ChatGPT',
      'The helpdesk knows and is following it.',
      expect.stringMatching(/^Meanwhile: save what you were writing/),
      expect.stringMatching(/^No need to report it/),
    ]);
    expect(a.buttons).toEqual({ affected: "I'm affected too", somethingElse: "It's something else" });
  });

  it('has the API its own words', () => {
    const a = announcementContent(sampleIncident({ ...acknowledged, kind: 'api' }), messagesFor('en'));
    expect(a.title).toBe('🔴 The OpenAI API is failing with server errors');
    expect(a.lines.join(' ')).toContain('retry with backoff');
  });

  it('once resolved: fixed, and only "It\'s something else"', () => {
    const a = announcementContent(sampleIncident({ state: 'resolved', resolved: { by: 'board:Kim', at: SAMPLE_T0, reason: 'desk' } }), messagesFor('en'));
    expect(a).toMatchObject({ live: false, title: '✅ Fixed: ChatGPT works again', buttons: { somethingElse: "It's something else" } });
    expect(a.buttons.affected).toBeUndefined();
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('is written in %s, not in English', (locale) => {
    const en = announcementContent(sampleIncident(acknowledged), messagesFor('en'));
    const other = announcementContent(sampleIncident(acknowledged), messagesFor(locale));
    expect(other.title).not.toBe(en.title);
    other.lines.forEach((line, i) => expect(line).not.toBe(en.lines[i]));
    expect(other.buttons.affected).not.toBe(en.buttons.affected);
  });
});
