import { messagesFor, type Messages } from '../../src/messages/messages-for.ts';
import { asksForReport } from '../shared/asks-for-report.ts';
import { errorCode } from './error-code.ts';
import { knownLocale } from './known-locale.ts';
import { renderFlooded } from './render-flooded.ts';
import { renderHelp } from './render-help.ts';
import { renderIncidentList } from './render-incident-list.ts';
import { renderStatus } from './render-status.ts';
import { reportCommand } from './report-command.ts';
import { SlackAdapterError } from './slack-adapter-error.ts';
import type { Ack, SlackHandlerDeps } from './slack-handler-deps.ts';
import type { Block } from './slack-message.ts';
import { slackEventId } from './slack-event-id.ts';
import type { SlashCommand } from './slack-payloads.ts';
import { verifiedDelivery } from './verified-delivery.ts';
import { withheldThread } from './withheld-thread.ts';

/** How long the report may take before the ack says "try again" (Slack wants the ack within 3 s). */
const START_DEADLINE_MS = 2500;

/**
 * `/chatgpt-500 [text]`. Help and status answer inside the ack (the status is the desk's cached
 * reading); `incidents` lists the open incidents (one store read before the ack). A report is
 * claimed and started before the ack (desk.start: a few Redis calls, no Slack call): the
 * conversation is saved and its first question enqueued in the outbox in the same step, so the
 * ack's "I have sent you a direct message" is a promise the outbox keeps even if Slack or this
 * replica fails right after. A replayed command (same trigger) costs no Slack call at all. When
 * the store cannot take the report in time, the ack says so. While the outbox is over
 * OUTBOX_MAX_BACKLOG (the backlog gauge, read from memory), the report is recorded and counted
 * as always but its first question is not enqueued: the ack gives the live status and asks to run
 * the command again in a few minutes. Answers are in the person's language when the store knows
 * it (Slack is not asked before the ack), else the default.
 */
export function handleCommand(deps: SlackHandlerDeps) {
  return async ({ ack, body, context }: { ack: Ack; body: unknown; context?: Readonly<Record<string, unknown>> }): Promise<void> => {
    const delivery = verifiedDelivery.of({ body, context });
    if (delivery.kind !== 'command') {
      // The HTTP receiver lets only well-formed commands through; ack so Slack shows no error.
      deps.logger.warn('slash command without the expected fields');
      await ack();
      return;
    }
    const cmd = delivery.command;
    const inChannel = deps.config.SLACK_TRIAGE_IN_CHANNEL;
    const sub = cmd.text.trim().toLowerCase();
    if (sub === 'help') {
      await ack({ response_type: 'ephemeral', ...renderHelp(deps.config.SLACK_COMMAND, { inChannel, m: messagesFor(await knownLocale(deps, cmd.user_id)) }) });
      return;
    }
    if (sub === 'status') {
      await ack({ response_type: 'ephemeral', ...renderStatus(deps.desk.status(), messagesFor(await knownLocale(deps, cmd.user_id))) });
      return;
    }
    if (sub === 'incidents') {
      await ack({ response_type: 'ephemeral', ...(await incidentsAnswer(deps, messagesFor(await knownLocale(deps, cmd.user_id)))) });
      return;
    }
    if (asksForReport(sub)) {
      await reportCommand(deps, cmd, ack);
      return;
    }
    // The store's answer on the person's language is read meanwhile, for the ack's text.
    const locale = knownLocale(deps, cmd.user_id);
    const { answer, conversationId } = await report(deps, cmd);
    await ack({ response_type: 'ephemeral', ...answer(messagesFor(await locale)) });
    // After the ack: `/chatgpt-500 report` finds this conversation as the person's latest.
    if (conversationId) await deps.latest.remember(cmd.team_id, cmd.user_id, conversationId);
  };
}

type Answer = (m: Messages) => { text: string; blocks?: Block[] };

/** Starts the conversation (its first question is then in the outbox, unless the desk is flooded); the ack, in a language. */
async function report(deps: SlackHandlerDeps, cmd: SlashCommand): Promise<{ answer: Answer; conversationId?: string }> {
  // Made only when a line is written: a child logger per command costs more than the rest of the log path.
  const log = () => deps.logger.child({ slack: { trigger: cmd.trigger_id, user: cmd.user_id } });
  const text = cmd.text.trim();
  const via: Record<string, string> = { user: cmd.user_id, team: cmd.team_id, channel: cmd.channel_id, ...(text ? { text } : {}) };
  // Admission control: read from memory, never waits on the store.
  const flooded = deps.backlog?.shedding() === true;
  let timer: NodeJS.Timeout | undefined;
  try {
    // `open`: the ack says a message is on its way; the first turn is built by its delivery.
    const turn = await Promise.race([
      deps.desk.open({
        reporter: { id: `${cmd.team_id}:${cmd.user_id}`, platform: 'slack', ...(cmd.user_name ? { name: cmd.user_name } : {}) },
        // The thread comes to exist when the first question is delivered (the sender binds it).
        thread: flooded ? withheldThread() : { platform: 'slack', ref: {} },
        ...(text ? { text } : {}),
        eventId: slackEventId.command(cmd),
        deliver: !flooded,
        via,
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new SlackAdapterError('slack.timeout', `the report took longer than ${START_DEADLINE_MS} ms`)), START_DEADLINE_MS);
      }),
    ]);
    if (turn.duplicate) {
      log().info({ conversationId: turn.conversationId }, 'slash command delivered twice; the conversation was already open');
      return { answer: (m) => ({ text: m.t('slack.ack.duplicate') }), conversationId: turn.conversationId };
    }
    if (flooded) {
      deps.backlog?.shed('slack');
      const status = deps.desk.status();
      return { answer: (m) => renderFlooded(status, deps.config.SLACK_COMMAND, m), conversationId: turn.conversationId };
    }
    return { answer: (m) => ({ text: m.t(deps.config.SLACK_TRIAGE_IN_CHANNEL ? 'slack.ack.in_channel' : 'slack.ack.dm') }), conversationId: turn.conversationId };
  } catch (error) {
    log().error({ err: error, code: errorCode(error) }, 'could not open the conversation');
    return { answer: (m) => ({ text: m.t('slack.ack.failed') }) };
  } finally {
    clearTimeout(timer);
  }
}

async function incidentsAnswer(deps: SlackHandlerDeps, m: Messages): Promise<{ text: string; blocks?: Block[] }> {
  try {
    const incidents = await deps.desk.incidents.list({ openOnly: true });
    const blocks = renderIncidentList({ title: `*${m.t('chat.incidents.open')}*`, incidents, now: deps.now(), empty: m.t('chat.incidents.none_open'), m });
    return { text: incidents.length > 0 ? m.t('chat.incidents.count', { count: incidents.length }) : m.t('chat.incidents.none_open'), blocks };
  } catch (error) {
    deps.logger.error({ err: error, code: errorCode(error) }, 'could not list the incidents');
    return { text: m.t('chat.incidents.unreadable') };
  }
}
