import { buildSupportReport } from '../evidence/report/build-support-report.ts';
import { supportReportOutput } from '../evidence/report/format-support-report.ts';
import { checkReportInput } from '../evidence/report/report-input.ts';
import type { SupportReportOutput } from '../evidence/report/support-report.ts';
import { messagesFor } from '../messages/messages-for.ts';
import type { Locale } from '../messages/locale.ts';
import type { ConversationState, FiledReport } from './conversation-state.ts';
import { loadConversation, type DeskContext } from './desk-context.ts';
import { DeskError } from './desk-error.ts';
import type { Turn } from './desk.port.ts';
import { mutateConversation } from './mutate-conversation.ts';
import { replayTurn } from './replay-turn.ts';
import { REPORT_NOTE_ACTOR } from '../evidence/report/reports-filed.ts';

export interface ReportOptions {
  /** The platform's delivery id (web: Idempotency-Key): a retried filing is applied once. */
  eventId?: string;
  /** The report's language; default the conversation's. */
  locale?: Locale;
}

export interface DraftOptions extends Pick<ReportOptions, 'locale'> {
  /**
   * The timezone of the device that shows the form (a browser's, a Teams client's), used when
   * the conversation knows none: times are written in it.
   */
  timezone?: string;
}

/** A filed (or drafted) report, and whether this call was a retry of one applied before. */
export type FiledReportOutput = SupportReportOutput & { duplicate: boolean };

/** The report of a conversation as it stands: its turn (verdict, status summary, language) and what the person filed. */
function reportOf(state: ConversationState, turn: Turn, locale: Locale | undefined, filed: FiledReport | undefined, timezone?: string): SupportReportOutput {
  const status = filed?.status ?? { line: turn.status.line, incidents: turn.status.incidents };
  const details = timezone && !state.details.timezone && !filed?.input.timezone ? { ...state.details, timezone } : state.details;
  return supportReportOutput(
    buildSupportReport({
      facts: turn.facts,
      details,
      locale: locale ?? turn.locale,
      reportedAt: state.startedAt,
      conversationId: state.id,
      branch: turn.verdict?.branch ?? null,
      status,
      platform: state.reporter.platform,
      ...(filed ? { input: filed.input, filedAt: filed.filedAt } : {}),
    }),
  );
}

/**
 * The support report of a conversation, prefilled (GET …/report, a form's first view): what the
 * conversation knows, with the person's fields when they filed it already. Null when the
 * conversation is unknown or expired. `timezone`: the form's device's, for a conversation that knows none.
 */
export async function draftReport(ctx: DeskContext, conversationId: string, options: DraftOptions = {}): Promise<SupportReportOutput | null> {
  const loaded = await loadConversation(ctx, conversationId);
  if (!loaded) return null;
  const turn = await replayTurn(ctx, loaded.state, { full: true });
  return reportOf(loaded.state, turn, options.locale, loaded.state.report, options.timezone);
}

/**
 * The person files the support report: their fields (validated: DeskError 'desk.invalid_report'
 * naming the field) are kept with the conversation, with the status page as it reads now, through
 * the conversation store's compare-and-set (a delivery id is applied once; filing again replaces
 * the fields). The first filing is linked from the incident the conversation's report counts in:
 * a note on its timeline by `report:<conversation id>` (the board shows it; reportsFiled counts
 * them). Throws DeskError 'desk.not_found'.
 */
export async function fileReport(ctx: DeskContext, conversationId: string, input: unknown, options: ReportOptions = {}): Promise<FiledReportOutput> {
  const checked = checkReportInput(input);
  if (!checked.ok) throw new DeskError('desk.invalid_report', `${checked.problem.field}: ${checked.problem.message}`);
  const loaded = await loadConversation(ctx, conversationId);
  if (!loaded) throw new DeskError('desk.not_found', `no conversation ${conversationId} (unknown, or expired after a day of silence)`);
  // The turn as it stands: verdict, language and the status summary the report is filed with.
  const turn = await replayTurn(ctx, loaded.state, { full: true });
  const summary = turn.status;
  const recorded = await ctx.store.incidents.getReport(conversationId);
  const at = ctx.now();
  const mutation = await mutateConversation(
    ctx.store.conversations,
    conversationId,
    (s) => ({
      ...s,
      report: {
        input: checked.input,
        filedAt: at,
        status: { line: summary.line, incidents: summary.incidents },
        ...(recorded?.incidentId ? { incidentId: recorded.incidentId } : {}),
      },
    }),
    { now: ctx.now, ...(options.eventId ? { eventId: options.eventId } : {}) },
  );
  const { state } = mutation;
  const output = reportOf(state, turn, options.locale, state.report);
  const incidentId = state.report?.incidentId;
  if (!mutation.duplicate && !mutation.before.report && incidentId) {
    // After the save: a crash between the two leaves the report kept and the incident without its line (never a line without a report).
    try {
      await ctx.store.incidents.note(incidentId, messagesFor(ctx.deskLocale).t('evidence.report.incident_note', { kind: output.json.kind }), `${REPORT_NOTE_ACTOR}${conversationId}`);
    } catch (error) {
      ctx.logger?.warn({ err: error, conversationId, incidentId }, 'support report kept; linking it from the incident failed');
    }
  }
  return { ...output, duplicate: mutation.duplicate };
}
