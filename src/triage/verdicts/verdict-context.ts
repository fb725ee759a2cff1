import { messagesFor, type Messages } from '../../messages/messages-for.ts';
import type { Surface } from '../askable-facts.ts';
import { DEFAULT_ALLOWLIST } from '../default-allowlist.ts';
import type { Facts } from '../fact-values.ts';
import type { FactView } from '../fact-view.ts';
import type { Details, TriageContext, TriageInput, Verdict } from '../types.ts';

/** What a branch writer reads: the facts, details and context, with defaults applied. */
export interface VerdictContext {
  facts: Facts;
  details: Details;
  context: TriageContext;
  /** The known surface, or the one the symptom implies; undefined when it is still open. */
  surface: Surface | undefined;
  allowlist: { minimum: string[]; broader: string[] };
  /** The reporter's language: every text of the verdict but the IT note. */
  m: Messages;
  /** The language of the IT note (the desk's). */
  itM: Messages;
}

/** The branch-specific part of a verdict; evidence and notes are added for every branch. */
export type VerdictBody = Omit<Verdict, 'branch' | 'evidence' | 'notes'>;

export const STATUS_URL = 'https://status.openai.com';

export function verdictContext(input: TriageInput, view: FactView): VerdictContext {
  const context = input.context ?? {};
  const allowlist = context.allowlist ?? DEFAULT_ALLOWLIST;
  const locale = input.locale ?? 'en';
  return {
    facts: input.facts,
    details: input.details ?? {},
    context,
    surface: view.surfaces.length === 1 ? view.surfaces[0] : undefined,
    allowlist: { minimum: [...allowlist.minimum], broader: [...allowlist.broader] },
    m: messagesFor(locale),
    itM: messagesFor(input.itLocale ?? locale),
  };
}

/** "A", "A and B", "A, B and C" in the language of `m`. */
export function joinAnd(m: Messages, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return m.t('triage.list.and', { items: items.slice(0, -1).join(', '), last: items.at(-1)! });
}

/** An incident as a line: its name and, when known, its link. */
export function incidentLine(incident: { name: string; url?: string }): string {
  return incident.url ? `${incident.name} (${incident.url})` : incident.name;
}
