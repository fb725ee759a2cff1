import type { Facts } from '../fact-values.ts';
import type { Details, EvidenceItem } from '../types.ts';
import { networkPhrase } from './fact-phrases.ts';
import type { VerdictContext } from './verdict-context.ts';

/** The four labels of a support-ready note, verbatim and in this order (triage-spec.md). */
export const EVIDENCE_LABELS = [
  'Reproduced on another network',
  'Incognito / clean profile tested',
  'HAR + console logs',
  'Conversation URL or request ID',
] as const;

/** Which of the four evidence items the conversation satisfies so far. */
export function buildEvidence({ facts, details, surface }: VerdictContext): EvidenceItem[] {
  return [otherNetwork(facts), cleanBrowser(facts), har(details), reference(details, surface === 'api')];
}

function otherNetwork(facts: Facts): EvidenceItem {
  const item: EvidenceItem = { label: EVIDENCE_LABELS[0], satisfied: false };
  const failing = facts.network ? `fails on ${networkPhrase(facts.network, 'the')}` : undefined;
  if (facts.other_network === 'works') {
    item.satisfied = true;
    item.detail = failing ? `Works on another network; ${failing}` : 'Works on another network';
  } else if (facts.other_network === 'fails') {
    item.satisfied = true;
    item.detail = 'Fails on another network too';
  } else if (facts.other_network === 'not_tried') {
    item.detail = 'Not tried yet';
  }
  return item;
}

function cleanBrowser(facts: Facts): EvidenceItem {
  const item: EvidenceItem = { label: EVIDENCE_LABELS[1], satisfied: false };
  if (facts.clean_browser === 'works') {
    item.satisfied = true;
    item.detail = 'Works in a private window';
  } else if (facts.clean_browser === 'fails') {
    item.satisfied = true;
    item.detail = 'Fails in a private window too';
  } else if (facts.clean_browser === 'not_tried') {
    item.detail = 'Not tried yet';
  }
  return item;
}

function har(details: Details): EvidenceItem {
  return details.harAttached
    ? { label: EVIDENCE_LABELS[2], satisfied: true, detail: 'Attached (redacted)' }
    : { label: EVIDENCE_LABELS[2], satisfied: false };
}

function reference(details: Details, api: boolean): EvidenceItem {
  const ids = details.requestIds ?? [];
  const found: string[] = [];
  if (details.conversationUrl) found.push(`Conversation URL: ${details.conversationUrl}`);
  if (ids.length) found.push(`Request ID: ${ids.join(', ')}`);
  if (found.length) return { label: EVIDENCE_LABELS[3], satisfied: true, detail: found.join('; ') };
  const needed = api
    ? 'Needed: the x-request-id (or X-Client-Request-Id) of a failing request'
    : 'Needed: the conversation URL, when the failure is in one conversation';
  return { label: EVIDENCE_LABELS[3], satisfied: false, detail: needed };
}
