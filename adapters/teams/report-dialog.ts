import { z } from 'zod';
import { AppError } from '../../src/app-error.ts';
import type { Desk } from '../../src/desk/desk.port.ts';
import type { Logger } from '../../src/logger.ts';
import { LOCALES } from '../../src/messages/locale.ts';
import { messagesFor, type Messages } from '../../src/messages/messages-for.ts';
import { readReportForm } from '../shared/read-report-form.ts';
import { CARD_ACTIONS } from './cards/card-actions.ts';
import { renderReportDialog } from './cards/render-report-dialog.ts';
import type { TeamsActivity } from './teams-activity.ts';
import type { TaskAnswer } from './teams-events.ts';
import type { TeamsDirect } from './teams-sender.ts';

const id = z.string().min(1).max(200);
const fetchData = z.object({ c500: z.literal(CARD_ACTIONS.submits.report), conversationId: id, user: id });
const submitData = z.looseObject({ c500: z.literal(CARD_ACTIONS.submits.reportSubmit), conversationId: id, user: id, kind: z.enum(['web', 'api']), locale: z.enum(LOCALES) });

export interface ReportDialogDeps {
  desk: Pick<Desk, 'reportDraft' | 'report'>;
  send: (entry: { id: string; lane: string; payload: TeamsDirect }) => Promise<void>;
  logger: Logger;
  /** The person's language, for what is said before the conversation's is known. */
  mOf: (activity: TeamsActivity) => Messages;
  /** A stable id of this delivery (a retried invoke carries the same activity id). */
  eventId: (activity: TeamsActivity, what: string) => string;
}

const say = (value: string): TaskAnswer => ({ task: { type: 'message', value } });
const dialog = (d: ReturnType<typeof renderReportDialog>): TaskAnswer => ({
  task: { type: 'continue', value: { title: d.title, height: 'large', width: 'medium', card: { contentType: 'application/vnd.microsoft.card.adaptive', content: d.card } } },
});

/**
 * The support report as a Teams dialog (task module). `fetch` answers "Fill in the support
 * report" (`task/fetch`) with the form, prefilled from desk.reportDraft (times in the Teams
 * client's timezone when the conversation knows none), in the conversation's language. `submit`
 * (`task/submit`) checks the values (one that does not fit shows the form again, the text above
 * its input), files the report through desk.report (a retried invoke is filed once) and sends the
 * finished report into the chat through the outbox; the dialog closes saying so. Only the
 * reporter may fill it. Each resolves to null for data that is not the report's.
 */
export function reportDialog(deps: ReportDialogDeps) {
  return {
    async fetch(activity: TeamsActivity, data: unknown): Promise<TaskAnswer | null> {
      const parsed = fetchData.safeParse(data);
      if (!parsed.success) return null;
      if (parsed.data.user !== activity.from.id) return say(deps.mOf(activity).t('reportForm.not_yours'));
      const draft = await deps.desk.reportDraft(parsed.data.conversationId, activity.localTimezone ? { timezone: activity.localTimezone } : {});
      if (!draft) return say(deps.mOf(activity).t('reportForm.expired'));
      const { kind, prefill, locale } = draft.json;
      return dialog(renderReportDialog({ kind, prefill, locale, conversationId: parsed.data.conversationId, userId: activity.from.id, m: messagesFor(locale) }));
    },

    async submit(activity: TeamsActivity, data: unknown): Promise<TaskAnswer | null> {
      const parsed = submitData.safeParse(data);
      if (!parsed.success) return null;
      const { conversationId, kind, locale } = parsed.data;
      const m = messagesFor(locale);
      if (parsed.data.user !== activity.from.id) return say(m.t('reportForm.not_yours'));
      const values: Record<string, unknown> = parsed.data;
      const read = readReportForm(values, kind, m);
      if (!read.ok) {
        const prefill = Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string'));
        return dialog(renderReportDialog({ kind, prefill, locale, conversationId, userId: activity.from.id, m, error: { key: read.key, text: read.text } }));
      }
      const eventId = deps.eventId(activity, 'report');
      let filed;
      try {
        filed = await deps.desk.report(conversationId, read.input, { eventId });
      } catch (error) {
        const code = error instanceof AppError ? error.code : undefined;
        if (code === 'desk.not_found') return say(m.t('reportForm.expired'));
        if (code === 'desk.invalid_report') return say(m.t('reportForm.failed'));
        throw error;
      }
      deps.logger.info({ conversationId, kind: filed.json.kind, duplicate: filed.duplicate, missing: filed.json.missing.length }, 'teams: support report filed from the dialog');
      await deps.send({
        id: `${eventId}:report`,
        lane: `teams:${activity.conversation.id}`,
        payload: { type: 'report', to: { serviceUrl: activity.serviceUrl, conversationId: activity.conversation.id }, text: filed.text, locale: filed.json.locale },
      });
      return say(m.t('reportForm.dialog_done'));
    },
  };
}
