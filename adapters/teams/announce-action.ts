import { z } from 'zod';
import type { Desk } from '../../src/desk/desk.port.ts';
import type { Locale } from '../../src/messages/locale.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import type { BacklogGauge } from '../../src/outbox/backlog-gauge.ts';
import { CARD_ACTIONS } from './cards/card-actions.ts';
import { renderFloodedText } from './cards/render-flooded-text.ts';
import { tenantOf, type TeamsActivity } from './teams-activity.ts';
import type { CardActionAnswer } from './teams-events.ts';

const incidentData = z.object({ incidentId: z.string().min(1).max(200) });
const message = (value: string): CardActionAnswer => ({ type: 'application/vnd.microsoft.activity.message', value });

export interface AnnounceActionDeps {
  desk: Desk;
  backlog?: Pick<BacklogGauge, 'shedding' | 'shed'>;
  /** The person's language (their activity's), else the default. */
  locale: Locale;
  /** The desk's event id of this click (a retried invoke starts one conversation). */
  eventId: string;
}

/**
 * The outage announcement's buttons on Teams (Action.Execute, from any conversation the
 * announcement was posted in). "I'm affected too": the person is counted on the incident once
 * (desk.incidents.follow) and told when it is fixed in their personal chat with the bot.
 * "It's something else": a normal report for them, started for their personal chat, which its
 * first question opens (the sender's createConversation). The answer is a message for the clicker;
 * the card stays as it is for everyone.
 */
export async function announceAction(deps: AnnounceActionDeps, activity: TeamsActivity, verb: string, raw: unknown): Promise<CardActionAnswer> {
  const m = messagesFor(deps.locale);
  const parsed = incidentData.safeParse(raw);
  if (!parsed.success) return message(m.t('teams.not_mine'));
  const tenant = tenantOf(activity);
  const person = activity.from.aadObjectId ?? activity.from.id;
  const reporterId = tenant ? `${tenant}:${person}` : person;
  if (verb === CARD_ACTIONS.verbs.announceAffected) {
    const outcome = await deps.desk.incidents.follow(parsed.data.incidentId, {
      personId: `teams:${reporterId}`,
      person: { platform: 'teams', user: activity.from.id, serviceUrl: activity.serviceUrl, locale: deps.locale, ...(tenant ? { tenant } : {}) },
    });
    if (outcome.outcome === 'counted') return message(m.t('announce.affected.counted'));
    if (outcome.outcome === 'already') return message(m.t('announce.affected.already'));
    return message(m.t('announce.affected.over'));
  }
  const flooded = deps.backlog?.shedding() === true;
  await deps.desk.open({
    reporter: { id: reporterId, platform: 'teams', ...(activity.from.name ? { name: activity.from.name } : {}) },
    // No personal chat known yet: its first question opens it (teams-sender.ts, `open-personal`).
    // Over OUTBOX_MAX_BACKLOG no question is sent, so the chat is never opened (`firstTurn: withheld`: notices skip it).
    thread: {
      platform: 'teams',
      ref: {},
      delivery: { kind: 'open-personal', user: activity.from.id, serviceUrl: activity.serviceUrl, ...(tenant ? { tenant } : {}), ...(flooded ? { firstTurn: 'withheld' } : {}) },
    },
    eventId: deps.eventId,
    deliver: !flooded,
    locale: deps.locale,
  });
  if (flooded) {
    deps.backlog?.shed('teams');
    return message(renderFloodedText(deps.desk.status(), m));
  }
  return message(m.t('announce.something_else.started'));
}
