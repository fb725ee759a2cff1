import type { ConversationSnapshot, CrowdSummary, StatusSummary, Turn } from '../../src/desk/desk.port.ts';
import type { BranchId } from '../../src/triage/branches.ts';
import type { Facts } from '../../src/triage/fact-values.ts';
import type { Question, Verdict } from '../../src/triage/types.ts';
import type { TranscriptLine } from '../../src/desk/transcript-lines.ts';
import { triageProgress, type TriageProgress } from '../../src/triage/triage-progress.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import type { Locale } from '../../src/messages/locale.ts';
import { offersNetworkCheck } from '../shared/offers-network-check.ts';
import { toEvidenceView, type EvidenceView } from './evidence-view.ts';


/** A conversation turn as the JSON API answers it. Exactly one of `next` and `verdict` is set. */
export interface TurnView {
  id: string;
  /** The language of every text of the turn. */
  locale: Locale;
  next?: Question;
  verdict?: Verdict;
  /** False when a free-text reply was not understood: `next` asks the same question again. */
  understood: boolean;
  /** True when the Idempotency-Key was seen before: nothing was applied twice. */
  duplicate: boolean;
  /** Lines to show above the question or verdict, most important first. */
  preface: string[];
  /**
   * How a typed reply (or the opening text) was read: the facts it set, the "Got it: …" sentence,
   * and the label of the action that takes them back (POST /api/conversations/:id/change with
   * these facts). Absent after a button, a reload, or a reply that set nothing.
   */
  read?: { facts: { fact: string; value: string }[]; text: string; change: string };
  offerNotify: boolean;
  subscribed: boolean;
  facts: Facts;
  status: StatusSummary;
  crowd: CrowdSummary;
  /** What the person attached (a HAR's findings, the network check), in the turn's language. */
  evidence?: EvidenceView;
  /** With `next`: "question {step} of about {about}" (triage-progress.ts, from the decision table). */
  progress?: TriageProgress;
  /** Offer "Check my network" (GET /api/network-check, then POST …/network-check): on the network, escalate and web_session verdicts and while the network questions are asked. */
  offerNetworkCheck: boolean;
}

/** A message the desk sent into the conversation later (a resolve notice, a desk update). */
export interface NoticeView {
  /** When the desk sent it (ISO 8601). */
  at: string;
  incidentId: string;
  text: string;
}

/** A conversation as it stands (GET), e.g. to restore the page after a reload or to poll for notices. */
export interface ConversationView extends TurnView {
  startedAt: string;
  updatedAt: string;
  branch?: BranchId;
  /** The desk's notices, oldest first (also in `preface`, which a reload shows in full). */
  notices: NoticeView[];
  /** What was said before the current question or verdict, oldest first (a reload or a new tab shows it again). */
  transcript: TranscriptLine[];
  /** Set once the incident the report counted in is resolved: the page marks the verdict fixed. */
  resolved?: { incidentId: string; at: string };
}

/** The desk's Turn as the API shows it: no reporter identity and no free details. */
export function toTurnView(turn: Turn): TurnView {
  const view: TurnView = {
    id: turn.conversationId,
    locale: turn.locale,
    understood: turn.understood,
    duplicate: turn.duplicate,
    preface: turn.preface,
    offerNotify: turn.offerNotify,
    subscribed: turn.subscribed,
    facts: turn.facts,
    status: turn.status,
    crowd: turn.crowd,
    offerNetworkCheck: offersNetworkCheck(turn),
  };
  const evidence = toEvidenceView(turn.details, turn.locale);
  if (evidence) view.evidence = evidence;
  if (turn.read) view.read = { ...turn.read, change: messagesFor(turn.locale).t('reading.change') };
  if (turn.next) {
    view.next = turn.next;
    const progress = triageProgress(turn.facts);
    if (progress) view.progress = progress;
  }
  if (turn.verdict) view.verdict = turn.verdict;
  return view;
}

export function toConversationView(snapshot: ConversationSnapshot): ConversationView {
  const view: ConversationView = {
    ...toTurnView(snapshot),
    startedAt: new Date(snapshot.startedAt).toISOString(),
    updatedAt: new Date(snapshot.updatedAt).toISOString(),
    notices: snapshot.notices.map((notice) => ({ at: new Date(notice.at).toISOString(), incidentId: notice.incidentId, text: notice.text })),
    transcript: snapshot.transcript,
  };
  if (snapshot.resolved) view.resolved = { incidentId: snapshot.resolved.incidentId, at: new Date(snapshot.resolved.at).toISOString() };
  if (snapshot.branch) view.branch = snapshot.branch;
  return view;
}
