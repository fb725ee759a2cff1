import { z } from 'zod';
import { LOCALES, type Locale } from '../../src/messages/locale.ts';
import type { ReadFact } from '../../src/desk/read-facts.ts';
import { FACT_VALUES, OBSERVED_FACTS, type AskedFactId } from '../../src/triage/fact-values.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { decodeJsonValue } from './decode-json-value.ts';
import { encodeButtonValue } from './encode-button-value.ts';

/**
 * What a "Change" button carries: the conversation, the facts to take back with the values they
 * were read as (a stale button takes back nothing answered since), who may press it, the turn's language.
 */
export interface ChangeValue {
  conversationId: string;
  facts: ReadFact[];
  /** The reporter's Slack user id: only they change their own answers. */
  userId: string;
  locale: Locale;
}

const ASKED_FACTS = Object.keys(FACT_VALUES).filter((f) => !(OBSERVED_FACTS as readonly string[]).includes(f)) as [AskedFactId, ...AskedFactId[]];

const schema = z.object({
  k: z.literal('c'),
  c: z.string().min(1).max(200),
  f: z.array(z.enum(ASKED_FACTS)).min(1).max(ASKED_FACTS.length),
  v: z.array(z.string().min(1).max(64)).min(1).max(ASKED_FACTS.length),
  u: z.string().regex(/^[UW][A-Z0-9]{2,30}$/),
  l: z.enum(LOCALES),
});

/** The Change button's value: compact JSON, validated on the way back in (a stale or forged value decodes to null). */
export const changeValue = {
  encode(v: ChangeValue): string {
    return encodeButtonValue({ k: 'c', c: v.conversationId, f: v.facts.map((r) => r.fact), v: v.facts.map((r) => r.value), u: v.userId, l: v.locale });
  },
  decode(value: unknown): ChangeValue | null {
    const d = decodeJsonValue(value, schema, BLOCK_LIMITS.buttonValue);
    if (!d || d.f.length !== d.v.length) return null;
    const values = d.v;
    return { conversationId: d.c, facts: d.f.map((fact, i) => ({ fact, value: values[i]! })), userId: d.u, locale: d.l };
  },
};
