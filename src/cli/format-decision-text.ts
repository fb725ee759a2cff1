import type { Decision, Question, Verdict } from '../triage/types.ts';

/** Plain-text rendering of an engine decision for the terminal. */
export function formatDecisionText(decision: Decision): string {
  return decision.verdict ? formatVerdict(decision.verdict) : formatQuestion(decision.next);
}

function formatQuestion(q: Question): string {
  const lines = [`Next question (${q.fact}): ${q.text}`, ...q.choices.map((c, i) => `  ${i + 1}) ${c.label}  [${c.value}]`)];
  if (q.help) lines.push('', `How to test this: ${q.help}`);
  return lines.join('\n') + '\n';
}

function formatVerdict(v: Verdict): string {
  const lines = [`Verdict: ${v.headline}  [${v.branch}]`, '', v.summary];
  if (v.notes.length) lines.push('', ...v.notes.map((n) => `Note: ${n}`));
  lines.push('', 'Steps:', ...v.steps.map((s, i) => `  ${i + 1}. ${s}`));
  lines.push('', `Stop when: ${v.stopWhen}`);
  lines.push('', 'Evidence for support:', ...v.evidence.map((e) => `  [${e.satisfied ? 'x' : ' '}] ${e.label}${e.detail ? ` — ${e.detail}` : ''}`));
  if (v.retrySnippet) lines.push('', 'Retry with backoff and jitter:', v.retrySnippet);
  if (v.supportReport) lines.push('', `Support report (${v.supportReport.kind}) should include:`, ...v.supportReport.fields.map((f) => `  - ${f}`));
  if (v.itNote) lines.push('', '--- Note for IT (copy and send) ---', v.itNote.text, '--- end of note ---');
  if (v.offerNotify) lines.push('', 'The desk can notify you when this is resolved.');
  return lines.join('\n') + '\n';
}
