import { describe, expect, it } from 'vitest';
import { turnDraftSchema } from '../../src/desk/turn-schema.ts';

// The evidence a chat thread's delivery needs survives the outbox: the draft is read back through
// this schema before the turn (and its IT note) is built for Slack or Teams.
const details = turnDraftSchema.shape.subject.shape.details;
const har = {
  entries: 40,
  redacted: 3,
  findings: [{ kind: 'server_error', host: 'chatgpt.com', path: '/backend-api/conversation', status: 500, detail: 'http_500', requestId: 'req_1' }],
  omitted: 0,
  reached: ['chatgpt.com'],
  failed: ['challenges.cloudflare.com'],
};

describe('the outbox draft of a turn', () => {
  it("keeps a shared HAR's summary and the network check", () => {
    const parsed = details.parse({ harAttached: true, har, networkCheck: { at: 1, reachable: ['chatgpt.com'], blocked: ['oaistatic.com'] } });
    expect(parsed.har).toEqual(har);
    expect(parsed.networkCheck).toEqual({ at: 1, reachable: ['chatgpt.com'], blocked: ['oaistatic.com'] });
  });

  it('refuses a HAR summary of another shape instead of passing it on', () => {
    expect(details.safeParse({ har: { ...har, failed: 'challenges.cloudflare.com' } }).success).toBe(false);
    expect(details.safeParse({ har: { ...har, findings: [{ kind: 'made_up' }] } }).success).toBe(false);
  });
});
