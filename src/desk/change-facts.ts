import { isApiSymptom } from '../triage/fact-view.ts';
import { FACT_VALUES, OBSERVED_FACTS, type AskedFactId, type Facts } from '../triage/fact-values.ts';
import type { ClearableReportField } from '../incidents/incident-types.ts';
import type { ConversationState } from './conversation-state.ts';
import type { DeskContext } from './desk-context.ts';
import { DeskError } from './desk-error.ts';
import type { ReadFact } from './read-facts.ts';
import type { Turn, TurnOptions } from './desk.port.ts';
import { takeTurn, type TurnChange } from './take-turn.ts';

/**
 * What to take back: a fact, or a fact with the value it was read as (a Change button carries
 * those, so a stale button never takes back an answer given since).
 */
export type ChangeTarget = AskedFactId | ReadFact;

const isAsked = (fact: unknown): fact is AskedFactId =>
  typeof fact === 'string' && Object.hasOwn(FACT_VALUES, fact) && !(OBSERVED_FACTS as readonly string[]).includes(fact);

/** Throws desk.invalid_answer unless `targets` names at least one fact, each one the bot asks. */
export function checkChange(targets: readonly unknown[]): asserts targets is readonly ChangeTarget[] {
  const ok = (t: unknown) => isAsked(t) || (typeof t === 'object' && t !== null && 'fact' in t && isAsked(t.fact) && 'value' in t && typeof t.value === 'string');
  const wrong = targets.find((t) => !ok(t));
  if (targets.length === 0 || wrong !== undefined) {
    throw new DeskError('desk.invalid_answer', wrong === undefined ? 'name at least one fact to change' : `${JSON.stringify(wrong)} is not a fact the bot asks`);
  }
}

/**
 * The facts a change forgets: those named that are set, and a symptom that would decide the
 * surface on its own (an API status code means the API) when the surface is taken back, or the
 * surface question could not be asked again. Everything else the person said stays: answers are
 * observations, true whichever path asked for them.
 */
function forgotten(facts: Facts, named: readonly ChangeTarget[]): AskedFactId[] {
  const drop = named.flatMap((t) => {
    const fact = typeof t === 'string' ? t : t.fact;
    const still = facts[fact] !== undefined && (typeof t === 'string' || facts[fact] === t.value);
    return still ? [fact] : [];
  });
  if (drop.includes('surface') && facts.symptom !== undefined && isApiSymptom(facts.symptom) && !drop.includes('symptom')) drop.push('symptom');
  return drop;
}

/** The facts without those a change of `named` forgets (see forgotten), or null when none of them is set. */
export function forgetFacts(facts: Facts, named: readonly ChangeTarget[]): Facts | null {
  const drop = forgotten(facts, named);
  if (drop.length === 0) return null;
  const kept: Facts = { ...facts };
  for (const fact of drop) delete kept[fact];
  return kept;
}

/** The report field of each fact the aggregation keeps (the others are not recorded). */
const REPORT_FIELD: Partial<Record<AskedFactId, ClearableReportField>> = { surface: 'surface', symptom: 'symptom', network: 'network', other_network: 'otherNetwork' };

/**
 * The change of a conversation that forgets `named` facts (nothing set: unchanged, so nothing is
 * sent). The recorded report forgets them too, and its verdict's branch (the verdict came from
 * the misreading; the turn records the branch the facts lead to now, if any), so the person is
 * counted by what they meant.
 */
export function forgetChange(named: readonly ChangeTarget[]) {
  return (s: ConversationState): TurnChange => {
    const facts = forgetFacts(s.facts, named);
    if (!facts) return { unchanged: true };
    const { askedAgain: _dropped, ...rest } = s;
    const gone = (Object.keys(s.facts) as AskedFactId[]).filter((fact) => facts[fact] === undefined);
    const cleared = [...gone.flatMap((fact) => REPORT_FIELD[fact] ?? []), 'branch' as const];
    return { state: { ...rest, facts }, understood: true, cleared };
  };
}

/**
 * "Change" on a "Got it: …" line: the facts the bot read from a typed reply are forgotten and the
 * question they answered is asked again, through the same turn as an answer (one read, one write
 * step that saves, records and enqueues; a delivery id is applied once).
 */
export async function changeFacts(ctx: DeskContext, conversationId: string, facts: readonly unknown[], options: TurnOptions = {}): Promise<Turn> {
  checkChange(facts);
  return takeTurn(ctx, conversationId, options, forgetChange(facts));
}
