import type { CrowdReading } from '../incidents/incident-types.ts';
import type { StatusReading } from '../status/build-status-reading.ts';
import { decideNext } from '../triage/decide-next.ts';
import type { Decision, TriageContext } from '../triage/types.ts';
import type { ConversationState } from './conversation-state.ts';
import type { CrowdSummary, Turn } from './desk.port.ts';
import { statusContext, summarizeStatus } from './summarize-status.ts';

export interface TurnInputs {
  state: ConversationState;
  reading: StatusReading;
  crowd: CrowdReading;
  allowlist: { minimum: string[]; broader: string[] };
  now: number;
  understood?: boolean;
  duplicate?: boolean;
  /** A first turn or a reload: show the status line even if unchanged, and the desk's notices. */
  full?: boolean;
  /** The status fact differs from the one shown on the previous turn. */
  statusChanged?: boolean;
  /** The engine's decision on these same inputs when the caller already has it (decided once per turn). */
  decision?: Decision;
}

export function crowdSummary(crowd: CrowdReading, now: number): CrowdSummary {
  const minutes = crowd.openedAt === undefined ? 0 : Math.max(1, Math.round((now - crowd.openedAt) / 60_000));
  return { crowd: crowd.fact, ...(crowd.incidentId ? { incidentId: crowd.incidentId } : {}), reporters: crowd.reporters, networks: crowd.places, minutes };
}

/** The engine's decision for a conversation, with the observed facts of this moment. */
export function decideFor(inputs: Omit<TurnInputs, 'understood' | 'duplicate' | 'full' | 'statusChanged' | 'decision'>): Decision {
  const { state, reading, crowd, allowlist, now } = inputs;
  const summary = crowdSummary(crowd, now);
  const context: TriageContext = {
    ...statusContext(reading),
    allowlist,
    crowd: { reporters: summary.reporters, networks: summary.networks, minutes: summary.minutes, sameNetwork: crowd.samePlace },
  };
  return decideNext({ facts: { ...state.facts, status: reading.status, crowd: crowd.fact }, details: state.details, context, askedAgain: state.askedAgain });
}

/** One turn as every adapter receives it: the decision, the status and crowd, and the preface. */
export function buildTurn(inputs: TurnInputs): Turn {
  const { state, reading, crowd, now } = inputs;
  const decision = inputs.decision ?? decideFor(inputs);
  const status = summarizeStatus(reading);
  const crowdView = crowdSummary(crowd, now);
  const preface: string[] = [];
  if (crowd.fact === 'surge') {
    // 0: an incident the status page opened, before anyone here said what fails.
    const people = crowd.reporters <= 1 ? 'the first person' : `one of ${crowd.reporters} people`;
    preface.push(`You're ${people} who reported this in the last ${crowdView.minutes} minute${crowdView.minutes === 1 ? '' : 's'}; the desk is on it.`);
  } else if (crowd.fact === 'local_cluster') {
    preface.push(`${crowd.samePlace || crowd.reporters} people on your network reported the same failure; the desk is on it.`);
  }
  if (inputs.full || inputs.statusChanged) preface.push(status.line);
  if (inputs.full) for (const notice of state.notices) preface.push(notice.text);
  const verdict = decision.verdict;
  // Every verdict offers "Notify me when it's fixed" (a report that joins an incident later is told
  // too); before a verdict, only while an incident is known.
  const offerNotify = !state.subscribed && (verdict !== undefined || crowd.fact !== 'none' || reading.status === 'chatgpt_incident');
  return {
    conversationId: state.id,
    facts: { ...state.facts, status: reading.status, crowd: crowd.fact },
    details: state.details,
    understood: inputs.understood ?? true,
    duplicate: inputs.duplicate ?? false,
    status,
    crowd: crowdView,
    preface,
    offerNotify,
    subscribed: state.subscribed,
    ...(verdict ? { verdict } : { next: decision.next }),
  };
}
