import { describe, expect, it } from 'vitest';
import { netcheckLinkFrom, withoutNetcheckToken } from '../../../adapters/shared/netcheck-link.ts';
import { netcheckTokens } from '../../../adapters/shared/netcheck-token.ts';
import { sessionSigner } from '../../../adapters/web/session-signer.ts';

const SECRET = 'a-session-secret-of-at-least-32-characters!';
const NOW = 1_800_000_000_000;
const HOUR = 3_600_000;

describe('netcheck tokens: a signed, expiring capability for one conversation', () => {
  const tokens = netcheckTokens(SECRET);

  it('a token reads back as its conversation until it expires', () => {
    const token = tokens.issue('cv-01JD5Y', NOW + HOUR);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[0-9a-z]+\.[A-Za-z0-9_-]{43}$/);
    expect(tokens.read(token, NOW)).toEqual({ ok: true, conversationId: 'cv-01JD5Y', expiresAt: NOW + HOUR });
    expect(tokens.verify(token, 'cv-01JD5Y', NOW + HOUR - 1)).toMatchObject({ ok: true, conversationId: 'cv-01JD5Y' });
  });

  it('expired: at and after its expiry', () => {
    const token = tokens.issue('cv-1', NOW + HOUR);
    expect(tokens.read(token, NOW + HOUR)).toEqual({ ok: false, code: 'netcheck.expired' });
    expect(tokens.verify(token, 'cv-1', NOW + 2 * HOUR)).toEqual({ ok: false, code: 'netcheck.expired' });
  });

  it('forged: another key, an edited signature, conversation or expiry, or garbage', () => {
    const token = tokens.issue('cv-1', NOW + HOUR);
    const [id, expiry, signature] = token.split('.') as [string, string, string];
    expect(netcheckTokens('another-secret-of-at-least-32-characters').read(token, NOW)).toEqual({ ok: false, code: 'netcheck.forged' });
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    expect(tokens.read(`${id}.${expiry}.${flipped}`, NOW)).toEqual({ ok: false, code: 'netcheck.forged' });
    // Another conversation's id under this signature, or a later expiry: not signed, refused.
    expect(tokens.read(`${Buffer.from('cv-2').toString('base64url')}.${expiry}.${signature}`, NOW)).toEqual({ ok: false, code: 'netcheck.forged' });
    expect(tokens.read(`${id}.${(NOW + 100 * HOUR).toString(36)}.${signature}`, NOW)).toEqual({ ok: false, code: 'netcheck.forged' });
    for (const junk of ['', 'x', `${id}.${expiry}`, `${token}.x`, `${id}..${signature}`, token.replace('.', '/')]) expect(tokens.read(junk, NOW), junk).toEqual({ ok: false, code: 'netcheck.forged' });
  });

  it("wrong conversation: a valid token of one conversation does not open another", () => {
    const token = tokens.issue('cv-1', NOW + HOUR);
    expect(tokens.verify(token, 'cv-2', NOW)).toEqual({ ok: false, code: 'netcheck.wrong_conversation' });
    expect(tokens.verify(token, '', NOW)).toEqual({ ok: false, code: 'netcheck.wrong_conversation' });
  });

  it('a web session cookie signed with the same secret is no token (another purpose is signed)', () => {
    const session = sessionSigner(SECRET).issue();
    expect(tokens.read(session.value, NOW)).toEqual({ ok: false, code: 'netcheck.forged' });
    const [id, sig] = session.value.split('.') as [string, string];
    expect(tokens.read(`${id}.${(NOW + HOUR).toString(36)}.${sig}`, NOW)).toEqual({ ok: false, code: 'netcheck.forged' });
  });

  it('links: PUBLIC_URL/check/<token> expiring with the conversation TTL; none without PUBLIC_URL or SESSION_SECRET', () => {
    const link = netcheckLinkFrom({ PUBLIC_URL: 'https://bot.example.com/', SESSION_SECRET: SECRET, CONVERSATION_TTL_HOURS: 24 }, () => NOW)!;
    const url = link('cv-9');
    expect(url).toMatch(/^https:\/\/bot\.example\.com\/check\/[^/]+$/);
    const token = url.split('/').pop()!;
    expect(tokens.verify(token, 'cv-9', NOW + 24 * HOUR - 1)).toMatchObject({ ok: true });
    expect(tokens.verify(token, 'cv-9', NOW + 24 * HOUR)).toEqual({ ok: false, code: 'netcheck.expired' });
    expect(netcheckLinkFrom({ SESSION_SECRET: SECRET, CONVERSATION_TTL_HOURS: 24 })).toBeUndefined();
    expect(netcheckLinkFrom({ PUBLIC_URL: 'https://bot.example.com', CONVERSATION_TTL_HOURS: 24 })).toBeUndefined();
  });

  it('logs never show a token: the path keeps /check/[token]', () => {
    const token = tokens.issue('cv-1', NOW + HOUR);
    expect(withoutNetcheckToken(`/api/check/${token}`)).toBe('/api/check/[token]');
    expect(withoutNetcheckToken(`/check/${token}`)).toBe('/check/[token]');
    expect(withoutNetcheckToken('/check/assets/check.js')).toBe('/check/assets/check.js');
    expect(withoutNetcheckToken('/api/conversations/cv-1/answers')).toBe('/api/conversations/cv-1/answers');
  });
});
