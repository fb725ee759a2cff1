import { z } from 'zod';
import { LOCALES, type Locale } from '../../src/messages/locale.ts';
import type { Messages } from '../../src/messages/messages-for.ts';
import type { SupportReport } from '../../src/evidence/report/support-report.ts';
import { reportFormInputs, type ReportFormKey } from '../shared/report-form-inputs.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { fitText } from './fit-text.ts';
import type { Block } from './slack-message.ts';
import { decodeJsonValue } from './decode-json-value.ts';

/** callback_id of the support report modal; each input's block_id is `blockPrefix` + its key, its action_id `actionId`. */
export const REPORT_MODAL = { callbackId: 'c500.report', blockPrefix: 'c500.report.', actionId: 'value' } as const;

export const reportBlockId = (key: ReportFormKey): string => `${REPORT_MODAL.blockPrefix}${key}`;

/** What the modal remembers between views.open and its submission. */
export interface ReportModalMetadata {
  conversationId: string;
  /** The reporter's Slack user id: only they may submit. */
  userId: string;
  kind: SupportReport['kind'];
  locale: Locale;
  /** Where the verdict was clicked: the finished report goes in this thread. */
  channel?: string;
  threadTs?: string;
}

const metadataSchema = z.object({
  c: z.string().min(1).max(200),
  u: z.string().min(1).max(40),
  k: z.enum(['web', 'api']),
  l: z.enum(LOCALES),
  ch: z.string().min(1).max(40).optional(),
  t: z.string().min(1).max(40).optional(),
});

export const reportModalMetadata = {
  encode(m: ReportModalMetadata): string {
    return JSON.stringify({ c: m.conversationId, u: m.userId, k: m.kind, l: m.locale, ...(m.channel ? { ch: m.channel } : {}), ...(m.threadTs ? { t: m.threadTs } : {}) });
  },
  decode(value: unknown): ReportModalMetadata | null {
    const d = decodeJsonValue(value, metadataSchema);
    if (!d) return null;
    return { conversationId: d.c, userId: d.u, kind: d.k, locale: d.l, ...(d.ch ? { channel: d.ch } : {}), ...(d.t ? { threadTs: d.t } : {}) };
  },
};

/** Slack's limits on a modal's title, submit and close texts. */
const TITLE_MAX = 24;

/**
 * The support report as a modal (views.open), in the conversation's language: a short intro,
 * then one optional text input per field the person can edit, prefilled from the draft.
 */
export function renderReportModal(input: { draft: SupportReport; meta: ReportModalMetadata; m: Messages }): { type: 'modal'; callback_id: string; private_metadata: string; title: { type: 'plain_text'; text: string }; submit: { type: 'plain_text'; text: string }; close: { type: 'plain_text'; text: string }; blocks: Block[] } {
  const { m } = input;
  const inputs: Block[] = reportFormInputs(input.draft, m).map((field) => ({
    type: 'input',
    block_id: reportBlockId(field.key),
    optional: true,
    label: { type: 'plain_text', text: fitText(field.label, 2000) },
    ...(field.hint ? { hint: { type: 'plain_text', text: fitText(field.hint, 2000) } } : {}),
    element: {
      type: 'plain_text_input',
      action_id: REPORT_MODAL.actionId,
      multiline: field.multiline,
      max_length: field.maxLength,
      ...(field.value ? { initial_value: field.value } : {}),
    },
  }));
  return {
    type: 'modal',
    callback_id: REPORT_MODAL.callbackId,
    private_metadata: reportModalMetadata.encode(input.meta),
    title: { type: 'plain_text', text: fitText(m.t('reportForm.title'), TITLE_MAX) },
    submit: { type: 'plain_text', text: fitText(m.t('reportForm.submit'), TITLE_MAX) },
    close: { type: 'plain_text', text: fitText(m.t('reportForm.cancel'), TITLE_MAX) },
    blocks: [{ type: 'section', text: { type: 'plain_text', text: fitText(m.t('reportForm.intro'), BLOCK_LIMITS.sectionText) } }, ...inputs],
  };
}
