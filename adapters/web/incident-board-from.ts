import type { IncidentDesk } from '../../src/desk/desk.port.ts';
import type { ActionOutcome } from '../../src/incidents/incident-types.ts';
import type { BoardActionOutcome, IncidentBoard } from './incident-board.port.ts';
import { toIncidentView } from './incident-view.ts';

export interface IncidentBoardDeps {
  /** The desk's incident side: its actions redraw the chat cards and tell subscribers on resolve. */
  incidents: Pick<IncidentDesk, 'list' | 'acknowledge' | 'resolve'>;
  now?: () => number;
}

/** The board's port over the desk's incidents: open ones and those changed in the last day. */
export function incidentBoardFrom(deps: IncidentBoardDeps): IncidentBoard {
  const now = deps.now ?? Date.now;
  const act = (outcome: ActionOutcome): BoardActionOutcome => (outcome.ok ? { ok: true, incident: toIncidentView(outcome.incident, now()) } : outcome);
  return {
    list: async () => (await deps.incidents.list()).map((incident) => toIncidentView(incident, now())),
    acknowledge: async (id, by) => act(await deps.incidents.acknowledge(id, by)),
    resolve: async (id, by) => act(await deps.incidents.resolve(id, by)),
  };
}
