import { messagesFor } from '../../src/messages/messages-for.ts';
import type { ActionHandler } from './handle-action.ts';

/** Slack's incident ids are ULIDs with a prefix (`inc-01jd…`); anything else in a value is not ours. */
const INCIDENT_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * "I'm affected too" under the outage announcement: the person is counted on the incident once
 * (desk.incidents.follow: however often and on however many replicas they click) without a
 * triage, and gets the resolve notice in their DM with the app. The click is answered with an
 * ephemeral note in their language.
 */
export const announceAffectedButton: ActionHandler = async (deps, actions, tell) => {
  const action = actions.actions[0]!;
  const incidentId = action.value ?? '';
  if (!INCIDENT_ID.test(incidentId)) {
    deps.logger.warn({ actionId: action.action_id }, 'announcement button with an unreadable value');
    return;
  }
  const user = actions.user.id;
  const team = actions.user.team_id ?? actions.team?.id ?? '-';
  const locale = await deps.locales.of(user);
  const outcome = await deps.desk.incidents.follow(incidentId, { personId: `slack:${team}:${user}`, person: { platform: 'slack', user, locale } });
  const m = messagesFor(locale);
  if (outcome.outcome === 'counted') await tell(m.t('announce.affected.counted'));
  else if (outcome.outcome === 'already') await tell(m.t('announce.affected.already'));
  else await tell(m.t('announce.affected.over'));
};
