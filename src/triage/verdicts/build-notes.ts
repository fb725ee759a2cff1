import type { BranchId } from '../branches.ts';
import { incidentLine, STATUS_URL, type VerdictContext } from './verdict-context.ts';

/** Context lines of a verdict: what the live status says when it is not the verdict itself. */
export function buildNotes(branch: BranchId, { facts, context, surface }: VerdictContext): string[] {
  const notes: string[] = [];
  const incidents = context.incidents ?? [];
  const named = (chatgpt: boolean): string => {
    const list = incidents.filter((i) => i.chatgpt === chatgpt).map(incidentLine);
    return list.length ? `: ${list.join('; ')}` : '';
  };
  switch (facts.status ?? 'unknown') {
    case 'unknown':
      notes.push(`OpenAI’s live status could not be read just now, so an outage is not ruled out: check ${STATUS_URL} yourself.`);
      break;
    case 'other_product_incident':
      notes.push(
        surface === 'api'
          ? `OpenAI reports an incident outside ChatGPT${named(false)}. If it covers the API, it may explain this error.`
          : `OpenAI reports an incident in another product${named(false)}. That is context, not a ChatGPT outage, so the triage keeps to your own path.`,
      );
      break;
    case 'chatgpt_incident':
      if (branch !== 'outage') {
        notes.push(`OpenAI reports a ChatGPT incident${named(true)}. The API is a separate path: that incident does not explain this error by itself.`);
      }
      break;
    case 'operational':
      break;
  }
  if (facts.crowd === 'surge' && branch !== 'outage') {
    notes.push('Many people are reporting ChatGPT failures right now. That concerns ChatGPT; the API is a separate path.');
  }
  return notes;
}
