import type { TranscriptLine } from './transcript-lines.ts';
import type { BranchId } from '../triage/branches.ts';
import type { AskedFactId, FactValue, Facts } from '../triage/fact-values.ts';
import type { Details, Question, Verdict } from '../triage/types.ts';
import type { ActionOutcome, Incident } from '../incidents/incident-types.ts';
import type { Locale } from '../messages/locale.ts';
import type { ReadFact } from './read-facts.ts';
import type { SupportReportOutput } from '../evidence/report/support-report.ts';
import type { DraftOptions, FiledReportOutput, ReportOptions } from './file-report.ts';
import type { EvidenceInput } from './attach-evidence.ts';

/**
 * The desk service: the use cases every adapter (Slack, Teams, web, CLI) calls, with
 * platform-neutral inputs and outputs. One call = one conversation turn.
 */

/**
 * A platform is an id an adapter registers (`slack`, `teams`, `web`, …): lower case letters,
 * digits and dashes. The core keeps no list of them; what a platform can do is its sender's.
 */
export type Platform = string;

export interface Reporter {
  /**
   * Unique within the platform and without the platform's name (the desk prefixes it once:
   * reports read `slack:T024BE7LD:U012AB3CD`, `web:<session id>`), e.g. Slack "T024BE7LD:U012AB3CD".
   */
  id: string;
  name?: string;
  platform: Platform;
}

/**
 * Where the conversation's thread lives, so later messages (resolve notices, desk updates) can be
 * delivered into it. `ref` is opaque to the core: each adapter puts what it needs there
 * (Slack: {channel, threadTs, user}; Teams: a serialized conversation reference; web: {}). A chat
 * conversation starts with an empty `ref`: its thread comes to exist when its first message is
 * delivered, and the sender binds it then.
 */
export interface ThreadAddress {
  platform: Platform;
  /** Who and where: the thread's identity (it is indexed, so every replica finds the conversation). */
  ref: Record<string, string>;
  /** How to reach it, not part of its identity (Teams: the service URL and tenant of the reference). */
  delivery?: Record<string, string>;
}

export interface StartInput {
  reporter: Reporter;
  thread: ThreadAddress;
  /** Text typed with the command, e.g. "chatgpt web gives 500 on office wifi"; parsed for facts. */
  text?: string;
  /** A site or office label if the platform knows it (e.g. from the channel); free text also sets it. */
  site?: string;
  /** The platform's delivery id: the same event delivered twice starts one conversation. */
  eventId?: string;
  /**
   * Send the turn to the reporter through the outbox (chat platforms), in the same step that
   * saves it; without it the caller shows the returned turn itself (the web page, the CLI).
   */
  deliver?: boolean;
  /** The adapter's own context for delivering this turn (opaque to the core). */
  via?: Record<string, string>;
  /**
   * The thread now belongs to this new conversation even if an older one had it (a Teams personal
   * chat holds one report after another); default: the first conversation keeps its thread.
   */
  rebind?: boolean;
  /**
   * The report never counts toward an incident (an unverified web reporter beyond the per-address
   * cap, WEB_REPORTERS_PER_ADDRESS); the conversation runs as usual. Kept for the conversation's life.
   */
  uncounted?: boolean;
  /**
   * The reporter's language as the platform knows it (Slack user locale, Teams activity locale,
   * the web page's choice, CLI --locale); default: the desk's DEFAULT_LOCALE. Kept with the
   * conversation; a reply written in another supported language may switch it.
   */
  locale?: Locale;
}

export interface TurnOptions {
  /** The platform's delivery id: a retried delivery is applied once (the turn says `duplicate`). */
  eventId?: string;
  /** Send the turn to the reporter through the outbox (see StartInput.deliver). */
  deliver?: boolean;
  /** The adapter's own context for delivering this turn (e.g. the question message to collapse). */
  via?: Record<string, string>;
}

export interface StatusSummary {
  /** The engine's `status` fact value. */
  status: FactValue<'status'>;
  /** One line for people, e.g. "ChatGPT: Conversations and Login degraded (as of 2 min ago)". */
  line: string;
  /** Age of the reading in seconds; null when there has never been one. */
  ageSeconds: number | null;
  /** Ongoing incidents, ChatGPT ones first. */
  incidents: { name: string; url?: string; chatgpt: boolean }[];
}

export interface CrowdSummary {
  /** The engine's `crowd` fact value. */
  crowd: FactValue<'crowd'>;
  /** The open incident this reporter's report belongs to, if any. */
  incidentId?: string;
  reporters: number;
  networks: number;
  minutes: number;
}

export interface Turn {
  conversationId: string;
  /** The language every text of this turn is written in. */
  locale: Locale;
  facts: Facts;
  details: Details;
  /** False when a free-text reply could not be mapped with confidence: the question is asked again. */
  understood: boolean;
  /** True when this platform event was handled before (a retry): adapters post nothing new. */
  duplicate: boolean;
  status: StatusSummary;
  crowd: CrowdSummary;
  /**
   * Lines to show above the question or verdict, most important first: the crowd line during an
   * open upstream incident ("You're one of 41 people who reported this in the last 12 minutes; the
   * desk is on it"), the status incident, an other-product note, "status could not be read".
   */
  preface: string[];
  /**
   * What a typed reply set this turn and how the bot says it read it ("Got it: it fails in a
   * private window too"), so a misreading costs one step to take back (desk.change with these
   * facts). Absent after a button, a reload, or a reply that set nothing.
   */
  read?: { facts: ReadFact[]; text: string };
  /** Offer a "Notify me when it's fixed" action. */
  offerNotify: boolean;
  /** The reporter already asked to be notified. */
  subscribed: boolean;
  /** Exactly one of `next` and `verdict` is set. */
  next?: Question;
  verdict?: Verdict;
}

export interface ConversationSnapshot extends Turn {
  /** Messages the desk sent into this conversation later (resolve notices, desk updates), oldest first. */
  notices: { at: number; incidentId: string; text: string }[];
  /** What was said so far, oldest first, in the turn's language (the current question or verdict is the turn's). */
  transcript: TranscriptLine[];
  /** The incident the report counted in, once the desk (or the status page, or quiet) resolved it (read on `get`'s `resolved: true`). */
  resolved?: { incidentId: string; at: number };
  reporter: Reporter;
  thread: ThreadAddress;
  startedAt: number;
  updatedAt: number;
  branch?: BranchId;
}

/** What `Desk.open` answers: the conversation, and whether this delivery had started it before. */
export interface Opened {
  conversationId: string;
  /** True when this platform event was handled before (a retry): the first one's conversation. */
  duplicate: boolean;
}

export interface Desk {
  start(input: StartInput): Promise<Turn>;
  /**
   * `start` for a caller that shows nothing of the first turn: a chat platform whose answer only
   * says a message is on its way (`deliver`: the turn is in the outbox, and its delivery builds it
   * from the entry) or that the report was counted. The same claim, save, count and entry as
   * `start`, without building the turn (or a duplicate's replay) that nobody would read.
   */
  open(input: StartInput): Promise<Opened>;
  /** A button/choice answer. Throws DeskError 'desk.not_found' / 'desk.invalid_answer'. */
  answer(conversationId: string, fact: AskedFactId, value: string, options?: TurnOptions): Promise<Turn>;
  /** A free-text reply in the conversation. Throws DeskError 'desk.not_found'. */
  reply(conversationId: string, text: string, options?: TurnOptions): Promise<Turn>;
  /**
   * Takes back facts the bot read from a typed reply (the "Change" of its "Got it" line): they are
   * forgotten and asked again, in a turn like any other (a delivery id is applied once; `deliver`
   * sends it through the outbox). A fact given with its value (`turn.read.facts`) is taken back
   * only while it still has that value. Facts no longer set change nothing (a duplicate turn).
   * Throws DeskError 'desk.not_found', 'desk.invalid_answer' (a fact that is not asked, or none).
   */
  change(conversationId: string, facts: readonly (AskedFactId | ReadFact)[], options?: TurnOptions): Promise<Turn>;
  /**
   * Evidence the person attached (a HAR's report, the network check from their browser), kept with
   * the conversation in a turn like any other: the verdict is built again with it (a HAR satisfies
   * "HAR + console logs" and may settle the symptom; blocked domains go into the IT note). Throws
   * DeskError 'desk.not_found'.
   */
  attachEvidence(conversationId: string, evidence: EvidenceInput, options?: TurnOptions): Promise<Turn>;
  /**
   * Notify this reporter in their own thread when their incident resolves. With `deliver`, the
   * confirmation goes to them through the outbox (once per conversation).
   */
  subscribe(conversationId: string, options?: Pick<TurnOptions, 'deliver' | 'via'>): Promise<{ subscribed: true; incidentId?: string }>;
  /**
   * The conversation's support report, prefilled from what it knows (and the person's fields once
   * filed), as text and JSON (with the form's starting values); null when the conversation is
   * unknown or expired. `timezone`: the form's device's, used when the conversation knows none.
   */
  reportDraft(conversationId: string, options?: DraftOptions): Promise<SupportReportOutput | null>;
  /**
   * Files the support report with the person's fields (ReportInput; a delivery id is applied once)
   * and links it from the conversation's incident. Throws DeskError 'desk.not_found',
   * 'desk.invalid_report' (the message starts with the field).
   */
  report(conversationId: string, input: unknown, options?: ReportOptions): Promise<FiledReportOutput>;
  /**
   * The conversation as it stands (e.g. a web page reload), or null when unknown or expired.
   * `resolved: true` also reads whether the incident its report counted in is resolved (two more
   * store reads: only the page that shows the verdict as fixed asks for it).
   */
  get(conversationId: string, options?: { resolved?: boolean }): Promise<ConversationSnapshot | null>;
  /** The conversation bound to a platform thread (any replica), or null. */
  findByThread(thread: ThreadAddress): Promise<string | null>;
  /** The current status summary (cached; never fetches). */
  status(): StatusSummary;
  /** The helpdesk's side: incidents and what the desk does with them. */
  readonly incidents: IncidentDesk;
}

/** Incident operations for the helpdesk (Slack card buttons, the web board, the JSON API). */
export interface IncidentDesk {
  /** Open incidents and those changed in the last 24 h, newest first (`openOnly` for live ones). */
  list(options?: { openOnly?: boolean }): Promise<Incident[]>;
  get(incidentId: string): Promise<Incident | null>;
  acknowledge(incidentId: string, actor: string): Promise<ActionOutcome>;
  /**
   * Resolves it; every subscribed reporter is told in their own thread (through the outbox).
   * `note`: the desk's resolution note, quoted in that notice (trimmed, at most 1,000 characters).
   */
  resolve(incidentId: string, actor: string, note?: string): Promise<ActionOutcome>;
  snooze(incidentId: string, minutes: number, actor: string): Promise<ActionOutcome>;
  /**
   * A desk update: kept on the incident's timeline and sent to every reporter of the incident, in
   * their own thread (through the outbox); `queued` says to how many. Progress shows on the incident.
   */
  postUpdate(incidentId: string, text: string, actor: string): Promise<ActionOutcome & { queued?: number }>;
  /**
   * "I'm affected too" under the outage announcement: the person is counted on the incident once
   * (`reached`), without a triage, and told when it resolves (through the outbox, on their
   * platform: `person.platform`'s sender reads the rest of `person`).
   */
  follow(incidentId: string, follower: { personId: string; person: Record<string, string> }): Promise<FollowOutcome>;
  /** Distinct reporters of the incident per platform (`slack`, `teams`, `web`…), read from its first 2,000 conversations. */
  reportersByPlatform(incidentId: string): Promise<Record<string, number>>;
}

export type FollowOutcome =
  /** Counted now (`counted`) or before (`already`); `reached`: the incident's count after. */
  | { outcome: 'counted' | 'already'; reached: number }
  /** The incident is resolved (or was merged): nobody is counted any more. */
  | { outcome: 'over' }
  | { outcome: 'not_found' };
