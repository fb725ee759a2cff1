import type { AskedFactId, Facts, FactValue } from './fact-values.ts';

export type Surface = FactValue<'surface'>;

/** What the parser knows besides the reply itself. */
export interface ReplyContext {
  /** The fact the bot just asked. */
  expecting?: AskedFactId;
  /** Facts known before the reply (context only, never echoed). */
  known: Facts;
  /**
   * How a mention of the API is read: `health` when the failing surface is not the API (the API is
   * then the control of the api_health test), `surface` otherwise (the API is where it fails).
   */
  apiMode: 'health' | 'surface';
}

export function replyContext(expecting: AskedFactId | undefined, known: Facts): ReplyContext {
  const health = (known.surface !== undefined && known.surface !== 'api') || expecting === 'api_health';
  return { expecting, known, apiMode: health ? 'health' : 'surface' };
}
