import { messagesFor } from '../../src/messages/messages-for.ts';
import { errorCode } from './error-code.ts';
import { knownLocale } from './known-locale.ts';
import { openReportModal } from './open-report-modal.ts';
import { sayTryAgain } from './say-try-again.ts';
import type { Ack, SlackHandlerDeps } from './slack-handler-deps.ts';
import { slackEventId } from './slack-event-id.ts';
import type { SlashCommand } from './slack-payloads.ts';

/** The longest the ack waits for the store to name the person's latest conversation. */
const FIND_WAIT_MS = 1000;

/**
 * `/chatgpt-500 report` (or the word in another language the bot speaks): the support report
 * modal for the person's latest conversation. The conversation is looked up in the store before
 * the ack (no Slack call); a person without one is told in the ack to start one first. Otherwise
 * the ack is empty and the modal opens right after it with the command's trigger_id
 * (open-report-modal.ts); the report is then posted in that conversation's thread. Notes after
 * the ack (an expired conversation, a modal Slack would not open) are ephemeral, in the channel
 * the command was typed in, through the outbox; a store outage after the ack is said at once.
 */
export async function reportCommand(deps: SlackHandlerDeps, cmd: SlashCommand, ack: Ack): Promise<void> {
  const locale = knownLocale(deps, cmd.user_id);
  let conversationId: string | null;
  let timer: NodeJS.Timeout | undefined;
  try {
    conversationId = await Promise.race([
      deps.latest.find(cmd.team_id, cmd.user_id),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the latest conversation took longer than ${FIND_WAIT_MS} ms to read`)), FIND_WAIT_MS);
      }),
    ]);
  } catch (error) {
    deps.logger.error({ err: error, code: errorCode(error), user: cmd.user_id }, 'could not read the latest conversation of a person');
    await ack({ response_type: 'ephemeral', text: messagesFor(await locale).t('chat.try_again') });
    return;
  } finally {
    clearTimeout(timer);
  }
  if (!conversationId) {
    await ack({ response_type: 'ephemeral', text: messagesFor(await locale).t('reportForm.none', { command: deps.config.SLACK_COMMAND }) });
    return;
  }
  await ack();
  const id = conversationId;
  const tell = async (mrkdwn: string): Promise<void> => {
    await deps.send({ id: `${slackEventId.command(cmd)}:report-note`, lane: `ch:${cmd.channel_id}`, payload: { type: 'ephemeral', channel: cmd.channel_id, user: cmd.user_id, mrkdwn } });
  };
  const place = async () => {
    const ref = (await deps.desk.get(id))?.thread.ref;
    return { ...(ref?.channel ? { channel: ref.channel } : {}), ...(ref?.threadTs ? { threadTs: ref.threadTs } : {}) };
  };
  try {
    await openReportModal(deps, { conversationId: id, userId: cmd.user_id, triggerId: cmd.trigger_id, place }, tell);
  } catch (error) {
    // The store went down after the ack: the draft cannot be read (nor a note put in the outbox).
    if (!(await sayTryAgain(deps, error, { channel: cmd.channel_id, user: cmd.user_id }))) throw error;
  }
}
