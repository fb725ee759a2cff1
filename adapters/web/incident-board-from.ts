import type { IncidentDesk } from '../../src/desk/desk.port.ts';
import type { ActionOutcome } from '../../src/incidents/incident-types.ts';
import type { OutboxStore } from '../../src/outbox/outbox.port.ts';
import type { BoardActionOutcome, DeliveriesView, IncidentBoard } from './incident-board.port.ts';
import { toIncidentView } from './incident-view.ts';
import type { Messages } from '../../src/messages/messages-for.ts';

export interface IncidentBoardDeps {
  /** The desk's incident side: its actions redraw the chat cards and tell subscribers on resolve. */
  incidents: Pick<IncidentDesk, 'list' | 'acknowledge' | 'resolve' | 'postUpdate'>;
  /** The outbox, for what could not be delivered. */
  outbox?: Pick<OutboxStore, 'stats' | 'deadLetters'>;
  now?: () => number;
  /** The desk's language (DESK_LOCALE) for titles and progress lines; default English. */
  messages?: Messages;
}

/** Dead letters listed on the board, newest first. */
const RECENT_DEAD = 20;
/** Dead letters read to count reasons. */
const COUNTED_DEAD = 500;

async function deliveriesOf(outbox: Pick<OutboxStore, 'stats' | 'deadLetters'>): Promise<DeliveriesView> {
  const [stats, letters] = await Promise.all([outbox.stats(), outbox.deadLetters(COUNTED_DEAD)]);
  const reasons = new Map<string, number>();
  for (const letter of letters) reasons.set(letter.reason, (reasons.get(letter.reason) ?? 0) + 1);
  return {
    pending: stats.ready + stats.inFlight,
    retrying: stats.delayed,
    failed: stats.dead,
    reasons: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    recent: letters.slice(0, RECENT_DEAD).map((letter) => {
      const body = letter.entry?.body;
      const incidentId = body && 'incidentId' in body ? body.incidentId : undefined;
      return {
        id: letter.id,
        kind: body?.kind ?? 'unknown',
        reason: letter.reason,
        at: new Date(letter.at).toISOString(),
        attempts: (letter.entry?.attempt ?? 0) + 1,
        ...(incidentId ? { incidentId } : {}),
      };
    }),
  };
}

/** The board's port over the desk's incidents: open ones and those changed in the last day. */
export function incidentBoardFrom(deps: IncidentBoardDeps): IncidentBoard {
  const now = deps.now ?? Date.now;
  const outbox = deps.outbox;
  const act = (outcome: ActionOutcome): BoardActionOutcome => (outcome.ok ? { ok: true, incident: toIncidentView(outcome.incident, now(), deps.messages) } : outcome);
  return {
    list: async () => (await deps.incidents.list()).map((incident) => toIncidentView(incident, now(), deps.messages)),
    acknowledge: async (id, by) => act(await deps.incidents.acknowledge(id, by)),
    resolve: async (id, by) => act(await deps.incidents.resolve(id, by)),
    async postUpdate(id, text, by) {
      const outcome = await deps.incidents.postUpdate(id, text, by);
      return outcome.ok ? { ok: true, incident: toIncidentView(outcome.incident, now(), deps.messages), ...(outcome.queued !== undefined ? { queued: outcome.queued } : {}) } : outcome;
    },
    ...(outbox ? { deliveries: () => deliveriesOf(outbox) } : {}),
  };
}
