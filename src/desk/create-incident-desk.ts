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
 */
export function createIncidentDesk(deps: { store: Store; now: () => number }): IncidentDesk {
  const { store, now } = deps;
  return {
    list: (options) => store.incidents.list({ openOnly: options?.openOnly ?? false }),
    get: (id) => store.incidents.get(id),
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
