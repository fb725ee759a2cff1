import { describe, expect, it } from 'vitest';
import { capList } from '../../../../adapters/teams/cards/cap-list.ts';
import { cardTime } from '../../../../adapters/teams/cards/card-time.ts';
import { cleanText } from '../../../../adapters/teams/cards/clean-text.ts';
import { describeActor } from '../../../../adapters/teams/cards/describe-actor.ts';
import { fitCard } from '../../../../adapters/teams/cards/fit-card.ts';
import { fitText } from '../../../../adapters/teams/cards/fit-text.ts';
import { monospaceBlock } from '../../../../adapters/teams/cards/monospace-block.ts';
import { newCard } from '../../../../adapters/teams/cards/new-card.ts';
import { renderSparkline } from '../../../../adapters/teams/cards/render-sparkline.ts';
import { safeLink } from '../../../../adapters/teams/cards/safe-link.ts';
import { scaled } from '../../../../adapters/teams/cards/scaled.ts';
import { stateLight } from '../../../../adapters/shared/state-light.ts';
import type { TeamsMessage } from '../../../../adapters/teams/cards/teams-message.ts';
import { textBlock } from '../../../../adapters/teams/cards/text-block.ts';
import { bytesOf, T0, ZWSP } from './teams-card-kit.ts';
import { messagesFor } from '../../../../src/messages/messages-for.ts';

const en = messagesFor('en');

describe('safeLink', () => {
  it('links https URLs and percent-encodes what could end or format the destination', () => {
    expect(safeLink('https://status.openai.com/incidents/01JX', 'Elevated errors')).toBe('[Elevated errors](https://status.openai.com/incidents/01JX)');
    expect(safeLink('https://x.example/a_(b)*c', 'n')).toBe('[n](https://x.example/a%5F%28b%29%2Ac)');
  });

  it.each([
    ['http://status.openai.com/x', 'a downgrade'],
    ['javascript:alert(1)', 'a script'],
    ['data:text/html,<b>x</b>', 'data'],
    ['https://status.openai.com@evil.example/', 'user info'],
    ['https://user:pw@status.openai.com/', 'credentials'],
    ['not a url', 'garbage'],
  ])('refuses %s (%s): the label alone, escaped', (url) => {
    expect(safeLink(url, 'Name *x*')).toBe('Name \u2217x\u2217');
  });

  it('cannot be broken out of by its label', () => {
    const link = safeLink('https://status.openai.com/i/1', 'a] [b](https://evil.example) \\');
    expect(link).toBe(`[a\uFF09 \uFF08b\uFF09\uFF08https:${ZWSP}//evil\u2024example\uFF09 \\${ZWSP}](https://status.openai.com/i/1)`);
    expect(link.match(/\]\(/g)).toHaveLength(1);
  });

  it('the label alone without a URL, and "link" for an empty label', () => {
    expect(safeLink(undefined, 'Outage')).toBe('Outage');
    expect(safeLink('https://status.openai.com/', '   ')).toBe('[link](https://status.openai.com/)');
  });
});

describe('fitText', () => {
  it('keeps short text, cuts long text with an ellipsis, never splits a surrogate pair', () => {
    expect(fitText('short', 10)).toBe('short');
    expect(fitText('abcdefghij', 5)).toBe('abcd…');
    expect(fitText('abc😀def', 5)).toBe('abc…');
    expect(fitText('abcdef', 1)).toBe('…');
    expect(fitText('abcdef', 0)).toBe('');
  });
});

describe('capList', () => {
  it('keeps the first items and says how many are left out', () => {
    expect(capList([1, 2, 3], 5)).toEqual({ shown: [1, 2, 3], hidden: 0 });
    expect(capList([1, 2, 3, 4, 5], 2)).toEqual({ shown: [1, 2], hidden: 3, more: '…and 3 more' });
    expect(capList([1, 2], 0, (n) => `${n} hidden`)).toEqual({ shown: [], hidden: 2, more: '2 hidden' });
  });
});

describe('scaled', () => {
  it('scales down to a floor', () => {
    expect(scaled(10, 1)).toBe(10);
    expect(scaled(10, 0.25)).toBe(2);
    expect(scaled(10, 0, 3)).toBe(3);
    expect(scaled(10, 7)).toBe(10);
  });
});

describe('fitCard', () => {
  const build = (items: number) => (scale: number): TeamsMessage => ({
    text: 'fallback',
    card: newCard(
      Array.from({ length: Math.max(1, Math.floor(items * scale)) }, (_, i) => textBlock(`line ${i} ${'x'.repeat(100)}`)),
      { actions: [{ type: 'Action.Execute', title: 'Go', verb: 'c500.notify', data: { conversationId: 'c', user: 'u' } }] },
    ),
  });

  it('returns the full message when it fits', () => {
    const message = fitCard(build(10), en);
    expect(message.card!.body).toHaveLength(10);
  });

  it('shrinks until it fits, keeping the actions', () => {
    const message = fitCard(build(1000), en, 24_000);
    expect(bytesOf(message)).toBeLessThanOrEqual(24_000);
    expect(message.card!.body.length).toBeLessThan(1000);
    expect(message.card!.body.length).toBeGreaterThan(10);
    expect(message.card!.actions).toHaveLength(1);
  });

  it('falls back to a note with the actions, then to text alone, when nothing shrinks enough', () => {
    const huge = (scale: number): TeamsMessage => ({ text: 'fallback', card: newCard([textBlock('y'.repeat(30_000 + scale))], { actions: [{ type: 'Action.Execute', title: 'Go', verb: 'c500.notify', data: { conversationId: 'c', user: 'u' } }] }) });
    const note = fitCard(huge, en);
    expect(note.card!.body).toEqual([textBlock('This message is too large to show in full.', { isSubtle: true })]);
    expect(note.card!.actions).toHaveLength(1);
    const hugeAction = (): TeamsMessage => ({ text: 'fallback', card: newCard([textBlock('y'.repeat(30_000))], { actions: [{ type: 'Action.Execute', title: 'Go', verb: 'c500.notify', data: { conversationId: 'c'.repeat(30_000), user: 'u' } }] }) });
    expect(fitCard(hugeAction, en)).toEqual({ text: 'fallback' });
  });
});

describe('renderSparkline', () => {
  it('scales to the busiest minute, draws empty minutes as the lowest bar, keeps the last minutes', () => {
    expect(renderSparkline([{ at: T0, reports: 2 }, { at: T0 + 60_000, reports: 8 }, { at: T0 + 180_000, reports: 4 }])).toEqual({ line: '▂█▁▄', minutes: 4, peak: 8 });
    expect(renderSparkline([])).toEqual({ line: '', minutes: 0, peak: 0 });
    const long = renderSparkline(Array.from({ length: 100_000 }, (_, i) => ({ at: T0 + i * 60_000, reports: (i % 8) + 1 })));
    expect(long.minutes).toBe(30);
    expect(long.line).toHaveLength(30);
    expect(long.peak).toBe(8);
  });

  it('adds reports of the same minute and ignores negative or broken counts', () => {
    expect(renderSparkline([{ at: T0, reports: 3 }, { at: T0 + 5_000, reports: 3 }, { at: T0 + 60_000, reports: -4 }, { at: Number.NaN, reports: 9 }])).toEqual({ line: '█▁', minutes: 2, peak: 6 });
  });
});

describe('cardTime', () => {
  it('uses the strict DATE()/TIME() form (no milliseconds) so Teams localises it', () => {
    expect(cardTime(Date.UTC(2025, 0, 15, 9, 5, 7, 123))).toBe('{{DATE(2025-01-15T09:05:07Z, SHORT)}} {{TIME(2025-01-15T09:05:07Z)}}');
    expect(cardTime(Date.UTC(2025, 0, 15, 9, 5), 'time')).toBe('{{TIME(2025-01-15T09:05:00Z)}}');
  });
});

describe('describeActor', () => {
  it('names system actors and platform users, cutting long ids', () => {
    expect(describeActor('aggregator', en)).toBe('the bot');
    expect(describeActor('status page', en)).toBe('the status page');
    expect(describeActor('slack:U0DESK', en)).toBe('U0DESK (Slack)');
    expect(describeActor('teams:Dana Desk', en)).toBe('Dana Desk (Teams)');
    expect(describeActor('web:board', en)).toBe('board (web)');
    expect(describeActor('someone', en)).toBe('someone');
    expect(describeActor(`teams:${'x'.repeat(500)}`, en).length).toBeLessThanOrEqual(70);
  });
});

describe('stateLight', () => {
  it('🔴 open, 🟠 acknowledged, ✅ resolved, ⚪ merged, 💤 while a live incident is snoozed', () => {
    expect(stateLight({ state: 'open' }, T0)).toBe('🔴');
    expect(stateLight({ state: 'acknowledged' }, T0)).toBe('🟠');
    expect(stateLight({ state: 'resolved' }, T0)).toBe('✅');
    expect(stateLight({ state: 'merged' }, T0)).toBe('⚪');
    expect(stateLight({ state: 'open', snoozed: { by: 'x', until: T0 + 1 } }, T0)).toBe('💤');
    expect(stateLight({ state: 'open', snoozed: { by: 'x', until: T0 } }, T0)).toBe('🔴');
    expect(stateLight({ state: 'resolved', snoozed: { by: 'x', until: T0 + 1 } }, T0)).toBe('✅');
  });
});

describe('cleanText and monospaceBlock', () => {
  it('keeps copyable text exactly, minus controls and bidi overrides', () => {
    expect(cleanText('a\r\nb\tc\u0000\u202Ed')).toBe('a\nb\tcd');
    expect(monospaceBlock('*.openai.com\n`x`')).toEqual({ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: '*.openai.com\n`x`', fontType: 'Monospace' }] });
  });
});
