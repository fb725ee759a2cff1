import { z } from 'zod';

/**
 * The parts of a Bot Framework Activity the Teams adapter reads, checked when a request arrives.
 * Independent of the SDK (botbuilder today, the Microsoft 365 Agents SDK tomorrow): the binding
 * hands over the activity as JSON and everything else works on this shape.
 */
const account = z.object({ id: z.string().min(1), name: z.string().optional(), aadObjectId: z.string().optional() }).loose();

export const teamsActivitySchema = z
  .object({
    type: z.string().min(1),
    id: z.string().optional(),
    name: z.string().optional(),
    channelId: z.string().min(1),
    serviceUrl: z.string().url(),
    timestamp: z.string().optional(),
    locale: z.string().optional(),
    /** The client's IANA timezone ("Europe/Berlin"), when Teams sends it. */
    localTimezone: z.string().max(64).optional(),
    text: z.string().optional(),
    value: z.unknown().optional(),
    replyToId: z.string().optional(),
    from: account,
    recipient: account,
    conversation: z
      .object({
        id: z.string().min(1),
        conversationType: z.string().optional(),
        isGroup: z.boolean().optional(),
        tenantId: z.string().optional(),
      })
      .loose(),
    /** Files a person sent (file.download.info in personal chat), cards, HTML: read only where used. */
    attachments: z.array(z.object({ contentType: z.string(), name: z.string().optional(), content: z.unknown().optional() }).loose()).max(50).optional(),
    entities: z.array(z.object({ type: z.string().optional() }).loose()).optional(),
    channelData: z
      .object({
        tenant: z.object({ id: z.string() }).loose().optional(),
        channel: z.object({ id: z.string() }).loose().optional(),
        team: z.object({ id: z.string() }).loose().optional(),
        teamsChannelId: z.string().optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

export type TeamsActivity = z.infer<typeof teamsActivitySchema>;

/** The conversation id without a thread's `;messageid=…` (a channel's own id). */
export function baseConversationId(conversationId: string): string {
  const at = conversationId.indexOf(';');
  return at < 0 ? conversationId : conversationId.slice(0, at);
}

/** The tenant of an activity, where Teams puts it. */
export function tenantOf(activity: TeamsActivity): string | undefined {
  return activity.conversation.tenantId ?? activity.channelData?.tenant?.id;
}

/** Personal chat (1:1 with the bot), as opposed to a channel or a group chat. */
export function isPersonal(activity: TeamsActivity): boolean {
  return activity.conversation.conversationType === 'personal' || (activity.conversation.conversationType === undefined && !activity.conversation.isGroup);
}

/** The message text without the bot's <at>…</at> mention and HTML leftovers Teams adds. */
export function plainText(activity: TeamsActivity): string {
  return (activity.text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
