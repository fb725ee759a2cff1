import { SAMPLE_T0, sampleIncident } from '../../../helpers/sample-incident.ts';
import { expect } from 'vitest';
import { z } from 'zod';
import type { AdaptiveCard, CardAction, CardElement } from '../../../../adapters/teams/cards/adaptive-card.ts';
import { CARD_ACTIONS } from '../../../../adapters/teams/cards/card-actions.ts';
import type { TeamsMessage } from '../../../../adapters/teams/cards/teams-message.ts';
import type { StatusSummary, Turn } from '../../../../src/desk/desk.port.ts';
import type { Decision } from '../../../../src/triage/types.ts';

export const ZWSP = '\u200B';
export const T0 = SAMPLE_T0;

/** Text that would misbehave in Teams markdown if it got through unescaped. */
export const HOSTILE = '**boss** [click here](https://evil.example/login) <at>Admin</at> # head\n- item &amp; {{DATE(2025-01-01T00:00:00Z)}} `x` see https://evil.example';

const spacing = z.enum(['None', 'Small', 'Default', 'Medium', 'Large', 'ExtraLarge']).optional();
const base = { id: z.string().min(1).optional(), isVisible: z.boolean().optional(), spacing, separator: z.boolean().optional() };
const color = z.enum(['Default', 'Dark', 'Light', 'Accent', 'Good', 'Warning', 'Attention']).optional();
const json: z.ZodType = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]));

const action: z.ZodType = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('Action.Execute'), title: z.string().min(1), verb: z.string().min(1), data: z.record(z.string(), json), id: z.string().optional(), style: z.enum(['default', 'positive', 'destructive']).optional(), associatedInputs: z.enum(['auto', 'none']).optional() }),
    z.strictObject({ type: z.literal('Action.Submit'), title: z.string().min(1), data: z.record(z.string(), json), id: z.string().optional(), style: z.enum(['default', 'positive', 'destructive']).optional(), associatedInputs: z.enum(['auto', 'none']).optional() }),
    z.strictObject({ type: z.literal('Action.ToggleVisibility'), title: z.string().min(1), targetElements: z.array(z.union([z.string(), z.strictObject({ elementId: z.string(), isVisible: z.boolean().optional() })])).min(1), id: z.string().optional() }),
    z.strictObject({ type: z.literal('Action.OpenUrl'), title: z.string().min(1), url: z.string().startsWith('https://'), id: z.string().optional() }),
    z.strictObject({ type: z.literal('Action.ShowCard'), title: z.string().min(1), card: cardSchema, id: z.string().optional() }),
  ]),
);

const element: z.ZodType = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('TextBlock'), text: z.string(), wrap: z.literal(true), size: z.enum(['Small', 'Default', 'Medium', 'Large', 'ExtraLarge']).optional(), weight: z.enum(['Lighter', 'Default', 'Bolder']).optional(), color, isSubtle: z.boolean().optional(), fontType: z.enum(['Default', 'Monospace']).optional(), style: z.enum(['default', 'heading']).optional(), ...base }),
    z.strictObject({ type: z.literal('RichTextBlock'), inlines: z.array(z.strictObject({ type: z.literal('TextRun'), text: z.string(), fontType: z.enum(['Default', 'Monospace']).optional(), weight: z.enum(['Lighter', 'Default', 'Bolder']).optional(), isSubtle: z.boolean().optional(), italic: z.boolean().optional(), color })).min(1), ...base }),
    z.strictObject({ type: z.literal('FactSet'), facts: z.array(z.strictObject({ title: z.string(), value: z.string() })).min(1), ...base }),
    z.strictObject({ type: z.literal('Container'), items: z.array(element).min(1), style: z.enum(['default', 'emphasis', 'good', 'attention', 'warning', 'accent']).optional(), ...base }),
    z.strictObject({ type: z.literal('ColumnSet'), columns: z.array(z.strictObject({ type: z.literal('Column'), items: z.array(element), width: z.union([z.enum(['auto', 'stretch']), z.number()]).optional(), verticalContentAlignment: z.enum(['Top', 'Center', 'Bottom']).optional() })), ...base }),
    z.strictObject({ type: z.literal('ActionSet'), actions: z.array(action).min(1), ...base }),
    z.strictObject({ type: z.literal('Input.Text'), id: z.string().min(1), label: z.string().optional(), placeholder: z.string().optional(), isMultiline: z.boolean().optional(), maxLength: z.number().int().positive().optional(), isRequired: z.boolean().optional(), errorMessage: z.string().optional(), value: z.string().optional(), isVisible: z.boolean().optional(), spacing, separator: z.boolean().optional() }),
  ]),
);

const cardSchema: z.ZodType = z.lazy(() =>
  z.strictObject({
    type: z.literal('AdaptiveCard'),
    $schema: z.literal('http://adaptivecards.io/schemas/adaptive-card.json'),
    version: z.literal('1.5'),
    body: z.array(element).min(1),
    actions: z.array(action).min(1).optional(),
    fallbackText: z.string().optional(),
    msteams: z.strictObject({ width: z.literal('Full') }).optional(),
  }),
);

/** Every element of a card, depth first (containers, columns). */
export function elements(card: AdaptiveCard): CardElement[] {
  const out: CardElement[] = [];
  const walk = (items: readonly CardElement[]) => {
    for (const el of items) {
      out.push(el);
      if (el.type === 'Container') walk(el.items);
      if (el.type === 'ColumnSet') for (const c of el.columns) walk(c.items);
    }
  };
  walk(card.body);
  return out;
}

/** Every action of a card: the card's own and those of ActionSets in the body. */
export function actions(card: AdaptiveCard): CardAction[] {
  return [...elements(card).flatMap((e) => (e.type === 'ActionSet' ? e.actions : [])), ...(card.actions ?? [])];
}

/** Every TextBlock text, fact title/value and TextRun: what a person reads, in order. */
export function texts(card: AdaptiveCard): string[] {
  return elements(card).flatMap((e) => {
    if (e.type === 'TextBlock') return [e.text];
    if (e.type === 'FactSet') return e.facts.flatMap((f) => [f.title, f.value]);
    if (e.type === 'RichTextBlock') return e.inlines.map((r) => r.text);
    return [];
  });
}

/** Markdown texts only (TextBlocks and facts): where escaping matters. */
export function markdownTexts(card: AdaptiveCard): string[] {
  return elements(card).flatMap((e) => (e.type === 'TextBlock' ? [e.text] : e.type === 'FactSet' ? e.facts.flatMap((f) => [f.title, f.value]) : []));
}

export function monospaceTexts(card: AdaptiveCard): string[] {
  return elements(card).flatMap((e) => (e.type === 'RichTextBlock' ? e.inlines.filter((r) => r.fontType === 'Monospace').map((r) => r.text) : []));
}

export const bytesOf = (message: unknown) => Buffer.byteLength(JSON.stringify(message), 'utf8');

/**
 * Structure a Teams client accepts: the schema above (strict: a misspelt property fails), ids
 * unique, toggles pointing at elements that exist, only the bot's verbs and submit kinds, and the
 * whole message under 25 KB.
 */
export function expectValidMessage(message: TeamsMessage): void {
  expect(bytesOf(message)).toBeLessThan(25_000);
  expect(typeof message.text).toBe('string');
  expect(message.text.length).toBeGreaterThan(0);
  if (!message.card) return;
  const parsed = cardSchema.safeParse(message.card);
  expect(parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe('');
  const ids = elements(message.card).flatMap((e) => (e.id ? [e.id] : []));
  expect(new Set(ids).size).toBe(ids.length);
  const verbs: string[] = Object.values(CARD_ACTIONS.verbs);
  const submits: string[] = Object.values(CARD_ACTIONS.submits);
  for (const a of actions(message.card)) {
    if (a.type === 'Action.ToggleVisibility') for (const t of a.targetElements) expect(ids).toContain(typeof t === 'string' ? t : t.elementId);
    if (a.type === 'Action.Execute') expect(verbs).toContain(a.verb);
    if (a.type === 'Action.Submit') expect(submits).toContain(a.data.c500);
  }
}

/**
 * Markdown that came out of escaping: nothing in it can become a link, an autolink, HTML, an
 * entity, a DATE() function or a block construct. (The escaper's own tests check each rule; this
 * is the whole-card net.) `allowLinks` lets the bot's own https links through (status page).
 */
export function expectInertMarkdown(text: string, options: { allowLinks?: boolean } = {}): void {
  const withoutBotLinks = options.allowLinks ? text.replace(/\]\(https:\/\/[^\s()<>]+\)/g, ']') : text;
  expect(withoutBotLinks).not.toMatch(/\]\(|\]\[|\]:/);
  expect(text).not.toMatch(/<(?!\u200B)/);
  expect(text).not.toMatch(/&[#A-Za-z]/);
  expect(text).not.toMatch(/\{\{(?!DATE\(|TIME\()/);
  expect(text).not.toContain('`');
  for (const line of text.split('\n')) expect(line).not.toMatch(/^ {0,3}(#|>|[-+] |\d+[.)] )/);
}

/** The sample incident (test/helpers/sample-incident.ts). */
export const incident = sampleIncident;

export const STATUS_OK: StatusSummary = { status: 'operational', line: 'ChatGPT: all systems operational (as of 1 min ago)', ageSeconds: 60, incidents: [] };

/** A desk turn around an engine decision, as the desk hands it to an adapter. */
export function turnOf(decision: Decision, overrides: Partial<Turn> = {}): Turn {
  return {
    conversationId: 'conv-1',
    locale: 'en',
    facts: {},
    details: {},
    understood: true,
    duplicate: false,
    status: STATUS_OK,
    crowd: { crowd: 'none', reporters: 0, networks: 0, minutes: 0 },
    preface: [],
    offerNotify: false,
    subscribed: false,
    ...(decision.next ? { next: decision.next } : { verdict: decision.verdict }),
    ...overrides,
  };
}
