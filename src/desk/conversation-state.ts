import { z } from 'zod';
import { FACT_VALUES, OBSERVED_FACTS, type AskedFactId, type Facts } from '../triage/fact-values.ts';
import type { AskAgainReason, Details } from '../triage/types.ts';
import { DeskError } from './desk-error.ts';
import type { Reporter, ThreadAddress } from './desk.port.ts';
import { LOCALES, type Locale } from '../messages/locale.ts';
import { transcriptSchema, type TranscriptEntry } from './transcript.ts';
import { reportInputSchema, type ReportInput } from '../evidence/report/report-input.ts';

/** What the desk keeps for one conversation (stored as JSON; validated on every read). */
export interface ConversationState {
  id: string;
  reporter: Reporter;
  thread: ThreadAddress;
  /** Asked facts only: `status` and `crowd` are observed afresh on every turn. */
  facts: Facts;
  details: Details;
  site?: string;
  /** The report never counts toward an incident (StartInput.uncounted). */
  uncounted?: boolean;
  askedAgain?: AskAgainReason;
  /**
   * The question the person was shown last (its fact), '' after a verdict; absent in states saved
   * before it was kept. A free-text reply is read as the answer to it.
   */
  asked?: AskedFactId | '';
  /** The status fact shown on the last turn (the status line is repeated only when it changes). */
  lastStatus?: string;
  /** The reporter's language; absent in states saved before languages (then DEFAULT_LOCALE). */
  locale?: Locale;
  subscribed: boolean;
  /** The support report the person filed (desk.report): their fields, and the status page when they filed it. */
  report?: FiledReport;
  /** Messages the desk sent into this conversation later (resolve notices, desk updates). */
  notices: { at: number; incidentId: string; text: string }[];
  /** What the person said, oldest first (absent in states saved before it was kept). */
  transcript?: TranscriptEntry[];
  /** Platform delivery ids already applied (the last 50): a retried delivery is applied once. */
  events: string[];
  startedAt: number;
  updatedAt: number;
}

/** A support report as the conversation keeps it: the person's fields; the rest is rebuilt from the conversation. */
export interface FiledReport {
  input: ReportInput;
  filedAt: number;
  /** The status page when it was filed (the turn's status summary). */
  status?: { line: string; incidents: { name: string; url?: string; chatgpt: boolean }[] };
  /** The incident the conversation's report counted in when it was filed (linked there). */
  incidentId?: string;
}

/** A platform id as adapters register them. */
export const platformId = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be a platform id such as slack');

const ASKED_FACTS = Object.keys(FACT_VALUES).filter((fact) => !(OBSERVED_FACTS as readonly string[]).includes(fact));

const askedFacts = Object.fromEntries(
  Object.entries(FACT_VALUES)
    .filter(([fact]) => fact !== 'status' && fact !== 'crowd')
    .map(([fact, values]) => [fact, z.enum(values as unknown as [string, ...string[]]).optional()]),
);

const schema = z.object({
  id: z.string().min(1),
  reporter: z.object({ id: z.string().min(1), name: z.string().optional(), platform: platformId }),
  thread: z.object({ platform: platformId, ref: z.record(z.string(), z.string()), delivery: z.record(z.string(), z.string()).optional() }),
  facts: z.object(askedFacts),
  details: z.record(z.string(), z.unknown()),
  site: z.string().optional(),
  uncounted: z.boolean().optional(),
  askedAgain: z.enum(['not_tried', 'unclear']).optional(),
  asked: z.union([z.literal(''), z.enum(ASKED_FACTS as unknown as [AskedFactId, ...AskedFactId[]])]).optional(),
  lastStatus: z.string().optional(),
  locale: z.enum(LOCALES).optional(),
  subscribed: z.boolean(),
  report: z
    .object({
      input: reportInputSchema,
      filedAt: z.number(),
      status: z.object({ line: z.string(), incidents: z.array(z.object({ name: z.string(), url: z.string().optional(), chatgpt: z.boolean() })) }).optional(),
      incidentId: z.string().optional(),
    })
    .optional(),
  notices: z.array(z.object({ at: z.number(), incidentId: z.string(), text: z.string() })),
  transcript: transcriptSchema.optional(),
  events: z.array(z.string()),
  startedAt: z.number(),
  updatedAt: z.number(),
});

/** Validates a stored conversation; a damaged record is an error, never a half-read state. */
export function parseConversationState(value: unknown): ConversationState {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DeskError('desk.corrupt_state', `stored conversation is damaged at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data as ConversationState;
}

/** The key a platform thread is indexed under, or null when the thread is the conversation itself. */
export function threadKey(thread: ThreadAddress): string | null {
  const entries = Object.entries(thread.ref).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return null;
  return `${thread.platform}:${entries.map(([k, v]) => `${k}=${v}`).join('&')}`;
}
