import type { CrowdReading } from '../incidents/incident-types.ts';
import type { StatusReading } from '../status/build-status-reading.ts';
import { decideNext } from '../triage/decide-next.ts';
import type { Facts } from '../triage/fact-values.ts';
import type { AskAgainReason, Decision, Details, TriageContext } from '../triage/types.ts';
import type { CrowdSummary, StatusSummary, Turn } from './desk.port.ts';
import { statusContext, summarizeStatus } from './summarize-status.ts';
import type { Locale } from '../messages/locale.ts';
import type { ReadFact } from './read-facts.ts';
import { understoodOf } from './understood-of.ts';

/** The status reading of a turn as people see it and as the engine may name it (serializable). */
export interface StatusView {
  summary: StatusSummary;
  context: Pick<TriageContext, 'incidents' | 'affectedComponents'>;
}

export function statusView(reading: StatusReading): StatusView {
  return { summary: summarizeStatus(reading), context: statusContext(reading) };
}

/** What of a conversation a turn shows. */
export interface TurnSubject {
  id: string;
  /** Asked facts only. */
  facts: Facts;
  details: Details;
  askedAgain?: AskAgainReason;
  subscribed: boolean;
  /** The reporter's language (the conversation's; the desk's default when it has none). */
  locale?: Locale;
  /** The desk's notices, shown on a full turn. */
  notices: { text: string }[];
}

/**
 * Everything a turn is built from but the allowlist (configuration): what an outbox entry carries
 * so any replica renders the turn the desk decided, with the crowd the write step met.
 */
export interface TurnDraft {
  subject: TurnSubject;
  status: StatusView;
  crowd: CrowdReading;
  /** When the turn was taken (ms): the crowd's minutes count to it. */
  at: number;
  understood: boolean;
  /** A first turn or a reload: show the status line even if unchanged, and the desk's notices. */
  full: boolean;
  /** The status fact differs from the one shown on the previous turn. */
  statusChanged: boolean;
  /** What a typed reply set this turn (shown as "Got it: …" with a way to change it). */
  read?: ReadFact[];
}

export interface TurnInputs extends Omit<TurnDraft, 'understood' | 'full' | 'statusChanged'> {
  allowlist: { minimum: string[]; broader: string[] };
  understood?: boolean;
  duplicate?: boolean;
  full?: boolean;
  statusChanged?: boolean;
}

export function crowdSummary(crowd: CrowdReading, now: number): CrowdSummary {
  const minutes = crowd.openedAt === undefined ? 0 : Math.max(1, Math.round((now - crowd.openedAt) / 60_000));
  return { crowd: crowd.fact, ...(crowd.incidentId ? { incidentId: crowd.incidentId } : {}), reporters: crowd.reporters, networks: crowd.places, minutes };
}

/** The engine's decision for a turn, with the observed facts of its moment. */
function decide(inputs: TurnInputs, summary: CrowdSummary): Decision {
  const { subject, status, crowd, allowlist } = inputs;
  const context: TriageContext = {
    ...status.context,
    allowlist,
    crowd: { reporters: summary.reporters, networks: summary.networks, minutes: summary.minutes, sameNetwork: crowd.samePlace },
  };
  return decideNext({ facts: { ...subject.facts, status: status.summary.status, crowd: crowd.fact }, details: subject.details, context, askedAgain: subject.askedAgain });
}

/** One turn as every adapter receives it: the decision (made here, once), the status and crowd, and the preface. */
export function buildTurn(inputs: TurnInputs): Turn {
  const { subject, status, crowd, at } = inputs;
  const crowdView = crowdSummary(crowd, at);
  const decision = decide(inputs, crowdView);
  const preface: string[] = [];
  if (crowd.fact === 'surge') {
    // 0: an incident the status page opened, before anyone here said what fails.
    const people = crowd.reporters <= 1 ? 'the first person' : `one of ${crowd.reporters} people`;
    preface.push(`You're ${people} who reported this in the last ${crowdView.minutes} minute${crowdView.minutes === 1 ? '' : 's'}; the desk is on it.`);
  } else if (crowd.fact === 'local_cluster') {
    preface.push(`${crowd.samePlace || crowd.reporters} people on your network reported the same failure; the desk is on it.`);
  }
  if (inputs.full || inputs.statusChanged) preface.push(status.summary.line);
  if (inputs.full) for (const notice of subject.notices) preface.push(notice.text);
  const verdict = decision.verdict;
  // Every verdict offers "Notify me when it's fixed" (a report that joins an incident later is told
  // too); before a verdict, only while an incident is known.
  const offerNotify = !subject.subscribed && (verdict !== undefined || crowd.fact !== 'none' || status.summary.status === 'chatgpt_incident');
  return {
    conversationId: subject.id,
    locale: subject.locale ?? 'en',
    facts: { ...subject.facts, status: status.summary.status, crowd: crowd.fact },
    details: subject.details,
    understood: inputs.understood ?? true,
    duplicate: inputs.duplicate ?? false,
    status: status.summary,
    crowd: crowdView,
    preface,
    ...understoodOf(inputs.read, subject.locale ?? 'en'),
    offerNotify,
    subscribed: subject.subscribed,
    ...(verdict ? { verdict } : { next: decision.next }),
  };
}

/** The turn a draft stands for (what the outbox's delivery hands the platform's sender). */
export function finishTurn(draft: TurnDraft, allowlist: TurnInputs['allowlist']): Turn {
  return buildTurn({ ...draft, allowlist });
}
