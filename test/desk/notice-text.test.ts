import { describe, expect, it } from 'vitest';
import { noticeText, noticeTexts } from '../../src/desk/notice-text.ts';

describe('noticeText.resolved', () => {
  it('adds the desk’s resolution note on a line of its own, in each language', () => {
    const texts = noticeTexts((m) => noticeText.resolved(null, 0, m, 'The proxy rule was reverted.'));
    expect(texts.en).toBe(`${noticeText.resolved(null, 0)}\nNote from the desk: The proxy rule was reverted.`);
    expect(texts.de.split('\n')[1]).toBe('Hinweis vom Helpdesk: The proxy rule was reverted.');
    expect(texts.es.split('\n')[1]).toBe('Nota del equipo de soporte: The proxy rule was reverted.');
    expect(texts.fr.split('\n')[1]).toBe('Note du support : The proxy rule was reverted.');
  });

  it('is the notice alone without a note', () => {
    expect(noticeText.resolved(null, 0)).not.toContain('\n');
    expect(noticeText.resolved(null, 0, undefined, '')).toBe(noticeText.resolved(null, 0));
  });
});
