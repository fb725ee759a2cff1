import { notifiesOnFix } from '../triage/notify-branches.ts';
import type { CrowdReading } from '../incidents/incident-types.ts';
import type { StatusReading } from '../status/build-status-reading.ts';
import { decideNext } from '../triage/decide-next.ts';
import type { Facts } from '../triage/fact-values.ts';
import type { AskAgainReason, Decision, Details, TriageContext } from '../triage/types.ts';
import type { CrowdSummary, StatusSummary, Turn } from './desk.port.ts';
import { statusContext, statusLine, summarizeStatus } from './summarize-status.ts';
import type { Locale } from '../messages/locale.ts';
import type { ReadFact } from './read-facts.ts';
import { understoodOf } from './understood-of.ts';
import type { ComponentStatus } from '../status/status-model.ts';
import { messagesFor } from '../messages/messages-for.ts';

/**
 * The status reading of a turn as people see it and as the engine may name it (serializable).
 * `summary.line` is English; a turn writes its status line again in its own language from
 * `affected` and `reason` (absent in drafts stored before languages: their line is kept).
 */
export interface StatusView {
  summary: StatusSummary;
  context: Pick<TriageContext, 'incidents' | 'affectedComponents'>;
  affected?: { name: string; status: ComponentStatus }[];
  reason?: string;
}

/**
 * The view of a reading, made once per reading: the status service serves the same reading object
 * until what it says changes, so the turns of that second share one view (nothing changes a view).
 */
const views = new WeakMap<StatusReading, StatusView>();

export function statusView(reading: StatusReading): StatusView {
  let view = views.get(reading);
  if (!view) {
    view = {
      summary: summarizeStatus(reading),
      context: statusContext(reading),
      affected: reading.chatgptAffected.map((c) => ({ name: c.name, status: c.status })),
      ...(reading.reason ? { reason: reading.reason } : {}),
    };
    views.set(reading, view);
  }
  return view;
}

/** The languages a turn is built in: the reporter's when the conversation has none yet, and the IT note's. */
export interface TurnLocales {
  /** DEFAULT_LOCALE: the reporter's language while the conversation has none. */
  defaultLocale?: Locale;
  /** DESK_LOCALE: the IT note's language (default: the reporter's). */
  deskLocale?: Locale;
}

/** What of a conversation a turn shows. */
export interface TurnSubject {
  id: string;
  /** Asked facts only. */
  facts: Facts;
  details: Details;
  askedAgain?: AskAgainReason;
  subscribed: boolean;
  /**
   * The reporter's language: the conversation's, absent while it has none (then the turn is built
   * in TurnLocales.defaultLocale, or in the language a platform's delivery finds for the person).
   */
  locale?: Locale;
  /** The desk's notices, shown on a full turn. */
  notices: { text: string }[];
}

/**
 * Everything a turn is built from but the allowlist (configuration): what an outbox entry carries
 * so any replica renders the turn the desk decided, with the crowd the write step met.
 */
export interface TurnDraft {
  subject: TurnSubject;
  status: StatusView;
  crowd: CrowdReading;
  /** When the turn was taken (ms): the crowd's minutes count to it. */
  at: number;
  understood: boolean;
  /** A first turn or a reload: show the status line even if unchanged, and the desk's notices. */
  full: boolean;
  /** The status fact differs from the one shown on the previous turn. */
  statusChanged: boolean;
  /** What a typed reply set this turn (shown as "Got it: …" with a way to change it). */
  read?: ReadFact[];
}

export interface TurnInputs extends Omit<TurnDraft, 'understood' | 'full' | 'statusChanged'>, TurnLocales {
  allowlist: { minimum: string[]; broader: string[] };
  understood?: boolean;
  duplicate?: boolean;
  full?: boolean;
  statusChanged?: boolean;
}

export function crowdSummary(crowd: CrowdReading, now: number): CrowdSummary {
  const minutes = crowd.openedAt === undefined ? 0 : Math.max(1, Math.round((now - crowd.openedAt) / 60_000));
  return { crowd: crowd.fact, ...(crowd.incidentId ? { incidentId: crowd.incidentId } : {}), reporters: crowd.reporters, networks: crowd.places, minutes };
}

/** The engine's decision for a turn, with the observed facts of its moment. */
function decide(inputs: TurnInputs, summary: CrowdSummary, locale: Locale): Decision {
  const { subject, status, crowd, allowlist } = inputs;
  const context: TriageContext = {
    ...status.context,
    allowlist,
    crowd: { reporters: summary.reporters, networks: summary.networks, minutes: summary.minutes, sameNetwork: crowd.samePlace },
  };
  return decideNext({
    facts: { ...subject.facts, status: status.summary.status, crowd: crowd.fact },
    details: subject.details,
    context,
    askedAgain: subject.askedAgain,
    locale,
    itLocale: inputs.deskLocale ?? locale,
  });
}

/** One turn as every adapter receives it: the decision (made here, once), the status and crowd, and the preface. */
export function buildTurn(inputs: TurnInputs): Turn {
  const { subject, status, crowd, at } = inputs;
  const locale = subject.locale ?? inputs.defaultLocale ?? 'en';
  const m = messagesFor(locale);
  const crowdView = crowdSummary(crowd, at);
  const decision = decide(inputs, crowdView, locale);
  // A draft stored before languages has no `affected`: its (English) line is kept as it was decided.
  const summary: StatusSummary =
    status.affected === undefined
      ? status.summary
      : { ...status.summary, line: statusLine({ ...status.summary, affected: status.affected, ...(status.reason ? { reason: status.reason } : {}) }, m) };
  const preface: string[] = [];
  if (crowd.fact === 'surge') {
    // 0: an incident the status page opened, before anyone here said what fails.
    preface.push(
      crowd.reporters <= 1
        ? m.t('desk.preface.first_reporter', { count: crowdView.minutes })
        : m.t('desk.preface.one_of', { reporters: crowd.reporters, count: crowdView.minutes }),
    );
  } else if (crowd.fact === 'local_cluster') {
    preface.push(m.t('desk.preface.local_cluster', { count: crowd.samePlace || crowd.reporters }));
  }
  if (inputs.full || inputs.statusChanged) preface.push(summary.line);
  if (inputs.full) for (const notice of subject.notices) preface.push(notice.text);
  const verdict = decision.verdict;
  // A verdict whose fix is upstream offers "Notify me when it's fixed" (notify-branches.ts); before a
  // verdict, only while an incident is known.
  const offerNotify = !subject.subscribed && (verdict !== undefined ? notifiesOnFix(verdict.branch) : crowd.fact !== 'none' || status.summary.status === 'chatgpt_incident');
  return {
    conversationId: subject.id,
    locale,
    facts: { ...subject.facts, status: status.summary.status, crowd: crowd.fact },
    details: subject.details,
    understood: inputs.understood ?? true,
    duplicate: inputs.duplicate ?? false,
    status: summary,
    crowd: crowdView,
    preface,
    ...understoodOf(inputs.read, locale),
    offerNotify,
    subscribed: subject.subscribed,
    ...(verdict ? { verdict } : { next: decision.next }),
  };
}

/**
 * The turn a draft stands for (what the outbox's delivery hands the platform's sender), in the
 * draft's language (the conversation's when it was decided), else `locale` (what the platform
 * knows of the person, when the delivery looked it up), else the default.
 */
export function finishTurn(draft: TurnDraft, allowlist: TurnInputs['allowlist'], locales: TurnLocales & { locale?: Locale } = {}): Turn {
  const { locale, ...rest } = locales;
  const subject = draft.subject.locale === undefined && locale !== undefined ? { ...draft.subject, locale } : draft.subject;
  return buildTurn({ ...draft, subject, allowlist, ...rest });
}
