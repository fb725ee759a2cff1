import type { FactValue } from './fact-values.ts';
import type { ReplyContext, Surface } from './reply-context.ts';
import type { SegmentReading } from './reply-read-segment.ts';

/**
 * Whether an API failure survives retries. Read when the bot asked it, or when the failing surface
 * is the API and the reply says how often ("429s on some requests", "503 on every retry").
 * Frequency words decide; when the question was asked, "still failing" means it persists and
 * "a retry fixes it" that it is intermittent. Both said at once leaves it unclear.
 */
export function resolveRetries(
  readings: readonly SegmentReading[],
  ctx: ReplyContext,
  surface: Surface | undefined,
  skip: readonly boolean[],
): FactValue<'retries'> | undefined {
  const asked = ctx.expecting === 'retries';
  if (!asked && surface !== 'api') return undefined;
  const found = new Set<FactValue<'retries'>>();
  const fromOutcome = new Set<FactValue<'retries'>>();
  readings.forEach((r, i) => {
    if (skip[i] || r.hedge) return;
    if (r.intermittent) found.add('intermittent');
    if (r.persistent) found.add('persists');
    if (!asked) return;
    if (r.polarity === 'works' && r.retryWord) fromOutcome.add('intermittent');
    else if (r.polarity === 'fails') fromOutcome.add('persists');
  });
  // A retry that succeeds settles it, whatever failed before ("the first call fails, the retry succeeds").
  if (found.size === 0) return fromOutcome.has('intermittent') ? 'intermittent' : fromOutcome.size === 1 ? [...fromOutcome][0] : undefined;
  return found.size === 1 ? [...found][0] : undefined;
}
