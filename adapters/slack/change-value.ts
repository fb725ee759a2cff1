import { z } from 'zod';
import { LOCALES, type Locale } from '../../src/messages/locale.ts';
import type { ReadFact } from '../../src/desk/read-facts.ts';
import { FACT_VALUES, OBSERVED_FACTS, type AskedFactId } from '../../src/triage/fact-values.ts';
import { BLOCK_LIMITS } from './block-limits.ts';
import { SlackAdapterError } from './slack-adapter-error.ts';

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
    const text = JSON.stringify({ k: 'c', c: v.conversationId, f: v.facts.map((r) => r.fact), v: v.facts.map((r) => r.value), u: v.userId, l: v.locale });
    if (text.length > BLOCK_LIMITS.buttonValue) throw new SlackAdapterError('slack.render', `button value of ${text.length} characters exceeds Block Kit's ${BLOCK_LIMITS.buttonValue}`);
    return text;
  },
  decode(value: unknown): ChangeValue | null {
    if (typeof value !== 'string' || value.length > BLOCK_LIMITS.buttonValue) return null;
    let json: unknown;
    try {
      json = JSON.parse(value);
    } catch {
      return null;
    }
    const r = schema.safeParse(json);
    if (!r.success || r.data.f.length !== r.data.v.length) return null;
    const values = r.data.v;
    return { conversationId: r.data.c, facts: r.data.f.map((fact, i) => ({ fact, value: values[i]! })), userId: r.data.u, locale: r.data.l };
  },
};
