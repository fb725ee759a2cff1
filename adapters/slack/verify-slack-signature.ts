import { createHmac, timingSafeEqual, type KeyObject } from 'node:crypto';

/** Slack's window for request timestamps, both ways (stale and from the future). */
export const SLACK_SIGNATURE_MAX_AGE_SECONDS = 5 * 60;

export interface SlackSignatureInput {
  /** The signing secret, or its key object (`createSecretKey`: made once, not per request). */
  signingSecret: string | KeyObject;
  /** The raw request body, exactly as received. */
  body: string;
  /** Header X-Slack-Request-Timestamp. */
  timestamp: string | undefined;
  /** Header X-Slack-Signature, "v0=<hex>". */
  signature: string | undefined;
  /** The clock, in milliseconds. */
  nowMs: number;
}

export type SlackSignatureResult =
  | { ok: true }
  | { ok: false; reason: 'missing_headers' | 'bad_timestamp' | 'stale' | 'future' | 'bad_signature_format' | 'mismatch' };

/**
 * Verifies a request from Slack: HMAC-SHA256 of "v0:<timestamp>:<body>" with the signing secret,
 * compared in constant time, and a timestamp within five minutes of `nowMs` (either side: bolt
 * only refuses old ones). An expected outcome, so a value, not an exception.
 */
export function verifySlackSignature(input: SlackSignatureInput): SlackSignatureResult {
  const { signingSecret, body, timestamp, signature, nowMs } = input;
  if (!timestamp || !signature) return { ok: false, reason: 'missing_headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'bad_timestamp' };
  const ageSeconds = Math.floor(nowMs / 1000) - Number(timestamp);
  if (ageSeconds > SLACK_SIGNATURE_MAX_AGE_SECONDS) return { ok: false, reason: 'stale' };
  if (ageSeconds < -SLACK_SIGNATURE_MAX_AGE_SECONDS) return { ok: false, reason: 'future' };
  const match = /^v0=([0-9a-f]{64})$/.exec(signature);
  if (!match) return { ok: false, reason: 'bad_signature_format' };
  const expected = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest();
  const given = Buffer.from(match[1]!, 'hex');
  return timingSafeEqual(expected, given) ? { ok: true } : { ok: false, reason: 'mismatch' };
}

/** The X-Slack-Signature value for a body (tests and tools that act as Slack). */
export function signSlackRequest(signingSecret: string, timestamp: string, body: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}
