import type { Store } from '../store/store.port.ts';
import { DeskError } from './desk-error.ts';
import type { IncidentDesk } from './desk.port.ts';

const MAX_TEXT = 4000;

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
    resolve: (id, actor) => store.incidents.resolve(id, actor),
    snooze: (id, minutes, actor) => store.incidents.snooze(id, now() + minutes * 60_000, actor),
    async postUpdate(id, text, actor) {
      const clean = text.trim().slice(0, MAX_TEXT);
      if (!clean) throw new DeskError('desk.invalid_update', 'an update needs some text');
      return store.incidents.note(id, clean, actor, { notify: true });
    },
  };
}
