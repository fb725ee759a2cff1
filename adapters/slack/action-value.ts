import { z } from 'zod';
import { FACT_VALUES, OBSERVED_FACTS, type AskedFactId } from '../../src/triage/fact-values.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { decodeJsonValue } from './decode-json-value.ts';
import { encodeButtonValue as encode } from './encode-button-value.ts';

/** What an answer button carries: the conversation, the fact and value, and who may press it. */
export interface AnswerValue {
  conversationId: string;
  fact: AskedFactId;
  value: string;
  /** The reporter's Slack user id: only they answer their own questions. */
  userId: string;
}

/** What a helpdesk card button carries: the incident (the action_id says what to do). */
export interface IncidentValue {
  incidentId: string;
}

export interface NotifyValue {
  conversationId: string;
  userId: string;
}

/** "Fill in the support report": the conversation, and its reporter (only they may fill it). */
export type ReportValue = NotifyValue;

const ASKED_FACTS = Object.keys(FACT_VALUES).filter((f) => !(OBSERVED_FACTS as readonly string[]).includes(f)) as [AskedFactId, ...AskedFactId[]];

const id = z.string().min(1).max(200);
/** Slack user ids (U…, W… on Enterprise Grid): the value is put into a mention. */
const userId = z.string().regex(/^[UW][A-Z0-9]{2,30}$/);
const answerSchema = z.object({ k: z.literal('a'), c: id, f: z.enum(ASKED_FACTS), v: z.string().min(1).max(64), u: userId });
const notifySchema = z.object({ k: z.literal('n'), c: id, u: userId });
const incidentSchema = z.object({ k: z.literal('i'), i: id });
const reportSchema = z.object({ k: z.literal('r'), c: id, u: userId });

/**
 * Button values: compact JSON, validated on the way back in. A value that does not decode is a
 * stale or forged button: decode returns null and the click is ignored.
 */
export const actionValue = {
  encodeAnswer(a: AnswerValue): string {
    return encode({ k: 'a', c: a.conversationId, f: a.fact, v: a.value, u: a.userId });
  },
  decodeAnswer(value: unknown): AnswerValue | null {
    const d = decodeJsonValue(value, answerSchema, BLOCK_LIMITS.buttonValue);
    return d ? { conversationId: d.c, fact: d.f, value: d.v, userId: d.u } : null;
  },
  encodeNotify(n: NotifyValue): string {
    return encode({ k: 'n', c: n.conversationId, u: n.userId });
  },
  decodeNotify(value: unknown): NotifyValue | null {
    const d = decodeJsonValue(value, notifySchema, BLOCK_LIMITS.buttonValue);
    return d ? { conversationId: d.c, userId: d.u } : null;
  },
  encodeReport(r: ReportValue): string {
    return encode({ k: 'r', c: r.conversationId, u: r.userId });
  },
  decodeReport(value: unknown): ReportValue | null {
    const d = decodeJsonValue(value, reportSchema, BLOCK_LIMITS.buttonValue);
    return d ? { conversationId: d.c, userId: d.u } : null;
  },
  encodeIncident(v: IncidentValue): string {
    return encode({ k: 'i', i: v.incidentId });
  },
  decodeIncident(value: unknown): IncidentValue | null {
    const d = decodeJsonValue(value, incidentSchema, BLOCK_LIMITS.buttonValue);
    return d ? { incidentId: d.i } : null;
  },
};
