import type { Messages } from '../../../src/messages/messages-for.ts';
import type { Locale } from '../../../src/messages/locale.ts';
import type { ReportKind, ReportPrefill } from '../../../src/evidence/report/support-report.ts';
import { reportFormInputs, type ReportFormKey } from '../../shared/report-form-inputs.ts';
import type { AdaptiveCard, CardElement } from './adaptive-card.ts';
import { CARD_ACTIONS, type ReportSubmitData } from './card-actions.ts';
import { escapeTeamsMarkdown } from './escape-teams-markdown.ts';
import { newCard } from './new-card.ts';
import { textBlock } from './text-block.ts';

/**
 * The support report dialog (the task module's card, answered to `task/fetch`), in the
 * conversation's language: a short intro, then one text input per field the person can edit
 * (ids: ReportInput's names), prefilled from the draft, and the button that makes the report.
 * `error`: shown again after a submission with a value that does not fit, above its input.
 */
export function renderReportDialog(input: {
  kind: ReportKind;
  prefill: ReportPrefill;
  conversationId: string;
  userId: string;
  locale: Locale;
  m: Messages;
  error?: { key: ReportFormKey; text: string };
}): { title: string; card: AdaptiveCard } {
  const { m } = input;
  const body: CardElement[] = [textBlock(escapeTeamsMarkdown(m.t('reportForm.intro'), { from: 'bot' }), { isSubtle: true })];
  for (const field of reportFormInputs({ kind: input.kind, prefill: input.prefill }, m)) {
    if (input.error?.key === field.key) body.push(textBlock(escapeTeamsMarkdown(input.error.text, { from: 'bot' }), { color: 'Attention', spacing: 'Medium' }));
    body.push({
      type: 'Input.Text',
      id: field.key,
      label: field.label,
      isMultiline: field.multiline,
      maxLength: field.maxLength,
      ...(field.hint ? { placeholder: field.hint } : {}),
      ...(field.value ? { value: field.value } : {}),
    });
  }
  const submit: ReportSubmitData = { c500: CARD_ACTIONS.submits.reportSubmit, conversationId: input.conversationId, user: input.userId, kind: input.kind, locale: input.locale };
  return { title: m.t('reportForm.title'), card: newCard(body, { actions: [{ type: 'Action.Submit', title: m.t('reportForm.submit'), style: 'positive', data: submit }] }) };
}
