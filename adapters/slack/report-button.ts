import { messagesFor } from '../../src/messages/messages-for.ts';
import { actionPlace } from './action-place.ts';
import { actionValue } from './action-value.ts';
import type { ActionHandler } from './handle-action.ts';
import { openReportModal } from './open-report-modal.ts';

/**
 * "Fill in the support report" under a verdict, or on request in the thread (acked before this
 * runs): only the reporter may press it. The modal opens at once with the click's trigger_id
 * (valid for 3 s), prefilled from desk.reportDraft (read from the store and the status service's
 * memory: no status page call), in the conversation's language (open-report-modal.ts). An expired
 * conversation, or a modal Slack would not open (the trigger expired), is said instead.
 */
export const reportButton: ActionHandler = async (deps, actions, tell) => {
  const action = actions.actions[0]!;
  const value = actionValue.decodeReport(action.value);
  if (!value) {
    deps.logger.warn({ actionId: action.action_id }, 'report button with an unreadable value');
    return;
  }
  if (value.userId !== actions.user.id) {
    await tell(messagesFor(await deps.locales.of(actions.user.id)).t('reportForm.not_yours'));
    return;
  }
  if (!actions.trigger_id) {
    deps.logger.warn({ conversationId: value.conversationId }, 'report button without a trigger_id: cannot open the modal');
    return;
  }
  const { channel, threadTs } = actionPlace(actions);
  await openReportModal(deps, { conversationId: value.conversationId, userId: value.userId, triggerId: actions.trigger_id, place: { ...(channel ? { channel } : {}), ...(threadTs ? { threadTs } : {}) } }, tell);
};
