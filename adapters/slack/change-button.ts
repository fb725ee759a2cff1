import { messagesFor } from '../../src/messages/messages-for.ts';
import { actionPlace } from './action-place.ts';
import { changeValue } from './change-value.ts';
import { DESK_ERROR_TEXT } from './desk-error-text.ts';
import { errorCode } from './error-code.ts';
import type { ActionHandler } from './handle-action.ts';
import { UNDERSTOOD_BLOCK_ID } from './render-understood.ts';
import { slackEventId } from './slack-event-id.ts';

/** block_id prefix of a question's button rows (render-question.ts: `c500.q.<fact>.<row>`). */
const QUESTION_ACTIONS_PREFIX = 'c500.q.';

/**
 * "Change" on a "Got it: …" line (`c500.change`): goes to desk.change with `deliver` (only the
 * reporter may press it); the outbox swaps the pressed button for a note and asks the question
 * again in the thread.
 */
export const changeButton: ActionHandler = async (deps, actions, tell) => {
  const action = actions.actions[0]!;
  const change = changeValue.decode(action.value);
  const { channel, messageTs, threadTs } = actionPlace(actions);
  if (!change || !channel || !threadTs) {
    deps.logger.warn({ actionId: action.action_id }, 'change button with an unreadable value or no message');
    return;
  }
  const m = messagesFor(change.locale);
  if (change.userId !== actions.user.id) {
    await tell(m.t('reading.not_yours'));
    return;
  }
  const log = deps.logger.child({ conversationId: change.conversationId });
  // The pressed message stays as it was, its Change button replaced by what was taken back and
  // its answer buttons gone (the question comes again, with its own buttons, in the thread).
  const blocks = actions.message?.blocks?.filter((b) => !(b.type === 'actions' && typeof b.block_id === 'string' && b.block_id.startsWith(QUESTION_ACTIONS_PREFIX)));
  const edited = blocks?.map((b) => (b.block_id === UNDERSTOOD_BLOCK_ID ? { type: 'context', elements: [{ type: 'mrkdwn', text: `↩️ ${m.t('reading.changed')}` }] } : b));
  const text = typeof actions.message?.['text'] === 'string' ? actions.message['text'] : '';
  const via: Record<string, string> = messageTs && edited ? { editTs: messageTs, editText: text, editBlocks: JSON.stringify(edited) } : {};
  try {
    const turn = await deps.desk.change(change.conversationId, change.facts, { eventId: slackEventId.action(actions), deliver: true, via });
    if (turn.duplicate) log.info('change pressed again, or delivered twice; nothing left to change');
  } catch (error) {
    const code = errorCode(error);
    const note = code ? DESK_ERROR_TEXT[code] : undefined;
    if (!note) throw error;
    log.info({ code }, 'change refused by the desk');
    await tell(note);
  }
};
