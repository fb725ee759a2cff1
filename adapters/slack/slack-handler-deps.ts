import type { Config } from '../../src/config.ts';
import type { Desk } from '../../src/desk/desk.port.ts';
import type { Logger } from '../../src/logger.ts';
import type { Locale } from '../../src/messages/locale.ts';
import type { BacklogGauge } from '../../src/outbox/backlog-gauge.ts';
import type { DeliveryClaims } from './delivery-claims.ts';
import type { HelpdeskAccess } from './helpdesk-access.ts';
import type { NetcheckLink } from '../shared/netcheck-link.ts';
import type { LatestConversations } from './latest-conversations.ts';
import type { SlackHarDeps } from './share-har.ts';
import type { SlackApi } from './slack-api.ts';
import type { SlackLocales } from './slack-locales.ts';
import type { SlackDirect } from './slack-sender.ts';
import type { Block } from './slack-message.ts';

/** A Slack message of the adapter's own, for the outbox: `id` is stable per (message, recipient). */
export interface SlackSend {
  (entry: { id: string; lane: string; payload: SlackDirect }): Promise<void>;
}

/** What the inbound handlers need; built once by createSlackAdapter. */
export interface SlackHandlerDeps {
  config: Pick<Config, 'SLACK_COMMAND' | 'SLACK_TRIAGE_IN_CHANNEL'>;
  desk: Desk;
  /** Web API calls that answer an interaction at once (views.open: its trigger expires in 3 s). */
  api: SlackApi;
  /** Everything else the adapter sends goes through the outbox. */
  send: SlackSend;
  /** De-duplicates deliveries the desk and the outbox ids do not (card buttons, modal submissions). */
  claims: DeliveryClaims;
  /** Who may act on incident cards (the helpdesk channel, the optional user group). */
  access: HelpdeskAccess;
  logger: Logger;
  now: () => number;
  /** Admission control (read from memory): while it sheds, a new report is counted without its first question. */
  backlog?: Pick<BacklogGauge, 'shedding' | 'shed'>;
  /** Each person's language: what the bot tells a person is in it (the store's answer only, before an ack); and their timezone. */
  locales: SlackLocales;
  /** Each person's latest conversation (the one their last slash command started), for `/chatgpt-500 report`. */
  latest: LatestConversations;
  /** DEFAULT_LOCALE: when a person's language is not known (yet). */
  defaultLocale: Locale;
  /** DESK_LOCALE: what the helpdesk reads (the update modal, its confirmations, refused card clicks). */
  deskLocale: Locale;
  /** "Check my network" links (PUBLIC_URL and SESSION_SECRET set): a reporter who asks for one in the thread gets it. */
  netcheckLink?: NetcheckLink;
  /** Reading HAR files shared in a conversation's thread (files:read); without it they are ignored. */
  har?: SlackHarDeps;
}

/** An ack that may carry an ephemeral answer (slash commands) or nothing (buttons). */
export type Ack = (response?: { response_type?: 'ephemeral' | 'in_channel'; text: string; blocks?: Block[] }) => Promise<void>;
