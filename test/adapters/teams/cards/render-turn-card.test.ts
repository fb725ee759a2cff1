import { describe, expect, it } from 'vitest';
import type { ExecuteAction } from '../../../../adapters/teams/cards/adaptive-card.ts';
import { CARD_ACTIONS } from '../../../../adapters/teams/cards/card-actions.ts';
import { renderTurnCard } from '../../../../adapters/teams/cards/render-turn-card.ts';
import { decideNext } from '../../../../src/triage/decide-next.ts';
import type { Facts } from '../../../../src/triage/fact-values.ts';
import type { Question, Verdict } from '../../../../src/triage/types.ts';
import { actions, bytesOf, elements, expectInertMarkdown, expectValidMessage, HOSTILE, markdownTexts, monospaceTexts, texts, turnOf, ZWSP } from './teams-card-kit.ts';

const USER = '29:1a2b3c-reporter';
const ctx = { userId: USER };
const decide = (facts: Facts, askedAgain?: 'not_tried' | 'unclear') => decideNext({ facts: { status: 'operational', crowd: 'none', ...facts }, ...(askedAgain ? { askedAgain } : {}) });

const WEB_500 = { surface: 'web', symptom: 'http_500' } as const;

function verdictOf(facts: Facts): Verdict {
  const d = decide(facts);
  if (!d.verdict) throw new Error(`no verdict for ${JSON.stringify(facts)}`);
  return d.verdict;
}

describe('renderTurnCard: a question', () => {
  it('shows the question and one Execute button per choice carrying the agreed data', () => {
    const decision = decide({});
    const question = decision.next!;
    const message = renderTurnCard(turnOf(decision, { conversationId: 'conv-42' }), ctx);
    expectValidMessage(message);
    const card = message.card!;
    expect(texts(card)).toContain(`**${question.text}**`);
    const buttons = actions(card).filter((a): a is ExecuteAction => a.type === 'Action.Execute');
    expect(buttons.map((b) => b.title)).toEqual(question.choices.map((c) => c.label));
    for (const [i, b] of buttons.entries()) {
      expect(b.verb).toBe('c500.answer');
      expect(b.data).toEqual({ conversationId: 'conv-42', fact: question.fact, value: question.choices[i]!.value, user: USER, label: question.choices[i]!.label, question: question.text });
    }
    // Stacked: one ActionSet per choice, so long labels are not squeezed into one row.
    expect(elements(card).filter((e) => e.type === 'ActionSet' && e.actions.some((a) => a.type === 'Action.Execute'))).toHaveLength(question.choices.length);
    expect(message.text).toBe(question.text);
    expect(card.fallbackText).toBe(question.text);
    expect(texts(card).at(-1)).toBe('Or answer here in your own words.');
  });

  it('offers "How do I test this?" as a toggle of a hidden help block on isolating questions', () => {
    const decision = decide(WEB_500);
    expect(decision.next?.fact).toBe('clean_browser');
    const card = renderTurnCard(turnOf(decision), ctx).card!;
    const toggle = actions(card).find((a) => a.type === 'Action.ToggleVisibility');
    expect(toggle).toEqual({ type: 'Action.ToggleVisibility', title: 'How do I test this?', targetElements: ['c500-help'] });
    const help = elements(card).find((e) => e.id === CARD_ACTIONS.helpElementId);
    expect(help).toMatchObject({ type: 'TextBlock', isVisible: false });
    expect(help?.type === 'TextBlock' && help.text).toContain('Ctrl+Shift+N');
  });

  it('shows the help already open when the person has not tried the test yet', () => {
    const decision = decide({ ...WEB_500, clean_browser: 'not_tried' }, 'not_tried');
    expect(decision.next?.askedAgain).toBe('not_tried');
    const card = renderTurnCard(turnOf(decision), ctx).card!;
    const help = elements(card).find((e) => e.id === CARD_ACTIONS.helpElementId);
    expect(help).toBeDefined();
    expect(help?.isVisible).toBeUndefined();
  });

  it('has no help toggle on a question without help', () => {
    const card = renderTurnCard(turnOf(decide({})), ctx).card!;
    expect(actions(card).some((a) => a.type === 'Action.ToggleVisibility')).toBe(false);
    expect(elements(card).some((e) => e.id === CARD_ACTIONS.helpElementId)).toBe(false);
  });

  it('says the last reply was not understood, for an unclear reply or a turn that was not understood', () => {
    const unclear = renderTurnCard(turnOf(decide({}, 'unclear')), ctx).card!;
    expect(texts(unclear)[0]).toMatch(/couldn't match that reply/);
    const notUnderstood = renderTurnCard(turnOf(decide({}), { understood: false }), ctx).card!;
    expect(texts(notUnderstood)[0]).toMatch(/couldn't match that reply/);
    const understood = renderTurnCard(turnOf(decide({})), ctx).card!;
    expect(texts(understood).join('\n')).not.toMatch(/couldn't match/);
  });

  it('puts the preface first, escaped as text from outside', () => {
    const card = renderTurnCard(turnOf(decide({}), { preface: ["You're one of 41 people who reported this in the last 12 minutes; the desk is on it.", `Status: ${HOSTILE}`] }), ctx).card!;
    const first = card.body[0]!;
    expect(first).toMatchObject({ type: 'Container', style: 'emphasis' });
    const lines = first.type === 'Container' ? first.items.map((i) => (i.type === 'TextBlock' ? i.text : '')) : [];
    expect(lines[0]).toBe("You're one of 41 people who reported this in the last 12 minutes; the desk is on it.");
    expect(lines[1]).toContain(`[click here]${ZWSP}(`);
    for (const l of lines) expectInertMarkdown(l);
  });

  it('caps a question with a hundred choices and says how many more there are', () => {
    const next: Question = { fact: 'network', text: 'Which network?', choices: Array.from({ length: 100 }, (_, i) => ({ value: `v${i}`, label: `Choice ${i} ${'x'.repeat(200)}` })) };
    const message = renderTurnCard(turnOf({ next }), ctx);
    expectValidMessage(message);
    const buttons = actions(message.card!).filter((a) => a.type === 'Action.Execute');
    expect(buttons).toHaveLength(12);
    for (const b of buttons) expect(b.title.length).toBeLessThanOrEqual(80);
    expect(texts(message.card!)).toContain('…and 88 more answers: say yours here.');
  });
});

describe('renderTurnCard: a verdict', () => {
  it('network: headline, summary, numbered steps, stop when, evidence, the IT note and allowlists copyable as sent', () => {
    const verdict = verdictOf({ ...WEB_500, clean_browser: 'fails', network: 'office', other_network: 'works' });
    expect(verdict.branch).toBe('network');
    const message = renderTurnCard(turnOf({ verdict }), ctx);
    expectValidMessage(message);
    const card = message.card!;
    const all = texts(card);
    expect(all[0]).toBe(`🌐 ${verdict.headline}`);
    expect(all).toContain(verdict.summary);
    verdict.steps.forEach((s, i) => expect(all).toContain(`**${i + 1}.** ${s}`));
    expect(all).toContain(`**Stop when:** ${verdict.stopWhen}`);
    for (const e of verdict.evidence) {
      const line = all.find((t) => t.includes(e.label));
      expect(line?.startsWith(e.satisfied ? '✅' : '⬜')).toBe(true);
    }
    expect(all).toContain('For your IT team (copy and send)');
    const mono = monospaceTexts(card);
    expect(mono).toContain(verdict.itNote!.text);
    expect(mono).toContain(verdict.itNote!.minimumDomains.join('\n'));
    expect(mono).toContain(verdict.itNote!.broaderDomains.join('\n'));
    expect(mono.join('\n')).toContain('*.chatgpt.com');
    expect(message.text).toBe(verdict.headline);
    expect(card.actions).toBeUndefined();
  });

  it('api_server: the retry snippet verbatim in monospace and the API support report fields', () => {
    const verdict = verdictOf({ surface: 'api', symptom: 'api_500', retries: 'intermittent' });
    expect(verdict.branch).toBe('api_server');
    const card = renderTurnCard(turnOf({ verdict }), ctx).card!;
    expect(monospaceTexts(card)).toContain(verdict.retrySnippet);
    expect(texts(card)).toContain('Retry with backoff and jitter');
    expect(texts(card)).toContain('For the support report (API)');
    for (const f of verdict.supportReport!.fields) expect(texts(card)).toContain(`• ${f}`);
    expect(texts(card)).toContain('**5.** Watch https://status.openai.com (the API components) until the errors stop.');
  });

  it('outage: "Notify me when it\'s fixed" as an Execute action with the conversation and the reporter', () => {
    const verdict = verdictOf({ surface: 'web', status: 'chatgpt_incident' });
    expect(verdict.branch).toBe('outage');
    const card = renderTurnCard(turnOf({ verdict }, { conversationId: 'conv-7' }), ctx).card!;
    expect(card.actions).toEqual([{ type: 'Action.Execute', title: "Notify me when it's fixed", style: 'positive', verb: 'c500.notify', data: { conversationId: 'conv-7', user: USER } }]);
  });

  it('offers Notify when the turn offers it even if the verdict does not', () => {
    const verdict = verdictOf({ ...WEB_500, clean_browser: 'works' });
    expect(verdict.offerNotify).toBeFalsy();
    expect(renderTurnCard(turnOf({ verdict }), ctx).card!.actions).toBeUndefined();
    expect(renderTurnCard(turnOf({ verdict }, { offerNotify: true }), ctx).card!.actions?.[0]).toMatchObject({ verb: 'c500.notify' });
  });

  it('subscribed: the button becomes "You\'ll be told here when it\'s fixed"', () => {
    const verdict = verdictOf({ surface: 'web', status: 'chatgpt_incident' });
    const message = renderTurnCard(turnOf({ verdict }, { subscribed: true, offerNotify: true }), ctx);
    expectValidMessage(message);
    expect(message.card!.actions).toBeUndefined();
    expect(actions(message.card!)).toEqual([]);
    expect(texts(message.card!)).toContain("🔔 You'll be told here when it's fixed.");
  });

  it('escapes what a person told (evidence details) while keeping the bot’s texts as written', () => {
    const verdict: Verdict = {
      ...verdictOf({ ...WEB_500, clean_browser: 'fails', network: 'office', other_network: 'fails', api_health: 'fails' }),
      evidence: [{ label: 'Conversation URL or request ID', satisfied: true, detail: `Conversation URL: https://chatgpt.com/c/abc_1 ${HOSTILE}` }],
    };
    const card = renderTurnCard(turnOf({ verdict }), ctx).card!;
    const line = texts(card).find((t) => t.includes('Conversation URL or request ID'))!;
    expect(line).toContain(`https:${ZWSP}//chatgpt\u2024com/c/abc_1`);
    expect(line).toContain('\u2217\u2217boss\u2217\u2217');
    for (const t of markdownTexts(card)) expectInertMarkdown(t, { allowLinks: true });
  });

  it('turns a verdict with hundreds of long parts into a card under 25 KB that says what it left out', () => {
    const long = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} ${i + 1}: ${'lorem ipsum '.repeat(40)}`);
    const verdict: Verdict = {
      branch: 'network',
      headline: `Your network blocks ChatGPT ${'very '.repeat(400)}`,
      summary: `${HOSTILE} ${'x'.repeat(20_000)}`,
      steps: long(500, 'step'),
      stopWhen: 'y'.repeat(9000),
      evidence: Array.from({ length: 100 }, (_, i) => ({ label: `Label ${i}`, satisfied: i % 2 === 0, detail: `${HOSTILE} ${'d'.repeat(2000)}` })),
      notes: long(40, 'note'),
      itNote: { text: `Please allow these.\n${'z'.repeat(50_000)}`, minimumDomains: Array.from({ length: 400 }, (_, i) => `host-${i}.example.com`), broaderDomains: Array.from({ length: 900 }, (_, i) => `*.wild-${i}.example.org`) },
      retrySnippet: '// comment\n'.repeat(5000),
      supportReport: { kind: 'api', fields: long(300, 'field') },
      offerNotify: true,
    };
    const message = renderTurnCard(turnOf({ verdict }, { preface: long(50, 'preface') }), ctx);
    expectValidMessage(message);
    expect(bytesOf(message)).toBeLessThan(25_000);
    const all = texts(message.card!).join('\n');
    expect(all).toMatch(/…and \d+ more/);
    expect(all).toContain('**1.** step 1');
    // The action survives the shrinking: it is what the reporter came for.
    expect(message.card!.actions?.[0]).toMatchObject({ verb: 'c500.notify' });
    for (const t of markdownTexts(message.card!)) expectInertMarkdown(t, { allowLinks: true });
  });

  it('says "Thanks, noted." for a turn with neither question nor verdict', () => {
    const message = renderTurnCard(turnOf({ next: decide({}).next! }, { next: undefined }), ctx);
    expectValidMessage(message);
    expect(message.text).toBe('Thanks, noted.');
  });
});
