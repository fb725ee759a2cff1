import type { BranchId } from './branches.ts';
import type { AskedFactId, Facts } from './fact-values.ts';
import type { Locale } from '../messages/locale.ts';
import type { HarFinding } from '../evidence/har/har-finding.ts';

export interface Choice {
  value: string;
  label: string;
}

/** Why a question is on screen again. */
export type AskAgainReason = 'not_tried' | 'unclear';

export interface Question {
  fact: AskedFactId;
  /** The question as the person reads it. */
  text: string;
  choices: Choice[];
  /** "How to test this": present for the isolating tests; shown when `askedAgain` is `not_tried`. */
  help?: string;
  /** Set when the same question is asked again, and why. */
  askedAgain?: AskAgainReason;
}

export interface EvidenceItem {
  /** One of the four labels of the spec, verbatim. */
  label: string;
  satisfied: boolean;
  /** What the conversation says about it, when anything. */
  detail?: string;
}

export interface ItNote {
  /** A ready-to-send message for IT, plain text, in `locale`. */
  text: string;
  /**
   * The language the note is written in: the desk's (TriageInput.itLocale), which may differ from
   * the rest of the verdict (the reporter's); renderers name it when it differs. Always set by the
   * engine; absent only in turns stored before languages.
   */
  locale?: Locale;
  minimumDomains: string[];
  broaderDomains: string[];
  /** Domains the evidence shows blocked (the browser's network check, a HAR's failed allowlist domains); absent when none. */
  blockedDomains?: string[];
}

export interface Verdict {
  branch: BranchId;
  headline: string;
  /** One or two sentences: why this path. */
  summary: string;
  /** Ordered steps, most useful first. */
  steps: string[];
  stopWhen: string;
  evidence: EvidenceItem[];
  /** Context lines such as "OpenAI reports an incident in another product". */
  notes: string[];
  /** network branch only. */
  itNote?: ItNote;
  /** api_server branch only: a short retry-with-backoff-and-jitter snippet. */
  retrySnippet?: string;
  /** escalate (and api_server) only: the fields a support-ready report needs. */
  supportReport?: { kind: 'web' | 'api'; fields: string[] };
  /** outage only: the bot offers to notify the reporter on resolve. */
  offerNotify?: boolean;
}

export type Decision = { next: Question; verdict?: never } | { verdict: Verdict; next?: never };

/** Free details a reporter may give that are not facts (triage-spec.md, end of "Facts"). */
export interface Details {
  site?: string;
  browser?: string;
  browserVersion?: string;
  appVersion?: string;
  device?: string;
  timezone?: string;
  conversationUrl?: string;
  requestIds?: string[];
  model?: string;
  endpoint?: string;
  org?: string;
  project?: string;
  tier?: 'standard' | 'priority' | 'scale';
  /** Set once a (redacted) HAR or console log has been attached. */
  harAttached?: boolean;
  /** What an attached HAR showed, kept small: counts, the first findings (hosts and paths only), the allowlist domains reached and failed. */
  har?: HarSummary;
  /** The result of the network check run from the person's own browser: the probed domains it reached and those it could not. */
  networkCheck?: NetworkCheckResult;
}

/** A HAR's findings as a conversation keeps them (made from the redacted HAR; never a URL with its query). */
export interface HarSummary {
  entries: number;
  /** Secret values the redaction replaced. */
  redacted: number;
  /** The first findings (at most MAX_STORED_FINDINGS). */
  findings: HarFinding[];
  /** Findings beyond those kept. */
  omitted: number;
  /** Allowlist domains the HAR reached and those where a request failed on the way. */
  reached: string[];
  failed: string[];
}

/** The network check from the person's browser: each probed domain, reachable or blocked. */
export interface NetworkCheckResult {
  /** When the result was recorded (epoch ms). */
  at: number;
  reachable: string[];
  blocked: string[];
}

/** Observed context the engine may mention; all optional, the engine stays pure. */
export interface TriageContext {
  /** ChatGPT incidents (or incidents of other products) to name and link. */
  incidents?: { name: string; url?: string; chatgpt: boolean; components?: string[] }[];
  /** Names of affected ChatGPT components, e.g. ["Conversations", "Login"]. */
  affectedComponents?: string[];
  /** How many people reported in the current signal, e.g. {reporters: 41, minutes: 12}. */
  crowd?: { reporters: number; networks: number; minutes: number; sameNetwork?: number };
  /** The IT allowlist (configuration); defaults to the spec's list. */
  allowlist?: { minimum: string[]; broader: string[] };
}

export interface TriageInput {
  facts: Facts;
  details?: Details;
  context?: TriageContext;
  /** The language of the texts (questions, verdicts); default `en`. Ids and values never change. */
  locale?: Locale;
  /**
   * The language of the IT note (network verdict): the helpdesk's, which may differ from the
   * reporter's; default `locale`.
   */
  itLocale?: Locale;
  /** Set by the caller when the last reply could not be understood. */
  askedAgain?: AskAgainReason;
}
