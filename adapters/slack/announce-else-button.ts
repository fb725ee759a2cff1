import { messagesFor } from '../../src/messages/messages-for.ts';
import type { ActionHandler } from './handle-action.ts';
import { renderFlooded } from './render-flooded.ts';
import { slackEventId } from './slack-event-id.ts';
import { withheldThread } from './withheld-thread.ts';

/**
 * "It's something else" under the outage announcement: a normal report for the person, started
 * like the slash command's (desk.start, its first question through the outbox) in their DM with
 * the app, never in the announcement channel. A click delivered twice starts one conversation.
 * While delivery is behind (OUTBOX_MAX_BACKLOG) the report is counted without its first question,
 * and the note says so, like the command's answer.
 */
export const announceElseButton: ActionHandler = async (deps, actions, tell) => {
  const user = actions.user.id;
  const team = actions.user.team_id ?? actions.team?.id ?? '-';
  const flooded = deps.backlog?.shedding() === true;
  const turn = await deps.desk.open({
    reporter: { id: `${team}:${user}`, platform: 'slack', ...(actions.user.name ? { name: actions.user.name } : {}) },
    thread: flooded ? withheldThread() : { platform: 'slack', ref: {} },
    eventId: slackEventId.action(actions),
    deliver: !flooded,
    via: { user, team },
  });
  if (turn.duplicate) return;
  const m = messagesFor(await deps.locales.of(user));
  if (flooded) {
    deps.backlog?.shed('slack');
    await tell(renderFlooded(deps.desk.status(), deps.config.SLACK_COMMAND, m).text);
    return;
  }
  await tell(m.t('announce.something_else.started'));
};
