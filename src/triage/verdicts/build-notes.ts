import type { BranchId } from '../branches.ts';
import { incidentLine, STATUS_URL, type VerdictContext } from './verdict-context.ts';

/** Context lines of a verdict: what the live status says when it is not the verdict itself. */
export function buildNotes(branch: BranchId, { facts, context, surface, m }: VerdictContext): string[] {
  const { t } = m;
  const notes: string[] = [];
  const incidents = context.incidents ?? [];
  const named = (chatgpt: boolean): string => {
    const list = incidents.filter((i) => i.chatgpt === chatgpt).map(incidentLine);
    return list.length ? t('triage.list.named', { list: list.join('; ') }) : '';
  };
  switch (facts.status ?? 'unknown') {
    case 'unknown':
      notes.push(t('triage.note.status_unknown', { url: STATUS_URL }));
      break;
    case 'other_product_incident':
      notes.push(
        surface === 'api' ? t('triage.note.other_product_api', { named: named(false) }) : t('triage.note.other_product', { named: named(false) }),
      );
      break;
    case 'chatgpt_incident':
      if (branch !== 'outage') notes.push(t('triage.note.chatgpt_incident', { named: named(true) }));
      break;
    case 'operational':
      break;
  }
  if (facts.crowd === 'surge' && branch !== 'outage') notes.push(t('triage.note.surge'));
  return notes;
}
