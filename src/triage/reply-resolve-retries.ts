import type { FactValue } from './fact-values.ts';
import type { ReplyContext, Surface } from './reply-context.ts';
import type { SegmentReading } from './reply-read-segment.ts';

/**
 * Whether an API failure survives retries. Read when the bot asked it, or when the failing surface
 * is the API and the reply says how often ("429s on some requests", "503 on every retry").
 * Frequency words decide; when the question was asked ("Do retries eventually succeed?"), a bare
 * yes is intermittent and a bare no persists, "still failing" means it persists and "a retry fixes
 * it" or "some succeed" that it is intermittent. Unasked, only an outcome said of the retries
 * counts ("retries don't help"). Both said at once leaves it unclear.
 */
export function resolveRetries(
  readings: readonly SegmentReading[],
  ctx: ReplyContext,
  surface: Surface | undefined,
  skip: readonly boolean[],
  /** The reply as typed: a retry named inside a phrase the rules rewrote still counts. */
  text: string,
): FactValue<'retries'> | undefined {
  const asked = ctx.expecting === 'retries';
  if (!asked && surface !== 'api') return undefined;
  // Asked about the organisation's other calls, "nothing gets through since 9" says how they fare, not the retries.
  if (ctx.expecting === 'api_health' && !readings.some((r) => r.retryWord) && !RETRY_STEM.test(text)) return undefined;
  // Unasked, "sometimes 500, sometimes 503" says which errors come, not whether retries succeed.
  if (!asked && new Set(readings.flatMap((r) => r.codes)).size > 1) return undefined;
  // Asked, doubt anywhere ("sometimes?? hard to say", "no idea, maybe") leaves it unclear; so does "we don't retry".
  if (asked && readings.some((r, i) => !skip[i] && (r.hedge || r.noUse))) return undefined;
  // A log of numbered attempts ("attempt 1: 500 / attempt 2: 500 / attempt 3: 200 OK") says it by its last line.
  const logged = asked || surface === 'api' ? attemptLog(text) : undefined;
  if (logged !== undefined) return logged;
  const found = new Set<FactValue<'retries'>>();
  const fromOutcome = new Set<FactValue<'retries'>>();
  let retrySucceeds = false;
  readings.forEach((r, i) => {
    // "not sure whether retries run": that clause states nothing.
    // "after a restart of the container it worked again": another action, not a retry.
    if (skip[i] || r.hedge || r.unknown || r.otherAction) return;
    if (r.intermittent) found.add('intermittent');
    if (r.persistent) found.add('persists');
    // Unasked, an outcome counts only when it is said of the retries ("retries don't help").
    if (!asked && !r.retryWord) return;
    // Asked, "some succeed" is the retries succeeding; "it works now" says the failure went away.
    if (r.codeOnly) return;
    // "Do retries eventually succeed?" is a yes/no question: a bare yes is intermittent, a bare no persists.
    if (asked && r.polarity === null && !r.triedOnly && (r.answer === 'yes' || r.answer === 'no')) {
      fromOutcome.add(r.answer === 'yes' ? 'intermittent' : 'persists');
      return;
    }
    if (r.polarity === 'works' && (r.retryWord || (asked && !r.recovery && !r.weak))) {
      fromOutcome.add('intermittent');
      if (r.retryWord && !r.persistent) retrySucceeds = true;
    }
    else if (r.polarity === 'fails') fromOutcome.add('persists');
  });
  // A retry that succeeds settles it, whatever failed before ("the first call fails, the retry succeeds").
  if (found.size === 0) return fromOutcome.has('intermittent') ? 'intermittent' : fromOutcome.size === 1 ? [...fromOutcome][0] : undefined;
  // "the retries succeed but the first call always 503s": the retry succeeding settles it too.
  if (found.size === 1 && found.has('persists') && retrySucceeds && !fromOutcome.has('persists')) return 'intermittent';
  return found.size === 1 ? [...found][0] : undefined;
}

/** A retry named in any language, also inside a phrase the rules rewrote ("ningún reintento pasa"). */
export const RETRY_STEM = /retr[iy]|reintent|relanc|wiederhol|r[eé]-?essa[iy]/i;

/** "attempt 1: 500", "retry #2 - 503", "• intento 3: 200 OK": one line of a log of numbered attempts (a list bullet before it). */
const ATTEMPT_LINE = /^[\s>`*•·▪◦‣-]*(?:attempt|try|retry|call|request|intento|reintento|versuch|essai|tentative)\s*#?\d+\s*[:=-]\s*(.*)$/gim;
const SUCCESS = /\b2\d\d\b|\b(?:ok|success|succeeded|worked|passed)\b/i;
const FAILURE = /\b[45]\d\d\b|\b(?:fail|failed|error|timeout|timed out)\b/i;

/**
 * A reply that is a log of two or more numbered attempts: a success after a failure is intermittent (also when
 * later attempts fail again), every attempt failing persists; anything else (a line that says neither, a success
 * only before the failures) is no reading.
 */
function attemptLog(text: string): FactValue<'retries'> | undefined {
  if (!/\d\s*[:=-]/.test(text)) return undefined;
  const results: ('ok' | 'fail')[] = [];
  for (const m of text.matchAll(ATTEMPT_LINE)) {
    const line = m[1] ?? '';
    const ok = SUCCESS.test(line);
    const fail = FAILURE.test(line);
    if (ok === fail) return undefined;
    results.push(ok ? 'ok' : 'fail');
  }
  if (results.length < 2) return undefined;
  if (results.every((r) => r === 'fail')) return 'persists';
  // "attempt 3: 200 ✅ / attempt 4: 503": a retry that succeeded after a failure, whatever came after it.
  const firstFail = results.indexOf('fail');
  return firstFail >= 0 && results.indexOf('ok', firstFail) > firstFail ? 'intermittent' : undefined;
}
