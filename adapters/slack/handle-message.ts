import { CLAIM_TTL_SECONDS } from './delivery-claims.ts';
import { errorCode } from './error-code.ts';
import { postTurn } from './post-turn.ts';
import type { SlackMessage } from './slack-message.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';
import { slackEventId } from './slack-event-id.ts';
import { slackThread } from './slack-thread.ts';
import { eventEnvelopeSchema, messageEventSchema, type MessageEvent } from './slack-payloads.ts';

/** Subtypes that are still a person writing (a reply also sent to the channel, a file with text). */
const PERSON_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

/**
 * Message events. A reply by the reporter in a conversation's thread (found with
 * desk.findByThread, on any replica) goes to desk.reply (with the event's id, so Slack's retries
 * apply once) and the next turn is posted in the thread. Bot
 * messages (the bot's own included), edits and other people's replies are ignored. A top-level
 * message in the bot's DM gets a one-line hint on how to report.
 */
export function handleMessage(deps: SlackHandlerDeps) {
  return async ({ body }: { body: unknown }): Promise<void> => {
    const envelope = eventEnvelopeSchema.safeParse(body);
    const message = envelope.success ? messageEventSchema.safeParse(envelope.data.event) : undefined;
    if (!envelope.success || !message?.success) {
      deps.logger.warn('message event without the expected fields');
      return;
    }
    const event = message.data;
    if (!isFromPerson(event) || !event.user) return;
    const isDm = event.channel_type === 'im';
    if (!isDm && !deps.config.SLACK_TRIAGE_IN_CHANNEL) return;
    const inThread = event.thread_ts !== undefined && event.thread_ts !== event.ts;
    if (!inThread) {
      if (isDm && (await deps.claims.claim(slackEventId.event(envelope.data), CLAIM_TTL_SECONDS))) await hint(deps, event.channel);
      return;
    }
    const text = event.text?.trim() ?? '';
    if (!text) return;
    // Keyed by the reporter's user id too: only their own replies find the conversation.
    const conversationId = await deps.desk.findByThread(slackThread({ channel: event.channel, threadTs: event.thread_ts!, user: event.user }));
    if (!conversationId) return;
    const log = deps.logger.child({ conversationId });
    let turn;
    try {
      turn = await deps.desk.reply(conversationId, text, { eventId: slackEventId.event(envelope.data) });
    } catch (error) {
      if (errorCode(error) !== 'desk.not_found') throw error;
      log.info('reply in the thread of an expired conversation');
      await deps.api.postMessage({
        channel: event.channel,
        threadTs: event.thread_ts!,
        message: note('This conversation has expired. Type the command again to start a new one.'),
      });
      return;
    }
    if (turn.duplicate) {
      log.info('message delivered twice; applied once');
      return;
    }
    await postTurn(deps.api, { channel: event.channel, threadTs: event.thread_ts!, userId: event.user, turn });
  };
}

function isFromPerson(event: MessageEvent): boolean {
  if (event.bot_id || event.app_id) return false;
  return event.subtype === undefined || PERSON_SUBTYPES.has(event.subtype);
}

async function hint(deps: SlackHandlerDeps, channel: string): Promise<void> {
  const c = deps.config.SLACK_COMMAND;
  const text = `To report a problem with ChatGPT, type \`${c} what happens\` (for example \`${c} error 500 on chatgpt.com\`). If you are answering my questions, reply in the thread of my message. \`${c} help\` tells more.`;
  await deps.api.postMessage({ channel, message: note(text) });
}

function note(text: string): SlackMessage {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
