import type { Messages } from '../../messages/messages-for.ts';
import type { Facts } from '../fact-values.ts';
import type { Details, EvidenceItem } from '../types.ts';
import { networkPhrase } from './fact-phrases.ts';
import type { VerdictContext } from './verdict-context.ts';

/** The four labels of a support-ready note, verbatim and in this order, in every language (triage-spec.md). */
export const EVIDENCE_LABELS = [
  'Reproduced on another network',
  'Incognito / clean profile tested',
  'HAR + console logs',
  'Conversation URL or request ID',
] as const;

/**
 * Which evidence items the conversation satisfies so far; details in the reporter's language. Only
 * what the branch's support report needs: on the API (rate limit, server errors, escalate) the
 * request ID alone, since incognito windows, another network and a HAR say nothing about an API call.
 */
export function buildEvidence({ facts, details, surface, m }: VerdictContext): EvidenceItem[] {
  if (surface === 'api') return [reference(m, details, true)];
  return [otherNetwork(m, facts), cleanBrowser(m, facts), har(m, details), reference(m, details, false)];
}

/**
 * The four items of the support report, always all four (the report is pasted into one form): on
 * the API the three browser items are marked as not needed rather than left out.
 */
export function buildReportEvidence(ctx: VerdictContext): EvidenceItem[] {
  const { facts, details, surface, m } = ctx;
  if (surface !== 'api') return buildEvidence(ctx);
  const notNeeded = (item: EvidenceItem): EvidenceItem => (item.satisfied ? item : { ...item, detail: m.t('triage.evidence.not_for_api') });
  return [notNeeded(otherNetwork(m, facts)), notNeeded(cleanBrowser(m, facts)), notNeeded(har(m, details)), reference(m, details, true)];
}

function otherNetwork(m: Messages, facts: Facts): EvidenceItem {
  const { t } = m;
  const item: EvidenceItem = { label: EVIDENCE_LABELS[0], satisfied: false };
  if (facts.other_network === 'works') {
    item.satisfied = true;
    item.detail = facts.network
      ? t('triage.evidence.other_network_works_failing', { where: networkPhrase(m, facts.network, 'the') })
      : t('triage.evidence.other_network_works');
  } else if (facts.other_network === 'fails') {
    item.satisfied = true;
    item.detail = t('triage.evidence.other_network_fails');
  } else if (facts.other_network === 'not_tried') {
    item.detail = t('triage.evidence.not_tried');
  }
  return item;
}

function cleanBrowser({ t }: Messages, facts: Facts): EvidenceItem {
  const item: EvidenceItem = { label: EVIDENCE_LABELS[1], satisfied: false };
  if (facts.clean_browser === 'works') {
    item.satisfied = true;
    item.detail = t('triage.evidence.clean_browser_works');
  } else if (facts.clean_browser === 'fails') {
    item.satisfied = true;
    item.detail = t('triage.evidence.clean_browser_fails');
  } else if (facts.clean_browser === 'not_tried') {
    item.detail = t('triage.evidence.not_tried');
  }
  return item;
}

function har({ t }: Messages, details: Details): EvidenceItem {
  return details.harAttached
    ? { label: EVIDENCE_LABELS[2], satisfied: true, detail: t('triage.evidence.har_attached') }
    : { label: EVIDENCE_LABELS[2], satisfied: false };
}

function reference({ t }: Messages, details: Details, api: boolean): EvidenceItem {
  const ids = details.requestIds ?? [];
  const found: string[] = [];
  if (details.conversationUrl) found.push(t('triage.evidence.conversation_url', { url: details.conversationUrl }));
  if (ids.length) found.push(t('triage.evidence.request_ids', { ids: ids.join(', ') }));
  if (found.length) return { label: EVIDENCE_LABELS[3], satisfied: true, detail: found.join('; ') };
  return { label: EVIDENCE_LABELS[3], satisfied: false, detail: api ? t('triage.evidence.needed_api') : t('triage.evidence.needed_web') };
}
