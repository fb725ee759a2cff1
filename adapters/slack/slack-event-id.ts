import type { BlockActions, EventEnvelope, SlashCommand } from './slack-payloads.ts';

/**
 * The Desk's `eventId` for each kind of Slack delivery: the same delivery, retried by Slack
 * (X-Slack-Retry-Num, Socket Mode redelivery) or replayed, gets the same id, so the desk applies
 * it once and answers `duplicate: true` to the others.
 */
export const slackEventId = {
  /** Slash commands: Slack makes a fresh trigger_id per invocation. */
  command(body: Pick<SlashCommand, 'trigger_id'>): string {
    return `slack:command:${body.trigger_id}`;
  },
  /** Button clicks: who clicked which message when (action_ts is per click). */
  action(body: Pick<BlockActions, 'user' | 'container' | 'actions'>): string {
    const action = body.actions[0]!;
    return `slack:action:${body.user.id}:${body.container.message_ts ?? '-'}:${action.action_ts}`;
  },
  /** Events API: the envelope's event_id is stable across retries; else the message's own ids. */
  event(envelope: Pick<EventEnvelope, 'event_id' | 'event'>): string {
    if (envelope.event_id) return `slack:event:${envelope.event_id}`;
    const e = envelope.event as { client_msg_id?: unknown; channel?: unknown; ts?: unknown; event_ts?: unknown };
    if (typeof e.client_msg_id === 'string') return `slack:msg:${e.client_msg_id}`;
    return `slack:msg:${String(e.channel)}:${String(e.ts ?? e.event_ts)}`;
  },
};
