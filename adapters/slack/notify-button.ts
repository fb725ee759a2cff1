import { messagesFor } from '../../src/messages/messages-for.ts';
import { actionPlace } from './action-place.ts';
import { actionValue } from './action-value.ts';
import { DESK_ERROR_TEXT } from './desk-error-text.ts';
import { errorCode } from './error-code.ts';
import type { ActionHandler } from './handle-action.ts';

/**
 * "Notify me" under a verdict: goes to desk.subscribe (only the reporter may press it); the
 * verdict stays as it was and only its button becomes the confirmation (edited by the outbox, in
 * the conversation's language: the blocks are passed on as they are).
 */
export const notifyButton: ActionHandler = async (deps, actions, tell) => {
  const action = actions.actions[0]!;
  const notify = actionValue.decodeNotify(action.value);
  const { channel, messageTs } = actionPlace(actions);
  if (!notify || !channel) {
    deps.logger.warn({ actionId: action.action_id }, 'notify button with an unreadable value');
    return;
  }
  const m = async () => messagesFor(await deps.locales.of(actions.user.id));
  if (notify.userId !== actions.user.id) {
    await tell((await m()).t('slack.notify.not_yours'));
    return;
  }
  const blocks = actions.message?.blocks;
  const verdictText = typeof actions.message?.['text'] === 'string' ? actions.message['text'] : undefined;
  const via: Record<string, string> = messageTs && blocks ? { verdictTs: messageTs, ...(verdictText ? { verdictText } : {}), verdictBlocks: JSON.stringify(blocks) } : {};
  try {
    await deps.desk.subscribe(notify.conversationId, { deliver: true, via });
  } catch (error) {
    const code = errorCode(error);
    const text = code ? DESK_ERROR_TEXT[code] : undefined;
    if (!text) throw error;
    await tell((await m()).t(text));
  }
};
