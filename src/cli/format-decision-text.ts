import { messagesFor, type Messages } from '../messages/messages-for.ts';
import type { Decision, Question, Verdict } from '../triage/types.ts';

/** Plain-text rendering of an engine decision for the terminal, with the labels in the language of `m`. */
export function formatDecisionText(decision: Decision, m: Messages = messagesFor('en')): string {
  return decision.verdict ? formatVerdict(decision.verdict, m) : formatQuestion(decision.next, m);
}

function formatQuestion(q: Question, { t }: Messages): string {
  const lines = [t('cli.decision.next_question', { fact: q.fact, text: q.text }), ...q.choices.map((c, i) => `  ${i + 1}) ${c.label}  [${c.value}]`)];
  if (q.help) lines.push('', t('cli.decision.how_to_test', { help: q.help }));
  return lines.join('\n') + '\n';
}

function formatVerdict(v: Verdict, m: Messages): string {
  const { t } = m;
  const lines = [t('cli.decision.verdict', { headline: v.headline, branch: v.branch }), '', v.summary];
  if (v.notes.length) lines.push('', ...v.notes.map((note) => t('cli.decision.note', { note })));
  lines.push('', t('cli.decision.steps'), ...v.steps.map((s, i) => `  ${i + 1}. ${s}`));
  lines.push('', t('cli.decision.stop_when', { text: v.stopWhen }));
  lines.push('', t('cli.decision.evidence'), ...v.evidence.map((e) => `  [${e.satisfied ? 'x' : ' '}] ${e.label}${e.detail ? ` — ${e.detail}` : ''}`));
  if (v.retrySnippet) lines.push('', t('cli.decision.retry'), v.retrySnippet);
  if (v.supportReport) lines.push('', t('cli.decision.support_report', { kind: v.supportReport.kind }), ...v.supportReport.fields.map((f) => `  - ${f}`));
  if (v.itNote) {
    // The IT note may be in the desk's language: say which, when it is not the reader's.
    const noteLocale = v.itNote.locale;
    const heading = noteLocale && noteLocale !== m.locale ? t('cli.decision.it_note_language', { language: languageName(noteLocale, m) }) : t('cli.decision.it_note');
    lines.push('', heading, v.itNote.text, t('cli.decision.it_note_end'));
  }
  if (v.offerNotify) lines.push('', t('cli.decision.notify'));
  return lines.join('\n') + '\n';
}

/** "German" in English, "Deutsch" in German: the language's name in the reader's language. */
function languageName(locale: string, m: Messages): string {
  return new Intl.DisplayNames([m.locale], { type: 'language' }).of(locale) ?? locale;
}
