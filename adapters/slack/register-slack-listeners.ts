import type { App } from '@slack/bolt';
import { ACTION_IDS, ACTION_ID_PREFIX } from './action-ids.ts';
import { announceAffectedButton } from './announce-affected-button.ts';
import { announceElseButton } from './announce-else-button.ts';
import { answerButton } from './answer-button.ts';
import { changeButton } from './change-button.ts';
import { handleAction, type ActionHandler } from './handle-action.ts';
import { handleCommand } from './handle-command.ts';
import { handleFileShared } from './handle-file-shared.ts';
import { handleHomeOpened } from './handle-home-opened.ts';
import { handleIncidentAction } from './handle-incident-action.ts';
import { harRedactedButton } from './har-redacted-button.ts';
import { handleMessage } from './handle-message.ts';
import { handleOtherCommand } from './handle-other-command.ts';
import { handleReportSubmission } from './handle-report-submission.ts';
import { handleViewSubmission } from './handle-view-submission.ts';
import { notifyButton } from './notify-button.ts';
import { REPORT_MODAL } from './render-report-modal.ts';
import { UPDATE_MODAL } from './render-update-modal.ts';
import { reportButton } from './report-button.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The bot's buttons, each by its action_id (answer buttons carry their index: "c500.answer.2"). */
const BUTTONS: readonly (readonly [actionId: string | RegExp, act: ActionHandler])[] = [
  [new RegExp(`^${escape(ACTION_IDS.answer)}\\.`), answerButton],
  [ACTION_IDS.notify, notifyButton],
  [ACTION_IDS.change, changeButton],
  [ACTION_IDS.report, reportButton],
  [ACTION_IDS.incidentAck, handleIncidentAction('acknowledge')],
  [ACTION_IDS.incidentResolve, handleIncidentAction('resolve')],
  [ACTION_IDS.incidentSnooze, handleIncidentAction('snooze')],
  [ACTION_IDS.incidentUpdate, handleIncidentAction('update')],
  [ACTION_IDS.announceAffected, announceAffectedButton],
  [ACTION_IDS.announceElse, announceElseButton],
  [ACTION_IDS.harRedacted, harRedactedButton],
];

const isButton = (actionId: string): boolean => BUTTONS.some(([id]) => (typeof id === 'string' ? id === actionId : id.test(actionId)));

/** The bolt App that takes each kind of delivery: one App for all of them, or one per kind (HTTP mode). */
export interface SlackApps {
  command: App;
  action: App;
  view: App;
  event: App;
}

/**
 * bolt's listeners, one per thing the bot answers: SLACK_COMMAND (any other command gets a
 * one-line answer), each of its buttons by action_id (a click on any other button is acked and
 * logged), the update and support report modals' submissions by callback_id, message,
 * app_home_opened and file_shared events. Each kind's listeners go on its App.
 */
export function registerSlackListeners(apps: SlackApps, deps: SlackHandlerDeps): void {
  const command = deps.config.SLACK_COMMAND;
  apps.command.command(command, handleCommand(deps));
  apps.command.command(new RegExp(`^(?!${escape(command)}$)`), handleOtherCommand(deps));

  for (const [actionId, act] of BUTTONS) apps.action.action({ type: 'block_actions', action_id: actionId }, handleAction(deps, act));
  apps.action.action(
    { type: 'block_actions' },
    async ({ payload, next }) => {
      if (!isButton(payload.action_id)) await next();
    },
    async ({ ack, payload }) => {
      await ack();
      const actionId = payload.action_id;
      // A link button's click: Slack opened the page, nothing is left to do.
      if (actionId === ACTION_IDS.netcheck) deps.logger.debug({ actionId }, 'link button opened');
      else if (actionId.startsWith(ACTION_ID_PREFIX)) deps.logger.info({ actionId }, 'button not handled in this version');
      else deps.logger.debug({ actionId }, 'click on a button this app did not render');
    },
  );

  const onSubmit = handleViewSubmission(deps);
  apps.view.view({ callback_id: UPDATE_MODAL.callbackId, type: 'view_submission' }, ({ ack, body, context }) =>
    // bolt types the ack of every view as a union; a view_submission's ack takes errors or nothing.
    onSubmit({ ack: (response) => (ack as (r?: typeof response) => Promise<void>)(response), body, context }),
  );
  const onReport = handleReportSubmission(deps);
  apps.view.view({ callback_id: REPORT_MODAL.callbackId, type: 'view_submission' }, ({ ack, body, context }) =>
    onReport({ ack: (response) => (ack as (r?: typeof response) => Promise<void>)(response), body, context }),
  );
  apps.event.event('message', handleMessage(deps));
  apps.event.event('app_home_opened', handleHomeOpened(deps));
  apps.event.event('file_shared', handleFileShared(deps));
}
