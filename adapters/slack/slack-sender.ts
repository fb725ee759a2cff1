import { z } from 'zod';
import type { Config } from '../../src/config.ts';
import { DeliveryFailure } from '../../src/delivery/delivery-failure.ts';
import type { DeliveryContext, NoticeDelivery, PlatformSender, ThreadDelivery } from '../../src/delivery/platform-sender.port.ts';
import type { Desk } from '../../src/desk/desk.port.ts';
import type { ThreadIndex } from '../../src/store/store.port.ts';
import type { Incident } from '../../src/incidents/incident-types.ts';
import type { Logger } from '../../src/logger.ts';
import { LOCALES, type Locale } from '../../src/messages/locale.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { cardRef } from './card-ref.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitText } from './fit-text.ts';
import { renderAnnouncement } from './render-announcement.ts';
import { renderAnswered } from './render-answered.ts';
import { renderHomeFor } from './render-home-for.ts';
import { renderIncidentCard } from './render-incident-card.ts';
import { renderReportHeader } from './render-report-header.ts';
import { renderReportOffer } from './render-report-offer.ts';
import { renderTurn } from './render-turn.ts';
import { NOTIFY_BLOCK_ID } from './render-verdict.ts';
import type { SlackLocales } from './slack-locales.ts';
import type { Block, SlackMessage } from './slack-message.ts';
import { slackErrorOf, type Posted, type SlackOutbound } from './slack-outbound.ts';
import { slackThread } from './slack-thread.ts';
import { uploadRedactedHar, type SlackRedactedHarDeps } from './upload-redacted-har.ts';
import { isWithheld } from './withheld-thread.ts';
import type { NetcheckLink } from '../shared/netcheck-link.ts';

/** Platform errors of chat.update that mean the card message is gone: a new card is posted. */
const CARD_GONE = new Set(['message_not_found', 'cant_update_message', 'channel_not_found', 'is_archived', 'edit_window_closed']);

/** A message of plain mrkdwn text written by the bot. */
export function textMessage(text: string): SlackMessage {
  const safe = escapeMrkdwn(text, { from: 'bot' });
  return { text: fitText(safe, BLOCK_LIMITS.fallbackText), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: fitText(safe, BLOCK_LIMITS.sectionText) } }] };
}

/** A note the bot writes itself (already mrkdwn, e.g. with a `code` span), with at most one button under it. */
function noteMessage(mrkdwn: string, button?: NoteButton): SlackMessage {
  const blocks: Block[] = [{ type: 'section', text: { type: 'mrkdwn', text: fitText(mrkdwn, BLOCK_LIMITS.sectionText) } }];
  if (button) blocks.push({ type: 'actions', elements: [{ type: 'button', action_id: button.actionId, text: { type: 'plain_text', text: fitText(button.text, 75) }, value: button.value }] });
  return { text: fitText(mrkdwn, BLOCK_LIMITS.fallbackText), blocks };
}

const noteButtonSchema = z.object({ actionId: z.string().min(1).max(255), text: z.string().min(1), value: z.string().max(2000) });
type NoteButton = z.infer<typeof noteButtonSchema>;

/** The Slack adapter's own outbox entries (`direct`), checked when they are read back. */
export const slackDirectSchema = z.discriminatedUnion('type', [
  /** A note only `user` sees (a refused click, a confirmation for the desk). */
  z.object({ type: z.literal('ephemeral'), channel: z.string().min(1), user: z.string().min(1), threadTs: z.string().optional(), mrkdwn: z.string() }),
  /** A message of the bot's in a channel or DM (the hint in the DM, "this conversation expired", a HAR's findings with its button). */
  z.object({ type: z.literal('note'), channel: z.string().min(1), threadTs: z.string().optional(), mrkdwn: z.string(), button: noteButtonSchema.optional() }),
  /** The redacted copy of a HAR the reporter shared, asked for with the findings' button: uploaded into the thread. */
  z.object({ type: z.literal('har_redacted'), channel: z.string().min(1), threadTs: z.string().min(1), fileId: z.string().min(1), name: z.string().min(1), locale: z.enum(LOCALES) }),
  /** The user's Home tab, rendered when it is sent. */
  z.object({ type: z.literal('home'), user: z.string().min(1) }),
  /** "Fill in the support report" in a conversation's thread, asked for by typing "report" (render-report-offer.ts). */
  z.object({ type: z.literal('report_offer'), channel: z.string().min(1), threadTs: z.string().min(1), conversationId: z.string().min(1), user: z.string().min(1), locale: z.enum(LOCALES) }),
]);
export type SlackDirect = z.infer<typeof slackDirectSchema>;

const blocksSchema = z.array(z.looseObject({ type: z.string() }));

/** Blocks Slack sent us (the verdict message of a click), to send back edited; undefined when unreadable. */
function parseBlocks(json: string | undefined): Block[] | undefined {
  if (!json) return undefined;
  try {
    const blocks = blocksSchema.safeParse(JSON.parse(json));
    // Slack checks every block when the edit is sent; here only their outline is known.
    return blocks.success ? (blocks.data as unknown as Block[]) : undefined;
  } catch {
    return undefined;
  }
}

function at(value: string): Posted {
  const i = value.indexOf(' ');
  return { channel: value.slice(0, i), ts: value.slice(i + 1) };
}

const fmt = (p: Posted) => `${p.channel} ${p.ts}`;

/**
 * A card's reference: the channel id it was posted to (resolved at start) and the ts Slack gave.
 * Not the channel as the answer names it: a proxy that echoes a name would make every edit miss.
 */
const refOf = (channelId: string, posted: Posted) => cardRef.format({ channel: channelId, ts: posted.ts });

export interface SlackSenderDeps {
  outbound: SlackOutbound;
  config: Pick<Config, 'SLACK_TRIAGE_IN_CHANNEL' | 'SLACK_COMMAND'>;
  /** SLACK_ANNOUNCE_CHANNEL (a channel id): where outage announcements are posted; absent: none on Slack. */
  announceChannel?: string;
  /** The helpdesk channel's id (resolved at start); absent: Slack draws no cards. */
  helpdeskChannel?: () => string | undefined;
  /** For the Home tab, rendered at send time. */
  desk: Pick<Desk, 'status' | 'incidents'>;
  logger: Logger;
  now: () => number;
  /** Each person's DM channel id, once known (see SlackAdapterDeps.dmChannels). */
  dmChannels?: DmChannelCache;
  /** Each person's language (their Slack locale, cached); without it, everyone gets `defaultLocale`. */
  locales?: SlackLocales;
  /** DEFAULT_LOCALE: a conversation's language when nothing else is known. */
  defaultLocale: Locale;
  /** DESK_LOCALE: the helpdesk cards' language. */
  deskLocale: Locale;
  /** The "Check my network" link of a conversation (netcheckLinkFrom); absent: turns carry no link. */
  netcheckLink?: NetcheckLink;
  /** Sending a shared HAR back redacted (files:read, files:write); without it such entries are refused. */
  har?: SlackRedactedHarDeps;
}

/** A person's DM channel id by `slack-dm:<user>`, with a TTL (the store's thread index fits). */
export type DmChannelCache = Pick<ThreadIndex, 'find' | 'rebind'>;

/**
 * Slack's side of the outbox. Every message carries its outbox key as message metadata, so a
 * delivery whose earlier attempt may have reached Slack (a timeout, a 5xx, a replica that died
 * mid-call) looks for it before posting again; each step of a multi-step delivery (collapsing
 * the answered question, then the next one) is remembered, so a retry never repeats one that
 * Slack took. A conversation's first turn opens its thread in one chat.postMessage (when the DM
 * channel is known): the turn under the report header is the root message, in the DM (or in the
 * channel with SLACK_TRIAGE_IN_CHANNEL), bound to the conversation; later turns go in its thread.
 */
export function createSlackSender(deps: SlackSenderDeps): PlatformSender {
  const { outbound, logger } = deps;
  const linkOf = (conversationId: string) => (deps.netcheckLink ? { netcheckLink: deps.netcheckLink(conversationId) } : {});

  /**
   * The channel and thread of a conversation. A conversation's first turn opens its thread: the
   * turn itself is posted as the root message (with the report header on top), the conversation
   * is bound to it, and `opened` says so (nothing more to post). Its step is the same `msg` step a
   * turn in an open thread uses, so an entry delivered again after the binding posts nothing.
   */
  async function threadOf(d: ThreadDelivery, ctx: DeliveryContext): Promise<{ channel: string; threadTs: string; user: string; opened?: true }> {
    const ref = d.thread.ref;
    const user = ref.user ?? d.via?.user;
    if (ref.channel && ref.threadTs && user) return { channel: ref.channel, threadTs: ref.threadTs, user };
    // Only the conversation's first turn opens its thread; anything else waits for it.
    if (d.message.type !== 'turn') throw new DeliveryFailure('not_ready', 'slack:thread_not_open_yet');
    if (!user) throw new DeliveryFailure('refused', 'slack:no_user_in_thread_address');
    const header = renderReportHeader({ userId: user, ...(d.via?.text ? { text: d.via.text } : {}) }, messagesFor(d.message.turn.locale));
    const message = renderTurn(d.message.turn, { userId: user, header, ...linkOf(d.message.turn.conversationId) });
    const root = at(await ctx.once('msg', async () => fmt(await openRoot(user, message, d, ctx))));
    await d.bindThread(slackThread({ channel: root.channel, threadTs: root.ts, user }));
    return { channel: root.channel, threadTs: root.ts, user, opened: true };
  }

  /** Posts a conversation's root message: in the channel (SLACK_TRIAGE_IN_CHANNEL) or the reporter's DM. */
  async function openRoot(user: string, message: SlackMessage, d: ThreadDelivery, ctx: DeliveryContext): Promise<Posted> {
    const key = ctx.entryId;
    if (deps.config.SLACK_TRIAGE_IN_CHANNEL && d.via?.channel) {
      try {
        return await outbound.postOnce({ channel: d.via.channel, message, key, uncertain: ctx.uncertain, since: ctx.since });
      } catch (error) {
        // Not a member of a private channel, a DM between two people, …: continue in the DM.
        if (!(error instanceof DeliveryFailure && error.kind === 'refused')) throw error;
        logger.info({ channel: d.via.channel, error: error.reason }, 'cannot post in the channel; opening the conversation in a DM');
      }
    }
    return postInDm(user, message, ctx);
  }

  /** Posts into the person's DM with the app (its channel id remembered, else conversations.open), once per entry. */
  async function postInDm(user: string, message: SlackMessage, ctx: DeliveryContext): Promise<Posted> {
    const key = ctx.entryId;
    const cacheKey = `slack-dm:${user}`;
    const cached = await deps.dmChannels?.find(cacheKey).catch(() => null);
    if (cached) {
      try {
        return await outbound.postOnce({ channel: cached, message, key, uncertain: ctx.uncertain, since: ctx.since });
      } catch (error) {
        // A DM id that no longer works (the app was reinstalled, …): open the DM again below.
        if (!(error instanceof DeliveryFailure && error.kind === 'refused')) throw error;
        logger.info({ user, channel: cached, error: error.reason }, 'the remembered DM channel was refused; opening the DM again');
      }
    }
    let dm: string;
    try {
      dm = await outbound.openDm(user);
      // Remembered on the way, not waited for: the post below does not depend on it.
      void deps.dmChannels?.rebind(cacheKey, dm).catch((error: unknown) => logger.warn({ err: error, user }, 'could not remember the DM channel'));
    } catch (error) {
      // conversations.open refused (no im:write, an odd proxy): chat.postMessage to the user id
      // still lands in the app's DM with them, and its answer names the DM channel.
      if (!(error instanceof DeliveryFailure && error.kind === 'refused')) throw error;
      logger.warn({ user, error: error.reason }, 'conversations.open refused; posting to the user id instead');
      dm = user;
    }
    return outbound.postOnce({ channel: dm, message, key, uncertain: ctx.uncertain, since: ctx.since });
  }

  /** An edit that may find its message gone (deleted, too old): noted, not worth failing the delivery for. */
  async function updateIfThere(channel: string, ts: string, message: SlackMessage): Promise<void> {
    try {
      await outbound.update({ channel, ts, message });
    } catch (error) {
      if (!(error instanceof DeliveryFailure && error.kind === 'refused')) throw error;
      logger.info({ channel, ts, error: error.reason }, 'could not edit an earlier message; going on');
    }
  }

  async function postInThread(where: { channel: string; threadTs: string }, message: SlackMessage, ctx: DeliveryContext): Promise<void> {
    await ctx.once('msg', async () => fmt(await outbound.postOnce({ ...where, message, key: ctx.entryId, uncertain: ctx.uncertain, since: ctx.since })));
  }

  const sender: PlatformSender = {
    async thread(d, ctx) {
      const where = await threadOf(d, ctx);
      if (where.opened) return;
      const via = d.via ?? {};
      if (d.message.type === 'turn') {
        if (via.collapseTs) {
          const answered = renderAnswered({
            ...(via.header ? { headerMrkdwn: via.header } : {}),
            ...(via.question ? { questionMrkdwn: via.question } : {}),
            answerLabel: via.label ?? '',
          });
          await updateIfThere(where.channel, via.collapseTs, answered);
        }
        const edited = via.editTs ? parseBlocks(via.editBlocks) : undefined;
        if (via.editTs && edited) await updateIfThere(where.channel, via.editTs, { text: via.editText ?? '', blocks: edited });
        await postInThread(where, renderTurn(d.message.turn, { userId: where.user, ...linkOf(d.message.turn.conversationId) }), ctx);
        return;
      }
      const m = messagesFor(d.locale ?? deps.defaultLocale);
      // The verdict stays as it was; only its Notify button becomes the line saying they will be told.
      const subscribed: Block = { type: 'context', elements: [{ type: 'mrkdwn', text: m.t('slack.verdict.subscribed') }] };
      const blocks = via.verdictTs ? parseBlocks(via.verdictBlocks)?.map((b) => (b.block_id === NOTIFY_BLOCK_ID ? subscribed : b)) : undefined;
      if (via.verdictTs && blocks) await updateIfThere(where.channel, via.verdictTs, { text: via.verdictText ?? m.t('slack.verdict.fallback'), blocks });
      await postInThread(where, textMessage(m.t('slack.subscribed')), ctx);
    },

    async notice(d: NoticeDelivery, ctx) {
      const { channel, threadTs } = d.thread.ref;
      if (!channel || !threadTs) {
        if (isWithheld(d.thread)) return 'skipped';
        throw new DeliveryFailure('not_ready', 'slack:thread_not_open_yet');
      }
      await postInThread({ channel, threadTs }, textMessage(d.text), ctx);
    },

    async direct(payload, ctx) {
      const parsed = slackDirectSchema.safeParse(payload);
      if (!parsed.success) throw new DeliveryFailure('refused', 'slack:unreadable_entry');
      const p = parsed.data;
      switch (p.type) {
        case 'ephemeral':
          await outbound.postEphemeral({ channel: p.channel, user: p.user, ...(p.threadTs ? { threadTs: p.threadTs } : {}), message: noteMessage(p.mrkdwn) });
          return;
        case 'note':
          await ctx.once('msg', async () =>
            fmt(await outbound.postOnce({ channel: p.channel, ...(p.threadTs ? { threadTs: p.threadTs } : {}), message: noteMessage(p.mrkdwn, p.button), key: ctx.entryId, uncertain: ctx.uncertain, since: ctx.since })),
          );
          return;
        case 'har_redacted': {
          const har = deps.har;
          if (!har) throw new DeliveryFailure('refused', 'slack:no_files');
          const m = messagesFor(p.locale);
          // One upload per entry: a retry after Slack took the file does not upload it again.
          const result = await ctx.once('upload', async () => {
            const sent = await uploadRedactedHar(har, p, m);
            return sent === 'sent' ? 'sent' : `gone ${sent.gone}`;
          });
          if (result.startsWith('gone ')) {
            const name = `*${escapeMrkdwn(result.slice('gone '.length), { from: 'person' })}*`;
            await ctx.once('msg', async () =>
              fmt(await outbound.postOnce({ channel: p.channel, threadTs: p.threadTs, message: noteMessage(m.t('harChat.gone', { name })), key: ctx.entryId, uncertain: ctx.uncertain, since: ctx.since })),
            );
          }
          return;
        }
        case 'report_offer': {
          const message = renderReportOffer({ conversationId: p.conversationId, userId: p.user, m: messagesFor(p.locale) });
          await ctx.once('msg', async () => fmt(await outbound.postOnce({ channel: p.channel, threadTs: p.threadTs, message, key: ctx.entryId, uncertain: ctx.uncertain, since: ctx.since })));
          return;
        }
        case 'home': {
          const locale = (await deps.locales?.of(p.user)) ?? deps.defaultLocale;
          await outbound.publishHome(p.user, await renderHomeFor({ desk: deps.desk, command: deps.config.SLACK_COMMAND, now: deps.now(), logger, m: messagesFor(locale) }));
          return;
        }
      }
    },

    async localeOf(d) {
      const user = d.thread.ref.user ?? d.via?.user;
      return user && deps.locales ? deps.locales.of(user) : undefined;
    },
  };

  // The helpdesk card and the outage announcement: one message per incident in a channel, edited
  // in place, posted again when it is gone, and posted once — an earlier post may have reached
  // Slack with its answer lost, so the channel is checked for it (message metadata) first.
  async function drawInChannel(
    p: { channel: string; message: SlackMessage; ref: string | null; key: string; since: number; incidentId: string; what: string },
    ctx: DeliveryContext,
  ): Promise<string> {
    const existing = cardRef.parse(p.ref ?? undefined);
    if (existing) {
      try {
        await outbound.update({ channel: existing.channel, ts: existing.ts, message: p.message });
        return cardRef.format(existing);
      } catch (error) {
        const code = slackErrorOf(error);
        if (!(error instanceof DeliveryFailure && error.kind === 'refused' && code && CARD_GONE.has(code))) throw error;
        logger.warn({ incidentId: p.incidentId, ref: p.ref, error: code }, `${p.what} is gone; posting a new one`);
        return ctx.once('repost', async () => refOf(p.channel, await outbound.post({ channel: p.channel, message: p.message, key: `${p.key}:${ctx.entryId}` })));
      }
    }
    return ctx.once('post', async () => refOf(p.channel, await outbound.postOnce({ channel: p.channel, message: p.message, key: p.key, uncertain: true, since: p.since })));
  }

  const announceChannel = deps.announceChannel;
  if (announceChannel) {
    sender.announce = (announcement, ref, ctx) =>
      drawInChannel(
        { channel: announceChannel, message: renderAnnouncement(announcement), ref, key: `announce:${announcement.incidentId}`, since: announcement.openedAt, incidentId: announcement.incidentId, what: 'the announcement' },
        ctx,
      );
  }
  sender.follower = async (d, ctx) => {
    const user = d.person.user;
    if (!user) throw new DeliveryFailure('refused', 'slack:no_user_in_follower');
    await ctx.once('msg', async () => fmt(await postInDm(user, textMessage(d.text), ctx)));
  };

  const helpdesk = deps.helpdeskChannel;
  if (helpdesk) {
    sender.card = async (incident: Incident, ref: string | null, ctx: DeliveryContext) => {
      const channel = helpdesk();
      if (!channel) throw new DeliveryFailure('not_ready', 'slack:helpdesk_channel_not_resolved');
      const message = renderIncidentCard(incident, deps.now(), messagesFor(deps.deskLocale));
      return drawInChannel({ channel, message, ref, key: `card:${incident.id}`, since: incident.openedAt, incidentId: incident.id, what: 'the incident card' }, ctx);
    };
  }
  return sender;
}
