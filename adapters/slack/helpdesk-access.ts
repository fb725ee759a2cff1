import type { Messages } from '../../src/messages/messages-for.ts';
import type { HelpdeskChannel } from './helpdesk-channel.ts';
import type { HelpdeskMembers } from './helpdesk-members.ts';

/** Whether a card action may go ahead; a refusal carries the note for the person who pressed. */
export type CardAccess = { ok: true } | { ok: false; reason: 'no_helpdesk' | 'helpdesk_unknown' | 'other_channel' | 'not_member' | 'membership_unknown'; text: string };

export interface HelpdeskAccess {
  /** May `userId`, pressing in `channel` (undefined: not in a channel), act on an incident card? */
  check(input: { channel: string | undefined; userId: string }): Promise<CardAccess>;
}

/**
 * Who may act on an incident card (Acknowledge, Resolve, Snooze, Post update, and the update
 * modal's submission): only in the helpdesk channel (SLACK_HELPDESK_CHANNEL, as resolved at start)
 * and, when SLACK_HELPDESK_USERGROUP is set, only its members. Fails closed: no helpdesk channel
 * (unset, or not resolved yet) or a membership Slack could not confirm is a refusal. The refusals
 * are in the desk's language (`m`: DESK_LOCALE).
 */
export function createHelpdeskAccess(deps: { helpdesk: Pick<HelpdeskChannel, 'id'>; configured: boolean; members?: HelpdeskMembers; m: Messages }): HelpdeskAccess {
  const { m } = deps;
  const unchanged = m.t('chat.nothing_changed');
  return {
    async check({ channel, userId }) {
      const helpdesk = deps.helpdesk.id();
      if (!helpdesk) {
        return deps.configured
          ? { ok: false, reason: 'helpdesk_unknown', text: `${m.t('slack.access.helpdesk_unknown')} ${unchanged}` }
          : { ok: false, reason: 'no_helpdesk', text: `${m.t('slack.access.no_helpdesk')} ${unchanged}` };
      }
      if (channel !== helpdesk) return { ok: false, reason: 'other_channel', text: `${m.t('slack.access.other_channel', { channel: `<#${helpdesk}>` })} ${unchanged}` };
      if (!deps.members) return { ok: true };
      const membership = await deps.members.check(userId);
      if (membership === 'member') return { ok: true };
      return membership === 'not_member'
        ? { ok: false, reason: 'not_member', text: `${m.t('slack.access.not_member')} ${unchanged}` }
        : { ok: false, reason: 'membership_unknown', text: `${m.t('slack.access.membership_unknown')} ${unchanged}` };
    },
  };
}
