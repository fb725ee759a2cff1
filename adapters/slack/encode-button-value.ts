import { BLOCK_LIMITS } from './block-limits.ts';
import { SlackAdapterError } from './slack-adapter-error.ts';

/** A button's value as compact JSON; longer than Block Kit takes is a rendering error, never a cut value. */
export function encodeButtonValue(payload: object): string {
  const text = JSON.stringify(payload);
  if (text.length > BLOCK_LIMITS.buttonValue) throw new SlackAdapterError('slack.render', `button value of ${text.length} characters exceeds Block Kit's ${BLOCK_LIMITS.buttonValue}`);
  return text;
}
