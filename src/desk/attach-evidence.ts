import type { HarReport } from '../evidence/har/process-har.ts';
import { mergeFacts } from '../triage/merge-facts.ts';
import type { Facts } from '../triage/fact-values.ts';
import type { HarSummary } from '../triage/types.ts';
import type { ConversationState } from './conversation-state.ts';
import type { DeskContext } from './desk-context.ts';
import type { Turn, TurnOptions } from './desk.port.ts';
import { takeTurn, type TurnChange } from './take-turn.ts';

/** The findings a conversation keeps of a HAR (the rest are counted). */
export const MAX_STORED_FINDINGS = 20;
/** Domains a network check may name at most. */
export const MAX_CHECKED_DOMAINS = 50;

/**
 * Evidence a person attached: a HAR as `processHar` reported it (read from the redacted HAR), or
 * the result of the network check their browser ran (domains reachable and blocked).
 */
export type EvidenceInput = { kind: 'har'; report: Pick<HarReport, 'entries' | 'redacted' | 'findings' | 'omitted' | 'facts' | 'allowlist'> } | { kind: 'network_check'; reachable: readonly string[]; blocked: readonly string[] };

/** A HAR report as the conversation keeps it: counts, the first findings, the allowlist domains. */
export function harSummaryOf(report: Extract<EvidenceInput, { kind: 'har' }>['report']): HarSummary {
  const findings = report.findings.slice(0, MAX_STORED_FINDINGS);
  return {
    entries: report.entries,
    redacted: report.redacted,
    findings,
    omitted: report.omitted + (report.findings.length - findings.length),
    reached: [...report.allowlist.reached],
    failed: [...report.allowlist.failed],
  };
}

/**
 * Evidence becomes part of the conversation in a turn like any other (takeTurn: one write, a
 * delivery id applied once, the verdict built again). A HAR sets `harAttached` (so "HAR + console
 * logs" is satisfied), keeps its summary and applies the facts it makes certain (the symptom), but
 * never overrides what the person answered. A network check is kept as a detail: a probe that
 * fails from one browser names domains for IT, it does not settle a fact.
 */
export function attachEvidence(ctx: DeskContext, conversationId: string, evidence: EvidenceInput, options: TurnOptions = {}): Promise<Turn> {
  return takeTurn(ctx, conversationId, options, (s: ConversationState): TurnChange => {
    if (evidence.kind === 'network_check') {
      const networkCheck = {
        at: ctx.now(),
        reachable: [...new Set(evidence.reachable)].slice(0, MAX_CHECKED_DOMAINS),
        blocked: [...new Set(evidence.blocked)].slice(0, MAX_CHECKED_DOMAINS),
      };
      return { state: { ...s, details: { ...s.details, networkCheck } }, understood: true };
    }
    const certain: Facts = {};
    const symptom = evidence.report.facts.symptom;
    // The HAR's symptoms are the browser's: they apply to a conversation about the web (or one that does not know yet).
    if (symptom && s.facts.symptom === undefined && (s.facts.surface === undefined || s.facts.surface === 'web')) certain.symptom = symptom;
    const facts = Object.keys(certain).length > 0 ? mergeFacts(s.facts, certain) : s.facts;
    const { askedAgain: _dropped, ...rest } = s;
    return { state: { ...rest, facts, details: { ...s.details, harAttached: true, har: harSummaryOf(evidence.report) } }, understood: true };
  });
}
