import { AppError } from '../../src/app-error.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { readReportForm } from '../shared/read-report-form.ts';
import { REPORT_FORM_KEYS } from '../shared/report-form-inputs.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { codeBlock } from './code-block.ts';
import type { ViewAck } from './handle-view-submission.ts';
import { REPORT_MODAL, reportBlockId, reportModalMetadata } from './render-report-modal.ts';
import { sayTryAgain } from './say-try-again.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';
import { verifiedDelivery } from './verified-delivery.ts';

/** Room for a part of the report in one section, inside its code block and under its heading. */
const PART_CHARS = BLOCK_LIMITS.sectionText - 200;

/** The report text in parts that each fit a section, cut between lines (a longer line is cut). */
export function reportParts(text: string, max = PART_CHARS): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of text.trimEnd().split('\n')) {
    for (let rest = line; ; ) {
      const piece = rest.slice(0, max);
      rest = rest.slice(max);
      if (current && current.length + 1 + piece.length > max) {
        parts.push(current);
        current = piece;
      } else current = current ? `${current}\n${piece}` : piece;
      if (!rest) break;
    }
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * The support report modal's submission. Only the reporter's is taken; a value that does not fit
 * is refused inside the ack (Slack shows the text under its input); otherwise the ack closes the
 * modal at once, desk.report files the report (the view's id and hash: a submission delivered
 * twice is filed once), and the finished report (the four evidence labels marked done or missing)
 * is posted in the conversation's thread through the outbox, as code blocks ready to copy. While
 * the store cannot be reached, the person is told at once to try again in a minute.
 */
export function handleReportSubmission(deps: SlackHandlerDeps) {
  return async ({ ack, body, context }: { ack: ViewAck; body: unknown; context?: Readonly<Record<string, unknown>> | undefined }): Promise<void> => {
    const delivery = verifiedDelivery.of({ body, context });
    const meta = delivery.kind === 'view_submission' ? reportModalMetadata.decode(delivery.submission.view.private_metadata) : null;
    if (delivery.kind !== 'view_submission' || !meta) {
      deps.logger.warn('report modal submission this app cannot read');
      await ack();
      return;
    }
    const submission = delivery.submission;
    const m = messagesFor(meta.locale);
    const first = reportBlockId(REPORT_FORM_KEYS[meta.kind][0]);
    if (submission.user.id !== meta.userId) {
      await ack({ response_action: 'errors', errors: { [first]: m.t('reportForm.not_yours') } });
      return;
    }
    const state = submission.view.state?.values ?? {};
    const values = Object.fromEntries(REPORT_FORM_KEYS[meta.kind].map((key) => [key, state[reportBlockId(key)]?.[REPORT_MODAL.actionId]?.value ?? undefined]));
    const read = readReportForm(values, meta.kind, m);
    if (!read.ok) {
      await ack({ response_action: 'errors', errors: { [reportBlockId(read.key)]: read.text } });
      return;
    }
    await ack();
    const id = `slack:view:${submission.view.id}:${submission.view.hash ?? '-'}`;
    const log = deps.logger.child({ conversationId: meta.conversationId });
    const to = meta.channel ? { channel: meta.channel, ...(meta.threadTs ? { threadTs: meta.threadTs } : {}) } : null;
    try {
      let lines: string[];
      try {
        const filed = await deps.desk.report(meta.conversationId, read.input, { eventId: id });
        log.info({ kind: filed.json.kind, duplicate: filed.duplicate, missing: filed.json.missing.length }, 'support report filed from the modal');
        const parts = reportParts(filed.text);
        lines = parts.map((part, i) => `${i === 0 ? m.t('reportForm.posted') : m.t('reportForm.posted_part', { part: i + 1, parts: parts.length })}\n${codeBlock(part, BLOCK_LIMITS.sectionText - 150)}`);
      } catch (error) {
        const code = error instanceof AppError ? error.code : undefined;
        if (code !== 'desk.not_found' && code !== 'desk.invalid_report') throw error;
        log.info({ code }, 'support report refused by the desk');
        lines = [m.t(code === 'desk.not_found' ? 'reportForm.expired' : 'reportForm.failed')];
      }
      if (!to) return;
      for (const [i, mrkdwn] of lines.entries()) {
        await deps.send({ id: `${id}:report:${i}`, lane: `ch:${to.channel}`, payload: { type: 'note', ...to, mrkdwn } });
      }
    } catch (error) {
      // The store is down: the report cannot be kept (nor posted through the outbox) now.
      if (!(await sayTryAgain(deps, error, { channel: meta.channel, user: submission.user.id, threadTs: meta.threadTs }))) throw error;
    }
  };
}
