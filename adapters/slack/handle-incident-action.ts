import type { ActionOutcome } from '../../src/incidents/incident-types.ts';
import type { MessageId } from '../../src/messages/catalogs.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { actionValue } from './action-value.ts';
import { CLAIM_TTL_SECONDS } from './delivery-claims.ts';
import { SNOOZE_MINUTES } from './render-incident-card.ts';
import { renderUpdateModal } from './render-update-modal.ts';
import { slackActor } from './slack-actor.ts';
import { slackEventId } from './slack-event-id.ts';
import type { ActionHandler } from './handle-action.ts';

const REFUSED: Readonly<Record<'not_found' | 'not_open', MessageId>> = {
  not_found: 'chat.incident.not_found',
  not_open: 'chat.incident.not_open',
};

/** What a helpdesk card button does (each is registered by its own action_id). */
export type IncidentOperation = 'acknowledge' | 'resolve' | 'snooze' | 'update';

/**
 * The helpdesk card's buttons: Acknowledge, Resolve and Snooze go to desk.incidents with the
 * clicking user as actor; the card is redrawn by the desk's normal change path (the coalesced
 * card edit), not here. "Post update to reporters" opens the update modal. A click delivered
 * twice is applied once. Only a click in the helpdesk channel (by a member of the helpdesk user
 * group, when one is set) is honoured; anyone else is told so, and nothing changes.
 */
export function handleIncidentAction(operation: IncidentOperation): ActionHandler {
  return async (deps, actions, tell) => {
    const action = actions.actions[0]!;
    const value = actionValue.decodeIncident(action.value);
    if (!value) {
      deps.logger.warn({ actionId: action.action_id }, 'incident button with an unreadable value');
      return;
    }
    const channel = actions.container.channel_id ?? actions.channel?.id;
    const access = await deps.access.check({ channel, userId: actions.user.id });
    if (!access.ok) {
      deps.logger.info({ incidentId: value.incidentId, actionId: action.action_id, reason: access.reason, channel, user: actions.user.id }, 'incident card action refused: not the helpdesk');
      await tell(access.text);
      return;
    }
    if (!(await deps.claims.claim(slackEventId.action(actions), CLAIM_TTL_SECONDS))) {
      deps.logger.info({ incidentId: value.incidentId, actionId: action.action_id }, 'card button click delivered twice; applied once');
      return;
    }
    const actor = slackActor.of(actions.user.id);
    const log = deps.logger.child({ incidentId: value.incidentId, actor });
    let outcome: ActionOutcome;
    switch (operation) {
      case 'acknowledge':
        outcome = await deps.desk.incidents.acknowledge(value.incidentId, actor);
        break;
      case 'resolve':
        outcome = await deps.desk.incidents.resolve(value.incidentId, actor);
        break;
      case 'snooze':
        outcome = await deps.desk.incidents.snooze(value.incidentId, SNOOZE_MINUTES, actor);
        break;
      case 'update': {
        if (!actions.trigger_id) {
          log.warn('update button without a trigger_id: cannot open the modal');
          return;
        }
        const incident = await deps.desk.incidents.get(value.incidentId);
        if (!incident) {
          await tell(messagesFor(deps.deskLocale).t(REFUSED.not_found));
          return;
        }
        await deps.api.openView(actions.trigger_id, renderUpdateModal({ incident, incidentId: value.incidentId, ...(channel ? { channel } : {}), now: deps.now(), m: messagesFor(deps.deskLocale) }));
        return;
      }
    }
    if (!outcome.ok) {
      log.info({ reason: outcome.reason, actionId: action.action_id }, 'incident action refused by the desk');
      await tell(messagesFor(deps.deskLocale).t(REFUSED[outcome.reason]));
      return;
    }
    log.info({ actionId: action.action_id, state: outcome.incident.state }, 'incident action applied');
  };
}
