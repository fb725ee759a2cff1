import { z } from 'zod';
import type { Config } from '../../src/config.ts';
import type { Desk, ThreadAddress } from '../../src/desk/desk.port.ts';
import { AppError } from '../../src/app-error.ts';
import { isStoreOutage } from '../../src/store/store-error.ts';
import type { Logger } from '../../src/logger.ts';
import type { MessageId } from '../../src/messages/catalogs.ts';
import { parseLocale, type Locale } from '../../src/messages/locale.ts';
import { messagesFor, type Messages } from '../../src/messages/messages-for.ts';
import type { BacklogGauge } from '../../src/outbox/backlog-gauge.ts';
import { FACT_VALUES, isFactValue, OBSERVED_FACTS, type AskedFactId } from '../../src/triage/fact-values.ts';
import { CARD_ACTIONS } from './cards/card-actions.ts';
import { announceAction } from './announce-action.ts';
import { changeAction } from './change-action.ts';
import { renderAnsweredCard } from './cards/render-answered-card.ts';
import { renderFloodedText } from './cards/render-flooded-text.ts';
import { renderIncidentCard } from './cards/render-incident-card.ts';
import { renderTurnCard } from './cards/render-turn-card.ts';
import { renderUpdateDialog } from './cards/render-update-dialog.ts';
import { reportDialog } from './report-dialog.ts';
import { baseConversationId, isPersonal, plainText, tenantOf, type TeamsActivity } from './teams-activity.ts';
import type { CardActionAnswer, TaskAnswer, TeamsEvents } from './teams-events.ts';
import type { TeamsDirect } from './teams-sender.ts';
import { fileConsentContextSchema, harAttachments, uploadInfoSchema, type FileConsentContext, type TeamsHarDeps, type TeamsSharedFile } from './teams-files.ts';
import { redactedHarName } from '../shared/redacted-har-name.ts';
import { asksForReport } from '../shared/asks-for-report.ts';
import { chatHarLines } from '../shared/chat-har-lines.ts';
import { asksForNetcheck } from '../shared/asks-for-netcheck.ts';
import type { NetcheckLink } from '../shared/netcheck-link.ts';
import { readChatHar } from '../shared/read-chat-har.ts';

const COMMANDS = new Set(['help', 'status', 'incidents']);
/** "chatgpt-500 <what happens>" (or with a slash) always starts a new report. */
const START = /^\/?chatgpt-500\b[\s:,-]*(.*)$/is;

const ASKED = Object.keys(FACT_VALUES).filter((f): f is AskedFactId => !(OBSERVED_FACTS as readonly string[]).includes(f));
const answerData = z.object({
  conversationId: z.string().min(1),
  fact: z.enum(ASKED as [AskedFactId, ...AskedFactId[]]),
  value: z.string(),
  user: z.string().min(1),
  label: z.string().optional(),
  question: z.string().optional(),
});
const notifyData = z.object({ conversationId: z.string().min(1), user: z.string().min(1) });
const incidentData = z.object({ incidentId: z.string().min(1).max(200) });
const updateSubmitData = z.object({ c500: z.literal(CARD_ACTIONS.submits.incidentUpdateSubmit), incidentId: z.string().min(1).max(200), [CARD_ACTIONS.updateInputId]: z.string().optional() });
const updateFetchData = z.object({ c500: z.literal(CARD_ACTIONS.submits.incidentUpdate), incidentId: z.string().min(1).max(200) });

const DESK_ERROR_TEXT: Readonly<Record<string, MessageId>> = {
  'desk.not_found': 'teams.desk_error.expired',
  'desk.invalid_answer': 'teams.desk_error.invalid_answer',
  'desk.conflict': 'chat.desk_error.conflict',
};

/** What someone pressing an incident card button outside the helpdesk channel is told. */
const REFUSED = {
  elsewhere: 'teams.refused.elsewhere',
  unset: 'teams.refused.unset',
} as const satisfies Record<string, MessageId>;

/** What a person is told while the store (and the outbox in it) cannot be reached (here in English, the default language). */
export const TRY_AGAIN_TEXT = messagesFor('en').t('chat.try_again');

const message = (value: string): CardActionAnswer => ({ type: 'application/vnd.microsoft.activity.message', value });
const codeOf = (error: unknown) => (error instanceof AppError ? error.code : undefined);

export interface TeamsEventsDeps {
  config: Pick<Config, 'TEAMS_HELPDESK_CONVERSATION'>;
  desk: Desk;
  /** The adapter's own messages (command answers, notes) into the outbox. */
  send: (entry: { id: string; lane: string; payload: TeamsDirect }) => Promise<void>;
  /** The helpdesk channel was seen on this service URL (an authenticated activity from it). */
  sawHelpdesk?: (serviceUrl: string) => void;
  /** A message arrived from a conversation: a user who had blocked the bot talks to it again. */
  reachable?: (conversationId: string) => Promise<void>;
  /** Admission control (read from memory): while it sheds, a new report is counted without its first question. */
  backlog?: Pick<BacklogGauge, 'shedding' | 'shed'>;
  logger: Logger;
  now: () => number;
  /** DEFAULT_LOCALE: the language of a person whose activity names none the bot speaks. */
  defaultLocale: Locale;
  /** DESK_LOCALE: what the helpdesk reads (card actions, the update dialog). */
  deskLocale: Locale;
  /** Reading HAR files attached in personal chat (`supportsFiles`); without it they are ignored. */
  har?: TeamsHarDeps;
  /** "Check my network" links (PUBLIC_URL and SESSION_SECRET set): a reporter who asks for one gets it. */
  netcheckLink?: NetcheckLink;
}

/**
 * What the bot does with Teams activities (independent of the SDK). Personal chat: a message
 * continues the chat's current report or starts one ("chatgpt-500 …" always starts a new one);
 * `help`, `status` and `incidents` are answered, and "report" (asks-for-report.ts) is answered
 * with the conversation's "Fill in the support report" button. A channel: an @mention starts a report in that
 * message's reply chain, and only the reporter's own later mentions there continue it. Card
 * buttons (Universal Actions) answer questions, subscribe, and act on incidents, the latter only
 * from the helpdesk channel; their invoke answer is the refreshed card. Dialogs: the desk's
 * update (helpdesk channel only) and the reporter's support report (report-dialog.ts). Every message owed goes
 * through the outbox. A person is answered in their Teams language (`activity.locale`, e.g.
 * "de-DE"; one the bot does not speak: the default), and a report keeps it as its conversation's;
 * the helpdesk (card actions, the update dialog) reads DESK_LOCALE.
 */
export function createTeamsEvents(deps: TeamsEventsDeps): TeamsEvents {
  const { desk, logger } = deps;
  const desks = messagesFor(deps.deskLocale);
  /** The person's language as their activity names it, when the bot speaks it. */
  const spoken = (activity: TeamsActivity): Locale | undefined => parseLocale(activity.locale);
  const mOf = (activity: TeamsActivity): Messages => messagesFor(spoken(activity) ?? deps.defaultLocale);
  const helpdesk = deps.config.TEAMS_HELPDESK_CONVERSATION;
  const fromHelpdesk = (activity: TeamsActivity) => helpdesk !== undefined && baseConversationId(activity.conversation.id) === baseConversationId(helpdesk);
  /** Card actions on incidents count only in the helpdesk channel (any thread of it); fails closed when none is configured. */
  const refusal = (activity: TeamsActivity): string | undefined => {
    if (fromHelpdesk(activity)) return undefined;
    logger.info({ conversationId: activity.conversation.id, user: activity.from.id, invoke: activity.name }, 'teams: incident card action refused: not the helpdesk channel');
    return `${desks.t(helpdesk === undefined ? REFUSED.unset : REFUSED.elsewhere)} ${desks.t('chat.nothing_changed')}`;
  };
  const actor = (activity: TeamsActivity) => `teams:${activity.from.name?.trim() || activity.from.id}`;
  const eventId = (activity: TeamsActivity, what: string) => `teams:${what}:${activity.conversation.id}:${activity.id ?? activity.timestamp ?? deps.now()}`;
  const to = (activity: TeamsActivity) => ({ serviceUrl: activity.serviceUrl, conversationId: activity.conversation.id });

  const report = reportDialog({ desk, send: deps.send, logger, mOf, eventId });

  function threadOf(activity: TeamsActivity): ThreadAddress {
    const tenant = tenantOf(activity);
    return {
      platform: 'teams',
      // Keyed by the user too: in a channel thread, only the reporter's own messages find it.
      ref: { conversation: activity.conversation.id, user: activity.from.id },
      delivery: { serviceUrl: activity.serviceUrl, ...(tenant ? { tenant } : {}), ...(isPersonal(activity) ? { kind: 'personal' } : { kind: 'channel' }) },
    };
  }

  async function note(activity: TeamsActivity, text: string, what: string): Promise<void> {
    await deps.send({ id: `${eventId(activity, what)}:note`, lane: `teams:${activity.conversation.id}`, payload: { type: 'text', to: to(activity), text } });
  }

  async function answer(activity: TeamsActivity, raw: unknown, how: 'execute' | 'submit'): Promise<CardActionAnswer> {
    const m = mOf(activity);
    const parsed = answerData.safeParse(raw);
    if (!parsed.success) return message(m.t('teams.not_mine'));
    const data = parsed.data;
    if (data.user !== activity.from.id) return message(m.t('teams.answer.not_yours'));
    if (!isFactValue(data.fact, data.value)) return message(m.t('teams.answer.unknown'));
    try {
      const via = how === 'submit' && activity.replyToId ? { collapseActivityId: activity.replyToId, question: data.question ?? '', label: data.label ?? data.value } : undefined;
      await desk.answer(data.conversationId, data.fact, data.value, { eventId: eventId(activity, 'answer'), deliver: true, ...(via ? { via } : {}) });
    } catch (error) {
      const text = DESK_ERROR_TEXT[codeOf(error) ?? ''];
      if (!text) throw error;
      return message(m.t(text));
    }
    const answered = renderAnsweredCard({ question: data.question ?? '', answerLabel: data.label ?? data.value, m });
    return answered.card ? { type: 'application/vnd.microsoft.card.adaptive', value: answered.card } : message(answered.text);
  }

  async function notify(activity: TeamsActivity, raw: unknown): Promise<CardActionAnswer> {
    const m = mOf(activity);
    const parsed = notifyData.safeParse(raw);
    if (!parsed.success) return message(m.t('teams.not_mine'));
    if (parsed.data.user !== activity.from.id) return message(m.t('teams.notify.not_yours'));
    try {
      await desk.subscribe(parsed.data.conversationId, { deliver: true });
    } catch (error) {
      const text = DESK_ERROR_TEXT[codeOf(error) ?? ''];
      if (!text) throw error;
      return message(m.t(text));
    }
    const snapshot = await desk.get(parsed.data.conversationId);
    if (!snapshot) return message(m.t('teams.subscribed'));
    const card = renderTurnCard({ ...snapshot, subscribed: true, offerNotify: false, preface: [] }, { userId: activity.from.id }).card;
    return card ? { type: 'application/vnd.microsoft.card.adaptive', value: card } : message(messagesFor(snapshot.locale).t('teams.subscribed'));
  }

  async function incidentAction(activity: TeamsActivity, verb: string, raw: unknown): Promise<CardActionAnswer> {
    const refused = refusal(activity);
    if (refused) return message(refused);
    const parsed = incidentData.safeParse(raw);
    if (!parsed.success) return message(desks.t('teams.not_mine'));
    const id = parsed.data.incidentId;
    const who = actor(activity);
    const outcome =
      verb === CARD_ACTIONS.verbs.incidentAck
        ? await desk.incidents.acknowledge(id, who)
        : verb === CARD_ACTIONS.verbs.incidentResolve
          ? await desk.incidents.resolve(id, who)
          : await desk.incidents.snooze(id, CARD_ACTIONS.snoozeMinutes, who);
    if (!outcome.ok) return message(desks.t(outcome.reason === 'not_found' ? 'chat.incident.not_found' : 'chat.incident.not_open'));
    logger.info({ incidentId: id, verb, actor: who, state: outcome.incident.state }, 'incident action applied');
    const card = renderIncidentCard(outcome.incident, deps.now(), desks).card;
    return card ? { type: 'application/vnd.microsoft.card.adaptive', value: card } : message(desks.t('teams.done'));
  }

  /** A store outage becomes the answer `outage` (the person is told to try again); anything else is thrown. */
  async function unlessOutage<T>(run: () => Promise<T>, outage: T, what: string): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (!isStoreOutage(error)) throw error;
      logger.warn({ err: error, code: 'store.unavailable', what }, 'teams: the store cannot be reached; told the person to try again');
      return outage;
    }
  }

  /** Handles a message; resolves to a text to say at once in the turn, when there is one. */
  async function onMessage(activity: TeamsActivity): Promise<string | undefined> {
    if (!activity.from.id || activity.from.id === activity.recipient.id) return;
    if (fromHelpdesk(activity)) deps.sawHelpdesk?.(activity.serviceUrl);
    await deps.reachable?.(activity.conversation.id);
    // An Action.Submit of one of our question cards arrives as a message carrying `value`.
    if (activity.value !== undefined && answerData.safeParse(activity.value).success) {
      const answered = await answer(activity, activity.value, 'submit');
      if (answered.type === 'application/vnd.microsoft.activity.message') await note(activity, answered.value, 'answer');
      return;
    }
    const text = plainText(activity);
    // Another app's card button (a `value` we did not make) or an empty message: nothing to do.
    if (!text && activity.value !== undefined) {
      logger.debug({ conversationId: activity.conversation.id }, 'teams: a card submit that is not ours, ignored');
      return;
    }
    const hars = deps.har && isPersonal(activity) ? harAttachments(activity) : [];
    // Read after this turn is answered (the HTTP ack), like everything the bot owes later.
    const readLater = (conversationId: string): void => {
      const har = deps.har;
      if (!har || hars.length === 0) return;
      setImmediate(() => {
        readAttachedHars(activity, conversationId, hars, har).catch((error: unknown) => logger.error({ err: error, conversationId }, 'teams: an attached HAR could not be handled'));
      });
    };
    if (hars.length > 0 && !START.test(text)) {
      const conversationId = await desk.findByThread(threadOf(activity));
      if (conversationId) {
        readLater(conversationId);
        return;
      }
    }
    const command = text.toLowerCase().replace(/^\/?chatgpt-500\s+/, '');
    if (COMMANDS.has(command)) {
      const locale = spoken(activity);
      await deps.send({ id: `${eventId(activity, 'command')}`, lane: `teams:${activity.conversation.id}`, payload: { type: command as 'help' | 'status' | 'incidents', to: to(activity), ...(locale ? { locale } : {}) } });
      return;
    }
    if (isPersonal(activity) && asksForReport(command)) {
      await offerReport(activity);
      return;
    }
    const start = START.exec(text);
    const thread = threadOf(activity);
    if (!start) {
      const conversationId = await desk.findByThread(thread);
      if (conversationId && deps.netcheckLink && asksForNetcheck(text)) {
        // On request: the link, whatever the conversation's step (not read as an answer).
        const snapshot = await desk.get(conversationId);
        if (snapshot) {
          const payload = { type: 'netcheck' as const, to: to(activity), url: deps.netcheckLink(conversationId), locale: snapshot.locale };
          await deps.send({ id: eventId(activity, 'netcheck'), lane: `teams:${activity.conversation.id}`, payload });
          return;
        }
      }
      if (conversationId) {
        try {
          await desk.reply(conversationId, text, { eventId: eventId(activity, 'message'), deliver: true });
          return;
        } catch (error) {
          if (codeOf(error) !== 'desk.not_found') throw error;
          // Expired: the message starts a new report below.
        }
      }
    }
    const reportText = (start ? start[1]! : text).trim();
    const tenant = tenantOf(activity);
    // Admission control: over OUTBOX_MAX_BACKLOG the report is counted, its first question not sent.
    const flooded = deps.backlog?.shedding() === true;
    const locale = spoken(activity);
    const turn = await desk.open({
      reporter: { id: tenant ? `${tenant}:${activity.from.aadObjectId ?? activity.from.id}` : activity.from.aadObjectId ?? activity.from.id, platform: 'teams', ...(activity.from.name ? { name: activity.from.name } : {}) },
      thread,
      ...(reportText ? { text: reportText } : {}),
      eventId: eventId(activity, 'message'),
      deliver: !flooded,
      rebind: true,
      ...(locale ? { locale } : {}),
    });
    // A HAR sent before any report: the report it starts reads it.
    if (!turn.duplicate) readLater(turn.conversationId);
    if (!flooded || turn.duplicate) return undefined;
    deps.backlog?.shed('teams');
    return renderFloodedText(desk.status(), mOf(activity));
  }

  /**
   * "report" typed in the personal chat (or the word in another language the bot speaks, with or
   * without "chatgpt-500" before it): the chat's conversation's "Fill in the support report"
   * button, in its language, through the outbox; without a live conversation, how to start one.
   */
  async function offerReport(activity: TeamsActivity): Promise<void> {
    const conversationId = await desk.findByThread(threadOf(activity));
    const snapshot = conversationId ? await desk.get(conversationId) : null;
    if (!conversationId || !snapshot) {
      await note(activity, mOf(activity).t('reportForm.none', { command: 'chatgpt-500' }), 'report');
      return;
    }
    await deps.send({
      id: `${eventId(activity, 'report')}:offer`,
      lane: `teams:${activity.conversation.id}`,
      payload: { type: 'report_offer', to: to(activity), conversationId, user: activity.from.id, locale: snapshot.locale },
    });
  }

  /**
   * HAR files attached in the reporter's personal chat: each downloaded from its download URL and
   * streamed into processHar (HAR_MAX_BYTES), the findings (or why it could not be read) sent in
   * the conversation's language through the outbox, and a report attached through the desk
   * (harAttached, the facts it makes certain; the next turn is delivered through the outbox).
   */
  async function readAttachedHars(activity: TeamsActivity, conversationId: string, files: readonly TeamsSharedFile[], har: TeamsHarDeps): Promise<void> {
    const snapshot = await desk.get(conversationId);
    const m = snapshot ? messagesFor(snapshot.locale) : mOf(activity);
    for (const file of files) {
      const id = `${eventId(activity, 'har')}:${file.id}`;
      const outcome = await readChatHar(() => har.files.open(file.downloadUrl, har.maxBytes), { maxBytes: har.maxBytes, allowlist: har.allowlist });
      if (!outcome.ok) logger.warn({ conversationId, problem: outcome.problem, ...(outcome.error ? { err: outcome.error } : {}) }, 'teams: attached HAR not read');
      else logger.info({ conversationId, entries: outcome.report.entries, findings: outcome.report.findings.length, redacted: outcome.report.redacted }, 'teams: attached HAR read');
      const name = `"${file.name.replace(/[*_`<>[\]]/g, '')}"`;
      await deps.send({ id, lane: `teams:${activity.conversation.id}`, payload: { type: 'text', to: to(activity), text: chatHarLines(outcome, name, m, har.maxBytes).join('\n\n') } });
      if (!outcome.ok) continue;
      // On request, the redacted copy as a file in the chat: Teams' FileConsentCard asks the person
      // (accepting is the request); the card carries the file's download URL back, nothing is kept.
      const consent: FileConsentContext = { d: file.downloadUrl, n: file.name, l: m.locale };
      await deps.send({
        id: `${id}:consent`,
        lane: `teams:${activity.conversation.id}`,
        payload: { type: 'file_consent', to: to(activity), name: redactedHarName(file.name), description: m.t('harChat.consent', { name }), sizeInBytes: outcome.report.bytes, context: consent },
      });
      await desk.attachEvidence(conversationId, { kind: 'har', report: outcome.report }, { eventId: id, deliver: true });
    }
  }

  /**
   * The person's answer to the FileConsentCard of a HAR's redacted copy: `accept` enqueues the
   * upload (the outbox entry names the original's download URL and Teams' upload session, so it
   * survives a restart and is sent once); `decline` gets a short note. Anything else is ignored.
   */
  async function fileConsent(activity: TeamsActivity, response: { action: unknown; context: unknown; uploadInfo: unknown }): Promise<void> {
    const context = fileConsentContextSchema.safeParse(response.context);
    if (!context.success) {
      logger.info({ conversationId: activity.conversation.id }, 'teams: a file consent answer that is not ours, ignored');
      return;
    }
    const m = messagesFor(context.data.l);
    const lane = `teams:${activity.conversation.id}`;
    if (response.action !== 'accept') {
      await deps.send({ id: eventId(activity, 'consent'), lane, payload: { type: 'text', to: to(activity), text: m.t('harChat.declined') } });
      return;
    }
    const upload = uploadInfoSchema.safeParse(response.uploadInfo);
    if (!upload.success) {
      logger.warn({ conversationId: activity.conversation.id }, 'teams: a file consent accepted without a readable upload session');
      return;
    }
    await deps.send({
      id: `teams:har-upload:${activity.conversation.id}:${upload.data.uniqueId}`,
      lane,
      payload: { type: 'har_upload', to: to(activity), downloadUrl: context.data.d, name: context.data.n, upload: upload.data, locale: context.data.l },
    });
  }

  const events: TeamsEvents = {
    fileConsent: (activity, response) => fileConsent(activity, response),
    async message(activity) {
      return unlessOutage(() => onMessage(activity), mOf(activity).t('chat.try_again'), 'message');
    },

    async cardAction(activity, action) {
      if (fromHelpdesk(activity)) deps.sawHelpdesk?.(activity.serviceUrl);
      switch (action.verb) {
        case CARD_ACTIONS.verbs.answer:
          return answer(activity, action.data, 'execute');
        case CARD_ACTIONS.verbs.notify:
          return notify(activity, action.data);
        case CARD_ACTIONS.verbs.change:
          return changeAction({ desk, logger }, activity, action.data, { eventId: eventId(activity, 'change'), errorText: (code) => DESK_ERROR_TEXT[code], notOurs: 'This button is not one of mine.' });
        case CARD_ACTIONS.verbs.incidentAck:
        case CARD_ACTIONS.verbs.incidentResolve:
        case CARD_ACTIONS.verbs.incidentSnooze:
          return incidentAction(activity, action.verb, action.data);
        case CARD_ACTIONS.verbs.announceAffected:
        case CARD_ACTIONS.verbs.announceElse:
          return announceAction(
            { desk, ...(deps.backlog ? { backlog: deps.backlog } : {}), locale: spoken(activity) ?? deps.defaultLocale, eventId: eventId(activity, 'announce') },
            activity,
            action.verb,
            action.data,
          );
        default:
          return message(mOf(activity).t('teams.not_mine'));
      }
    },

    async taskFetch(activity, data): Promise<TaskAnswer> {
      const reportForm = await report.fetch(activity, data);
      if (reportForm) return reportForm;
      const parsed = updateFetchData.safeParse(data);
      if (!parsed.success) return { task: { type: 'message', value: desks.t('teams.not_mine') } };
      const refused = refusal(activity);
      if (refused) return { task: { type: 'message', value: refused } };
      const incident = await desk.incidents.get(parsed.data.incidentId);
      if (!incident) return { task: { type: 'message', value: desks.t('chat.incident.not_found') } };
      const dialog = renderUpdateDialog({ incident, now: deps.now(), m: desks });
      return { task: { type: 'continue', value: { title: dialog.title, height: 'medium', width: 'medium', card: { contentType: 'application/vnd.microsoft.card.adaptive', content: dialog.card } } } };
    },

    async installed(activity) {
      // In a personal chat the help is the welcome; in a team the bot stays quiet until mentioned.
      if (!isPersonal(activity)) return;
      const locale = spoken(activity);
      await deps.send({ id: eventId(activity, 'welcome'), lane: `teams:${activity.conversation.id}`, payload: { type: 'help', to: to(activity), ...(locale ? { locale } : {}) } });
    },

    unsupportedInvoke(activity) {
      logger.info({ invoke: activity.name ?? '(no name)', conversationId: activity.conversation.id }, 'teams: an invoke the bot does not offer');
      return message(mOf(activity).t('teams.unsupported_invoke'));
    },

    async taskSubmit(activity, data): Promise<TaskAnswer> {
      const filed = await report.submit(activity, data);
      if (filed) return filed;
      const parsed = updateSubmitData.safeParse(data);
      if (!parsed.success) return { task: { type: 'message', value: desks.t('teams.dialog_not_mine') } };
      const refused = refusal(activity);
      if (refused) return { task: { type: 'message', value: refused } };
      const text = (parsed.data[CARD_ACTIONS.updateInputId] ?? '').trim().slice(0, CARD_ACTIONS.updateMaxLength);
      if (!text) return { task: { type: 'message', value: desks.t('teams.update.empty') } };
      const outcome = await desk.incidents.postUpdate(parsed.data.incidentId, text, actor(activity));
      if (!outcome.ok) return { task: { type: 'message', value: desks.t('chat.update.not_found') } };
      return { task: { type: 'message', value: desks.t('teams.update.posted', { count: outcome.queued ?? 0 }) } };
    },
  };
  // While the store cannot be reached, buttons and dialogs answer "try again in a minute".
  const tryAgainTask = (activity: TeamsActivity): TaskAnswer => ({ task: { type: 'message', value: mOf(activity).t('chat.try_again') } });
  return {
    ...events,
    cardAction: (activity, action) => unlessOutage(() => events.cardAction(activity, action), message(mOf(activity).t('chat.try_again')), 'card action'),
    taskFetch: (activity, data) => unlessOutage(() => events.taskFetch(activity, data), tryAgainTask(activity), 'dialog'),
    taskSubmit: (activity, data) => unlessOutage(() => events.taskSubmit(activity, data), tryAgainTask(activity), 'dialog submit'),
  };
}
