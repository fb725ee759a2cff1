import { messagesFor } from '../../src/messages/messages-for.ts';
import { renderReportModal } from './render-report-modal.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';

/** Where the finished report is posted: the conversation's thread. */
export interface ReportPlace {
  channel?: string;
  threadTs?: string;
}

export interface ReportModalRequest {
  conversationId: string;
  /** The reporter's Slack user id (the only one who may submit). */
  userId: string;
  /** The click's or the command's trigger_id (Slack takes it for 3 s). */
  triggerId: string;
  /** The thread to post the report in, when the caller knows it (a click); else read with the draft. */
  place: ReportPlace | (() => Promise<ReportPlace>);
}

/**
 * Opens the support report modal (called after the ack): prefilled from desk.reportDraft in the
 * conversation's language, its times in the person's Slack timezone when the conversation knows
 * none (the one remembered from users.info with their language: no Web API call here). An
 * expired conversation, or a modal Slack would not open (the trigger expired), is said with `tell`.
 */
export async function openReportModal(deps: SlackHandlerDeps, req: ReportModalRequest, tell: (mrkdwn: string) => Promise<void>): Promise<void> {
  const timezone = await deps.locales.timezone(req.userId).catch(() => undefined);
  const [draft, place] = await Promise.all([
    deps.desk.reportDraft(req.conversationId, timezone ? { timezone } : {}),
    typeof req.place === 'function' ? req.place() : Promise.resolve(req.place),
  ]);
  if (!draft) {
    await tell(messagesFor(await deps.locales.of(req.userId)).t('reportForm.expired'));
    return;
  }
  const { channel, threadTs } = place;
  const meta = { conversationId: req.conversationId, userId: req.userId, kind: draft.json.kind, locale: draft.json.locale, ...(channel ? { channel } : {}), ...(threadTs ? { threadTs } : {}) };
  try {
    await deps.api.openView(req.triggerId, renderReportModal({ draft: draft.json, meta, m: messagesFor(draft.json.locale) }));
  } catch (error) {
    // An expired trigger (more than 3 s after the click) or a refused view: say so rather than nothing.
    deps.logger.warn({ err: error, conversationId: req.conversationId }, 'could not open the support report modal');
    await tell(messagesFor(draft.json.locale).t('reportForm.failed'));
  }
}
