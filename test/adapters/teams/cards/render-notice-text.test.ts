import { describe, expect, it } from 'vitest';
import { renderNoticeText } from '../../../../adapters/teams/cards/render-notice-text.ts';
import { noticeText } from '../../../../src/desk/notice-text.ts';
import { expectInertMarkdown, incident, T0, ZWSP } from './teams-card-kit.ts';

describe('renderNoticeText', () => {
  it('a resolve notice: plain text, no card, the desk’s wording', () => {
    const text = noticeText.resolved(incident({ state: 'resolved', resolved: { by: 'web:board', at: T0 + 600_000, reason: 'desk' } }), T0 + 700_000);
    const message = renderNoticeText(text);
    expect(message.card).toBeUndefined();
    expect(message.text).toMatch(/^✅ Resolved: ChatGPT outage: 20 people on 4 networks in 10 min\. Reload ChatGPT and try again; if it still fails, report it again/);
  });

  it('a desk update is a desk member’s words: escaped, lines kept apart, no link', () => {
    const message = renderNoticeText(noticeText.update('Fix is rolling out.\n- details at https://evil.example\n**ETA** 30 min <at>all</at>'));
    expect(message.text).toBe(`📣 Update from the desk: Fix is rolling out.\n\n${ZWSP}- details at https:${ZWSP}//evil\u2024example\n\n\u2217\u2217ETA\u2217\u2217 30 min <${ZWSP}at>all<${ZWSP}/at>`);
    expectInertMarkdown(message.text);
  });

  it('bounds a huge notice', () => {
    expect(renderNoticeText('x'.repeat(1_000_000)).text.length).toBeLessThanOrEqual(4000);
  });
});
