import { describe, expect, it } from 'vitest';
import { actionValue } from '../../../adapters/slack/action-value.ts';
import { BLOCK_LIMITS } from '../../../adapters/slack/block-limits.ts';
import { capBlocks } from '../../../adapters/slack/cap-blocks.ts';
import { renderHelp } from '../../../adapters/slack/render-help.ts';
import { renderHome } from '../../../adapters/slack/render-home.ts';
import { renderQuestion } from '../../../adapters/slack/render-question.ts';
import { renderAnswered } from '../../../adapters/slack/render-answered.ts';
import { REPORT_BLOCK_ID, renderReportHeader } from '../../../adapters/slack/render-report-header.ts';
import { renderStatus } from '../../../adapters/slack/render-status.ts';
import { renderTurn } from '../../../adapters/slack/render-turn.ts';
import { renderVerdict } from '../../../adapters/slack/render-verdict.ts';
import type { Block } from '../../../adapters/slack/slack-message.ts';
import type { StatusSummary, Turn } from '../../../src/desk/desk.port.ts';
import type { Question, Verdict } from '../../../src/triage/types.ts';
import { blockKitProblem } from '../../helpers/fake-slack-api.ts';
import { expectInert } from './slack-test-kit.ts';
import { messagesFor } from '../../../src/messages/messages-for.ts';

const en = messagesFor('en');

const EVIL = '<!channel> *ping* <@U0ADMIN> <https://evil.example|chatgpt.com> & > quote';

/** Every mrkdwn/plain text in the blocks, with where it was. */
function texts(blocks: readonly Block[]): { kind: string; text: string }[] {
  const out: { kind: string; text: string }[] = [];
  const walk = (node: unknown, kind: string) => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, kind));
    if (typeof node !== 'object' || node === null) return;
    const rec = node as Record<string, unknown>;
    if ((rec.type === 'mrkdwn' || rec.type === 'plain_text') && typeof rec.text === 'string') out.push({ kind: `${kind}/${rec.type}`, text: rec.text });
    for (const [k, v] of Object.entries(rec)) walk(v, typeof rec.type === 'string' && rec.type !== 'mrkdwn' && rec.type !== 'plain_text' ? `${rec.type}.${k}` : kind);
  };
  walk(blocks, 'root');
  return out;
}

function expectWithinLimits(blocks: readonly Block[], maxBlocks: number = BLOCK_LIMITS.messageBlocks): void {
  expect(blockKitProblem(blocks, maxBlocks)).toBeUndefined();
  for (const { kind, text } of texts(blocks)) {
    expect(text.length, kind).toBeLessThanOrEqual(BLOCK_LIMITS.sectionText);
    if (kind.startsWith('button')) expect(text.length, kind).toBeLessThanOrEqual(BLOCK_LIMITS.buttonText);
    if (kind.startsWith('header')) expect(text.length, kind).toBeLessThanOrEqual(BLOCK_LIMITS.headerText);
  }
}

const long = (n: number, word = 'step') => Array.from({ length: n }, (_, i) => `${word} ${i + 1}: ${'lorem ipsum '.repeat(15)}`);

function hugeVerdict(): Verdict {
  return {
    branch: 'network',
    headline: `Your network blocks ChatGPT ${'very '.repeat(100)}`,
    summary: 'x'.repeat(5000),
    steps: long(500),
    stopWhen: 'y'.repeat(4000),
    evidence: Array.from({ length: 100 }, (_, i) => ({ label: `Label ${i}`, satisfied: i % 2 === 0, detail: `${EVIL} ${'d'.repeat(100)}` })),
    notes: long(40, 'note'),
    itNote: { text: `Please allow these.\n\`\`\`\nbreakout <b>\n${'z'.repeat(9000)}`, minimumDomains: Array.from({ length: 400 }, (_, i) => `host-${i}.example.com`), broaderDomains: Array.from({ length: 900 }, (_, i) => `*.wild-${i}.example.org`) },
    retrySnippet: `async function f<T>() {}\n${'// comment\n'.repeat(2000)}`,
    supportReport: { kind: 'api', fields: long(300, 'field') },
    offerNotify: true,
  };
}

describe('renderVerdict within Block Kit limits', () => {
  const ctx = { conversationId: 'conv-1', userId: 'U0USER0001', offerNotify: true, subscribed: false, m: en };

  it('a verdict with every part oversized stays within 50 blocks and 3,000 characters per section', () => {
    const blocks = renderVerdict(hugeVerdict(), ctx);
    expectWithinLimits(blocks);
    const all = texts(blocks).map((t) => t.text);
    expect(all.some((t) => t.startsWith('*What to do*') && /…and \d+ more$/.test(t))).toBe(true);
    expect(all.some((t) => t.startsWith('*Evidence for support*') && /…and \d+ more$/.test(t))).toBe(true);
    expect(all.some((t) => t.startsWith('*For the support report (API)*') && /…and \d+ more$/.test(t))).toBe(true);
    expect(all.some((t) => t.startsWith('*Allowlist, broader*') && /…and \d+ more/.test(t))).toBe(true);
  });

  it('says exactly how many steps were left out', () => {
    const blocks = renderVerdict({ ...hugeVerdict(), steps: long(500) }, ctx);
    const steps = texts(blocks).find((t) => t.text.startsWith('*What to do*'))!.text;
    const shown = steps.split('\n').filter((l) => /^\d+\. /.test(l)).length;
    expect(steps).toMatch(new RegExp(`…and ${500 - shown} more$`));
    expect(shown).toBeGreaterThan(5);
  });

  it('escapes what came from a person (evidence details) and keeps the IT note in one unbreakable code block', () => {
    const blocks = renderVerdict(hugeVerdict(), ctx);
    const evidence = texts(blocks).find((t) => t.text.startsWith('*Evidence for support*'))!.text;
    expectInert(evidence);
    const it = texts(blocks).find((t) => t.text.startsWith('*For your IT team*'))!.text;
    expect(it.match(/```/g)).toHaveLength(2);
    expectInert(it.replace('*For your IT team* (copy and send)\n', ''));
  });

  it('offers "Notify me" with a value that decodes to the conversation and reporter, or confirms once subscribed', () => {
    const offered = renderVerdict(hugeVerdict(), ctx);
    const actions = offered.filter((b) => b.type === 'actions');
    expect(actions).toHaveLength(1);
    const button = (actions[0] as { elements: { text: { text: string }; value: string }[] }).elements[0]!;
    expect(button.text.text).toBe("Notify me when it's fixed");
    expect(actionValue.decodeNotify(button.value)).toEqual({ conversationId: 'conv-1', userId: 'U0USER0001' });
    const subscribed = renderVerdict(hugeVerdict(), { ...ctx, subscribed: true });
    expect(subscribed.some((b) => b.type === 'actions')).toBe(false);
    expect(texts(subscribed).some((t) => t.text.includes("You'll be told in this thread"))).toBe(true);
    expect(renderVerdict({ ...hugeVerdict(), offerNotify: false }, { ...ctx, offerNotify: false }).some((b) => b.type === 'actions')).toBe(false);
  });
});

describe('renderQuestion within Block Kit limits', () => {
  const question = (n: number, over: Partial<Question> = {}): Question => ({
    fact: 'network',
    text: `Which network? ${EVIL}`,
    choices: Array.from({ length: n }, (_, i) => ({ value: `v${i}`, label: `Choice ${i} ${'with a very long label '.repeat(10)}` })),
    ...over,
  });
  const ctx = { conversationId: 'conv-1', userId: 'U0USER0001', m: en };

  it('one button per choice, labels cut to 75, values that decode back to the answer', () => {
    const blocks = renderQuestion(question(4), ctx);
    expectWithinLimits(blocks);
    const buttons = blocks.filter((b) => b.type === 'actions').flatMap((b) => (b as { elements: { text: { text: string }; value: string; action_id: string }[] }).elements);
    expect(buttons).toHaveLength(4);
    expect(buttons.every((b) => b.text.text.length <= 75 && b.text.text.endsWith('…'))).toBe(true);
    expect(buttons.map((b) => actionValue.decodeAnswer(b.value))).toEqual(
      [0, 1, 2, 3].map((i) => ({ conversationId: 'conv-1', fact: 'network', value: `v${i}`, userId: 'U0USER0001' })),
    );
  });

  it('thousands of choices: at most 25 buttons per row, at most 50 blocks, "and N more" for the rest', () => {
    const blocks = renderQuestion(question(3000), ctx);
    expectWithinLimits(blocks);
    const shown = blocks.filter((b) => b.type === 'actions').reduce((n, b) => n + (b as { elements: unknown[] }).elements.length, 0);
    expect(texts(blocks).some((t) => t.text.includes(`…and ${(3000 - shown).toLocaleString('en-US')} more answers`))).toBe(true);
  });

  it('shows "How do I test this?" only when the test was not tried, and a line when the reply was unclear', () => {
    const help = 'Press Ctrl+Shift+N <here>';
    const notTried = texts(renderQuestion(question(3, { help, askedAgain: 'not_tried' }), ctx)).map((t) => t.text);
    expect(notTried.some((t) => t.startsWith('*How do I test this?*') && t.includes('&lt;here&gt;'))).toBe(true);
    expect(texts(renderQuestion(question(3, { help }), ctx)).some((t) => t.text.includes('How do I test this?'))).toBe(false);
    expect(texts(renderQuestion(question(3, { askedAgain: 'unclear' }), ctx)).some((t) => t.text.includes("couldn't match"))).toBe(true);
  });
});

describe('renderTurn', () => {
  const status: StatusSummary = { status: 'unknown', line: 'Status could not be read', ageSeconds: null, incidents: [] };
  const turn = (over: Partial<Turn>): Turn => ({
    conversationId: 'conv-1',
    locale: 'en',
    facts: {},
    details: {},
    understood: true,
    duplicate: false,
    status,
    crowd: { crowd: 'none', reporters: 0, networks: 0, minutes: 0 },
    preface: [],
    offerNotify: false,
    subscribed: false,
    ...over,
  });

  it('a huge preface and a huge verdict together stay within 50 blocks', () => {
    const message = renderTurn(turn({ preface: long(300, `${EVIL} preface`), verdict: hugeVerdict() }), { userId: 'U0USER0001' });
    expectWithinLimits(message.blocks);
    expect(message.text.length).toBeLessThanOrEqual(BLOCK_LIMITS.fallbackText);
    expectInert(texts(message.blocks)[0]!.text);
  });

  it('the first turn under the report header stays within 50 blocks and keeps its buttons', () => {
    const header = renderReportHeader({ userId: 'U0USER0001', text: `${EVIL}\n`.repeat(3000) }, en);
    const huge = renderTurn(turn({ preface: long(300, `${EVIL} preface`), verdict: hugeVerdict() }), { userId: 'U0USER0001', header });
    expectWithinLimits(huge.blocks);
    expect(huge.blocks[0]).toEqual(header[0]);
    const next: Question = { fact: 'surface', text: 'Where?', choices: Array.from({ length: 2000 }, (_, i) => ({ value: `v${i}`, label: `Choice ${i}` })) };
    const question = renderTurn(turn({ preface: long(300, 'preface'), next }), { userId: 'U0USER0001', header });
    expectWithinLimits(question.blocks);
    expect(question.blocks[0]).toEqual(header[0]);
    expect(question.blocks.some((b) => b.type === 'actions')).toBe(true);
    expect(question.text).toBe('Where?');
  });

  it('an answered first question keeps the report header on top', () => {
    const header = texts(renderReportHeader({ userId: 'U0USER0001', text: 'error 500' }, en))[0]!.text;
    const answered = renderAnswered({ headerMrkdwn: header, questionMrkdwn: '*Where?*', answerLabel: 'Web <!here>' });
    expectWithinLimits(answered.blocks);
    expect(answered.blocks[0]).toMatchObject({ type: 'section', block_id: REPORT_BLOCK_ID, text: { text: header } });
    expect(answered.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(renderAnswered({ questionMrkdwn: '*Where?*', answerLabel: 'Web' }).blocks.some((b) => 'block_id' in b && b.block_id === REPORT_BLOCK_ID)).toBe(false);
  });

  it('an unclear free-text reply shows the question again with the "couldn\'t match" line', () => {
    const next: Question = { fact: 'surface', text: 'Where?', choices: [{ value: 'web', label: 'Web' }] };
    const message = renderTurn(turn({ understood: false, next }), { userId: 'U0USER0001' });
    expect(texts(message.blocks).some((t) => t.text.includes("couldn't match"))).toBe(true);
    expect(message.text).toBe('Where?');
  });
});

describe('other renderers', () => {
  it('the report header quotes what the person typed, escaped and bounded', () => {
    const header = renderReportHeader({ userId: 'U0USER0001', text: `${EVIL}\n`.repeat(3000) }, en);
    expectWithinLimits(header);
    const text = texts(header)[0]!.text;
    expect(text.startsWith('🧯 *ChatGPT problem report* from <@U0USER0001>\n>')).toBe(true);
    expectInert(text.replace('<@U0USER0001>', '').replace(/\n>/g, '\n'));
    expect(text).toMatch(/…and [\d,]+ more lines$/);
    expect(texts(renderReportHeader({ userId: '<!channel>' }, en))[0]!.text).toContain('from someone');
  });

  it('status: many incidents become "and N more"; links only to http(s)', () => {
    const incidents = Array.from({ length: 60 }, (_, i) => ({ name: `Incident ${i} ${EVIL}`, url: i === 0 ? 'javascript:alert(1)' : `https://status.openai.com/i/${i}`, chatgpt: i % 2 === 0 }));
    const message = renderStatus({ status: 'chatgpt_incident', line: 'ChatGPT degraded', ageSeconds: 30, incidents }, en);
    expectWithinLimits(message.blocks);
    const text = texts(message.blocks)[0]!.text;
    expect(text).toMatch(/…and \d+ more$/);
    expect(text).not.toContain('javascript:');
  });

  it('help and home fit', () => {
    expectWithinLimits(renderHelp('/chatgpt-500', { inChannel: false, m: en }).blocks);
    const home = renderHome({ status: { status: 'operational', line: 'All good', ageSeconds: 5, incidents: [] }, command: '/chatgpt-500', sections: Array.from({ length: 150 }, () => ({ type: 'divider' }) as Block), m: en });
    expectWithinLimits(home, BLOCK_LIMITS.viewBlocks);
  });

  it('capBlocks keeps the buttons at the end and says how many blocks it left out', () => {
    const many: Block[] = [...Array.from({ length: 70 }, () => ({ type: 'divider' }) as Block), { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Go' }, action_id: 'go' }] }];
    const capped = capBlocks(many, 50, en);
    expect(capped).toHaveLength(50);
    expect(capped[49]!.type).toBe('actions');
    expect(texts(capped).some((t) => t.text === '…and 22 more not shown')).toBe(true);
  });
});

describe('actionValue', () => {
  it.each([undefined, '', 'click_me_123', '{"k":"a"}', '{"k":"a","c":"x","f":"status","v":"operational","u":"U1"}', '{"k":"n","c":"","u":"U1"}', '{"k":"n","c":"conv-1","u":"<!channel>"}', 'x'.repeat(3000)])(
    'decodes %j as not ours',
    (value) => {
      expect(actionValue.decodeAnswer(value)).toBeNull();
      expect(actionValue.decodeNotify(value)).toBeNull();
    },
  );
});
