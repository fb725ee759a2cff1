import { renderHelp } from './render-help.ts';
import { renderIncidentList } from './render-incident-list.ts';
import { slackThread } from './slack-thread.ts';
import { renderReportRoot } from './render-report-root.ts';
import { renderStatus } from './render-status.ts';
import { postTurn } from './post-turn.ts';
import { errorCode } from './error-code.ts';
import type { Ack, SlackHandlerDeps } from './slack-handler-deps.ts';
import type { Block } from './slack-message.ts';
import { slackEventId } from './slack-event-id.ts';
import { commandSchema, type SlashCommand } from './slack-payloads.ts';

/**
 * `/chatgpt-500 [text]`. Acks at once (Slack's 3 s): help and status answer inside the ack
 * (the status is the desk's cached reading); a report acks with a short note and then opens the
 * conversation: a root message in the bot's DM with the reporter (or in the channel with
 * SLACK_TRIAGE_IN_CHANNEL), desk.start (which binds the thread to the conversation for every
 * replica), and the first question in the root's thread. `incidents` lists the open incidents
 * (one store read before the ack).
 */
export function handleCommand(deps: SlackHandlerDeps) {
  return async ({ ack, body }: { ack: Ack; body: unknown }): Promise<void> => {
    const parsed = commandSchema.safeParse(body);
    if (!parsed.success) {
      // The request guard lets only well-formed commands through; ack so Slack shows no error.
      deps.logger.warn('slash command without the expected fields');
      await ack();
      return;
    }
    const cmd = parsed.data;
    const inChannel = deps.config.SLACK_TRIAGE_IN_CHANNEL;
    if (cmd.command !== deps.config.SLACK_COMMAND) {
      await ack({ response_type: 'ephemeral', text: `This app answers ${deps.config.SLACK_COMMAND}.` });
      return;
    }
    const sub = cmd.text.trim().toLowerCase();
    if (sub === 'help') {
      await ack({ response_type: 'ephemeral', ...renderHelp(deps.config.SLACK_COMMAND, { inChannel }) });
      return;
    }
    if (sub === 'status') {
      await ack({ response_type: 'ephemeral', ...renderStatus(deps.desk.status()) });
      return;
    }
    if (sub === 'incidents') {
      await ack({ response_type: 'ephemeral', ...(await incidentsAnswer(deps)) });
      return;
    }
    await ack({
      response_type: 'ephemeral',
      text: inChannel ? 'Thanks, looking into it: see the thread I am opening here.' : 'Thanks, looking into it: I have sent you a direct message.',
    });
    await openConversation(deps, cmd);
  };
}

async function openConversation(deps: SlackHandlerDeps, cmd: SlashCommand): Promise<void> {
  const log = deps.logger.child({ slack: { trigger: cmd.trigger_id, user: cmd.user_id } });
  try {
    const root = await postRoot(deps, cmd);
    const turn = await deps.desk.start({
      reporter: { id: `${cmd.team_id}:${cmd.user_id}`, platform: 'slack', ...(cmd.user_name ? { name: cmd.user_name } : {}) },
      thread: slackThread({ channel: root.channel, threadTs: root.ts, user: cmd.user_id }),
      ...(cmd.text.trim() ? { text: cmd.text.trim() } : {}),
      eventId: slackEventId.command(cmd),
    });
    if (turn.duplicate) {
      // Slack does not retry slash commands: this is a replay. The root just posted is an orphan.
      log.warn({ conversationId: turn.conversationId }, 'slash command delivered twice; the conversation was already open');
      await deps.api.delete(root);
      return;
    }
    await postTurn(deps.api, { channel: root.channel, threadTs: root.ts, userId: cmd.user_id, turn });
  } catch (error) {
    log.error({ err: error, code: errorCode(error) }, 'could not open the conversation');
    await deps.api
      .respond(cmd.response_url, { response_type: 'ephemeral', text: 'Sorry, I could not open the conversation. Please try again in a minute.' })
      .catch((respondError: unknown) => log.error({ err: respondError }, 'could not tell the reporter that opening failed'));
  }
}

async function incidentsAnswer(deps: SlackHandlerDeps): Promise<{ text: string; blocks?: Block[] }> {
  try {
    const incidents = await deps.desk.incidents.list({ openOnly: true });
    const blocks = renderIncidentList({ title: '*Open incidents*', incidents, now: deps.now(), empty: 'No open incidents right now.' });
    return { text: incidents.length > 0 ? `${incidents.length} open incident(s)` : 'No open incidents right now.', blocks };
  } catch (error) {
    deps.logger.error({ err: error, code: errorCode(error) }, 'could not list the incidents');
    return { text: 'Sorry, I could not read the incidents just now. Please try again in a minute.' };
  }
}

/** The root message: in the channel when configured and possible, else in the DM. */
async function postRoot(deps: SlackHandlerDeps, cmd: SlashCommand): Promise<{ channel: string; ts: string }> {
  const message = renderReportRoot({ userId: cmd.user_id, text: cmd.text });
  if (deps.config.SLACK_TRIAGE_IN_CHANNEL) {
    try {
      return await deps.api.postMessage({ channel: cmd.channel_id, message });
    } catch (error) {
      // Not a member of a private channel, a DM between two people, …: continue in the DM.
      if (errorCode(error) !== 'slack.api_error') throw error;
      deps.logger.info({ err: error, channel: cmd.channel_id }, 'cannot post in the channel; opening the conversation in a DM');
    }
  }
  let dm: string;
  try {
    dm = await deps.api.openDm(cmd.user_id);
  } catch (error) {
    // conversations.open refused (a missing im:write scope, an odd proxy): chat.postMessage to the
    // user id still lands in the app's DM with them, and its answer names the DM channel.
    if (errorCode(error) !== 'slack.api_error') throw error;
    deps.logger.warn({ err: error, user: cmd.user_id }, 'conversations.open failed; posting to the user id instead');
    dm = cmd.user_id;
  }
  return deps.api.postMessage({ channel: dm, message });
}
