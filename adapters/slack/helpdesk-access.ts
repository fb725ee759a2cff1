import type { HelpdeskChannel } from './helpdesk-channel.ts';
import type { HelpdeskMembers } from './helpdesk-members.ts';

/** Whether a card action may go ahead; a refusal carries the note for the person who pressed. */
export type CardAccess = { ok: true } | { ok: false; reason: 'no_helpdesk' | 'helpdesk_unknown' | 'other_channel' | 'not_member' | 'membership_unknown'; text: string };

export interface HelpdeskAccess {
  /** May `userId`, pressing in `channel` (undefined: not in a channel), act on an incident card? */
  check(input: { channel: string | undefined; userId: string }): Promise<CardAccess>;
}

const UNCHANGED = 'Nothing was changed.';

/**
 * Who may act on an incident card (Acknowledge, Resolve, Snooze, Post update, and the update
 * modal's submission): only in the helpdesk channel (SLACK_HELPDESK_CHANNEL, as resolved at start)
 * and, when SLACK_HELPDESK_USERGROUP is set, only its members. Fails closed: no helpdesk channel
 * (unset, or not resolved yet) or a membership Slack could not confirm is a refusal.
 */
export function createHelpdeskAccess(deps: { helpdesk: Pick<HelpdeskChannel, 'id'>; configured: boolean; members?: HelpdeskMembers }): HelpdeskAccess {
  return {
    async check({ channel, userId }) {
      const helpdesk = deps.helpdesk.id();
      if (!helpdesk) {
        return deps.configured
          ? { ok: false, reason: 'helpdesk_unknown', text: `The helpdesk channel is not known yet; try again in a minute. ${UNCHANGED}` }
          : { ok: false, reason: 'no_helpdesk', text: `Incident cards can be acted on only in the helpdesk channel, and none is set up (SLACK_HELPDESK_CHANNEL). ${UNCHANGED}` };
      }
      if (channel !== helpdesk) return { ok: false, reason: 'other_channel', text: `Only the helpdesk can act on incident cards, in <#${helpdesk}>. ${UNCHANGED}` };
      if (!deps.members) return { ok: true };
      const membership = await deps.members.check(userId);
      if (membership === 'member') return { ok: true };
      return membership === 'not_member'
        ? { ok: false, reason: 'not_member', text: `Only members of the helpdesk's user group can act on incident cards. ${UNCHANGED}` }
        : { ok: false, reason: 'membership_unknown', text: `I could not check your helpdesk membership; try again in a minute. ${UNCHANGED}` };
    },
  };
}
