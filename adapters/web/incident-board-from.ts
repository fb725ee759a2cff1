import type { IncidentAggregator } from '../../src/incidents/aggregator.port.ts';
import type { ActionOutcome, IncidentChange } from '../../src/incidents/incident-types.ts';
import type { BoardActionOutcome, IncidentBoard } from './incident-board.port.ts';
import { toIncidentView } from './incident-view.ts';

export interface IncidentBoardDeps {
  aggregator: Pick<IncidentAggregator, 'list' | 'acknowledge' | 'resolve'>;
  /** The notifier: redraws the chat cards, tells subscribers on resolve (PHASE 2 wires it). */
  onChanges?: (changes: IncidentChange[]) => Promise<void>;
  /** How far back resolved incidents stay on the board. */
  recentMs?: number;
}

/** The board's port over the incident aggregator; desk actions from the web reach the notifier too. */
export function incidentBoardFrom(deps: IncidentBoardDeps): IncidentBoard {
  const act = async (outcome: ActionOutcome): Promise<BoardActionOutcome> => {
    if (!outcome.ok) return outcome;
    await deps.onChanges?.(outcome.changes);
    return { ok: true, incident: toIncidentView(outcome.incident) };
  };
  return {
    list: async () => (await deps.aggregator.list(deps.recentMs !== undefined ? { recentMs: deps.recentMs } : {})).map(toIncidentView),
    acknowledge: async (id, by) => act(await deps.aggregator.acknowledge(id, by)),
    resolve: async (id, by) => act(await deps.aggregator.resolve(id, by)),
  };
}
