import type { HarAnalysisOptions } from '../../src/evidence/har/create-har-analyzer.ts';
import { HarError } from '../../src/evidence/har/har-error.ts';
import { processHar, type HarReport } from '../../src/evidence/har/process-har.ts';

/** Why a HAR shared in a chat gave no report, as the chat tells the person. */
export type ChatHarProblem = 'too_large' | 'not_har' | 'truncated' | 'unavailable';

export type ChatHarOutcome = { ok: true; report: HarReport } | { ok: false; problem: ChatHarProblem; error?: unknown };

export interface ReadChatHarOptions {
  /** HAR_MAX_BYTES. */
  maxBytes: number;
  allowlist: HarAnalysisOptions['allowlist'];
  /** The size the platform announced, when it did: above maxBytes nothing is downloaded. */
  size?: number;
}

/**
 * Reads a HAR a person shared in a chat (Slack thread, Teams personal chat): `open` starts the
 * download and hands the body over as it arrives, straight into processHar (redaction first,
 * nothing kept but the findings). A size announced above HAR_MAX_BYTES is refused before the
 * download; a body that passes the limit while it streams ends the download there (processHar
 * stops reading, which ends the body's iterator and aborts the request). A download that fails
 * (network, the platform's refusal) is `unavailable`; the error is returned for the log only.
 */
export async function readChatHar(open: () => Promise<AsyncIterable<Uint8Array>>, options: ReadChatHarOptions): Promise<ChatHarOutcome> {
  if (options.size !== undefined && options.size > options.maxBytes) return { ok: false, problem: 'too_large' };
  let body: AsyncIterable<Uint8Array>;
  try {
    body = await open();
  } catch (error) {
    if (error instanceof HarError && error.code === 'har.too_large') return { ok: false, problem: 'too_large' };
    return { ok: false, problem: 'unavailable', error };
  }
  try {
    return { ok: true, report: await processHar(body, { maxBytes: options.maxBytes, allowlist: options.allowlist }) };
  } catch (error) {
    if (!(error instanceof HarError)) return { ok: false, problem: 'unavailable', error };
    if (error.code === 'har.too_large') return { ok: false, problem: 'too_large' };
    if (error.code === 'har.truncated') return { ok: false, problem: 'truncated' };
    if (error.code === 'har.not_har') return { ok: false, problem: 'not_har' };
    return { ok: false, problem: 'unavailable', error };
  }
}
