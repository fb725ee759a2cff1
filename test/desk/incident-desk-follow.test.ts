import { describe, expect, it } from 'vitest';
import { followerNotice } from '../../src/announce/follower-notice.ts';
import { createIncidentDesk } from '../../src/desk/create-incident-desk.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import type { Incident } from '../../src/incidents/incident-types.ts';
import { createMemoryStore } from '../../src/store/create-store.ts';
import type { Store } from '../../src/store/store.port.ts';
import { DEFAULT_RULES } from '../helpers/store-backends.ts';
import { sampleIncident } from '../helpers/sample-incident.ts';

const DAY = 86_400_000;
const ana = { personId: 'slack:T1:U1', person: { platform: 'slack', user: 'U1', locale: 'de' } };

/** A memory store whose incident reads answer from `states` in turn (the incident resolving between two reads). */
function storeSeeing(states: Incident['state'][]): Store {
  const store = createMemoryStore({ rules: DEFAULT_RULES, now: () => Date.now(), conversationTtlMs: DAY });
  let read = 0;
  const incidents: Store['incidents'] = Object.create(store.incidents) as Store['incidents'];
  incidents.get = async (id) => sampleIncident({ id, state: states[Math.min(read++, states.length - 1)]! });
  return { ...store, incidents };
}

async function queued(store: Store): Promise<string[]> {
  const claimed = await store.outbox.read('test', 50, 0);
  return claimed.map((c) => c.entry.id);
}

describe('following an announcement', () => {
  it('a follow that lands while the incident resolves gets its resolve notice, once', async () => {
    const store = storeSeeing(['acknowledged', 'resolved']);
    const desk = createIncidentDesk({ store, now: () => Date.now(), retentionMs: DAY, locale: 'en' });
    expect(await desk.follow('inc-1', ana)).toEqual({ outcome: 'counted', reached: 1 });
    // The resolved announcement's drawing enqueues the same notice: it is not added twice.
    expect(await store.outbox.enqueue([followerNotice('inc-1', ana, 'en')])).toBe(0);
    expect(await queued(store)).toEqual(['follower:inc-1:slack:T1:U1']);
  });

  it('a follow on a live incident enqueues nothing (the notice comes with the resolve)', async () => {
    const store = storeSeeing(['open']);
    const desk = createIncidentDesk({ store, now: () => Date.now(), retentionMs: DAY, locale: 'en' });
    expect(await desk.follow('inc-2', ana)).toEqual({ outcome: 'counted', reached: 1 });
    expect(await desk.follow('inc-2', ana)).toEqual({ outcome: 'already', reached: 1 });
    expect(await queued(store)).toEqual([]);
  });

  it("the notice is in the person's language, else the desk's", () => {
    expect(followerNotice('inc-3', ana, 'en').body).toMatchObject({ kind: 'follower', incidentId: 'inc-3', text: messagesFor('de').t('announce.notice.resolved') });
    const unknown = { ...ana, person: { platform: 'slack', user: 'U1' } };
    expect(followerNotice('inc-3', unknown, 'fr').body).toMatchObject({ text: messagesFor('fr').t('announce.notice.resolved') });
    expect(messagesFor('fr').t('announce.notice.resolved')).not.toBe(messagesFor('de').t('announce.notice.resolved'));
  });
});
