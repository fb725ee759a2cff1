import { z } from 'zod';
import { FACT_VALUES, OBSERVED_FACTS, type AskedFactId, type FactId } from '../../src/triage/fact-values.ts';
import { textProblem, type TextKind } from '../../src/text-problem.ts';
import { HttpError } from './http-error.ts';
import { LOCALES, parseLocale } from '../../src/messages/locale.ts';

/** zod's error option: "is required" when the field is missing, "must be <what>" otherwise. */
const expect = (what: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : `must be ${what}`) });

/** Well-formed Unicode without control characters (free text: line breaks and tabs allowed); see textProblem. */
const wellFormed = (kind: TextKind) => (value: string, ctx: z.RefinementCtx) => {
  const problem = textProblem(value, kind);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

const text = (max: number, kind: TextKind = 'free') => z.string(expect('a string')).superRefine(wellFormed(kind)).max(max, `must be at most ${max} characters`);
/** One line of text: a site, a name, `by`. */
const label = (max: number) => text(max, 'line').trim().min(1, 'must not be empty');
/** Free text (a reply, an update): line breaks and tabs allowed. */
const freeText = (max: number) => text(max, 'free').trim().min(1, 'must not be empty');

/** Ids from other systems: 1-200 visible characters, no spaces. */
const externalId = z
  .string(expect('a string'))
  .superRefine(wellFormed('line'))
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[^\s\p{C}]+$/u, 'must not contain spaces or control characters');

export const ASKED_FACTS = (Object.keys(FACT_VALUES) as FactId[]).filter(
  (f): f is AskedFactId => !(OBSERVED_FACTS as readonly string[]).includes(f),
);

export const startBodySchema = z.object(
  {
    /** `id` is honoured only from an API_TOKEN holder; `name` is the person's own label for themselves. */
    reporter: z.object({ id: externalId.optional(), name: label(100).optional() }, expect('an object such as {"id": "…", "name": "…"}')).optional(),
    text: text(2000).optional(),
    site: label(100).optional(),
    /** The reporter's language: a supported one as a tag ("de", "de-DE"); absent: from Accept-Language. */
    locale: z
      .string(expect('a string'))
      .max(35, 'must be at most 35 characters')
      .transform((tag, ctx) => {
        const locale = parseLocale(tag);
        if (!locale) ctx.addIssue({ code: 'custom', message: `unsupported locale "${tag}"; supported: ${LOCALES.join(', ')}` });
        return locale ?? z.NEVER;
      })
      .optional(),
  },
  expect('a JSON object'),
);
export type StartBody = z.output<typeof startBodySchema>;

const textAnswerSchema = z.object({ text: freeText(2000) }, expect('a JSON object'));
const choiceAnswerSchema = z
  .object(
    {
      fact: z.enum(ASKED_FACTS, expect(`one of: ${ASKED_FACTS.join(', ')}`)),
      value: z.string(expect('a string')),
    },
    expect('a JSON object'),
  )
  .superRefine((body, ctx) => {
    const allowed = FACT_VALUES[body.fact] as readonly string[];
    if (!allowed.includes(body.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: `must be one of: ${allowed.join(', ')} (for ${body.fact})` });
  });

export type AnswerBody = { kind: 'text'; text: string } | { kind: 'choice'; fact: AskedFactId; value: string };

/** What an answer body holds, named when it holds neither (`{}`). */
export const ANSWER_BODY_SHAPES = 'send "fact" and "value" (a choice, e.g. {"fact": "surface", "value": "web"}) or "text" (in your own words, e.g. {"text": "it works in incognito"})';

/** `{"fact", "value"}` (a button) or `{"text"}` (free text), never both; neither: 400 naming both. */
export function parseAnswerBody(body: unknown): AnswerBody {
  if (isObject(body) && !('text' in body) && !('fact' in body) && !('value' in body)) {
    throw new HttpError(400, 'http.invalid_body', `body: ${ANSWER_BODY_SHAPES}`, { field: 'body' });
  }
  if (isObject(body) && 'text' in body) {
    if ('fact' in body || 'value' in body) throw new HttpError(400, 'http.invalid_body', 'text: send either "text" or "fact" and "value", not both', { field: 'text' });
    return { kind: 'text', text: parseBody(textAnswerSchema, body).text };
  }
  const choice = parseBody(choiceAnswerSchema, body);
  return { kind: 'choice', fact: choice.fact, value: choice.value };
}

export const helpdeskActionSchema = z.object({ by: label(100).optional() }, expect('a JSON object'));

/** Resolve, with the desk's optional resolution note for the resolve notice: `{"by"?: "…", "note"?: "…"}`. */
export const helpdeskResolveSchema = z.object({ by: label(100).optional(), note: text(1000, 'free').trim().optional() }, expect('a JSON object such as {"note": "…"}'));

/** Snooze for a while: `{"minutes": 30, "by"?: "…"}`, 1 minute to 7 days. */
export const helpdeskSnoozeSchema = z.object({ minutes: z.number(expect('a whole number of minutes')).int('must be a whole number of minutes').min(1, 'must be at least 1').max(7 * 24 * 60, 'must be at most 10080 (7 days)'), by: label(100).optional() }, expect('a JSON object such as {"minutes": 30}'));

/** A desk update to every reporter of an incident: `{"text": "…", "by"?: "…"}`. */
export const helpdeskUpdateSchema = z.object({ text: freeText(4000), by: label(100).optional() }, expect('a JSON object such as {"text": "…"}'));

/** Parses a body or throws a 400 HttpError naming the first bad field ("reporter.id: is required"). */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.length ? issue.path.map(String).join('.') : 'body';
  throw new HttpError(400, 'http.invalid_body', `${field}: ${issue.message}`, { field });
}

/**
 * The optional Idempotency-Key header, as the desk's event id (a retried request is applied once).
 * `scope` (the reporter, for a start) keeps one client's key from reaching another's conversation.
 */
export function eventIdFrom(header: string | undefined, scope?: string): string | undefined {
  if (header === undefined) return undefined;
  const parsed = externalId.safeParse(header);
  if (!parsed.success) throw new HttpError(400, 'http.invalid_header', `Idempotency-Key: ${parsed.error.issues[0]!.message}`, { field: 'Idempotency-Key' });
  return scope === undefined ? `web:${parsed.data}` : `web:${scope}:${parsed.data}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
