import { CLAIM_TTL_SECONDS } from './delivery-claims.ts';
import { isStoreOutage } from '../../src/store/store-error.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { errorCode } from './error-code.ts';
import { sayTryAgain } from './say-try-again.ts';
import { UPDATE_MODAL, updateModalMetadata } from './render-update-modal.ts';
import { slackActor } from './slack-actor.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';
import { verifiedDelivery } from './verified-delivery.ts';

/** What a view_submission ack may carry: nothing (the modal closes) or errors per input block. */
export type ViewAck = (response?: { response_action: 'errors'; errors: Record<string, string> }) => Promise<void>;

/**
 * The "Post update to reporters" modal's submission. An empty text is refused inside the ack
 * (Slack shows the error under the input); otherwise the ack closes the modal at once and the
 * update goes to desk.incidents.postUpdate (timeline, and one outbox fan-out to every reporter's
 * thread), then the desk member is told how many reporters it is going to (the card and the board
 * show the progress). A submission delivered twice posts once. The modal remembers the channel it
 * was opened from: only one opened in the helpdesk channel, submitted by a member of the helpdesk
 * user group (when one is set, checked again), posts; anyone else sees the refusal in the modal.
 * While the store cannot be reached, the desk member is told at once (ephemeral) to try again in
 * a minute.
 */
export function handleViewSubmission(deps: SlackHandlerDeps) {
  return async ({ ack, body, context }: { ack: ViewAck; body: unknown; context?: Readonly<Record<string, unknown>> | undefined }): Promise<void> => {
    const delivery = verifiedDelivery.of({ body, context });
    const meta = delivery.kind === 'view_submission' ? updateModalMetadata.decode(delivery.submission.view.private_metadata) : null;
    if (delivery.kind !== 'view_submission' || !meta) {
      deps.logger.warn('view_submission of a modal this app did not open');
      await ack();
      return;
    }
    const submission = delivery.submission;
    const m = messagesFor(deps.deskLocale);
    const access = await deps.access.check({ channel: meta.channel, userId: submission.user.id });
    if (!access.ok) {
      deps.logger.info({ incidentId: meta.incidentId, reason: access.reason, channel: meta.channel, user: submission.user.id }, 'desk update refused: not the helpdesk');
      await ack({ response_action: 'errors', errors: { [UPDATE_MODAL.blockId]: access.text } });
      return;
    }
    const text = submission.view.state?.values[UPDATE_MODAL.blockId]?.[UPDATE_MODAL.actionId]?.value?.trim() ?? '';
    if (!text) {
      await ack({ response_action: 'errors', errors: { [UPDATE_MODAL.blockId]: m.t('slack.modal.empty') } });
      return;
    }
    await ack();
    const id = `slack:view:${submission.view.id}:${submission.view.hash ?? '-'}`;
    const actor = slackActor.of(submission.user.id);
    const log = deps.logger.child({ incidentId: meta.incidentId, actor });
    try {
      if (!(await deps.claims.claim(id, CLAIM_TTL_SECONDS))) {
        log.info('update submission delivered twice; posted once');
        return;
      }
      let note: string;
      try {
        const outcome = await deps.desk.incidents.postUpdate(meta.incidentId, text, actor);
        note = outcome.ok
          ? m.t('slack.update.posted', { count: outcome.queued ?? 0 })
          : m.t(outcome.reason === 'not_found' ? 'chat.update.not_found' : 'chat.update.closed');
        log.info({ ok: outcome.ok, queued: outcome.ok ? outcome.queued : undefined }, 'desk update');
      } catch (error) {
        if (isStoreOutage(error)) throw error;
        log.error({ err: error, code: errorCode(error) }, 'could not post the desk update');
        note = m.t('slack.update.failed');
      }
      if (!meta.channel) return;
      await deps.send({ id: `${id}:confirm`, lane: `ch:${meta.channel}`, payload: { type: 'ephemeral', channel: meta.channel, user: submission.user.id, mrkdwn: note } });
    } catch (error) {
      // The store is down: the update cannot be kept (nor confirmed through the outbox) now.
      if (!(await sayTryAgain(deps, error, { channel: meta.channel, user: submission.user.id }))) throw error;
    }
  };
}
