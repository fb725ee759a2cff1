import { ACTION_IDS, ACTION_ID_PREFIX } from './action-ids.ts';
import { actionValue } from './action-value.ts';
import { errorCode } from './error-code.ts';
import { sayTryAgain } from './say-try-again.ts';
import { handleIncidentAction } from './handle-incident-action.ts';
import { QUESTION_BLOCK_ID } from './render-question.ts';
import { REPORT_BLOCK_ID } from './render-report-header.ts';
import { NOTIFY_BLOCK_ID } from './render-verdict.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';
import { slackEventId } from './slack-event-id.ts';
import { blockActionsSchema, type BlockActions } from './slack-payloads.ts';

const INCIDENT_PREFIX = 'c500.incident.';

const DESK_ERROR_TEXT: Readonly<Record<string, string>> = {
  'desk.not_found': 'This conversation has expired. Type the command again to start a new one.',
  'desk.invalid_answer': 'That question has already moved on; use the buttons of the latest message.',
  'desk.conflict': 'Another answer arrived at the same moment; please press the button again.',
};

/**
 * Button clicks. Acks first, then: answer buttons go to desk.answer (only the reporter may press
 * them) with `deliver`: the outbox collapses the answered question and posts the next turn in the
 * thread; "Notify me" goes to desk.subscribe (the confirmation through the outbox too); the
 * helpdesk card's buttons go to handleIncidentAction. Clicks on buttons the bot did not render
 * are only acked. Notes for the clicker (ephemeral) go through the outbox as well; while the store
 * cannot be reached, the clicker is told at once (ephemeral) to try again in a minute.
 */
export function handleAction(deps: SlackHandlerDeps) {
  return async ({ ack, body }: { ack: () => Promise<void>; body: unknown }): Promise<void> => {
    await ack();
    const parsed = blockActionsSchema.safeParse(body);
    if (!parsed.success) {
      deps.logger.warn('block_actions without the expected fields');
      return;
    }
    const actions = parsed.data;
    const actionId = actions.actions[0]!.action_id;
    if (!actionId.startsWith(ACTION_ID_PREFIX)) {
      deps.logger.debug({ actionId }, 'click on a button this app did not render');
      return;
    }
    try {
      if (actionId.startsWith(`${ACTION_IDS.answer}.`)) await onAnswer(deps, actions);
      else if (actionId === ACTION_IDS.notify) await onNotify(deps, actions);
      else if (actionId.startsWith(INCIDENT_PREFIX)) await handleIncidentAction(deps, actions, (text) => tellClicker(deps, actions, text));
      else deps.logger.info({ actionId }, 'button not handled in this version');
    } catch (error) {
      // The store is down: the click cannot be kept (nor answered through the outbox) now.
      const { channel, threadTs } = where(actions);
      if (!(await sayTryAgain(deps, error, { channel, user: actions.user.id, threadTs }))) throw error;
    }
  };
}

function where(actions: BlockActions): { channel?: string; messageTs?: string; threadTs?: string } {
  const channel = actions.container.channel_id ?? actions.channel?.id;
  const messageTs = actions.container.message_ts ?? actions.message?.ts;
  const threadTs = actions.container.thread_ts ?? actions.message?.thread_ts ?? messageTs;
  return { channel, messageTs, threadTs };
}

async function tellClicker(deps: SlackHandlerDeps, actions: BlockActions, mrkdwn: string): Promise<void> {
  const { channel, threadTs } = where(actions);
  if (!channel) return;
  await deps.send({
    id: `${slackEventId.action(actions)}:note`,
    lane: `ch:${channel}`,
    payload: { type: 'ephemeral', channel, user: actions.user.id, ...(threadTs ? { threadTs } : {}), mrkdwn },
  });
}

/** The mrkdwn of the clicked message's section with this block_id (as the bot rendered it). */
function sectionText(actions: BlockActions, blockId: string): string | undefined {
  const block = actions.message?.blocks?.find((b) => b.block_id === blockId) as { text?: { text?: unknown } } | undefined;
  return typeof block?.text?.text === 'string' ? block.text.text : undefined;
}

async function onAnswer(deps: SlackHandlerDeps, actions: BlockActions): Promise<void> {
  const action = actions.actions[0]!;
  const answer = actionValue.decodeAnswer(action.value);
  const { channel, messageTs, threadTs } = where(actions);
  if (!answer || !channel || !threadTs) {
    deps.logger.warn({ actionId: action.action_id }, 'answer button with an unreadable value or no message');
    return;
  }
  if (answer.userId !== actions.user.id) {
    await tellClicker(deps, actions, `Only <@${answer.userId}> can answer these questions. To report your own problem, use the slash command.`);
    return;
  }
  const log = deps.logger.child({ conversationId: answer.conversationId });
  const question = sectionText(actions, QUESTION_BLOCK_ID);
  // The first question is the root message, under the report header: its answered version keeps it.
  const header = sectionText(actions, REPORT_BLOCK_ID);
  const via: Record<string, string> = {
    label: action.text?.text ?? answer.value,
    ...(messageTs ? { collapseTs: messageTs } : {}),
    ...(question ? { question } : {}),
    ...(header ? { header } : {}),
  };
  try {
    const turn = await deps.desk.answer(answer.conversationId, answer.fact, answer.value, { eventId: slackEventId.action(actions), deliver: true, via });
    if (turn.duplicate) log.info('button click delivered twice; applied once');
  } catch (error) {
    const code = errorCode(error);
    const text = code ? DESK_ERROR_TEXT[code] : undefined;
    if (!text) throw error;
    log.info({ code }, 'answer refused by the desk');
    await tellClicker(deps, actions, text);
  }
}

async function onNotify(deps: SlackHandlerDeps, actions: BlockActions): Promise<void> {
  const action = actions.actions[0]!;
  const notify = actionValue.decodeNotify(action.value);
  const { channel, messageTs } = where(actions);
  if (!notify || !channel) {
    deps.logger.warn({ actionId: action.action_id }, 'notify button with an unreadable value');
    return;
  }
  if (notify.userId !== actions.user.id) {
    await tellClicker(deps, actions, 'This button belongs to the person who reported. To be notified yourself, report with the slash command.');
    return;
  }
  // The verdict stays as it was; only its button becomes the confirmation (edited by the outbox).
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
    await tellClicker(deps, actions, text);
  }
}
