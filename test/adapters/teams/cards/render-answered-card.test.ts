import { describe, expect, it } from 'vitest';
import { renderAnsweredCard } from '../../../../adapters/teams/cards/render-answered-card.ts';
import { messagesFor } from '../../../../src/messages/messages-for.ts';
import { actions, bytesOf, expectInertMarkdown, expectValidMessage, HOSTILE, markdownTexts, texts } from './teams-card-kit.ts';

const en = messagesFor('en');

describe('renderAnsweredCard', () => {
  it('shows the question and the chosen answer, with no action left to press', () => {
    const message = renderAnsweredCard({ question: 'Does ChatGPT work in a private (incognito) window?', answerLabel: 'Yes, it works there', m: en });
    expectValidMessage(message);
    expect(texts(message.card!)).toEqual(['**Does ChatGPT work in a private (incognito) window?**', '✔️ Yes, it works there']);
    expect(actions(message.card!)).toEqual([]);
    expect(message.card!.actions).toBeUndefined();
    expect(message.text).toBe('✔️ Yes, it works there');
  });

  it('escapes the answer as a person’s text and survives huge inputs', () => {
    const message = renderAnsweredCard({ question: `Q ${'q'.repeat(100_000)}`, answerLabel: `${HOSTILE} ${'a'.repeat(100_000)}`, m: en });
    expectValidMessage(message);
    expect(bytesOf(message)).toBeLessThan(25_000);
    for (const t of markdownTexts(message.card!)) expectInertMarkdown(t);
    expect(texts(message.card!)[1]).toMatch(/^✔️ ∗∗boss∗∗/);
    expect(message.text.length).toBeLessThan(400);
  });

  it('an empty question leaves only the answer (no stray "****" line)', () => {
    const message = renderAnsweredCard({ question: '  ', answerLabel: 'VPN', m: en });
    expect(texts(message.card!)).toEqual(['✔️ VPN']);
  });
});
