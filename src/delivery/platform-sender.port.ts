import type { ThreadAddress } from '../desk/desk.port.ts';
import type { Announcement } from '../announce/announcement-content.ts';
import type { Incident } from '../incidents/incident-types.ts';
import type { Locale } from '../messages/locale.ts';
import type { ThreadMessage } from '../outbox/outbox-entry.ts';

/** What a sender knows about the delivery it is making, and how it makes one step happen once. */
export interface DeliveryContext {
  /** The outbox entry's id: stable per (message, recipient); tag platform messages with it. */
  entryId: string;
  /**
   * An earlier attempt may have reached the platform (it timed out, answered 5xx, or its replica
   * died): a sender that can look (Slack: the message metadata) checks before sending again.
   */
  uncertain: boolean;
  /** When the entry was written (ms): an earlier attempt cannot have reached the platform before it. */
  since: number;
  /**
   * Runs `send` at most once for this entry: its result (e.g. the posted message's reference) is
   * remembered, so a retry after a later step failed returns it instead of sending again.
   */
  once(step: string, send: () => Promise<string>): Promise<string>;
}

/** A message for a reporter's conversation thread. */
export interface ThreadDelivery {
  conversationId: string;
  thread: ThreadAddress;
  message: ThreadMessage;
  /** The adapter's own context for this message (e.g. the question message to collapse). */
  via?: Record<string, string>;
  /**
   * The conversation's language, for what the sender writes itself (a confirmation); a turn's
   * texts are in `turn.locale`.
   */
  locale?: Locale;
  /**
   * The sender opened the thread (a chat conversation's first message): binds the conversation to
   * it; `rebind`: even if an older conversation had that thread (a Teams personal chat).
   */
  bindThread(thread: ThreadAddress, options?: { rebind?: boolean }): Promise<void>;
}

/** A desk notice (resolve notice, update) for one reporter, in their conversation's thread. */
export interface NoticeDelivery {
  conversationId: string;
  thread: ThreadAddress;
  incidentId: string;
  text: string;
}

/** The resolve notice for someone who said "I'm affected too": their platform's address of them. */
export interface FollowerDelivery {
  incidentId: string;
  person: Record<string, string>;
  text: string;
}

/**
 * A platform's outbound side (Slack, Teams, the web page). Throws DeliveryFailure for a platform
 * answer that is not a success, so the worker can retry by failure class; anything else thrown is
 * treated as a transient failure.
 */
export interface PlatformSender {
  thread(delivery: ThreadDelivery, ctx: DeliveryContext): Promise<void>;
  /**
   * 'skipped': the conversation has no thread and never will (a report counted without its first
   * question while delivery was behind); the notice counts as skipped in the fan-out's progress.
   */
  notice(delivery: NoticeDelivery, ctx: DeliveryContext): Promise<void | 'skipped'>;
  /**
   * Draws the incident's card in the platform's helpdesk channel (`ref` null) or edits it; returns
   * the card's reference. Absent when the platform has no helpdesk channel.
   */
  card?(incident: Incident, ref: string | null, ctx: DeliveryContext): Promise<string>;
  /**
   * Posts the incident's outage announcement in the platform's announcement channel (`ref` null)
   * or edits it in place; returns its reference. Absent when the platform has no announcement
   * channel configured.
   */
  announce?(announcement: Announcement, ref: string | null, ctx: DeliveryContext): Promise<string>;
  /** The resolve notice for someone the announcement reached ("I'm affected too"), in their own chat with the bot. */
  follower?(delivery: FollowerDelivery, ctx: DeliveryContext): Promise<void>;
  /** The platform's own entries (`direct`): App Home refreshes, ephemeral notes. */
  direct?(payload: Record<string, unknown>, ctx: DeliveryContext): Promise<void>;
  /**
   * The reporter's language as the platform knows it (Slack: the person's locale), asked when a
   * conversation without a language gets its first message: that turn is written in it, and the
   * thread's binding keeps it on the conversation for every later turn and notice. Undefined when
   * the platform cannot tell; must not throw for a failed lookup (the default language is fine).
   */
  localeOf?(delivery: { thread: ThreadAddress; via?: Record<string, string> }): Promise<Locale | undefined>;
}
