import { createSecretKey } from 'node:crypto';
import { verifySlackRequest } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { signSlackRequest, verifySlackSignature } from '../../../adapters/slack/verify-slack-signature.ts';
import { fixtureJson } from './slack-test-kit.ts';

interface SigningExample {
  signing_secret: string;
  timestamp: string;
  body: string;
  expected_signature: string;
}

const example = fixtureJson<SigningExample>('signing-example.json');
const atExample = Number(example.timestamp) * 1000;

describe("request signatures: Slack's documented example", () => {
  it('signs the example body to the documented signature', () => {
    expect(signSlackRequest(example.signing_secret, example.timestamp, example.body)).toBe(example.expected_signature);
  });

  it('accepts the documented request at its own time', () => {
    expect(
      verifySlackSignature({ signingSecret: example.signing_secret, body: example.body, timestamp: example.timestamp, signature: example.expected_signature, nowMs: atExample }),
    ).toEqual({ ok: true });
  });

  it('accepts the documented request with the secret as a key object (made once by the receiver)', () => {
    const signingSecret = createSecretKey(Buffer.from(example.signing_secret, 'utf8'));
    expect(verifySlackSignature({ signingSecret, body: example.body, timestamp: example.timestamp, signature: example.expected_signature, nowMs: atExample })).toEqual({ ok: true });
    expect(verifySlackSignature({ signingSecret, body: `${example.body}x`, timestamp: example.timestamp, signature: example.expected_signature, nowMs: atExample })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it("agrees with bolt's verifySlackRequest on the example", () => {
    expect(() =>
      verifySlackRequest({
        signingSecret: example.signing_secret,
        body: example.body,
        headers: { 'x-slack-signature': example.expected_signature, 'x-slack-request-timestamp': Number(example.timestamp) },
        nowMilliseconds: atExample,
      }),
    ).not.toThrow();
  });

  const base = { signingSecret: example.signing_secret, body: example.body, timestamp: example.timestamp, signature: example.expected_signature, nowMs: atExample };
  it.each([
    ['another secret', { signingSecret: `${example.signing_secret}x` }, 'mismatch'],
    ['a changed body', { body: example.body.replace('roadrunner', 'coyote') }, 'mismatch'],
    ['a changed timestamp', { timestamp: String(Number(example.timestamp) + 1) }, 'mismatch'],
    ['a signature in upper case hex', { signature: example.expected_signature.toUpperCase() }, 'bad_signature_format'],
    ['a truncated signature', { signature: example.expected_signature.slice(0, -2) }, 'bad_signature_format'],
    ['no signature', { signature: undefined }, 'missing_headers'],
    ['no timestamp', { timestamp: undefined }, 'missing_headers'],
    ['a timestamp that is not digits', { timestamp: '1531420618.5' }, 'bad_timestamp'],
    ['5 min 1 s later', { nowMs: atExample + 301_000 }, 'stale'],
    ['5 min 1 s earlier (from the future)', { nowMs: atExample - 301_000 }, 'future'],
  ] as const)('refuses %s', (_name, change, reason) => {
    expect(verifySlackSignature({ ...base, ...change })).toEqual({ ok: false, reason });
  });

  it('accepts exactly five minutes either way', () => {
    expect(verifySlackSignature({ ...base, nowMs: atExample + 300_000 })).toEqual({ ok: true });
    expect(verifySlackSignature({ ...base, nowMs: atExample - 300_000 })).toEqual({ ok: true });
  });
});
