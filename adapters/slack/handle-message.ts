import { messagesFor } from '../../src/messages/messages-for.ts';
import { asksForNetcheck } from '../shared/asks-for-netcheck.ts';
import { asksForReport } from '../shared/asks-for-report.ts';
import { errorCode } from './error-code.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { sayTryAgain } from './say-try-again.ts';
import { isHarFile, shareHar } from './share-har.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';
import { slackEventId } from './slack-event-id.ts';
import { slackThread } from './slack-thread.ts';
import type { MessageEvent } from './slack-payloads.ts';
import { verifiedDelivery } from './verified-delivery.ts';

/** Subtypes that are still a person writing (a reply also sent to the channel, a file with text). */
const PERSON_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

/**
 * Message events. A reply by the reporter in a conversation's thread (found with
 * desk.findByThread, on any replica) goes to desk.reply with the event's id (Slack's retries
 * apply once) and `deliver`: the next turn is enqueued with the saved answer and posted in the
 * thread by the outbox. Bot messages (the bot's own included), edits and other people's replies
 * are ignored. A top-level message in the bot's DM gets a one-line hint on how to report. While
 * the store cannot be reached, the reporter is told at once (ephemeral) to try again in a minute.
 * A HAR file the reporter shares in the thread is read after the ack and its findings posted
 * there (share-har.ts), when the adapter was given `har`. A reply that asks for "Check my
 * network" (its button label, or `netcheck`) gets the link in the thread, when links are offered.
 * "report" typed alone in the thread (or the word in another language the bot speaks,
 * asks-for-report.ts) is answered with the "Fill in the support report" button instead of being
 * read as a reply.
 */
export function handleMessage(deps: SlackHandlerDeps) {
  return async ({ body, context }: { body: unknown; context?: Readonly<Record<string, unknown>> }): Promise<void> => {
    const delivery = verifiedDelivery.of({ body, context });
    if (delivery.kind !== 'event' || !delivery.message) {
      deps.logger.warn('message event without the expected fields');
      return;
    }
    const event = delivery.message;
    if (!isFromPerson(event) || !event.user) return;
    const isDm = event.channel_type === 'im';
    if (!isDm && !deps.config.SLACK_TRIAGE_IN_CHANNEL) return;
    const eventId = slackEventId.event(delivery.envelope);
    const inThread = event.thread_ts !== undefined && event.thread_ts !== event.ts;
    if (!inThread) {
      if (isDm) {
        const m = messagesFor(await deps.locales.of(event.user));
        await deps.send({ id: `${eventId}:hint`, lane: `ch:${event.channel}`, payload: { type: 'note', channel: event.channel, mrkdwn: m.t('slack.hint', { command: deps.config.SLACK_COMMAND }) } });
      }
      return;
    }
    const text = event.text?.trim() ?? '';
    const hars = deps.har ? (event.files ?? []).filter(isHarFile) : [];
    if (!text && hars.length === 0) return;
    const place = { channel: event.channel, threadTs: event.thread_ts!, user: event.user };
    try {
      if (text) await replyInThread(deps, place, eventId, text);
      if (deps.har && hars.length > 0) await harInThread({ ...deps, har: deps.har }, place, eventId, hars);
    } catch (error) {
      // The store is down: the reply cannot be kept (nor answered through the outbox) now.
      if (!(await sayTryAgain(deps, error, { channel: event.channel, user: event.user, threadTs: event.thread_ts }))) throw error;
    }
  };
}

async function replyInThread(deps: SlackHandlerDeps, event: { channel: string; threadTs: string; user: string }, eventId: string, text: string): Promise<void> {
  // Keyed by the reporter's user id too: only their own replies find the conversation.
  const conversationId = await deps.desk.findByThread(slackThread(event));
  if (!conversationId) return;
  const log = deps.logger.child({ conversationId });
  if (deps.netcheckLink && asksForNetcheck(text)) {
    // On request: the link, in the thread, whatever the conversation's step (not read as an answer).
    const snapshot = await deps.desk.get(conversationId);
    if (snapshot) {
      const m = messagesFor(snapshot.locale);
      const mrkdwn = `*<${deps.netcheckLink(conversationId)}|${escapeMrkdwn(m.t('netcheck.chat.button'), { from: 'bot' })}>*\n${escapeMrkdwn(m.t('netcheck.chat.hint'), { from: 'bot' })}`;
      await deps.send({ id: `${eventId}:netcheck`, lane: `ch:${event.channel}`, payload: { type: 'note', channel: event.channel, threadTs: event.threadTs, mrkdwn } });
      return;
    }
  }
  if (asksForReport(text)) {
    await offerReport(deps, event, eventId, conversationId);
    return;
  }
  try {
    const turn = await deps.desk.reply(conversationId, text, { eventId, deliver: true });
    if (turn.duplicate) log.info('message delivered twice; applied once');
  } catch (error) {
    if (errorCode(error) !== 'desk.not_found') throw error;
    log.info('reply in the thread of an expired conversation');
    const m = messagesFor(await deps.locales.of(event.user));
    await deps.send({
      id: `${eventId}:expired`,
      lane: `ch:${event.channel}`,
      payload: { type: 'note', channel: event.channel, threadTs: event.threadTs, mrkdwn: m.t('slack.expired') },
    });
  }
}

/**
 * "report" (or the word in another language the bot speaks) typed alone in the thread: not a
 * reply, but a request for the support report. A modal needs a click's trigger_id, so the answer
 * is a message with the "Fill in the support report" button, in the conversation's language.
 */
async function offerReport(deps: SlackHandlerDeps, event: { channel: string; threadTs: string; user: string }, eventId: string, conversationId: string): Promise<void> {
  const snapshot = await deps.desk.get(conversationId);
  if (!snapshot) {
    deps.logger.info({ conversationId }, 'report asked for in the thread of an expired conversation');
    const m = messagesFor(await deps.locales.of(event.user));
    await deps.send({ id: `${eventId}:expired`, lane: `ch:${event.channel}`, payload: { type: 'note', channel: event.channel, threadTs: event.threadTs, mrkdwn: m.t('reportForm.expired') } });
    return;
  }
  await deps.send({
    id: `${eventId}:report-offer`,
    lane: `ch:${event.channel}`,
    payload: { type: 'report_offer', channel: event.channel, threadTs: event.threadTs, conversationId, user: event.user, locale: snapshot.locale },
  });
}

async function harInThread(deps: Parameters<typeof shareHar>[0], place: { channel: string; threadTs: string; user: string }, eventId: string, files: Parameters<typeof shareHar>[4]): Promise<void> {
  const conversationId = await deps.desk.findByThread(slackThread(place));
  if (!conversationId) return;
  try {
    await shareHar(deps, place, conversationId, eventId, files);
  } catch (error) {
    if (errorCode(error) !== 'desk.not_found') throw error;
    deps.logger.info({ conversationId }, 'HAR shared in the thread of an expired conversation');
  }
}

function isFromPerson(event: MessageEvent): boolean {
  if (event.bot_id || event.app_id) return false;
  return event.subtype === undefined || PERSON_SUBTYPES.has(event.subtype);
}
