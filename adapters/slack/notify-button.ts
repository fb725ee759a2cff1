import { actionPlace } from './action-place.ts';
import { actionValue } from './action-value.ts';
import { DESK_ERROR_TEXT } from './desk-error-text.ts';
import { errorCode } from './error-code.ts';
import type { ActionHandler } from './handle-action.ts';
import { NOTIFY_BLOCK_ID } from './render-verdict.ts';

/**
 * "Notify me" under a verdict: goes to desk.subscribe (only the reporter may press it); the
 * verdict stays as it was and only its button becomes the confirmation (edited by the outbox).
 */
export const notifyButton: ActionHandler = async (deps, actions, tell) => {
  const action = actions.actions[0]!;
  const notify = actionValue.decodeNotify(action.value);
  const { channel, messageTs } = actionPlace(actions);
  if (!notify || !channel) {
    deps.logger.warn({ actionId: action.action_id }, 'notify button with an unreadable value');
    return;
  }
  if (notify.userId !== actions.user.id) {
    await tell('This button belongs to the person who reported. To be notified yourself, report with the slash command.');
    return;
  }
  const blocks = actions.message?.blocks;
  const edited = blocks?.map((b) =>
    b.block_id === NOTIFY_BLOCK_ID ? { type: 'context', elements: [{ type: 'mrkdwn', text: "🔔 You'll be told in this thread when it's fixed." }] } : b,
  );
  const verdictText = typeof actions.message?.['text'] === 'string' ? actions.message['text'] : 'Verdict';
  const via: Record<string, string> = messageTs && edited ? { verdictTs: messageTs, verdictText, verdictBlocks: JSON.stringify(edited) } : {};
  try {
    await deps.desk.subscribe(notify.conversationId, { deliver: true, via });
  } catch (error) {
    const code = errorCode(error);
    const text = code ? DESK_ERROR_TEXT[code] : undefined;
    if (!text) throw error;
    await tell(text);
  }
};
