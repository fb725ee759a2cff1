import { messagesFor } from '../../src/messages/messages-for.ts';
import { actionPlace } from './action-place.ts';
import { harButtonValue } from './har-button-value.ts';
import type { ActionHandler } from './handle-action.ts';
import { slackThread } from './slack-thread.ts';

/**
 * "Send me the redacted HAR" under a shared HAR's findings: only the reporter of the thread's
 * conversation may press it (others are told so). The request goes through the outbox as a
 * `har_redacted` entry naming the file, once per file and thread whatever the number of clicks
 * (the entry's id), so the upload survives a restart and happens once (slack-sender.ts).
 */
export const harRedactedButton: ActionHandler = async (deps, actions, tell) => {
  const action = actions.actions[0]!;
  const value = harButtonValue.decode(action.value);
  const { channel, threadTs } = actionPlace(actions);
  if (!value || !channel || !threadTs) {
    deps.logger.warn({ actionId: action.action_id }, 'redacted HAR button with an unreadable value');
    return;
  }
  const user = actions.user.id;
  const conversationId = await deps.desk.findByThread(slackThread({ channel, threadTs, user }));
  if (!conversationId) {
    await tell(messagesFor(await deps.locales.of(user)).t('harChat.not_yours'));
    return;
  }
  const locale = (await deps.desk.get(conversationId))?.locale ?? (await deps.locales.of(user));
  const { fileId, name } = value;
  deps.logger.child({ conversationId }).info({ fileId }, 'redacted HAR asked for');
  await deps.send({ id: `slack:har-redacted:${channel}:${threadTs}:${fileId}`, lane: `ch:${channel}`, payload: { type: 'har_redacted', channel, threadTs, fileId, name, locale } });
};
