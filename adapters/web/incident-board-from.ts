import type { IncidentDesk } from '../../src/desk/desk.port.ts';
import type { ActionOutcome, Incident } from '../../src/incidents/incident-types.ts';
import type { OutboxStore } from '../../src/outbox/outbox.port.ts';
import type { BoardActionOutcome, DeadLetterView, DeliveriesView, IncidentBoard } from './incident-board.port.ts';
import type { StatusReading } from '../../src/status/build-status-reading.ts';
import { statusSeverity } from '../../src/status/component-status.ts';
import type { ComponentStatus } from '../../src/status/status-model.ts';
import { toIncidentView } from './incident-view.ts';
import type { Messages } from '../../src/messages/messages-for.ts';

export interface IncidentBoardDeps {
  /** The desk's incident side: its actions redraw the chat cards and tell subscribers on resolve. */
  incidents: Pick<IncidentDesk, 'list' | 'get' | 'acknowledge' | 'resolve' | 'snooze' | 'postUpdate' | 'reportersByPlatform'>;
  /** The outbox, for what could not be delivered. */
  outbox?: Pick<OutboxStore, 'stats' | 'deadLetters'>;
  now?: () => number;
  /** The desk's language (DESK_LOCALE) for titles and progress lines; default English. */
  messages?: Messages;
  /** The status page as last read: its ChatGPT impact sets a floor under a linked incident's severity. */
  readStatus?: () => StatusReading;
}

/** The worst status of the ChatGPT components the status page names during a ChatGPT incident. */
function chatgptImpact(reading: StatusReading | undefined): ComponentStatus | undefined {
  if (!reading || reading.status !== 'chatgpt_incident') return undefined;
  return reading.chatgptAffected.map((c) => c.status).sort((a, b) => statusSeverity(b) - statusSeverity(a))[0];
}

/** Dead letters listed on the board, newest first. */
const RECENT_DEAD = 20;
/** Dead letters read to count reasons. */
const COUNTED_DEAD = 500;

function deadLetterView(letter: Awaited<ReturnType<OutboxStore['deadLetters']>>[number]): DeadLetterView {
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
}

async function deliveriesOf(outbox: Pick<OutboxStore, 'stats' | 'deadLetters'>): Promise<DeliveriesView> {
  const [stats, letters] = await Promise.all([outbox.stats(), outbox.deadLetters(COUNTED_DEAD)]);
  const reasons = new Map<string, number>();
  for (const letter of letters) reasons.set(letter.reason, (reasons.get(letter.reason) ?? 0) + 1);
  return {
    pending: stats.ready + stats.inFlight,
    retrying: stats.delayed,
    failed: stats.dead,
    reasons: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    recent: letters.slice(0, RECENT_DEAD).map(deadLetterView),
  };
}

/** The board's port over the desk's incidents: open ones and those changed in the last day. */
export function incidentBoardFrom(deps: IncidentBoardDeps): IncidentBoard {
  const now = deps.now ?? Date.now;
  const outbox = deps.outbox;
  const view = (incident: Incident) => toIncidentView(incident, now(), deps.messages, chatgptImpact(deps.readStatus?.()));
  const act = (outcome: ActionOutcome): BoardActionOutcome => (outcome.ok ? { ok: true, incident: view(outcome.incident) } : outcome);
  return {
    list: async () => (await deps.incidents.list()).map(view),
    async get(id) {
      const incident = await deps.incidents.get(id);
      if (!incident) return null;
      const [reportersByPlatform, letters] = await Promise.all([deps.incidents.reportersByPlatform(id), outbox ? outbox.deadLetters(COUNTED_DEAD) : undefined]);
      const undelivered = letters?.map(deadLetterView).filter((letter) => letter.incidentId === id);
      return { incident: view(incident), reportersByPlatform, ...(undelivered ? { undelivered } : {}) };
    },
    acknowledge: async (id, by) => act(await deps.incidents.acknowledge(id, by)),
    resolve: async (id, by, note) => act(note ? await deps.incidents.resolve(id, by, note) : await deps.incidents.resolve(id, by)),
    snooze: async (id, minutes, by) => act(await deps.incidents.snooze(id, minutes, by)),
    async postUpdate(id, text, by) {
      const outcome = await deps.incidents.postUpdate(id, text, by);
      return outcome.ok ? { ok: true, incident: view(outcome.incident), ...(outcome.queued !== undefined ? { queued: outcome.queued } : {}) } : outcome;
    },
    ...(outbox ? { deliveries: () => deliveriesOf(outbox) } : {}),
  };
}
