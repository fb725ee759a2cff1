import { z } from 'zod';
import { textProblem, type TextKind } from '../../text-problem.ts';
import { redactText } from '../har/redact-text.ts';

const expect = (what: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : `must be ${what}`) });

const wellFormed = (kind: TextKind) => (value: string, ctx: z.RefinementCtx) => {
  const problem = textProblem(value, kind);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

/**
 * Free text (line breaks allowed), trimmed, 1..max characters. Secrets a person may paste with an
 * error payload (API keys, bearer tokens, JWTs, `token=…`) are replaced before anything is kept.
 */
const free = (max: number) =>
  z
    .string(expect('a string'))
    .superRefine(wellFormed('free'))
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .transform((text) => redactText(text, { redacted: 0 }));
/** One line, trimmed, 1..max characters. */
const line = (max: number) => z.string(expect('a string')).superRefine(wellFormed('line')).trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
/** An id from another system: no spaces, 1..200 characters. */
const id = line(200).regex(/^[^\s\p{C}]+$/u, 'must not contain spaces or control characters');

/**
 * What the person adds to a support report (every field optional: the conversation prefills the
 * rest). Limits keep a report small enough to store with the conversation and to paste into
 * OpenAI's support form. Unknown fields are refused, so a typo is named instead of dropped.
 */
export const reportInputSchema = z
  .object(
    {
      /** What they did when it failed. */
      whatHappened: free(2000).optional(),
      /** When it failed, as they write it ("14:05", "this morning around 9"). */
      time: line(100).optional(),
      /** Their timezone: an IANA name (Europe/Berlin), UTC±hh[:mm], or an abbreviation. */
      timezone: line(64).optional(),
      /** Browser or app, and its version. */
      browser: line(100).optional(),
      device: line(100).optional(),
      /** Screenshots of the error are ready to attach. */
      screenshots: z.boolean(expect('true or false')).optional(),
      /** A redacted HAR and the console log are ready to attach. */
      harAttached: z.boolean(expect('true or false')).optional(),
      conversationUrl: line(500)
        .regex(/^https:\/\/[^\s/]+\/\S*$/, 'must be an https URL such as https://chatgpt.com/c/…')
        .optional(),
      requestIds: z.array(id, expect('a list of request ids')).max(20, 'must hold at most 20 ids').optional(),
      org: id.optional(),
      project: id.optional(),
      tier: z.enum(['standard', 'priority', 'scale'], expect('one of: standard, priority, scale')).optional(),
      model: line(100).optional(),
      endpoint: line(200).optional(),
      statusCode: z.number(expect('a number')).int('must be a whole number').min(100, 'must be an HTTP status (100-599)').max(599, 'must be an HTTP status (100-599)').optional(),
      /** The time range of the failures, as they write it. */
      timeRange: line(200).optional(),
      /** Approximate share of requests failing, in percent. */
      failingPercent: z.number(expect('a number')).min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100').optional(),
      /** The error payload as received (redact keys before pasting). */
      errorPayload: free(4000).optional(),
      /** A short summary of the request. */
      requestSummary: free(1000).optional(),
    },
    expect('a JSON object'),
  )
  .strict();

export type ReportInput = z.output<typeof reportInputSchema>;

/** The fields a person may add, in the order forms show them. */
export const REPORT_INPUT_FIELDS = Object.keys(reportInputSchema.shape) as (keyof ReportInput)[];

/** A problem with one field of a person's input: `field` names it ("requestIds.0", or "body"). */
export interface ReportInputProblem {
  field: string;
  message: string;
}

/** The input, or the first problem naming its field. */
export function checkReportInput(value: unknown): { ok: true; input: ReportInput } | { ok: false; problem: ReportInputProblem } {
  const result = reportInputSchema.safeParse(value);
  if (result.success) return { ok: true, input: result.data };
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) {
    const field = issue.path.length ? `${issue.path.map(String).join('.')}.${issue.keys[0]!}` : issue.keys[0]!;
    return { ok: false, problem: { field, message: `is not a field of the report (fields: ${REPORT_INPUT_FIELDS.join(', ')})` } };
  }
  return { ok: false, problem: { field: issue.path.length ? issue.path.map(String).join('.') : 'body', message: issue.message } };
}
