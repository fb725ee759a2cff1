import type { ClearableReportField, ReportInput } from '../incidents/incident-types.ts';
import type { NewOutboxEntry } from '../outbox/outbox-entry.ts';
import { newTurnMarks } from '../store/new-turn-marks.ts';
import { buildTurn, type StatusView, type TurnSubject } from './build-turn.ts';
import type { ConversationState } from './conversation-state.ts';
import type { DeskContext } from './desk-context.ts';
import type { Turn } from './desk.port.ts';
import { planTurn } from './plan-turn.ts';
import type { ReadFact } from './read-facts.ts';

export interface TurnWrite {
  /** The conversation after the change (events and times set). */
  state: ConversationState;
  /** The stored version the change was applied to (0: a new conversation). */
  expectedVersion: number;
  status: StatusView;
  at: number;
  understood: boolean;
  /** A first turn: the status line and the desk's notices are shown. */
  full: boolean;
  statusChanged: boolean;
  /** Enqueue the turn for the reporter (chat platforms), in the same step. */
  deliver?: boolean;
  via?: Record<string, string>;
  /** What the person was shown before ('' a verdict): a verdict is counted once in the metrics. */
  shownBefore?: string;
  /** What a typed reply set (the turn says how it was read). */
  read?: ReadFact[];
  /** Report fields the change took back (desk.change): the recorded report forgets them too. */
  cleared?: ClearableReportField[];
  /** A new conversation's delivery id, claimed by the same step (TurnCommit.claim). */
  claim?: string;
}

/** The report of a conversation as the aggregation counts it (its branch comes with the turn's plans). */
export function reportOf(state: ConversationState): Omit<ReportInput, 'branch'> {
  return {
    conversationId: state.id,
    reporterId: `${state.reporter.platform}:${state.reporter.id}`,
    platform: state.reporter.platform,
    firstAt: state.startedAt,
    ...(state.facts.surface ? { surface: state.facts.surface } : {}),
    ...(state.facts.symptom ? { symptom: state.facts.symptom } : {}),
    ...(state.facts.network ? { network: state.facts.network } : {}),
    ...(state.facts.other_network ? { otherNetwork: state.facts.other_network } : {}),
    ...(state.site ? { site: state.site } : {}),
    ...(state.uncounted ? { uncounted: true } : {}),
  };
}

export function subjectOf(state: ConversationState, full: boolean): TurnSubject {
  return {
    id: state.id,
    facts: state.facts,
    details: state.details,
    ...(state.askedAgain ? { askedAgain: state.askedAgain } : {}),
    subscribed: state.subscribed,
    ...(state.locale ? { locale: state.locale } : {}),
    notices: full ? state.notices.map((n) => ({ text: n.text })) : [],
  };
}

/**
 * The write step of a turn, one store call (TurnStore.commit): the conversation saved with
 * compare-and-set, the report recorded with the branch the facts lead to under the crowd it meets
 * (planned here for each crowd reading; the engine does not build texts for that), and, for chat
 * platforms, the turn's draft enqueued for the reporter with that crowd filled in. Then the engine
 * decides once, on that crowd, for the turn this call returns. 'conflict': another replica saved
 * first; nothing was written.
 */
export async function commitTurn(ctx: DeskContext, w: TurnWrite): Promise<{ conflict: true } | { conflict: false; turn: Turn; version: number }> {
  const written = await writeTurn(ctx, w);
  if (written.conflict) return { conflict: true };
  return { conflict: false, turn: written.build(), version: written.version };
}

/** What a write step did: nothing (another replica saved first; `claimedBy`: another start holds the delivery id), or the turn. */
export type Written = { conflict: true; claimedBy?: string } | { conflict: false; build: () => Turn; version: number };

/**
 * The write step alone (see commitTurn); `build` decides the turn on the crowd the step met, for a
 * caller that shows it. A chat platform's first turn is not shown by its caller (the ack says a
 * message is on its way) but built by its delivery from the outbox entry, so `desk.open` never
 * builds it: the decision, its texts and the IT note cost as much as the write step's own work.
 */
export async function writeTurn(ctx: DeskContext, w: TurnWrite): Promise<Written> {
  const { state } = w;
  const subject = subjectOf(state, w.full);
  const flags = { understood: w.understood, full: w.full, statusChanged: w.statusChanged, ...(w.read?.length ? { read: w.read } : {}) };
  const marks = newTurnMarks();
  const entries: NewOutboxEntry[] = w.deliver
    ? [
        {
          id: `turn:${state.id}:${w.expectedVersion + 1}`,
          lane: `cv:${state.id}`,
          body: {
            kind: 'thread',
            conversationId: state.id,
            thread: state.thread,
            message: { type: 'turn_draft', draft: { subject, status: w.status, crowd: marks.crowd, at: w.at, ...flags } },
            ...(w.via ? { via: w.via } : {}),
          },
        },
      ]
    : [];
  const plans = planTurn(state.facts, w.status.summary.status);
  const result = await ctx.store.turns.commit({
    conversationId: state.id,
    expectedVersion: w.expectedVersion,
    state: { ...state, asked: marks.asked },
    report: { ...reportOf(state), ...(w.cleared?.length ? { cleared: w.cleared } : {}) },
    plans,
    entries,
    marks,
    ...(w.claim ? { claim: w.claim } : {}),
  });
  if (result.outcome === 'conflict') return { conflict: true };
  if (result.outcome === 'claimed') return { conflict: true, claimedBy: result.conversationId };
  // The engine decides from the same plan (decideNext walks the table as planTurn did), so a
  // verdict is counted here, built or not.
  const branch = plans[result.crowd.fact].branch;
  if (branch && w.shownBefore !== '') ctx.metrics?.verdicts.inc({ branch, platform: state.reporter.platform });
  const build = (): Turn => buildTurn({ subject, status: w.status, crowd: result.crowd, allowlist: ctx.allowlist, at: w.at, ...flags, defaultLocale: ctx.defaultLocale, deskLocale: ctx.deskLocale });
  return { conflict: false, build, version: result.version };
}
