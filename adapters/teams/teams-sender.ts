import { z } from 'zod';
import type { Config } from '../../src/config.ts';
import { DeliveryFailure } from '../../src/delivery/delivery-failure.ts';
import type { DeliveryContext, PlatformSender, ThreadDelivery } from '../../src/delivery/platform-sender.port.ts';
import type { Desk, ThreadAddress } from '../../src/desk/desk.port.ts';
import type { Incident } from '../../src/incidents/incident-types.ts';
import type { Logger } from '../../src/logger.ts';
import { LOCALES, type Locale } from '../../src/messages/locale.ts';
import { messagesFor } from '../../src/messages/messages-for.ts';
import { renderAnnouncementCard } from './cards/render-announcement-card.ts';
import { renderAnsweredCard } from './cards/render-answered-card.ts';
import { renderHelpCard } from './cards/render-help-card.ts';
import { renderIncidentCard } from './cards/render-incident-card.ts';
import { renderIncidentListCard } from './cards/render-incident-list-card.ts';
import { renderNoticeText } from './cards/render-notice-text.ts';
import { renderReportCard } from './cards/render-report-card.ts';
import { renderReportOffer } from './cards/render-report-offer.ts';
import { renderStatusCard } from './cards/render-status-card.ts';
import { renderNetcheckCard } from './cards/render-netcheck-card.ts';
import { renderTurnCard } from './cards/render-turn-card.ts';
import type { NetcheckLink } from '../shared/netcheck-link.ts';
import type { TeamsMessage } from './cards/teams-message.ts';
import type { ConnectorTarget, OutgoingActivity, TeamsConnector } from './teams-connector.ts';
import { fileConsentContextSchema, uploadInfoSchema, type TeamsHarDeps } from './teams-files.ts';
import { sendRedactedHar } from './send-redacted-har.ts';

const target = z.object({ serviceUrl: z.string().min(1), conversationId: z.string().min(1) });
/** The language of a command's answer: the asker's (their activity's locale); absent: the default. */
const locale = z.enum(LOCALES).optional();

/** The Teams adapter's own outbox entries (`direct`), checked when they are read back. */
export const teamsDirectSchema = z.discriminatedUnion('type', [
  /** The answers to the commands `help`, `status` and `incidents`, rendered when sent. */
  z.object({ type: z.literal('help'), to: target, locale }),
  z.object({ type: z.literal('status'), to: target, locale }),
  z.object({ type: z.literal('incidents'), to: target, locale }),
  /** A short note of the bot's (an expired conversation, a refused click). */
  z.object({ type: z.literal('text'), to: target, text: z.string() }),
  /** A filed support report (its text as formatSupportReport wrote it), in its language. */
  z.object({ type: z.literal('report'), to: target, text: z.string().max(20_000), locale }),
  /** "Check my network" on request: the conversation's signed link as a button. */
  z.object({ type: z.literal('netcheck'), to: target, url: z.string().min(1), locale }),
  /** The FileConsentCard offering a shared HAR's redacted copy (personal chat). */
  z.object({ type: z.literal('file_consent'), to: target, name: z.string().min(1), description: z.string(), sizeInBytes: z.number().int().nonnegative(), context: fileConsentContextSchema }),
  /** The person accepted it: the redacted copy is PUT into Teams' upload session, then shown as a FileInfoCard. */
  z.object({ type: z.literal('har_upload'), to: target, downloadUrl: z.string().url(), name: z.string().min(1), upload: uploadInfoSchema, locale: z.enum(LOCALES) }),
  /** "Fill in the support report" for the chat's conversation, asked for by typing "report" (render-report-offer.ts). */
  z.object({ type: z.literal('report_offer'), to: target, conversationId: z.string().min(1), user: z.string().min(1), locale }),
]);
export type TeamsDirect = z.infer<typeof teamsDirectSchema>;

/** A card's reference on Teams: where the helpdesk card lives. */
const cardRefSchema = z.object({ serviceUrl: z.string(), conversationId: z.string(), activityId: z.string() });

function parseCardRef(ref: string | null): z.infer<typeof cardRefSchema> | null {
  if (!ref) return null;
  try {
    const parsed = cardRefSchema.safeParse(JSON.parse(ref));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A rendered message as a Bot Framework activity: the card as an attachment, the text as its summary. */
export function toActivity(message: TeamsMessage): OutgoingActivity {
  if (!message.card) return { type: 'message', text: message.text, textFormat: 'markdown' };
  return { type: 'message', summary: message.text, attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: message.card }] };
}

/** Where a conversation's messages go: the reference the conversation keeps. */
export function targetOf(thread: ThreadAddress): ConnectorTarget {
  const conversationId = thread.ref.conversation;
  const serviceUrl = thread.delivery?.serviceUrl;
  if (!conversationId || !serviceUrl) throw new DeliveryFailure('refused', 'teams:no_conversation_reference');
  return { serviceUrl, conversationId };
}

export interface TeamsSenderDeps {
  connector: TeamsConnector;
  config: Pick<Config, 'TEAMS_HELPDESK_CONVERSATION' | 'TEAMS_SERVICE_URL'> & Partial<Pick<Config, 'TEAMS_ANNOUNCE_CONVERSATION' | 'TEAMS_APP_ID'>>;
  /** The service URL the helpdesk channel was last seen on (default TEAMS_SERVICE_URL). */
  helpdeskServiceUrl?: () => string | undefined;
  /** For the answers to `status` and `incidents`, rendered at send time. */
  desk: Pick<Desk, 'status' | 'incidents'>;
  /** A user who blocked the bot: later messages to that conversation are not even tried. */
  undeliverable: { mark(conversationId: string): Promise<void>; has(conversationId: string): Promise<boolean> };
  logger: Logger;
  now: () => number;
  /** DEFAULT_LOCALE: a command's answer without a language of its own. */
  defaultLocale: Locale;
  /** DESK_LOCALE: the helpdesk cards' language. */
  deskLocale: Locale;
  /** The "Check my network" link of a conversation (netcheckLinkFrom); absent: cards carry no link. */
  netcheckLink?: NetcheckLink;
  /** Sending a shared HAR's redacted copy (FileConsentCard accepted); without it such entries are refused. */
  har?: TeamsHarDeps;
}

/**
 * Teams' side of the outbox: turns as Adaptive Cards into the reporter's personal chat or channel
 * thread (through the conversation reference kept with the conversation), notices as text, the
 * helpdesk card posted once into TEAMS_HELPDESK_CONVERSATION and then updated in place, and the
 * answers to commands. A user who blocked the bot (403 MessageWritesBlocked) is marked
 * undeliverable and never tried again.
 *
 * The Bot Connector offers a bot no way to look up what it posted, so a send whose answer was
 * lost (a timeout, a 5xx, a replica that died mid-call) can be sent again: at least once here.
 */
export function createTeamsSender(deps: TeamsSenderDeps): PlatformSender {
  const { connector, logger } = deps;

  async function send(to: ConnectorTarget, message: TeamsMessage | OutgoingActivity): Promise<string> {
    if (await deps.undeliverable.has(to.conversationId)) throw new DeliveryFailure('refused', 'teams:MessageWritesBlocked');
    try {
      return (await connector.send(to, 'type' in message ? message : toActivity(message))).id;
    } catch (error) {
      if (error instanceof DeliveryFailure && error.reason === 'teams:MessageWritesBlocked') {
        await deps.undeliverable.mark(to.conversationId);
        logger.warn({ conversationId: to.conversationId }, 'the user blocked the bot: nothing more is sent to this conversation');
      }
      throw error;
    }
  }

  async function updateIfThere(to: ConnectorTarget, activityId: string, message: TeamsMessage): Promise<void> {
    try {
      await connector.update(to, activityId, toActivity(message));
    } catch (error) {
      if (!(error instanceof DeliveryFailure && error.kind === 'refused')) throw error;
      logger.info({ conversationId: to.conversationId, activityId, error: error.reason }, 'could not update an earlier card; going on');
    }
  }

  /** The bot's personal chat with a user (createConversation), opened once per delivery. */
  async function openPersonal(ctx: DeliveryContext, who: { serviceUrl: string; user: string; tenant?: string }): Promise<ConnectorTarget> {
    const bot = deps.config.TEAMS_APP_ID ? `28:${deps.config.TEAMS_APP_ID}` : undefined;
    const conversationId = await ctx.once('open', () => connector.openPersonal(who.serviceUrl, { user: who.user, ...(who.tenant ? { tenant: who.tenant } : {}), ...(bot ? { bot } : {}) }));
    return { serviceUrl: who.serviceUrl, conversationId };
  }

  /**
   * Where a conversation's turn goes. A report started from a channel card for the person's
   * personal chat ("It's something else" under the announcement: `delivery.kind` `open-personal`)
   * has no chat yet: its first turn opens it and binds the conversation to it.
   */
  async function targetFor(d: ThreadDelivery, ctx: DeliveryContext): Promise<ConnectorTarget> {
    const delivery = d.thread.delivery;
    if (d.thread.ref.conversation || delivery?.kind !== 'open-personal') return targetOf(d.thread);
    if (d.message.type !== 'turn') throw new DeliveryFailure('not_ready', 'teams:personal_chat_not_open_yet');
    const user = delivery.user;
    const serviceUrl = delivery.serviceUrl;
    if (!user || !serviceUrl) throw new DeliveryFailure('refused', 'teams:no_conversation_reference');
    const to = await openPersonal(ctx, { serviceUrl, user, ...(delivery.tenant ? { tenant: delivery.tenant } : {}) });
    await d.bindThread(
      { platform: 'teams', ref: { conversation: to.conversationId, user }, delivery: { serviceUrl, ...(delivery.tenant ? { tenant: delivery.tenant } : {}), kind: 'personal' } },
      { rebind: true },
    );
    return to;
  }

  async function thread(d: ThreadDelivery, ctx: DeliveryContext): Promise<void> {
    const to = await targetFor(d, ctx);
    const via = d.via ?? {};
    if (d.message.type === 'turn') {
      // An Action.Submit answer: its question card becomes the answered card (Action.Execute ones
      // were replaced by the invoke's own answer already).
      if (via.collapseActivityId) await updateIfThere(to, via.collapseActivityId, renderAnsweredCard({ question: via.question ?? '', answerLabel: via.label ?? '', m: messagesFor(d.message.turn.locale) }));
      const turn = d.message.turn;
      await ctx.once('msg', () => send(to, renderTurnCard(turn, { userId: d.thread.ref.user ?? '', ...(deps.netcheckLink ? { netcheckLink: deps.netcheckLink(turn.conversationId) } : {}) })));
      return;
    }
    await ctx.once('msg', () => send(to, renderNoticeText(messagesFor(d.locale ?? deps.defaultLocale).t('teams.subscribed'))));
  }

  const sender: PlatformSender = {
    thread,
    async notice(d, ctx) {
      // A report started for a personal chat not opened yet: its first question opens it (or never will, when withheld).
      if (!d.thread.ref.conversation && d.thread.delivery?.kind === 'open-personal') {
        if (d.thread.delivery.firstTurn === 'withheld') return 'skipped';
        throw new DeliveryFailure('not_ready', 'teams:personal_chat_not_open_yet');
      }
      const to = targetOf(d.thread);
      await ctx.once('msg', () => send(to, renderNoticeText(d.text)));
    },
    async direct(payload, ctx) {
      const parsed = teamsDirectSchema.safeParse(payload);
      if (!parsed.success) throw new DeliveryFailure('refused', 'teams:unreadable_entry');
      const p = parsed.data;
      if (p.type === 'file_consent') {
        const card = { description: p.description, sizeInBytes: p.sizeInBytes, acceptContext: p.context, declineContext: p.context };
        await ctx.once('msg', () => send(p.to, { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.teams.card.file.consent', name: p.name, content: card }] }));
        return;
      }
      if (p.type === 'har_upload') {
        if (!deps.har) throw new DeliveryFailure('refused', 'teams:no_files');
        await sendRedactedHar({ har: deps.har, send: (activity) => send(p.to, activity), logger }, p, ctx);
        return;
      }
      let message: TeamsMessage;
      const m = messagesFor((p.type !== 'text' ? p.locale : undefined) ?? deps.defaultLocale);
      if (p.type === 'help') message = renderHelpCard('chatgpt-500', m);
      else if (p.type === 'status') message = renderStatusCard(deps.desk.status(), m);
      else if (p.type === 'incidents') message = renderIncidentListCard({ incidents: await deps.desk.incidents.list({ openOnly: true }), now: deps.now(), m });
      else if (p.type === 'report') message = renderReportCard(p.text, m);
      else if (p.type === 'netcheck') message = renderNetcheckCard(p.url, m);
      else if (p.type === 'report_offer') message = renderReportOffer({ conversationId: p.conversationId, userId: p.user, m });
      else message = renderNoticeText(p.text);
      await ctx.once('msg', () => send(p.to, message));
    },
  };

  sender.follower = async (d, ctx) => {
    const { user, serviceUrl, tenant } = d.person;
    if (!user || !serviceUrl) throw new DeliveryFailure('refused', 'teams:no_conversation_reference');
    const to = await openPersonal(ctx, { serviceUrl, user, ...(tenant ? { tenant } : {}) });
    await ctx.once('msg', () => send(to, renderNoticeText(d.text)));
  };

  const announceTo = deps.config.TEAMS_ANNOUNCE_CONVERSATION;
  // The helpdesk card and the outage announcement: one activity per incident in a channel, edited in
  // place and posted again when it is gone. At least once: Teams gives no way to look for a post
  // whose answer was lost. Sent to the channel itself, the activity starts a thread of its own.
  async function drawInChannel(
    p: { serviceUrl: string; conversationId: string; message: TeamsMessage; ref: string | null; incidentId: string; what: string },
    ctx: DeliveryContext,
  ): Promise<string> {
    const existing = parseCardRef(p.ref);
    if (existing && !existing.activityId) {
      // Teams accepted it without telling its id: it cannot be edited, and posting it again would repeat it.
      logger.warn({ incidentId: p.incidentId }, `${p.what} cannot be updated (Teams gave no id for it)`);
      return p.ref!;
    }
    if (existing) {
      try {
        await connector.update({ serviceUrl: existing.serviceUrl, conversationId: existing.conversationId }, existing.activityId, toActivity(p.message));
        return JSON.stringify(existing);
      } catch (error) {
        if (!(error instanceof DeliveryFailure && error.kind === 'refused' && /NotFound|http_404/.test(error.reason))) throw error;
        logger.warn({ incidentId: p.incidentId, error: error.reason }, `${p.what} is gone from Teams; posting a new one`);
      }
    }
    const activityId = await ctx.once(existing ? 'repost' : 'post', () => send({ serviceUrl: p.serviceUrl, conversationId: p.conversationId }, p.message));
    return JSON.stringify({ serviceUrl: p.serviceUrl, conversationId: activityId ? `${p.conversationId};messageid=${activityId}` : p.conversationId, activityId });
  }

  if (announceTo) {
    sender.announce = (announcement, ref, ctx) =>
      drawInChannel(
        { serviceUrl: deps.config.TEAMS_SERVICE_URL, conversationId: announceTo, message: renderAnnouncementCard(announcement), ref, incidentId: announcement.incidentId, what: 'the announcement' },
        ctx,
      );
  }

  const helpdesk = deps.config.TEAMS_HELPDESK_CONVERSATION;
  if (helpdesk) {
    sender.card = async (incident: Incident, ref: string | null, ctx: DeliveryContext) => {
      const message = renderIncidentCard(incident, deps.now(), messagesFor(deps.deskLocale));
      const serviceUrl = deps.helpdeskServiceUrl?.() ?? deps.config.TEAMS_SERVICE_URL;
      return drawInChannel({ serviceUrl, conversationId: helpdesk, message, ref, incidentId: incident.id, what: 'the incident card' }, ctx);
    };
  }
  return sender;
}
