import { followerNotice } from '../announce/follower-notice.ts';
import type { Incident } from '../incidents/incident-types.ts';
import type { Locale } from '../messages/locale.ts';
import type { Store } from '../store/store.port.ts';
import { DeskError } from './desk-error.ts';
import type { IncidentDesk } from './desk.port.ts';

const MAX_TEXT = 4000;
/** A resolution note's cap (the notice quotes it whole). */
export const MAX_RESOLVE_NOTE = 1000;
/** Conversations read to count reporters by platform. */
const PLATFORM_SCAN = 2000;

/**
 * The helpdesk's side of the desk. Each action is one aggregation step, which also enqueues what
 * it owes: the card's redraw on every change, the resolve notice to every subscriber, a desk
 * update to every reporter of the incident (fan-outs delivered by every replica's outbox worker).
 * Incidents are read with how many people their announcement reached (`reached`).
 */
export function createIncidentDesk(deps: { store: Store; now: () => number; retentionMs: number; locale: Locale }): IncidentDesk {
  const { store, now } = deps;
  const withReached = async (incidents: Incident[]): Promise<Incident[]> => {
    const counts = await store.followers.counts(incidents.map((i) => i.id));
    return incidents.map((i) => ({ ...i, reached: counts[i.id] ?? 0 }));
  };
  return {
    list: async (options) => withReached(await store.incidents.list({ openOnly: options?.openOnly ?? false })),
    async get(id) {
      const incident = await store.incidents.get(id);
      return incident ? (await withReached([incident]))[0]! : null;
    },
    acknowledge: (id, actor) => store.incidents.acknowledge(id, actor),
    resolve(id, actor, note) {
      const clean = note?.trim().slice(0, MAX_RESOLVE_NOTE);
      return clean ? store.incidents.resolve(id, actor, clean) : store.incidents.resolve(id, actor);
    },
    snooze: (id, minutes, actor) => store.incidents.snooze(id, now() + minutes * 60_000, actor),
    async postUpdate(id, text, actor) {
      const clean = text.trim().slice(0, MAX_TEXT);
      if (!clean) throw new DeskError('desk.invalid_update', 'an update needs some text');
      return store.incidents.note(id, clean, actor, { notify: true });
    },
    async follow(id, follower) {
      const incident = await store.incidents.get(id);
      if (!incident) return { outcome: 'not_found' };
      if (incident.state !== 'open' && incident.state !== 'acknowledged') return { outcome: 'over' };
      const { added, count } = await store.followers.follow(id, follower, deps.retentionMs);
      // Resolved between the read above and the count: the resolved announcement may already have
      // listed the followers without this person, so their notice is enqueued here (same entry id:
      // delivered once whichever side enqueues it).
      if (added) {
        const after = await store.incidents.get(id);
        if (after && after.state !== 'open' && after.state !== 'acknowledged') await store.outbox.enqueue([followerNotice(id, follower, deps.locale)]);
      }
      return { outcome: added ? 'counted' : 'already', reached: count };
    },
    async reportersByPlatform(id) {
      const conversations = (await store.incidents.conversations(id)).slice(0, PLATFORM_SCAN);
      const reporters = new Map<string, Set<string>>();
      for (const report of await Promise.all(conversations.map((c) => store.incidents.getReport(c)))) {
        if (!report) continue;
        const seen = reporters.get(report.platform) ?? new Set<string>();
        seen.add(report.reporterId);
        reporters.set(report.platform, seen);
      }
      return Object.fromEntries([...reporters].map(([platform, ids]) => [platform, ids.size]));
    },
  };
}
